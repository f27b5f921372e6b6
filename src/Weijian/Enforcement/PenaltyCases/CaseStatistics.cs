using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Registry.Entities;

namespace Weijian.Enforcement.PenaltyCases;

/// <summary>
/// 行政处罚案件统计 of the actor's organisation for one year, per specialty and in total (R-PUB-5: counts and amounts,
/// 不予处罚, transfers, hearings, 法制审核, 集体讨论; R-TRS-6: the audio/video recording rate). Every figure is counted
/// from the case records. Which date puts a record in the year:
/// <list type="bullet">
/// <item>立案 (filed): the filing date — approval of filing (普通程序), or the day of the on-the-spot decision (简易程序, which has no separate filing).</item>
/// <item>决定 (penalised, not penalised, fines, confiscations, heaviest type): the decision date.</item>
/// <item>移送: the date the file was handed to the police (登记移送交接).</item>
/// <item>听证: the date a hearing was held with the party present (a no-show is a waiver, R-PEN-17, and not counted).</item>
/// <item>法制审核: the date of each approval still standing (an approval voided by a later edit of the draft is not counted).</item>
/// <item>集体讨论: the date of each discussion.</item>
/// <item>音像记录: the cases received in the year (their on-site acts that required a recording, and those with one attached).</item>
/// </list>
/// </summary>
public sealed record CaseStatistics(int? Year = null);

/// <summary>One row of the statistics: a specialty, or the total (<see cref="Specialty"/> "Total").</summary>
public sealed record CaseStatisticsRow(
    string Specialty,
    string SpecialtyName,
    int Filed,
    int Penalised,
    int SummaryPenalised,
    int NotPenalised,
    decimal Fines,
    decimal Confiscations,
    int Transfers,
    int HearingsHeld,
    int LegalReviews,
    int CollectiveDiscussions,
    int AvRequired,
    int AvAttached,
    decimal? AvRate,
    IReadOnlyList<PenaltyTypeCount> ByHeaviestType);

/// <summary>Decisions counted once under their heaviest penalty type (行政执法统计年报).</summary>
public sealed record PenaltyTypeCount(string Type, int Count);

public sealed record CaseStatisticsView(int Year, IReadOnlyList<CaseStatisticsRow> Rows, CaseStatisticsRow Total, IReadOnlyList<string> PenaltyTypes, string Basis);

public sealed class CaseStatisticsHandler(WeijianDb db, TimeProvider clock)
{
    /// <summary>The types a decision can be counted under, lightest first (the order of the 统计年报 columns).</summary>
    public static readonly IReadOnlyList<string> PenaltyTypes =
    [
        "警告", "通报批评", "罚款", "没收",
        .. Enum.GetValues<PenaltyMeasure>().Where(m => m >= PenaltyMeasure.LicenceSuspended).Select(CaseNames.Of),
    ];

    public const string BasisText =
        "立案数按立案日期（简易程序按当场决定日期）统计；处罚、不予处罚、罚没金额和最重处罚种类按决定日期统计；移送按移送交接日期统计；听证按当事人到场的听证举行日期统计；法制审核按审核通过日期统计（因修改处理意见而作废的审核不计）；集体讨论按讨论日期统计；音像记录率按当年受理案件中应音像记录的执法活动统计。";

    public async Task<CaseStatisticsView> HandleAsync(CaseStatistics query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        db.Actor.Require(PenaltyCaseSteps.ReadRoles);
        var orgId = db.Actor.RequireOrganization();
        var year = query.Year ?? ChinaClock.Today(clock).Year;
        if (year is < 2000 or > 2100)
        {
            throw Input.Invalid("validation.year", "year", "统计年度应在2000年至2100年之间");
        }

        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);

        // Every record counted in the year belongs to a case received by its end and not closed before its start.
        var cases = await db.Set<PenaltyCase>().AsNoTracking()
            .Where(c => c.OrganizationId == orgId && c.ReceivedOn <= to && (c.ClosedOn == null || c.ClosedOn >= from))
            .Select(c => new CaseFigures(
                c.Specialty, c.ReceivedOn, c.FiledOn, c.Outcome, c.DecidedOn, c.DecidedFine, c.DecidedConfiscation, c.DecidedTermsJson,
                c.TransferredOn, c.HearingHeldOn, c.HearingPartyAttended, c.ReviewsJson, c.DiscussionsJson, c.AvRequiredCount, c.AvAttachedCount))
            .ToListAsync(ct);

        bool In(DateOnly? d) => d >= from && d <= to;
        CaseStatisticsRow Row(string code, string name, IReadOnlyCollection<CaseFigures> rows)
        {
            var decided = rows.Where(c => In(c.DecidedOn)).ToList();
            var penalised = decided.Where(c => c.Outcome is CaseOutcome.Penalty or CaseOutcome.SummaryPenalty).ToList();
            var received = rows.Where(c => In(c.ReceivedOn)).ToList();
            var avRequired = received.Sum(c => c.AvRequired);
            var avAttached = received.Sum(c => c.AvAttached);
            var heaviest = penalised.Select(c => PenaltyTerms.FromJson(c.DecidedTermsJson)?.HeaviestType).ToList();
            return new CaseStatisticsRow(
                code,
                name,
                rows.Count(c => In(c.FiledOn)),
                penalised.Count,
                penalised.Count(c => c.Outcome == CaseOutcome.SummaryPenalty),
                decided.Count(c => c.Outcome == CaseOutcome.NoPenalty),
                penalised.Sum(c => c.Fine),
                penalised.Sum(c => c.Confiscation),
                rows.Count(c => In(c.TransferredOn)),
                rows.Count(c => In(c.HearingHeldOn) && c.HearingPartyAttended == true),
                rows.Sum(c => ChildRecordsJson.List<LegalReviewRecord>(c.ReviewsJson).Count(r => r.Outcome == ReviewOutcome.Approved && r.VoidReason is null && In(r.ReviewedOn))),
                rows.Sum(c => ChildRecordsJson.List<CollectiveDiscussionRecord>(c.DiscussionsJson).Count(d => In(d.HeldOn))),
                avRequired,
                avAttached,
                avRequired == 0 ? null : Math.Round((decimal)avAttached / avRequired, 4),
                [.. PenaltyTypes.Select(t => new PenaltyTypeCount(t, heaviest.Count(h => h == t)))]);
        }

        var rows = Specialties.All
            .Select(s => Row(s.ToString(), Specialties.ChineseName(s), [.. cases.Where(c => c.Specialty == s)]))
            .ToList();
        return new CaseStatisticsView(year, rows, Row("Total", "合计", cases), PenaltyTypes, BasisText);
    }

    private sealed record CaseFigures(
        Specialty Specialty, DateOnly ReceivedOn, DateOnly? FiledOn, CaseOutcome? Outcome, DateOnly? DecidedOn, decimal Fine, decimal Confiscation,
        string? DecidedTermsJson, DateOnly? TransferredOn, DateOnly? HearingHeldOn, bool? HearingPartyAttended, string ReviewsJson, string DiscussionsJson,
        int AvRequired, int AvAttached);
}
