using Microsoft.EntityFrameworkCore;
using Weijian.Inspections.Plans;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Organizations;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Registry.Entities;
using Weijian.Registry.Officers;

namespace Weijian.Inspections.Visits;

public static class InspectionReadRoles
{
    public static readonly string[] All = [Roles.Officer, Roles.BureauHead, Roles.LegalReviewer, Roles.DisclosureClerk, Roles.SystemAdministrator, Roles.Supervisor];
}

public sealed record GetInspection(Guid Id);

public sealed class GetInspectionHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<InspectionView> HandleAsync(GetInspection query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        db.Actor.Require(InspectionReadRoles.All);
        var i = await db.Set<Inspection>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == query.Id, ct) ?? throw InspectionSteps.NotFound();
        return await InspectionSteps.ViewAsync(db, clock, i, ct);
    }
}

public sealed record InspectionListItem(
    Guid Id, string Number, string EntityName, string SpecialtyName, string KindName, string Status, string StatusName, DateOnly PlannedOn, DateOnly? CompletedOn,
    int Targets, string? ConclusionName, string? Grade, bool AvMissing, bool CoversRandom, DateOnly? PublishDue, DateOnly? PublishedOn, string Officers);

/// <summary>检查记录 list: status, conclusion, year, text (number/entity), mine (the signed-in officer's visits), unpublished; paged.</summary>
public sealed record ListInspections(
    string? Status = null, string? Conclusion = null, int? Year = null, string? Q = null, bool Mine = false, bool Unpublished = false, bool AvMissing = false, int? Page = 1, int? PageSize = 20);

public sealed class ListInspectionsHandler(WeijianDb db)
{
    public async Task<Paged<InspectionListItem>> HandleAsync(ListInspections query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        db.Actor.Require(InspectionReadRoles.All);
        var q = db.Set<Inspection>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            var s = InspectionNames.Parse<InspectionStatus>(query.Status, InspectionVisitNames.Of, "status", "状态");
            q = q.Where(i => i.Status == s);
        }

        if (!string.IsNullOrWhiteSpace(query.Conclusion))
        {
            var c = InspectionNames.Parse<InspectionConclusion>(query.Conclusion, InspectionVisitNames.Of, "conclusion", "检查结论");
            q = q.Where(i => i.Conclusion == c);
        }

        if (query.Year is { } y)
        {
            var from = new DateOnly(y, 1, 1);
            var to = new DateOnly(y, 12, 31);
            q = q.Where(i => i.PlannedOn >= from && i.PlannedOn <= to);
        }

        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var text = query.Q.Trim();
            q = q.Where(i => i.Number.Contains(text) || i.EntityName.Contains(text));
        }

        if (query.Mine)
        {
            var userId = db.Actor.UserId;
            var officerId = await db.Set<Officer>().AsNoTracking().Where(o => o.UserId == userId && userId != null).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct);
            var token = officerId is { } oid ? oid.ToString() : "-";
            q = q.Where(i => i.OfficersJson.Contains(token));
        }

        if (query.Unpublished)
        {
            q = q.Where(i => i.CoversRandom && i.Status == InspectionStatus.Completed && i.PublishedOn == null);
        }

        if (query.AvMissing)
        {
            q = q.Where(i => i.AvMissing);
        }

        var page = await Paged.FromQueryAsync(q.OrderByDescending(i => i.PlannedOn).ThenByDescending(i => i.Number), query.Page, query.PageSize, ct);
        return new Paged<InspectionListItem>([.. page.Items.Select(Item)], page.Total, page.Page, page.PageSize);
    }

    public static InspectionListItem Item(Inspection i)
    {
        ArgumentNullException.ThrowIfNull(i);
        return new(
            i.Id, i.Number, i.EntityName, Specialties.ChineseName(i.Specialty), InspectionNames.Of(i.Kind), i.Status.ToString(), InspectionVisitNames.Of(i.Status),
            i.PlannedOn, i.CompletedOn, i.Targets.Count, i.Conclusion is { } c ? InspectionVisitNames.Of(c) : null, i.Grade?.ToString(), i.AvMissing, i.CoversRandom,
            i.PublishDue, i.PublishedOn, string.Join("、", i.Officers.Select(o => o.Name)));
    }
}

