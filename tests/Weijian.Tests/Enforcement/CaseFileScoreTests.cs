using Weijian.Enforcement.CaseFiles;
using Weijian.Platform.Rules;
using static Weijian.Tests.Enforcement.ModelCaseFile;

namespace Weijian.Tests.Enforcement;

/// <summary>A reviewer's 案卷评查 on top of the automatic result (R-EVA-1…4), and its validation.</summary>
public class CaseFileScoreTests
{
    private static CaseFileScore Review(CaseFileScore automatic, params ReviewerFinding[] findings) =>
        CaseFileScore.FromReview(Standard, automatic, new CaseFileReview(findings, []));

    private static CaseFileScore Model => Check(Facts);

    // R-EVA-1, R-EVA-4: each veto item a reviewer finds makes the file 0 / 不合格, the judgement-only ones included.
    [Theory]
    [InlineData("V01")]
    [InlineData("V02")]
    [InlineData("V03")]
    [InlineData("V04")]
    [InlineData("V05")]
    [InlineData("V06")]
    [InlineData("V07")]
    [InlineData("V08")]
    [InlineData("V09")]
    public void A_veto_chosen_by_the_reviewer_fails_the_file(string code)
    {
        var score = Review(Model, new ReviewerFinding(code, "经评查认定"));

        score.Total.ShouldBe(0m);
        score.Band.ShouldBe("不合格");
        score.IsReviewed.ShouldBeTrue();
        score.Vetoes.ShouldHaveSingleItem().Source.ShouldBe(FindingSource.Reviewer);
    }

    // R-EVA-4 boundaries reached through a review: 41 points off → 59 不合格; 40 → 60 合格; 21 → 79; 20 → 80; 11 → 89; 10 → 90.
    [Theory]
    [InlineData(41, 59, "不合格")]
    [InlineData(40, 60, "合格")]
    [InlineData(21, 79, "合格")]
    [InlineData(20, 80, "良好")]
    [InlineData(11, 89, "良好")]
    [InlineData(10, 90, "优秀")]
    public void Reviewed_scores_fall_into_the_configured_bands(int pointsOff, int total, string band)
    {
        // Reviewer-only items with ranges (C21/C23/C24 1–5, F07 1–3, F01 1 per occurrence up to 4, C20/C22 2–10), spent in
        // this order so that no item gets less than its minimum.
        var findings = new List<ReviewerFinding>();
        var left = pointsOff;
        foreach (var (code, max) in new[] { ("C21", 5), ("C23", 5), ("C24", 5), ("F07", 3), ("F01", 4), ("C20", 10), ("C22", 10) })
        {
            var take = Math.Min(left, max);
            if (take == 0)
            {
                break;
            }

            findings.Add(code == "F01"
                ? new ReviewerFinding(code, "文书格式不规范", 1, take)
                : new ReviewerFinding(code, "经评查认定", take));
            left -= take;
        }

        left.ShouldBe(0);
        var score = Review(Model, [.. findings]);

        score.Total.ShouldBe(total);
        score.Band.ShouldBe(band);
    }

    // R-EVA-1: deductions beyond a section's points leave the section at 0, never below; the other section keeps its points.
    [Fact]
    public void A_section_never_goes_below_zero()
    {
        var content = Standard.Items.Where(i => i.SectionCode == "content")
            .Select(i => new ReviewerFinding(i.Code, "全面缺陷", i.MaxPoints, i.PerOccurrence ? 10 : 1))
            .ToArray();

        var score = Review(Model, content);

        var section = score.Sections.Single(s => s.Code == "content");
        section.Deducted.ShouldBeGreaterThan(80m);
        section.Score.ShouldBe(0m);
        score.Total.ShouldBe(20m);
        score.Band.ShouldBe("不合格");
    }

    // A reviewer may weigh an automatic range finding more heavily: C03 found automatically at 1 point, reviewed at 4.
    [Fact]
    public void A_reviewer_finding_replaces_the_automatic_one_for_the_same_item()
    {
        var automatic = Check(Facts with { PreservationDisposedOn = Facts.PreservationDisposedOn!.Value.AddDays(30) });
        automatic.Total.ShouldBe(99m);

        var score = Review(automatic, new ReviewerFinding("C03", "逾期处理达一个月", 4));

        var c03 = score.Deductions.ShouldHaveSingleItem();
        c03.Points.ShouldBe(4m);
        c03.Source.ShouldBe(FindingSource.Reviewer);
        score.Total.ShouldBe(96m);
    }

