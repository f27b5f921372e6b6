using Weijian.Platform.Audit;

namespace Weijian.Reports.AnnualReports;

/// <summary>Chinese names of the annual-report audit actions (creation and one per row of the transition table).</summary>
public sealed class AnnualReportAuditActions : IAuditActionNames
{
    public const string Create = "annual-report.create";
    public const string EditSection = "annual-report.edit-section";
    public const string Finalise = "annual-report.finalise";
    public const string Correct = "annual-report.correct";

    public IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>
    {
        [Create] = "起草年度报告",
        [EditSection] = "编辑年度报告",
        [Finalise] = "年度报告定稿签发",
        [Correct] = "更正年度报告",
    };

    public IReadOnlyDictionary<string, string> SubjectTypes { get; } = new Dictionary<string, string>
    {
        [AnnualReportViews.SubjectType] = "法治政府建设年度报告",
    };

    public IReadOnlyDictionary<string, string> FieldLabels { get; } = new Dictionary<string, string>
    {
        ["year"] = "报告年度",
        ["rollup"] = "汇总下级",
        ["version"] = "版本",
        ["section"] = "部分",
        ["length"] = "字数",
        ["figures"] = "引用指标",
        ["document"] = "文书",
        ["sha256"] = "文件哈希",
        ["correction"] = "更正版本",
        ["reason"] = "更正理由",
    };
}