/// <summary>A published result as the public sees it: no ID numbers, phones or home addresses; a natural person's name masked.</summary>
public sealed record PublicInspectionResult(
    string Number, string EntityName, string SpecialtyName, string KindName, DateOnly InspectedOn, IReadOnlyList<string> Items, string Conclusion, string? Grade,
    string Officers, DateOnly PublishedOn, DateOnly? RevokedOn = null, string? RevocationReason = null, string? OriginalConclusion = null, DateOnly? ConclusionChangedOn = null,
    string? ChangeReason = null)
{
    public bool Revoked => RevokedOn is not null;
}

public sealed record ListPublicInspectionResults(Guid OrganizationId, string? Q = null, int? Page = 1, int? PageSize = 20);

public sealed record PublicInspectionResults(string OrganizationName, Paged<PublicInspectionResult> Results);

/// <summary>R-INS-3: published results of a bureau, for anonymous readers (the public page and its list).</summary>
public sealed class ListPublicInspectionResultsHandler(WeijianDb db)
{
    public async Task<PublicInspectionResults> HandleAsync(ListPublicInspectionResults query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var org = await db.Organizations.IgnoreQueryFilters().AsNoTracking().Where(o => o.Id == query.OrganizationId).Select(o => new { o.Name }).SingleOrDefaultAsync(ct)
            ?? throw DomainRuleException.NotFound("organization.not-found", "单位不存在");
        var q = db.Set<Inspection>().IgnoreQueryFilters().AsNoTracking().Where(i => i.OrganizationId == query.OrganizationId && i.PublishedOn != null);
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var text = query.Q.Trim();
            q = q.Where(i => i.EntityName.Contains(text) || i.Number.Contains(text));
        }

        var page = await Paged.FromQueryAsync(q.OrderByDescending(i => i.PublishedOn).ThenByDescending(i => i.Number), query.Page, query.PageSize, ct);
        return new PublicInspectionResults(org.Name, new Paged<PublicInspectionResult>([.. page.Items.Select(Public)], page.Total, page.Page, page.PageSize));
    }

    public static PublicInspectionResult Public(Inspection i)
    {
        ArgumentNullException.ThrowIfNull(i);
        var name = i.PartyKind == PartyKind.Individual ? InspectionVisitNames.MaskPerson(i.EntityName) : i.EntityName;
        if (i.RevokedOn is { } revoked)
        {
            // 申诉撤销: like an R-PEN-32 withdrawal, only the number, the party, the kind and the reason stay visible.
            return new(
                i.Number, name, Specialties.ChineseName(i.Specialty), InspectionNames.Of(i.Kind), i.CompletedOn ?? i.PlannedOn, [], "（已撤销）", null, "",
                i.PublishedOn!.Value, revoked, i.RevocationReason);
        }

        return new(
            i.Number, name, Specialties.ChineseName(i.Specialty),
            InspectionNames.Of(i.Kind), i.CompletedOn ?? i.PlannedOn, [.. i.Checklist.Select(l => l.ItemName).Distinct()],
            i.Conclusion is { } c ? InspectionVisitNames.Of(c) : "", i.Grade is { } g ? g + "级" : null,
            string.Join("、", i.Officers.Select(o => o.Name)), i.PublishedOn!.Value, null, null,
            i.OriginalConclusion is { } o ? InspectionVisitNames.Of(o) : null, i.ConclusionChangedOn, i.ChangeReason);
    }
}

public sealed record TaskInspectionStatistics(
    Guid TaskId, string Title, string KindName, Guid? PlanId, int Targets, int Inspected, int NotInspectable, int ToPublish, int Published, int PublishedOnTime,
    decimal CompletionRate, decimal PublicationRate, decimal OnTimeRate);

