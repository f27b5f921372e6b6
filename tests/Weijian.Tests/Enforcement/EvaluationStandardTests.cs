using System.Text.Json.Nodes;
using Weijian.Enforcement.CaseFiles;
using Weijian.Platform.Rules;
using static Weijian.Tests.Enforcement.ModelCaseFile;

namespace Weijian.Tests.Enforcement;

/// <summary>The evaluation standard as data (R-EVA-1…4): the shipped file validates; broken files are refused.</summary>
public class EvaluationStandardTests
{
    // R-EVA-1: form 20 + content 80; R-EVA-4: 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, else and on any veto 不合格.
    [Fact]
    public void The_shipped_standard_validates_with_20_form_and_80_content_points()
    {
        var standard = Standard;

        standard.Code.ShouldBe("typical-2026");
        standard.Note.ShouldContain("典型方案");
        standard.Sections.Select(s => (s.Code, s.Points)).ShouldBe([("form", 20m), ("content", 80m)]);
        standard.Items.Count(i => i.Kind == EvaluationItemKind.Veto).ShouldBe(9);
        standard.Items.Select(i => i.Code).ShouldBeUnique();
        standard.Items.Where(i => i.IsAutomatic).Select(i => i.Check).ShouldAllBe(c => CaseFileChecks.IsKnown(c));
        standard.Bands.Select(b => (b.Name, b.MinScore)).ShouldBe([("优秀", 90m), ("良好", 80m), ("合格", 60m), ("不合格", 0m)]);
        standard.VetoBand.ShouldBe("不合格");
    }

    // Every implemented check is used by the shipped standard (no dead check code).
    [Fact]
    public void Every_implemented_check_is_used_by_the_shipped_standard()
    {
        CaseFileChecks.Keys.Where(k => Standard.Items.All(i => i.Check != k)).ShouldBeEmpty();
    }

    // R-EVA-4 boundaries.
    [Theory]
    [InlineData(100, "优秀")]
    [InlineData(90, "优秀")]
    [InlineData(89.5, "良好")]
    [InlineData(89, "良好")]
    [InlineData(80, "良好")]
    [InlineData(79, "合格")]
    [InlineData(60, "合格")]
    [InlineData(59, "不合格")]
    [InlineData(0, "不合格")]
    public void Bands_apply_at_their_boundaries(decimal total, string band) =>
        Standard.BandFor(total, vetoed: false).ShouldBe(band);

    [Fact]
    public void A_vetoed_file_gets_the_veto_band_whatever_its_points() =>
        Standard.BandFor(100m, vetoed: true).ShouldBe("不合格");

    [Fact]
    public void Points_text_describes_fixed_range_and_per_occurrence_items()
    {
        Standard.Find("V01")!.PointsText.ShouldBe("否决");
        Standard.Find("C04")!.PointsText.ShouldBe("3分");
        Standard.Find("C03")!.PointsText.ShouldBe("1–5分");
        Standard.Find("F02")!.PointsText.ShouldBe("每处1分，最多4分");
    }

    public static readonly TheoryData<string, string> BrokenFiles = new()
    {
        // sections must sum to 100
        { "sections sum to 90", """{"op":"set","path":"sections/1/points","value":70}""" },
        { "duplicate item code", """{"op":"set","path":"deductions/1/code","value":"F01"}""" },
        { "veto and deduction share a code", """{"op":"set","path":"deductions/0/code","value":"V01"}""" },
        { "unknown check key", """{"op":"set","path":"deductions/1/check","value":"documents.spelling"}""" },
        { "workingDays missing where needed", """{"op":"remove","path":"deductions/8/workingDays"}""" },
        { "workingDays where unused", """{"op":"set","path":"deductions/3/workingDays","value":5}""" },
        { "veto with points", """{"op":"set","path":"vetoes/0/points","value":5}""" },
        { "deduction above its section", """{"op":"set","path":"deductions/2/points","value":21}""" },
        { "unknown section", """{"op":"set","path":"deductions/2/section","value":"style"}""" },
        { "range upside down", """{"op":"set","path":"deductions/6/minPoints","value":4}""" },
        { "no band from 0", """{"op":"set","path":"bands/3/minScore","value":10}""" },
        { "veto band not a band", """{"op":"set","path":"vetoBand","value":"否决"}""" },
        { "misspelt member", """{"op":"set","path":"deductions/0/maxTotl","value":4}""" },
        { "missing rule id", """{"op":"remove","path":"vetoes/2/ruleId"}""" },
    };

    // The loader refuses every kind of broken standard with evaluation.standard-invalid.
    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void A_broken_standard_is_refused(string name, string edit)
    {
        var json = Edit(File.ReadAllText(StandardPath), JsonNode.Parse(edit)!.AsObject());

        var error = Should.Throw<DomainRuleException>(() => EvaluationStandard.Parse(json, "test.json"), name);

        error.Code.ShouldBe(EvaluationStandard.InvalidCode, name);
        error.Message.ShouldStartWith("案卷评查标准“test.json”无效：", Case.Sensitive, name);
    }

    // The edits above must each target what they claim; the untouched file parses.
    [Fact]
    public void The_edit_targets_of_the_broken_files_exist()
    {
        var root = JsonNode.Parse(File.ReadAllText(StandardPath))!;
        root["deductions"]![8]!["check"]!.GetValue<string>().ShouldBe("filing.late");
        root["deductions"]![6]!["minPoints"]!.GetValue<int>().ShouldBe(1);
        root["deductions"]![6]!["maxPoints"]!.GetValue<int>().ShouldBe(3);
        root["deductions"]![3]!["check"]!.GetValue<string>().ShouldBe("file.cover-or-index-missing");
        EvaluationStandard.Parse(root.ToJsonString(), "test.json").Code.ShouldBe("typical-2026");
    }

    [Fact]
    public void A_missing_file_is_reported_as_not_found()
    {
        Should.Throw<DomainRuleException>(() => EvaluationStandard.LoadFile(Path.Combine(Path.GetTempPath(), "no-such-standard.json")))
            .Code.ShouldBe(EvaluationStandard.MissingCode);
    }

    private static string Edit(string json, JsonObject edit)
    {
        var root = JsonNode.Parse(json)!;
        var path = edit["path"]!.GetValue<string>().Split('/');
        var parent = root;
        foreach (var step in path[..^1])
        {
            parent = int.TryParse(step, out var i) ? parent[i]! : parent[step]!;
        }

        var last = path[^1];
        if (edit["op"]!.GetValue<string>() == "remove")
        {
            parent.AsObject().Remove(last).ShouldBeTrue();
        }
        else
        {
            parent[last] = edit["value"]!.DeepClone();
        }

        return root.ToJsonString();
    }
}
