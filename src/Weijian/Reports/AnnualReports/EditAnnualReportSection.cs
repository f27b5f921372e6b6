using Weijian.Platform.Documents;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Reports.Figures;

namespace Weijian.Reports.AnnualReports;

/// <summary>
/// 编辑报告: replaces one section's text of a draft (R-PUB-3's five parts). Every figure token must name a figure of the
/// catalogue — a misspelt id is refused with a field error, never printed as a blank or 0. Audited with the figures used.
/// </summary>
public sealed record EditAnnualReportSection(Guid Id, string? Section, string? Text);

public sealed class EditAnnualReportSectionHandler(WeijianDb db, ComputeFiguresHandler figures, DocumentSettings settings, TimeProvider clock)
{
    public async Task<AnnualReportView> HandleAsync(EditAnnualReportSection command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.RequireOrganization();
        var report = await AnnualReportViews.LoadAsync(db, command.Id, ct);
        AnnualReportWorkflow.Check(AnnualReportAction.EditSection, report.Status, db.Actor);
        var section = AnnualReportNames.ParseSection(command.Section)
            ?? throw Input.Invalid("annual-report.section-invalid", "section", "请选择报告的部分（一至五）");
        var text = (command.Text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (text.Length > AnnualReport.SectionMax)
        {
            throw Input.Invalid("validation.too-long", "text", $"“{AnnualReportNames.Of(section)}”不能超过{AnnualReport.SectionMax}字");
        }

        var tokens = AnnualReportText.Tokens(text);
        var unknown = tokens.Select(t => t.Id).Distinct(StringComparer.Ordinal).Where(id => FigureCatalogue.Find(id) is null).ToList();
        if (unknown.Count > 0)
        {
            throw Input.Invalid("annual-report.figure-unknown", "text", $"指标不存在：{string.Join("、", unknown)}（请从右侧指标列表插入）");
        }

        report.Edit(section, text, clock.GetUtcNow(), db.Actor.Name);
        db.Audit(report.OrganizationId, AnnualReportAuditActions.EditSection, AnnualReportViews.SubjectType, report.Id.ToString(), new
        {
            report.Year,
            Section = AnnualReportNames.Of(section),
            text.Length,
            Figures = string.Join("、", tokens.Select(t => t.Previous ? t.Id + ":prev" : t.Id)),
        });
        await db.SaveChangesAsync(ct);
        return await AnnualReportViews.ToViewAsync(db, figures, settings, report, ct);
    }
}
