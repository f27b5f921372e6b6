using Weijian.Platform.Deadlines;
using Weijian.Platform.Rules;

namespace Weijian.Enforcement.Money;

/// <summary>
/// The only causes for which the 90-day decision period (R-PEN-6) stops running. The health extension procedure itself
/// is unverified; the list follows the provincial model of 浙卫发〔2019〕44号 (verified secondary): force majeure, a
/// missing party, waiting for another case or authority, and testing/appraisal (whose time 行政强制法第二十五条 and the
/// health rules also exclude). Workload ("工作忙") and staff changes ("人员变动") are deliberately absent: they are
/// <b>not</b> valid causes, and <see cref="DecisionExtensionCauses.Parse"/> refuses them.
/// </summary>
public enum DecisionExtensionCause
{
    /// <summary>不可抗力.</summary>
    ForceMajeure,

    /// <summary>当事人下落不明.</summary>
    PartyMissing,

    /// <summary>等待其他案件审理结果或者有关机关的结论.</summary>
    AwaitingOtherCaseOrAuthority,

    /// <summary>检验、检测、检疫、鉴定.</summary>
    TestingOrAppraisal,
}

/// <summary>
/// The days one listed cause lasted (both inclusive), approved by the authority's head; they are not counted in the
/// 90-day decision period (R-PEN-6), which therefore ends that many days later.
/// </summary>
public sealed record DecisionPeriodExtension(DecisionExtensionCause Cause, DateOnly From, DateOnly To)
{
    /// <summary>The pause the <see cref="Deadline"/> computation applies, its reason the cause's Chinese name.</summary>
    public PausedInterval ToPause() => new(From, To, DecisionExtensionCauses.ChineseName(Cause));
}

/// <summary>The list of <see cref="DecisionExtensionCause"/> as data: wire codes and Chinese names, and the refusal of anything else.</summary>
public static class DecisionExtensionCauses
{
    public const string NotAllowedCode = "penalty.extension-cause-not-allowed";

    /// <summary>Every allowed cause with its wire code (API, files) and Chinese name, in the order shown to users.</summary>
    public static readonly IReadOnlyList<(DecisionExtensionCause Cause, string Code, string ChineseName)> All =
    [
        (DecisionExtensionCause.ForceMajeure, "force-majeure", "不可抗力"),
        (DecisionExtensionCause.PartyMissing, "party-missing", "当事人下落不明"),
        (DecisionExtensionCause.AwaitingOtherCaseOrAuthority, "awaiting-other-case-or-authority", "等待其他案件审理结果或者有关机关的结论"),
        (DecisionExtensionCause.TestingOrAppraisal, "testing-or-appraisal", "检验、检测、检疫、鉴定"),
    ];

    /// <summary>不可抗力 / 当事人下落不明 / ….</summary>
    public static string ChineseName(DecisionExtensionCause cause)
    {
        foreach (var entry in All)
        {
            if (entry.Cause == cause)
            {
                return entry.ChineseName;
            }
        }

        throw NotAllowed(cause.ToString());
    }

    /// <summary>
    /// Accepts a wire code (<c>force-majeure</c> …), the enum name (<c>ForceMajeure</c>, as elsewhere in the API) or the exact Chinese name, ignoring case and surrounding spaces;
    /// anything else — notably "工作忙" or "人员变动" — throws <c>penalty.extension-cause-not-allowed</c>.
    /// </summary>
    public static DecisionExtensionCause Parse(string? value)
    {
        var trimmed = value?.Trim();
        foreach (var entry in All)
        {
            if (string.Equals(trimmed, entry.Code, StringComparison.OrdinalIgnoreCase) || trimmed == entry.ChineseName
                || string.Equals(trimmed, entry.Cause.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return entry.Cause;
            }
        }

        throw NotAllowed(trimmed);
    }

    private static DomainRuleException NotAllowed(string? value) =>
        Input.Invalid(
            NotAllowedCode,
            "cause",
            $"“{value}”不是法定的办案期限延长事由（R-PEN-6）；工作繁忙、人员变动等不属于延长事由。可用事由：{string.Join("、", All.Select(a => a.ChineseName))}");
}
