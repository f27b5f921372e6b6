using Weijian.Platform.Rules;

namespace Weijian.Enforcement.CaseFiles;

/// <summary>Who found a defect: an automatic check or the reviewer.</summary>
public enum FindingSource
{
    Automatic,
    Reviewer,
}

/// <summary>
/// A veto hit or a deduction applied to a file: the standard's item, the points taken off (0 for a veto), how many
/// times it was found, and the reason in Chinese.
/// </summary>
public sealed record CaseFileFinding(
    string Code,
    EvaluationItemKind Kind,
    string? SectionCode,
    string Description,
    decimal Points,
    int Occurrences,
    string Reason,
    FindingSource Source);

/// <summary>A section's points: available, deducted (may exceed the available points), and the score (never below 0; R-EVA-1).</summary>
public sealed record SectionScore(string Code, string Name, decimal Available, decimal Deducted, decimal Score);

/// <summary>
/// A reviewer's choice of an item: <see cref="Code"/> of a veto or deduction of the standard, the reason, and for a
/// deduction the points per occurrence (required for a range item, must equal the fixed points otherwise or be omitted)
/// and the number of occurrences (more than 1 only for items counted per occurrence).
/// </summary>
public sealed record ReviewerFinding(string Code, string Reason, decimal? Points = null, int Occurrences = 1);

/// <summary>An automatic finding the reviewer sets aside, with the reason (e.g. the facts recorded were incomplete).</summary>
public sealed record DismissedFinding(string Code, string Reason);

/// <summary>
/// A reviewer's 案卷评查 of one file (glossary: <c>CaseFileReview</c>): items chosen in addition to, or in place of,
/// the automatic findings, and automatic findings dismissed.
/// </summary>
public sealed record CaseFileReview(IReadOnlyList<ReviewerFinding> Findings, IReadOnlyList<DismissedFinding> Dismissed);

/// <summary>
/// The score of a case file under one <see cref="EvaluationStandard"/>: produced automatically by
/// <see cref="CaseFileSelfCheck.Run"/> and, after a reviewer's judgement, by <see cref="FromReview"/>.
/// Sections lose the points of their deductions but never go below zero; the total is the sum of the sections, or 0
/// when any veto item is hit (R-EVA-1); the band follows the standard's bands, the veto band for a vetoed file (R-EVA-4).
/// </summary>
public sealed record CaseFileScore
{
    public const string UnknownItemCode = "evaluation.unknown-item";
    public const string ReasonRequiredCode = "evaluation.reason-required";
    public const string PointsRequiredCode = "evaluation.points-required";
    public const string PointsOutOfRangeCode = "evaluation.points-out-of-range";
    public const string OccurrencesCode = "evaluation.occurrences-invalid";
    public const string DuplicateItemCode = "evaluation.duplicate-item";
    public const string DismissedNotFoundCode = "evaluation.dismissed-not-found";
    public const string StandardMismatchCode = "evaluation.standard-mismatch";
    public const string AlreadyReviewedCode = "evaluation.already-reviewed";

    private const int MaxReasonLength = 500;

    /// <summary>The standard's code.</summary>
    public required string StandardCode { get; init; }

    /// <summary>False for the automatic self-check, true after <see cref="FromReview"/>.</summary>
    public required bool IsReviewed { get; init; }

    /// <summary>Veto items hit (R-EVA-1).</summary>
    public required IReadOnlyList<CaseFileFinding> Vetoes { get; init; }

    /// <summary>Deductions applied (R-EVA-2/3), in the standard's order.</summary>
    public required IReadOnlyList<CaseFileFinding> Deductions { get; init; }

    /// <summary>Per section: available, deducted, score.</summary>
    public required IReadOnlyList<SectionScore> Sections { get; init; }

    /// <summary>0–100; 0 when vetoed.</summary>
    public required decimal Total { get; init; }

    /// <summary>优秀 / 良好 / 合格 / 不合格 under the standard's bands.</summary>
    public required string Band { get; init; }

    /// <summary>True when any veto item was hit.</summary>
    public bool IsVetoed => Vetoes.Count > 0;

    /// <summary>
    /// For the UI: everything the file would lose points for if it were evaluated now — vetoes first, then deductions by
    /// points (largest first) — each with its reason, so the officer can mend the file before it is archived.
    /// </summary>
    public IReadOnlyList<CaseFileFinding> WouldLosePoints =>
        [.. Vetoes, .. Deductions.OrderByDescending(d => d.Points).ThenBy(d => d.Code, StringComparer.Ordinal)];

    /// <summary>Items no automatic check covers: the reviewer judges them (shown as a checklist).</summary>
    public required IReadOnlyList<EvaluationItem> ManualItems { get; init; }

    /// <summary>Automatic findings the reviewer dismissed, with reasons.</summary>
    public required IReadOnlyList<DismissedFinding> Dismissed { get; init; }

