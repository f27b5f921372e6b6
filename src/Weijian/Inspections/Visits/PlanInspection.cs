using Microsoft.EntityFrameworkCore;
using Weijian.Inspections.Plans;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Registry.Catalogs;
using Weijian.Registry.Entities;
using Weijian.Registry.Officers;

namespace Weijian.Inspections.Visits;

/// <summary>
/// 安排检查: an officer plans a visit to an entity on a date with at least two officers. Every open target of the entity
/// due within the merge window joins it (综合查一次, R-INS-1/R-INS-4), across tasks, plans and specialties; when a visit
/// to the entity is already planned within the window, the targets join that visit instead. A visit that counts toward
/// the per-enterprise yearly cap is refused when the cap is reached (R-INS-9).
/// </summary>
public sealed record PlanInspection(Guid? EntityId, DateOnly? PlannedOn, IReadOnlyList<Guid>? OfficerIds);

/// <summary>What planning a visit to the entity would do now (the plan page shows it before the officer confirms).</summary>
public sealed record PreviewInspectionPlan(Guid? EntityId, DateOnly? PlannedOn);

public sealed record CapStatus(int Cap, string Source, int Counted, IReadOnlyList<string> Visits, bool Reached);

public sealed record InspectionPlanPreview(
    Guid EntityId, string EntityName, IReadOnlyList<OpenTargetView> Targets, Guid? MergeInto, string? MergeIntoNumber, CapStatus Cap, bool CapExempt, int MergeWindowDays);

public sealed record OpenTargetView(Guid Id, Guid TaskId, string Kind, string KindName, string Specialty, string SpecialtyName, IReadOnlyList<string> ItemCodes, DateOnly DueBy, string? Reason, bool Random);

public sealed class PreviewInspectionPlanHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<InspectionPlanPreview> HandleAsync(PreviewInspectionPlan command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.Require(Roles.Officer, Roles.BureauHead);
        var orgId = db.Actor.RequireOrganization();
        var entityId = Input.Required(command.EntityId, "entityId", "检查对象");
        var entity = await db.Set<RegulatedEntity>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == entityId, ct)
            ?? throw Input.Invalid("entity.not-found", "entityId", "检查对象不存在");
        var on = command.PlannedOn ?? ChinaClock.Today(clock);
        var ctx = await InspectionPlanning.LoadAsync(db, orgId, entityId, on, ct);
        return new InspectionPlanPreview(
            entity.Id, entity.Name, [.. ctx.Targets.Select(InspectionPlanning.View)], ctx.Existing?.Id, ctx.Existing?.Number, ctx.Cap,
            ctx.Targets.Count > 0 && ctx.Targets.All(t => InspectionNames.IsCapExempt(t.Kind)), ctx.Window);
    }
}

public sealed class PlanInspectionHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<InspectionView> HandleAsync(PlanInspection command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.Require(Roles.Officer);
        var orgId = db.Actor.RequireOrganization();
        var entityId = Input.Required(command.EntityId, "entityId", "检查对象");
        var on = Input.Required(command.PlannedOn, "plannedOn", "检查日期");
        var now = clock.GetUtcNow();
        var entity = await db.Set<RegulatedEntity>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == entityId, ct)
            ?? throw Input.Invalid("entity.not-found", "entityId", "检查对象不存在，请先在监管对象名录中登记");
        var ctx = await InspectionPlanning.LoadAsync(db, orgId, entityId, on, ct);
        if (ctx.Targets.Count == 0)
        {
            throw DomainRuleException.Conflict(
                "inspection.no-open-targets", $"“{entity.Name}”在{on:yyyy-MM-dd}前后{ctx.Window}日内没有待检查的任务对象；请先下达抽查任务或登记投诉、复查等检查任务");
        }

        var targets = await db.Set<InspectionTarget>().Where(t => ctx.Targets.Select(x => x.Id).Contains(t.Id)).ToListAsync(ct);
        var randomIds = targets.Where(t => t.DrawId is not null).Select(t => t.Id).ToHashSet();
        var covered = targets.Select(t => new CoveredTarget(t.Id, t.TaskId, t.Kind, t.Specialty, t.ItemCodes, randomIds.Contains(t.Id))).ToList();
        var checklist = await InspectionPlanning.ChecklistAsync(db, covered, on, ct);
        var avRequired = await InspectionPlanning.AvRequiredAsync(db, covered, on, ct);

        // 综合查一次: a visit already planned to the entity within the window takes the new targets.
        if (ctx.Existing is { } planned)
        {
            var existing = await db.Set<Inspection>().SingleAsync(i => i.Id == planned.Id, ct);
            existing.Cover(covered, checklist, avRequired, now);
            foreach (var t in targets)
            {
                t.AttachTo(existing.Id, now);
            }

            return await InspectionSteps.FinishAsync(db, clock, existing, "merge", new { Targets = covered.Count }, ct,
                $"“{entity.Name}”已安排检查{existing.Number}（{existing.PlannedOn:yyyy-MM-dd}），本次{covered.Count}项检查任务已并入该次检查（综合查一次，R-INS-1）");
        }

        var exempt = covered.All(t => InspectionNames.IsCapExempt(t.Kind));
        if (!exempt && ctx.Cap.Reached)
        {
            throw DomainRuleException.Conflict(
                "inspection.cap-exceeded",
                $"“{entity.Name}”{on.Year}年已检查或已安排{ctx.Cap.Counted}次（{string.Join("、", ctx.Cap.Visits)}），达到同一企业年度检查次数上限{ctx.Cap.Cap}次（依据：{ctx.Cap.Source}，R-INS-9）；"
                + "投诉举报核查、上级交办、责令改正复查和许可现场核查不受此限");
        }

        var officers = await InspectionPlanning.OfficersAsync(db, command.OfficerIds is { Count: > 0 } ids ? ids : [.. targets.SelectMany(t => t.OfficerIds).Distinct()], on, entity, covered, ct);
        var i = Inspection.Plan(orgId, await InspectionSteps.NextNumberAsync(db, orgId, on.Year, ct), entity, on, officers, covered, checklist, avRequired, now, db.Actor.Name);
        db.Set<Inspection>().Add(i);
        foreach (var t in targets)
        {
            t.AttachTo(i.Id, now);
        }

        return await InspectionSteps.FinishAsync(db, clock, i, "plan", new { Targets = covered.Count, Officers = string.Join("、", officers.Select(o => o.Name)) }, ct,
            covered.Count > 1 ? $"已将“{entity.Name}”的{covered.Count}项检查任务合并为一次检查（综合查一次，R-INS-1）" : null);
    }
}