public sealed record InspectionStatisticsView(
    int Year, int Visits, int TargetsCovered, int VisitsSavedByMerging, int AvMissing, IReadOnlyList<TaskInspectionStatistics> Tasks, IReadOnlyList<TaskInspectionStatistics> Plans);

/// <summary>
/// 检查统计 of the actor's bureau (or, for a plan owner, a bureau of its subtree through the explicit supervision path,
/// <see cref="OrganizationScope"/>): completion, publication and on-time publication per task and per plan, and the
/// visits saved by 综合查一次 (targets covered − visits).
/// </summary>
public sealed record InspectionStatistics(int? Year, Guid? OrganizationId = null);

public sealed class InspectionStatisticsHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<InspectionStatisticsView> HandleAsync(InspectionStatistics query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        db.Actor.Require(InspectionReadRoles.All);
        var own = db.Actor.RequireOrganization();
        var orgId = own;
        IQueryable<Inspection> visits = db.Set<Inspection>().AsNoTracking();
        IQueryable<InspectionTask> tasks = db.Set<InspectionTask>().AsNoTracking();
        IQueryable<InspectionTarget> targets = db.Set<InspectionTarget>().AsNoTracking();
        if (query.OrganizationId is { } other && other != own)
        {
            // Supervision path: only a bureau of the actor's subtree, read explicitly (OrganizationScope).
            orgId = (await OrganizationScope.VisibleAsync(db, other, ct)).Id;
            visits = visits.IgnoreQueryFilters();
            tasks = tasks.IgnoreQueryFilters();
            targets = targets.IgnoreQueryFilters();
        }

        var year = query.Year ?? ChinaClock.Today(clock).Year;
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var v = await visits.Where(i => i.OrganizationId == orgId && i.PlannedOn >= from && i.PlannedOn <= to).ToListAsync(ct);
        var t = await tasks.Where(x => x.OrganizationId == orgId && x.Year == year).ToListAsync(ct);
        var taskIds = t.Select(x => x.Id).ToList();
        var tg = await targets.Where(x => x.OrganizationId == orgId && taskIds.Contains(x.TaskId)).ToListAsync(ct);
        var byId = v.ToDictionary(i => i.Id);
        TaskInspectionStatistics Stats(Guid id, string title, string kind, Guid? plan, IReadOnlyList<InspectionTarget> rows)
        {
            var inspected = rows.Count(r => r.Status == TargetStatus.Inspected);
            var visitsOf = rows.Where(r => r.InspectionId is { } x && byId.ContainsKey(x)).Select(r => byId[r.InspectionId!.Value]).Where(i => i.CoversRandom && i.Status == InspectionStatus.Completed).ToList();
            var published = visitsOf.Count(i => i.PublishedOn is not null);
            var onTime = visitsOf.Count(i => i.PublishedOn is not null && !i.PublishedLate);
            static decimal Rate(int a, int b) => b == 0 ? 0 : Math.Round(100m * a / b, 1);
            return new(id, title, kind, plan, rows.Count, inspected, rows.Count(r => r.Status == TargetStatus.NotInspectable), visitsOf.Count, published, onTime,
                Rate(inspected, rows.Count), Rate(published, visitsOf.Count), Rate(onTime, visitsOf.Count));
        }

        var perTask = t.OrderBy(x => x.Deadline).Select(x => Stats(x.Id, x.Title, InspectionNames.Of(x.Kind), x.PlanId, [.. tg.Where(r => r.TaskId == x.Id)])).ToList();
        var perPlan = t.Where(x => x.PlanId is not null).GroupBy(x => x.PlanId!.Value)
            .Select(g => Stats(g.Key, g.First().Title, InspectionNames.Of(g.First().Kind), g.Key, [.. tg.Where(r => g.Any(x => x.Id == r.TaskId))])).ToList();
        var covered = v.Sum(i => i.Targets.Count);
        return new InspectionStatisticsView(year, v.Count, covered, covered - v.Count, v.Count(i => i.AvMissing), perTask, perPlan);
    }
}