    /// <summary>
    /// The reviewed score: the automatic findings, minus those <paramref name="review"/> dismisses, with the reviewer's
    /// findings added — a reviewer finding on an item already found automatically replaces it (the reviewer's points
    /// within the range win). Invalid reviews throw <c>evaluation.*</c> codes: unknown item, missing reason, points
    /// missing or outside the item's range, occurrences &gt; 1 on an item not counted per occurrence, the same item
    /// twice, dismissing what was not found, a result from another standard or one already reviewed.
    /// </summary>
    public static CaseFileScore FromReview(EvaluationStandard standard, CaseFileScore automatic, CaseFileReview review)
    {
        ArgumentNullException.ThrowIfNull(standard);
        ArgumentNullException.ThrowIfNull(automatic);
        ArgumentNullException.ThrowIfNull(review);
        if (automatic.StandardCode != standard.Code)
        {
            throw new DomainRuleException(StandardMismatchCode, $"自动评查结果依据的标准“{automatic.StandardCode}”与评查标准“{standard.Code}”不一致");
        }

        if (automatic.IsReviewed)
        {
            throw DomainRuleException.Conflict(AlreadyReviewedCode, "该评查结果已经人工评查，请基于自动评查结果重新评查");
        }

        var dismissed = new List<DismissedFinding>();
        var found = automatic.Vetoes.Concat(automatic.Deductions).ToDictionary(f => f.Code, StringComparer.Ordinal);
        var dismissedList = review.Dismissed ?? [];
        for (var i = 0; i < dismissedList.Count; i++)
        {
            var d = dismissedList[i] ?? throw new ArgumentException("Dismissed findings must not contain null.", nameof(review));
            if (!found.Remove(d.Code))
            {
                throw Input.Invalid(DismissedNotFoundCode, $"dismissed[{i}].code", $"自动评查结果中没有项目“{d.Code}”，无法排除");
            }

            dismissed.Add(d with { Reason = Reason(d.Reason, $"dismissed[{i}].reason") });
        }

        var chosen = new HashSet<string>(StringComparer.Ordinal);
        var findings = review.Findings ?? [];
        for (var i = 0; i < findings.Count; i++)
        {
            var r = findings[i] ?? throw new ArgumentException("Reviewer findings must not contain null.", nameof(review));
            var item = standard.Find(r.Code)
                ?? throw Input.Invalid(UnknownItemCode, $"findings[{i}].code", $"评查标准“{standard.Code}”中没有项目“{r.Code}”");
            if (!chosen.Add(item.Code))
            {
                throw Input.Invalid(DuplicateItemCode, $"findings[{i}].code", $"评查项目“{item.Code}”重复选择；同一项目多处扣分请填写处数");
            }

            var reason = Reason(r.Reason, $"findings[{i}].reason");
            if (r.Occurrences < 1 || (r.Occurrences > 1 && !item.PerOccurrence))
            {
                throw Input.Invalid(
                    OccurrencesCode, $"findings[{i}].occurrences", item.PerOccurrence ? "处数应不少于1" : $"评查项目“{item.Code}”不按处扣分，处数只能为1");
            }

            decimal points = 0;
            if (item.Kind == EvaluationItemKind.Veto)
            {
                if (r.Points is not null)
                {
                    throw Input.Invalid(PointsOutOfRangeCode, $"findings[{i}].points", $"“{item.Code}”是否决项，不扣分值");
                }
            }
            else
            {
                var each = r.Points ?? (item.HasRange
                    ? throw Input.Invalid(PointsRequiredCode, $"findings[{i}].points", $"“{item.Code}”的扣分为{item.PointsText}，请选择分值")
                    : item.MinPoints);
                if (each < item.MinPoints || each > item.MaxPoints)
                {
                    throw Input.Invalid(PointsOutOfRangeCode, $"findings[{i}].points", $"“{item.Code}”的扣分应为{item.PointsText}，实际为{EvaluationItem.Number(each)}分");
                }

                points = item.PointsFor(each, r.Occurrences);
            }

            found[item.Code] = new CaseFileFinding(
                item.Code, item.Kind, item.SectionCode, item.Description, points, r.Occurrences, reason, FindingSource.Reviewer);
        }

        return Build(standard, found.Values, isReviewed: true, dismissed);
    }

    /// <summary>Assembles a score from findings: section scores floored at 0, total, veto, band.</summary>
    internal static CaseFileScore Build(
        EvaluationStandard standard, IEnumerable<CaseFileFinding> findings, bool isReviewed, IReadOnlyList<DismissedFinding> dismissed)
    {
        var order = standard.Items.Select((item, i) => (item.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        var all = findings.OrderBy(f => order[f.Code]).ToList();
        var vetoes = all.Where(f => f.Kind == EvaluationItemKind.Veto).ToList();
        var deductions = all.Where(f => f.Kind == EvaluationItemKind.Deduction).ToList();
        var sections = standard.Sections.Select(s =>
        {
            var deducted = deductions.Where(d => d.SectionCode == s.Code).Sum(d => d.Points);
            return new SectionScore(s.Code, s.Name, s.Points, deducted, Math.Max(0, s.Points - deducted));
        }).ToList();
        var vetoed = vetoes.Count > 0;
        var total = vetoed ? 0 : sections.Sum(s => s.Score);
        return new CaseFileScore
        {
            StandardCode = standard.Code,
            IsReviewed = isReviewed,
            Vetoes = vetoes,
            Deductions = deductions,
            Sections = sections,
            Total = total,
            Band = standard.BandFor(total, vetoed),
            ManualItems = [.. standard.Items.Where(i => !i.IsAutomatic)],
            Dismissed = dismissed,
        };
    }

    private static string Reason(string? reason, string field) =>
        string.IsNullOrWhiteSpace(reason)
            ? throw Input.Invalid(ReasonRequiredCode, field, "请填写评查理由")
            : reason.Trim().Length > MaxReasonLength
                ? throw Input.Invalid(ReasonRequiredCode, field, $"评查理由不能超过{MaxReasonLength}个字")
                : reason.Trim();
}