/// <summary>The shared queries of planning: open targets in the window, the planned visit to merge into, the cap, checklists, officers.</summary>
public static class InspectionPlanning
{
    public sealed record Context(IReadOnlyList<InspectionTarget> Targets, Inspection? Existing, CapStatus Cap, int Window);

    public static OpenTargetView View(InspectionTarget t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new(t.Id, t.TaskId, t.Kind.ToString(), InspectionNames.Of(t.Kind), t.Specialty.ToString(), Specialties.ChineseName(t.Specialty), t.ItemCodes, t.DueBy, t.Reason, t.DrawId is not null);
    }

    public static async Task<Context> LoadAsync(WeijianDb db, Guid orgId, Guid entityId, DateOnly on, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var window = (int)(await RuleParameters.ResolveAsync(db, InspectionRules.MergeWindowDays, orgId, on, ct)).Value;
        var horizon = on.AddDays(window);

        // A target joins the visit when it falls due within the window, or at any time in the visit's year: an annual plan's
        // targets (due at its deadline, R-INS-4) are inspected whenever the bureau gets to them, and one visit covers them all.
        var yearEnd = new DateOnly(on.Year, 12, 31);
        var until = horizon > yearEnd ? horizon : yearEnd;
        var targets = await db.Set<InspectionTarget>().AsNoTracking()
            .Where(t => t.EntityId == entityId && t.Status == TargetStatus.Open && t.InspectionId == null && t.DueBy <= until)
            .OrderBy(t => t.DueBy).ToListAsync(ct);
        var from = on.AddDays(-window);
        var existing = await db.Set<Inspection>().AsNoTracking()
            .Where(i => i.EntityId == entityId && i.Status == InspectionStatus.Planned && i.PlannedOn >= from && i.PlannedOn <= horizon)
            .OrderBy(i => i.PlannedOn).FirstOrDefaultAsync(ct);
        var cap = await CapAsync(db, orgId, entityId, on, ct);
        return new Context(targets, existing, cap, window);
    }

    /// <summary>R-INS-9: completed and planned visits of non-exempt kinds to the entity in the calendar year, against the cap in force.</summary>
    public static async Task<CapStatus> CapAsync(WeijianDb db, Guid orgId, Guid entityId, DateOnly on, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var cap = await RuleParameters.ResolveAsync(db, InspectionRules.YearlyCapPerEntity, orgId, on, ct);
        var first = new DateOnly(on.Year, 1, 1);
        var last = new DateOnly(on.Year, 12, 31);
        var visits = await db.Set<Inspection>().AsNoTracking()
            .Where(i => i.EntityId == entityId && !i.CapExempt && i.PlannedOn >= first && i.PlannedOn <= last)
            .OrderBy(i => i.PlannedOn).Select(i => new { i.Number, i.PlannedOn, i.Status, i.Kind }).ToListAsync(ct);
        var list = visits.Select(v => $"{v.Number}（{v.PlannedOn:yyyy-MM-dd}，{InspectionNames.Of(v.Kind)}，{InspectionVisitNames.Of(v.Status)}）").ToList();
        var source = cap.Source + (cap.EffectiveFrom is { } f ? $"，{f:yyyy-MM-dd}起施行" : "");
        return new CapStatus((int)cap.Value, source, visits.Count, list, visits.Count >= (int)cap.Value);
    }

