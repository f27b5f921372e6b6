using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Documents;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Reports.Figures;

namespace Weijian.Reports.AnnualReports;

/// <summary>A figure a report uses: this year's and last year's value (live for a draft, frozen once finalised) and the printed texts.</summary>
public sealed record AnnualReportFigure(
    string Id, string Name, string Unit, string Kind, bool InCatalogue, decimal? Current, decimal? Previous,
    string CurrentText, string PreviousText, string Change);

/// <summary>A section: the staff's text with its tokens, and the text with the values put in.</summary>
public sealed record AnnualReportSectionView(string Key, string Heading, string Text, string Rendered);

public sealed record AnnualReportView(
    Guid Id, Guid OrganizationId, string OrganizationName, int Year, bool Rollup, int Version, string Status, string StatusName,
    Guid? CorrectsId, string? CorrectionReason, bool Live, IReadOnlyList<AnnualReportSectionView> Sections,
    IReadOnlyList<AnnualReportFigure> Figures, Guid? DocumentId, string? DocumentSha256, string? VerificationUrl,
    DateTimeOffset UpdatedAt, string UpdatedBy, DateTimeOffset? FinalisedAt, string? FinalisedBy, IReadOnlyList<string> Actions);

/// <summary>Building a report's view: live figures from the catalogue for a draft (R-PUB-5), the frozen ones once finalised.</summary>
public static class AnnualReportViews
{
    public const string SubjectType = nameof(AnnualReport);

    public static DomainRuleException NotFound() => DomainRuleException.NotFound("annual-report.not-found", "年度报告不存在或不属于本单位");

    public static async Task<AnnualReport> LoadAsync(WeijianDb db, Guid id, CancellationToken ct) =>
        await db.Set<AnnualReport>().SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw NotFound();

    /// <summary>
    /// The values of every figure the report uses, this year and last, computed now through <see cref="ComputeFiguresHandler"/>
    /// (its organisation checks apply) over the report's organisation (or subtree) and calendar years.
    /// </summary>
    public static async Task<IReadOnlyList<FrozenFigure>> LiveFiguresAsync(ComputeFiguresHandler figures, AnnualReport report, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(report);
        var ids = AnnualReportText.FigureIds(report.Sections().Values).Where(id => FigureCatalogue.Find(id) is not null).ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var current = await figures.HandleAsync(Query(report, report.Year, ids), ct);
        var previous = await figures.HandleAsync(Query(report, report.Year - 1, ids), ct);
        return [.. ids.Select(id =>
        {
            var c = current[id]!;
            return new FrozenFigure(id, c.Name, c.Unit, c.Kind.ToString(), c.Value, previous[id]?.Value);
        })];
    }

    private static ComputeFigures Query(AnnualReport r, int year, IReadOnlyList<string> ids) =>
        new(r.OrganizationId, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), r.Rollup, ids);

    public static async Task<AnnualReportView> ToViewAsync(WeijianDb db, ComputeFiguresHandler figures, DocumentSettings settings, AnnualReport report, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(report);
        var live = report.Status == AnnualReportStatus.Draft;
        var values = live ? await LiveFiguresAsync(figures, report, ct) : report.FrozenFigures;
        var orgName = await db.Organizations.Where(o => o.Id == report.OrganizationId).Select(o => o.Name).SingleAsync(ct);
        return new AnnualReportView(
            report.Id, report.OrganizationId, orgName, report.Year, report.Rollup, report.Version, report.Status.ToString(), AnnualReportNames.Of(report.Status),
            report.CorrectsId, report.CorrectionReason, live,
            [.. Enum.GetValues<AnnualReportSection>().Select(s => new AnnualReportSectionView(
                s.ToString(), AnnualReportNames.Heading(s), report.Text(s), Render(report.Text(s), values)))],
            Describe(report, values),
            report.DocumentId, report.DocumentSha256, report.DocumentId is { } d ? settings.VerificationUrl(d) : null,
            report.UpdatedAt, report.UpdatedBy, report.FinalisedAt, report.FinalisedBy,
            report.OrganizationId == db.Actor.OrganizationId || db.Actor.IsSystem
                ? [.. AnnualReportWorkflow.AllowedFor(report.Status, db.Actor).Select(t => t.Action.ToString())]
                : []); // an upper level reads a subordinate's report; only its own bureau acts on it
    }

    /// <summary>The text with each token replaced by its value (a figure outside the catalogue prints as absent, never 0).</summary>
    public static string Render(string text, IReadOnlyList<FrozenFigure> values)
    {
        ArgumentNullException.ThrowIfNull(text);
        var byId = values.ToDictionary(v => v.Id, StringComparer.Ordinal);
        return AnnualReportText.Substitute(text, t => byId.TryGetValue(t.Id, out var v)
            ? AnnualReportText.Format(v.Kind, t.Previous ? v.Previous : v.Current)
            : AnnualReportText.Absent);
    }

    /// <summary>Every figure used, in order of first use, with the year-over-year change (the appendix table).</summary>
    public static IReadOnlyList<AnnualReportFigure> Describe(AnnualReport report, IReadOnlyList<FrozenFigure> values)
    {
        ArgumentNullException.ThrowIfNull(report);
        var byId = values.ToDictionary(v => v.Id, StringComparer.Ordinal);
        return [.. AnnualReportText.FigureIds(report.Sections().Values).Select(id => byId.TryGetValue(id, out var v)
            ? new AnnualReportFigure(id, v.Name, v.Unit, v.Kind, true, v.Current, v.Previous,
                AnnualReportText.Format(v.Kind, v.Current), AnnualReportText.Format(v.Kind, v.Previous), AnnualReportText.Change(v.Kind, v.Current, v.Previous))
            : new AnnualReportFigure(id, id, "", "", false, null, null, AnnualReportText.Absent, AnnualReportText.Absent, "—"))];
    }
}
