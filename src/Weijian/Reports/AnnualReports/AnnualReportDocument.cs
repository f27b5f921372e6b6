using Weijian.Platform.Calendar;
using Weijian.Platform.Documents;

namespace Weijian.Reports.AnnualReports;

/// <summary>
/// The report as document content for the <c>annual-report</c> template (templates-as-data, docs/adr/0006): the sections
/// with the values put in, and the appendix table of every figure used with this year, last year and the change.
/// </summary>
public static class AnnualReportDocument
{
    public const string TemplateKey = "annual-report";

    public static DocumentContent Content(AnnualReport report, IReadOnlyList<FrozenFigure> values)
    {
        ArgumentNullException.ThrowIfNull(report);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["report.year"] = report.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["report.measures"] = AnnualReportViews.Render(report.Measures, values),
            ["report.shortcomings"] = AnnualReportViews.Render(report.Shortcomings, values),
            ["report.leadership"] = AnnualReportViews.Render(report.Leadership, values),
            ["report.plans"] = AnnualReportViews.Render(report.Plans, values),
            ["report.other"] = AnnualReportViews.Render(report.Other, values),
        };
        if (report.Rollup)
        {
            fields["report.scope"] = "（含下级单位汇总）";
        }

        if (report.Version > 1)
        {
            fields["report.scope"] = (report.Rollup ? "（含下级单位汇总）" : "") + $"（更正版，第{report.Version}版）";
        }

        var rows = AnnualReportViews.Describe(report, values)
            .Select(f => (IReadOnlyDictionary<string, string>)new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["name"] = f.Name,
                ["unit"] = f.Kind == "Rate" ? "%" : f.Unit,
                ["current"] = f.CurrentText,
                ["previous"] = f.PreviousText,
                ["change"] = f.Change,
            }).ToList();
        return new DocumentContent(fields, new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>> { ["reportFigures"] = rows });
    }

    /// <summary>A draft's .docx (no QR code, no number: it is not an issued document), dated today.</summary>
    public static byte[] RenderDraft(DocumentTemplates templates, DocumentSettings settings, AnnualReport report, IReadOnlyList<FrozenFigure> values, string organizationName, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(templates);
        ArgumentNullException.ThrowIfNull(settings);
        var content = Content(report, values)
            .With("org.name", organizationName)
            .With("doc.date", DocumentNumbers.ChineseDate(ChinaClock.Today(clock)));
        return DocumentRenderer.Render(templates.Get(TemplateKey), content, new DocumentRenderOptions(null, settings.Fonts));
    }
}