    /// <summary>The checklist lines of every covered item in force on the date (Registry/Catalogs 随机抽查事项清单).</summary>
    public static async Task<IReadOnlyList<ChecklistEntry>> ChecklistAsync(WeijianDb db, IReadOnlyList<CoveredTarget> targets, DateOnly on, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(targets);
        var codes = targets.SelectMany(t => t.ItemCodes).Distinct().ToList();
        var items = await db.Set<CatalogItem>().AsNoTracking().Where(c => c.Kind == CatalogKind.InspectionItem && codes.Contains(c.Code)).ToListAsync(ct);
        var lines = new List<ChecklistEntry>();
        foreach (var code in codes)
        {
            var version = items.FirstOrDefault(c => c.Code == code)?.VersionOn(on);
            if (version is null || version.ChecklistLines.Count == 0)
            {
                lines.Add(new ChecklistEntry(code, version?.Name ?? code, version?.CheckContent ?? "按检查事项要求检查", null, null));
                continue;
            }

            lines.AddRange(version.ChecklistLines.Select(l => new ChecklistEntry(code, version.Name, l, null, null)));
        }

        return lines;
    }

    /// <summary>R-TRS-6: the 音像记录事项清单 lists 检查 (or 责令改正复查 for a follow-up, 举报 for a complaint) in force on the date.</summary>
    public static async Task<bool> AvRequiredAsync(WeijianDb db, IReadOnlyList<CoveredTarget> targets, DateOnly on, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(targets);
        var activities = targets.Select(t => t.Kind switch
        {
            InspectionKind.FollowUp => AvActivity.CorrectionReview,
            InspectionKind.Complaint => AvActivity.Complaint,
            _ => AvActivity.Inspection,
        }).ToHashSet();
        var items = await db.Set<CatalogItem>().AsNoTracking().Where(c => c.Kind == CatalogKind.AvRecordingItem).ToListAsync(ct);
        return items.Select(i => i.VersionOn(on)).Any(v => v?.Activity is { } a && activities.Contains(a));
    }

    /// <summary>
    /// R-OFF-1 / R-INS-8: at least two officers, each eligible on the date at the entity (valid 执法证, in service, no
    /// declared conflict — recusal R-PEN-12); every specialty of the covered targets held by at least one of them.
    /// </summary>
    public static async Task<IReadOnlyList<InspectionOfficer>> OfficersAsync(
        WeijianDb db, IReadOnlyList<Guid> officerIds, DateOnly on, RegulatedEntity entity, IReadOnlyList<CoveredTarget> targets, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(targets);
        var ids = officerIds.Distinct().ToList();
        var officers = await db.Set<Officer>().AsNoTracking().Where(o => ids.Contains(o.Id)).ToListAsync(ct);
        if (officers.Count != ids.Count)
        {
            throw Input.Invalid("inspection.officer-not-found", "officerIds", "所选执法人员不存在或不属于本单位");
        }

        foreach (var o in officers)
        {
            var e = o.EligibilityOn(on, null, entity.Id);
            if (!e.Eligible)
            {
                var recusal = e.Reasons.Any(r => r.Code == EligibilityCodes.ConflictOfInterest);
                throw new DomainRuleException(
                    recusal ? "inspection.officer-recusal" : "inspection.officer-not-eligible",
                    $"{o.Name}不能参加本次检查：{string.Join("；", e.Reasons.Select(r => r.Message))}")
                { Fields = ["officerIds"] };
            }
        }

        if (officers.Count < 2)
        {
            throw new DomainRuleException("inspection.two-officers", "监督检查须由两名以上持有效行政执法证的执法人员进行（R-OFF-1）") { Fields = ["officerIds"] };
        }

        foreach (var s in targets.Select(t => t.Specialty).Distinct())
        {
            if (!officers.Any(o => o.EligibilityOn(on, s, entity.Id).Eligible))
            {
                throw new DomainRuleException("inspection.specialty-not-covered", $"所选执法人员均未登记“{Specialties.ChineseName(s)}”执法专业（R-OFF-1）") { Fields = ["officerIds"] };
            }
        }

        return [.. officers.OrderBy(o => ids.IndexOf(o.Id)).Select(o => new InspectionOfficer(o.Id, o.UserId, o.Name, o.CredentialNumber))];
    }
}
