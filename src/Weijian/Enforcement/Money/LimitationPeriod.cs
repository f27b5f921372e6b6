using Weijian.Platform.Calendar;
using Weijian.Platform.Rules;

namespace Weijian.Enforcement.Money;

/// <summary>
/// 追责时效 (R-PEN-7, 行政处罚法第三十六条): a violation not discovered within 2 years is no longer penalised; 5 years when
/// it concerns the safety of citizens' life and health (or financial safety) <b>and</b> had harmful consequences. The
/// period runs from the day of the act, or, for a continuing or repeated act, from the day it ended.
/// <list type="bullet">
/// <item><b>Counting.</b> The start day is not counted and a period in years ends on the corresponding day of the last
/// year (民法典第二百条至第二百零三条, R-CAL-5): an act on 2024-03-10 may still be discovered on 2026-03-10.</item>
/// <item><b>Leap day.</b> A period starting on 29 February ends on 28 February of a common year — the month's last day
/// when it has no corresponding day (民法典第二百零二条), the same rule <see cref="Platform.Deadlines.Deadline"/>
/// uses for months.</item>
/// <item><b>No holiday extension.</b> Moving a last day past a holiday protects someone who must act within the period;
/// this period limits the authority's power to punish, and discovery can happen on any day. Extending it would widen
/// that power, so the last day is never moved (and no holiday calendar is needed for acts years back).</item>
/// </list>
/// "法律另有规定的除外": a special law with a different period is outside this computation.
/// </summary>
public sealed record LimitationPeriod
{
    public const string InvalidDatesCode = "penalty.limitation-dates";

    /// <summary>The day the act was committed (or began, for a continuing act).</summary>
    public required DateOnly ActOn { get; init; }

    /// <summary>The day a continuing or repeated act ended, if it did continue.</summary>
    public required DateOnly? ActEndedOn { get; init; }

    /// <summary>Whether the act concerned citizens' life and health safety or financial safety.</summary>
    public required bool ConcernsLifeHealthOrFinancialSafety { get; init; }

    /// <summary>Whether the act had harmful consequences.</summary>
    public required bool HarmCaused { get; init; }

    /// <summary>The day the violation was discovered (case lead received or the authority found it).</summary>
    public required DateOnly DiscoveredOn { get; init; }

    /// <summary>The day the period is counted from (not itself counted): the end of a continuing act, else the act.</summary>
    public required DateOnly CountsFrom { get; init; }

    /// <summary>2, or 5 when the act concerned life/health (or financial) safety and caused harm.</summary>
    public required int Years { get; init; }

    /// <summary>The last day on which discovery still allows a penalty.</summary>
    public required DateOnly LastDay { get; init; }

    /// <summary>True when <see cref="DiscoveredOn"/> is after <see cref="LastDay"/>: 不再给予行政处罚.</summary>
    public required bool IsExpired { get; init; }

    /// <summary>The Chinese rule text with the computation, for the filing page and the 立案报告.</summary>
    public required string RuleText { get; init; }

    /// <summary>
    /// Computes the limitation period. <paramref name="actEndedOn"/> before <paramref name="actOn"/>, or
    /// <paramref name="discoveredOn"/> before the act, throws <c>penalty.limitation-dates</c>.
    /// </summary>
    public static LimitationPeriod Compute(
        DateOnly actOn,
        DateOnly? actEndedOn,
        bool concernsLifeHealthOrFinancialSafety,
        bool harmCaused,
        DateOnly discoveredOn)
    {
        if (actEndedOn is { } ended && ended < actOn)
        {
            throw Input.Invalid(
                InvalidDatesCode, "actEndedOn", $"违法行为终了日{LegalDate.Chinese(ended)}早于行为发生日{LegalDate.Chinese(actOn)}");
        }

        if (discoveredOn < actOn)
        {
            throw Input.Invalid(
                InvalidDatesCode, "discoveredOn", $"发现日{LegalDate.Chinese(discoveredOn)}早于违法行为发生日{LegalDate.Chinese(actOn)}");
        }

        var from = actEndedOn ?? actOn;
        var years = concernsLifeHealthOrFinancialSafety && harmCaused ? 5 : 2;
        if (from.Year + years > DateOnly.MaxValue.Year)
        {
            throw Input.Invalid(InvalidDatesCode, "actOn", "违法行为日期超出可计算范围");
        }

        var lastDay = from.AddYears(years);
        var expired = discoveredOn > lastDay;

        var start = actEndedOn is null
            ? $"自违法行为发生之日{CalendarText.Iso(from)}起计算"
            : $"违法行为有连续或者继续状态，自行为终了之日{CalendarText.Iso(from)}起计算";
        var reason = years == 5
            ? "涉及公民生命健康安全、金融安全且有危害后果，期限为五年"
            : concernsLifeHealthOrFinancialSafety
                ? "虽涉及公民生命健康安全或金融安全，但无危害后果，期限为二年"
                : "期限为二年";
        var leap = from is { Month: 2, Day: 29 } && lastDay.Day == 28
            ? $"（{lastDay.Year}年2月无29日，以2月28日为期间最后一日）"
            : "";
        var verdict = expired
            ? $"{CalendarText.Iso(discoveredOn)}发现，已超过追责期限，不再给予行政处罚"
            : $"{CalendarText.Iso(discoveredOn)}发现，未超过追责期限";
        var text = $"R-PEN-7（行政处罚法第三十六条）：{start}，{reason}，起算日不计入，至{CalendarText.Iso(lastDay)}届满{leap}；{verdict}";

        return new LimitationPeriod
        {
            ActOn = actOn,
            ActEndedOn = actEndedOn,
            ConcernsLifeHealthOrFinancialSafety = concernsLifeHealthOrFinancialSafety,
            HarmCaused = harmCaused,
            DiscoveredOn = discoveredOn,
            CountsFrom = from,
            Years = years,
            LastDay = lastDay,
            IsExpired = expired,
            RuleText = text,
        };
    }
}