    [Fact]
    public void A_reviewer_can_dismiss_an_automatic_finding_with_a_reason()
    {
        var automatic = Check(Facts with { HasCover = false });

        var score = CaseFileScore.FromReview(Standard, automatic, new CaseFileReview([], [new DismissedFinding("F04", " 卷皮已补齐 ")]));

        score.Total.ShouldBe(100m);
        score.Dismissed.ShouldHaveSingleItem().ShouldBe(new DismissedFinding("F04", "卷皮已补齐"));
    }

    [Fact]
    public void Automatic_findings_not_dismissed_stay_in_the_review()
    {
        var automatic = Check(Facts with { HasCover = false });

        var score = Review(automatic, new ReviewerFinding("C21", "证据来源未注明", 2));

        score.Deductions.Select(d => (d.Code, d.Points, d.Source)).ShouldBe([("F04", 2m, FindingSource.Automatic), ("C21", 2m, FindingSource.Reviewer)]);
        score.Total.ShouldBe(96m);
    }

    public static readonly TheoryData<string, string> InvalidReviews = new()
    {
        { "unknown item", CaseFileScore.UnknownItemCode },
        { "empty reason", CaseFileScore.ReasonRequiredCode },
        { "range without points", CaseFileScore.PointsRequiredCode },
        { "points above range", CaseFileScore.PointsOutOfRangeCode },
        { "points below range", CaseFileScore.PointsOutOfRangeCode },
        { "fixed item with other points", CaseFileScore.PointsOutOfRangeCode },
        { "veto with points", CaseFileScore.PointsOutOfRangeCode },
        { "occurrences on a single item", CaseFileScore.OccurrencesCode },
        { "zero occurrences", CaseFileScore.OccurrencesCode },
        { "same item twice", CaseFileScore.DuplicateItemCode },
        { "dismiss what was not found", CaseFileScore.DismissedNotFoundCode },
        { "dismiss without reason", CaseFileScore.ReasonRequiredCode },
    };

    [Theory]
    [MemberData(nameof(InvalidReviews))]
    public void Invalid_reviews_are_refused(string name, string code)
    {
        var automatic = Check(Facts with { HasCover = false });
        var review = name switch
        {
            "unknown item" => new CaseFileReview([new("X99", "理由")], []),
            "empty reason" => new CaseFileReview([new("C21", "  ", 2)], []),
            "range without points" => new CaseFileReview([new("C21", "理由")], []),
            "points above range" => new CaseFileReview([new("C21", "理由", 6)], []),
            "points below range" => new CaseFileReview([new("C20", "理由", 1)], []),
            "fixed item with other points" => new CaseFileReview([new("C04", "理由", 2)], []),
            "veto with points" => new CaseFileReview([new("V06", "理由", 1)], []),
            "occurrences on a single item" => new CaseFileReview([new("C04", "理由", null, 2)], []),
            "zero occurrences" => new CaseFileReview([new("F01", "理由", 1, 0)], []),
            "same item twice" => new CaseFileReview([new("C21", "理由", 1), new("C21", "理由", 2)], []),
            "dismiss what was not found" => new CaseFileReview([], [new("F05", "理由")]),
            "dismiss without reason" => new CaseFileReview([], [new("F04", "")]),
            _ => throw new ArgumentException(name),
        };

        Should.Throw<DomainRuleException>(() => CaseFileScore.FromReview(Standard, automatic, review), name).Code.ShouldBe(code, name);
    }

    [Fact]
    public void A_review_needs_an_unreviewed_result_of_the_same_standard()
    {
        var reviewed = Review(Model);

        Should.Throw<DomainRuleException>(() => Review(reviewed)).Code.ShouldBe(CaseFileScore.AlreadyReviewedCode);
        Should.Throw<DomainRuleException>(() => CaseFileScore.FromReview(Standard, Model with { StandardCode = "other" }, new CaseFileReview([], [])))
            .Code.ShouldBe(CaseFileScore.StandardMismatchCode);
    }
}
