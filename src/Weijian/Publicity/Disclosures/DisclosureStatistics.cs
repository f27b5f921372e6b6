using Microsoft.EntityFrameworkCore;
using Weijian.Inspections.Visits;
using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;
using Weijian.Platform.Publication;
using Weijian.Platform.Rules;

namespace Weijian.Publicity.Disclosures;

/// <summary>One line of the statistics: decisions made in the period that had to be published, and how timely.</summary>
public sealed record DisclosureTimeliness(string KindName, int Due, int Published, int PublishedOnTime, int Overdue, decimal OnTimeRate);

public sealed record DisclosureStatisticsView(
    Guid OrganizationId, DateOnly From, DateOnly To, IReadOnlyList<DisclosureTimeliness> Lines, int WithdrawalsRequested, int Withdrawn, int WithdrawnOnTime,
    decimal WithdrawalOnTimeRate);

/// <summary>
/// 公示及时率 of the actor's bureau for decisions made from <see cref="From"/> to <see cref="To"/> (default: this year):
/// per kind, published on time (R-TRS-4) over those due, the random-inspection results counted from the inspection rows
/// (R-INS-3), and the timeliness of withdrawals (R-PEN-32). A disclosure withdrawn before publication is not counted.
/// </summary>
public sealed record DisclosureStatistics(DateOnly? From = null, DateOnly? To = null);

public sealed class DisclosureStatisticsHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<DisclosureStatisticsView> HandleAsync(DisclosureStatistics query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var orgId = db.Actor.RequireOrganization();
        var today = ChinaClock.Today(clock);
        var from = query.From ?? new DateOnly(today.Year, 1, 1);
        var to = query.To ?? new DateOnly(today.Year, 12, 31);
        if (to < from)
        {
            throw Input.Invalid("validation.period", "to", "结束日期不能早于开始日期");
        }

        var rows = await db.Set<EnforcementDisclosure>().AsNoTracking()
            .Where(d => d.OrganizationId == orgId && d.DecidedOn >= from && d.DecidedOn <= to)
            .Select(d => new { d.Kind, d.Due, d.PublishedOn, d.WithdrawnOn, d.WithdrawalRequestedOn, d.WithdrawalDue })
            .ToListAsync(ct);
        var lines = new List<DisclosureTimeliness>();
        foreach (var kind in new[] { DisclosureKind.PenaltyDecision, DisclosureKind.LicensingDecision, DisclosureKind.OtherDecision })
        {
            var due = rows.Where(r => r.Kind == kind && !(r.PublishedOn is null && r.WithdrawnOn is not null)).ToList();
            lines.Add(Line(DisclosureNames.Of(kind), due.Count, due.Count(r => r.PublishedOn is not null), due.Count(r => r.PublishedOn <= r.Due), due.Count(r => r.PublishedOn is null && today > r.Due)));
        }

        var inspections = await db.Set<Inspection>().AsNoTracking()
            .Where(i => i.OrganizationId == orgId && i.CoversRandom && i.PublishDue != null && i.CompletedOn >= from && i.CompletedOn <= to)
            .Select(i => new { i.PublishDue, i.PublishedOn })
            .ToListAsync(ct);
        lines.Add(Line(
            DisclosureNames.Of(DisclosureKind.InspectionResult), inspections.Count, inspections.Count(i => i.PublishedOn is not null), inspections.Count(i => i.PublishedOn <= i.PublishDue),
            inspections.Count(i => i.PublishedOn is null && today > i.PublishDue)));
        lines.Add(Line("合计", lines.Sum(l => l.Due), lines.Sum(l => l.Published), lines.Sum(l => l.PublishedOnTime), lines.Sum(l => l.Overdue)));

        var withdrawals = rows.Where(r => r.WithdrawalRequestedOn is not null && r.PublishedOn is not null).ToList();
        var withdrawn = withdrawals.Count(r => r.WithdrawnOn is not null);
        var withdrawnOnTime = withdrawals.Count(r => r.WithdrawnOn <= r.WithdrawalDue);
        return new DisclosureStatisticsView(orgId, from, to, lines, withdrawals.Count, withdrawn, withdrawnOnTime, Rate(withdrawnOnTime, withdrawals.Count));
    }

    private static DisclosureTimeliness Line(string name, int due, int published, int onTime, int overdue) => new(name, due, published, onTime, overdue, Rate(onTime, due));

    /// <summary>Percent with one decimal; 100 when nothing was due (nothing was late).</summary>
    private static decimal Rate(int part, int whole) => whole == 0 ? 100m : Math.Round(part * 100m / whole, 1);
}
