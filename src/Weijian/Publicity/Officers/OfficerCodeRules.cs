using Weijian.Inspections.Visits;
using Weijian.Platform.Rules;

namespace Weijian.Publicity.Officers;

/// <summary>The per-jurisdiction values of 执法亮码 and visit ratings (Platform/Rules), and the pure checks they feed.</summary>
public static class OfficerCodeRules
{
    /// <summary>
    /// R-OFF-5 (行政执法监督条例: the supervising level handles complaints about enforcement): working days to answer a
    /// complaint filed with a visit rating. No national figure was found; 15 working days is a default to configure.
    /// </summary>
    public static readonly RuleParameterDefinition ComplaintReplyWorkingDays = new(
        "publicity.complaint-reply-working-days", "R-OFF-5", "执法评价投诉答复期限", "工作日", 15m, "R-OFF-5 默认值（未见全国统一规定，按15个工作日配置）");

    /// <summary>Officers see rating figures of their bureau only over at least this many ratings, so no single rating can be inferred.</summary>
    public const int AggregateMinimum = 5;

    /// <summary>The shortest suffix of a unified credit code an entity may type instead of the whole code.</summary>
    public const int EntityCodeSuffixLength = 6;

    /// <summary>
    /// The inspected entity proves who it is by its 统一社会信用代码 (or, for a person, the ID number on record): the whole
    /// code or its last 6 characters, case-insensitive, spaces ignored.
    /// </summary>
    public static bool EntityCodeMatches(string? entered, string? onRecord)
    {
        if (string.IsNullOrWhiteSpace(entered) || string.IsNullOrWhiteSpace(onRecord))
        {
            return false;
        }

        var typed = string.Concat(entered.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        var code = onRecord.Trim().ToUpperInvariant();
        return typed.Length == code.Length
            ? string.Equals(typed, code, StringComparison.Ordinal)
            : typed.Length == EntityCodeSuffixLength && code.EndsWith(typed, StringComparison.Ordinal);
    }

    /// <summary>
    /// R-TRS-3 事中: a visit can be confirmed on its day only — while it is under way (检查中), when it is planned for today,
    /// or when it was completed today (the entity confirms as the officers leave). Not before, not days later.
    /// </summary>
    public static bool IsUnderWay(InspectionStatus status, DateOnly plannedOn, DateOnly? startedOn, DateOnly? completedOn, DateOnly today) => status switch
    {
        InspectionStatus.InProgress => true,
        InspectionStatus.Planned => plannedOn == today,
        InspectionStatus.Completed => completedOn == today,
        _ => false,
    };
}

/// <summary>满意 / 基本满意 / 不满意: how the entity rates the officers' conduct.</summary>
public enum VisitSatisfaction
{
    Satisfied,
    BasicallySatisfied,
    Dissatisfied,
}

public static class VisitRatingNames
{
    public static string Of(VisitSatisfaction v) => v switch
    {
        VisitSatisfaction.Satisfied => "满意",
        VisitSatisfaction.BasicallySatisfied => "基本满意",
        VisitSatisfaction.Dissatisfied => "不满意",
        _ => v.ToString(),
    };

    public static string Of(ComplaintStatus v) => v switch
    {
        ComplaintStatus.Received => "已受理",
        ComplaintStatus.Assigned => "办理中",
        ComplaintStatus.Answered => "已答复",
        _ => v.ToString(),
    };

    /// <summary>Accepts the code (Satisfied) or the Chinese name (满意).</summary>
    public static VisitSatisfaction? ParseSatisfaction(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : Enum.GetValues<VisitSatisfaction>().Cast<VisitSatisfaction?>().FirstOrDefault(v => string.Equals(v.ToString(), text.Trim(), StringComparison.OrdinalIgnoreCase) || Of(v!.Value) == text.Trim());
}
