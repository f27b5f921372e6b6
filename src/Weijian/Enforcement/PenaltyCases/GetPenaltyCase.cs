using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Registry.Entities;

namespace Weijian.Enforcement.PenaltyCases;

/// <summary>One case with its records, open clocks and the actions the actor may take now.</summary>
public sealed record GetPenaltyCase(Guid Id);

public sealed class GetPenaltyCaseHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock)
{
    public async Task<PenaltyCaseView> HandleAsync(GetPenaltyCase query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        db.Actor.Require(PenaltyCaseSteps.ReadRoles);
        var c = await db.Set<PenaltyCase>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == query.Id, ct) ?? throw PenaltyCaseSteps.NotFound();
        var today = ChinaClock.Today(clock);
        return PenaltyCaseView.From(c, db.Actor, await calendars.GetAsync(db, ct), today, await PenaltyCaseSteps.OpenClocksAsync(db, c.Id, today, ct));
    }
}

/// <summary>The case list: filters by status group, specialty, year of receipt, party/number/cause text, "mine" (handler), overdue decision clock.</summary>
public sealed record ListPenaltyCases(
    string? Status = null, string? Specialty = null, int? Year = null, string? Q = null, bool Mine = false, bool Overdue = false, int? Page = 1, int? PageSize = 20);

public sealed class ListPenaltyCasesHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<Paged<PenaltyCaseListItem>> HandleAsync(ListPenaltyCases query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        db.Actor.Require(PenaltyCaseSteps.ReadRoles);
        var today = ChinaClock.Today(clock);
        var q = db.Set<PenaltyCase>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            var statuses = query.Status.Trim() switch
            {
                "open" => [.. Enum.GetValues<CaseStatus>().Where(s => s is not (CaseStatus.Closed or CaseStatus.Archived or CaseStatus.NotFiled or CaseStatus.Withdrawn))],
                "ended" => [CaseStatus.Closed, CaseStatus.Archived, CaseStatus.NotFiled, CaseStatus.Withdrawn],
                var s => new[] { CaseNames.Parse<CaseStatus>(s, CaseNames.Of) ?? throw Input.Invalid("validation.case-status", "status", $"案件阶段“{s}”不正确") },
            };
            q = q.Where(c => statuses.Contains(c.Status));
        }

        if (!string.IsNullOrWhiteSpace(query.Specialty))
        {
            var s = Specialties.Parse(query.Specialty) ?? throw Input.Invalid("validation.specialty", "specialty", "专业类别不正确");
            q = q.Where(c => c.Specialty == s);
        }

        if (query.Year is { } y)
        {
            q = q.Where(c => c.ReceivedOn >= new DateOnly(y, 1, 1) && c.ReceivedOn <= new DateOnly(y, 12, 31));
        }

        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var t = query.Q.Trim();
            q = q.Where(c => c.Number.Contains(t) || c.PartyName.Contains(t) || c.Cause.Contains(t));
        }

        if (query.Mine && db.Actor.UserId is { } me)
        {
            var marker = $"|{me}|";
            q = q.Where(c => c.HandlerUserIds.Contains(marker));
        }

        if (query.Overdue)
        {
            q = q.Where(c => c.DecisionDue < today && c.DecidedOn == null && c.Status != CaseStatus.Withdrawn && c.Status != CaseStatus.Transferred && c.Status != CaseStatus.ReferralProposed);
        }

        var page = await Paged.FromQueryAsync(q.OrderByDescending(c => c.Number), query.Page, query.PageSize, ct);
        return new Paged<PenaltyCaseListItem>(
            [.. page.Items.Select(c => new PenaltyCaseListItem(
                c.Id, c.Number, c.Status.ToString(), CaseNames.Of(c.Status), CaseNames.Of(c.Procedure), c.PartyName, c.Specialty.ToString(),
                Specialties.ChineseName(c.Specialty), c.Cause, c.ReceivedOn, c.FiledOn, c.DecisionDue, c.DecidedOn, c.DecidedFine,
                string.Join("、", c.Handlers.Select(h => h.Name)), c.DecisionDue < today && c.DecidedOn == null && c.FiledOn != null))],
            page.Total, page.Page, page.PageSize);
    }
}
