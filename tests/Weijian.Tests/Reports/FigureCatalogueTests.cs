using Weijian.Reports.Figures;

namespace Weijian.Tests.Reports;

/// <summary>Issue #8, acceptance 1: every figure has a definition and a counting rule, and docs/figures.md is the catalogue.</summary>
public sealed class FigureCatalogueTests
{
    /// <summary>The ids the annual report and the dashboards rely on (docs: /issue #8 shared context).</summary>
    private static readonly string[] Promised =
    [
        "enforcement.cases.filed", "enforcement.cases.filed.by-specialty", "enforcement.decisions.penalty", "enforcement.decisions.penalty.summary",
        "enforcement.decisions.penalty.by-type", "enforcement.decisions.no-penalty", "enforcement.fines.total", "enforcement.confiscations.total",
        "enforcement.transfers", "enforcement.hearings.held", "enforcement.legal-reviews", "enforcement.collective-discussions",
        "enforcement.av-recording.rate", "enforcement.compulsory-measures", "enforcement.case-files.evaluated", "enforcement.case-files.excellent",
        "inspections.random.tasks", "inspections.random.tasks.national", "inspections.random.targets", "inspections.random.completed",
        "inspections.random.completion-rate", "inspections.random.results-published-rate", "inspections.visits", "inspections.visits.by-month",
        "inspections.visits.merged", "licensing.applications.received", "licensing.applications.accepted", "licensing.applications.not-accepted",
        "licensing.applications.granted", "licensing.applications.refused", "licensing.applications.on-the-spot", "licensing.applications.commitment",
        "licensing.decisions.on-time-rate", "licensing.hearings", "licensing.licences.revoked", "licensing.commitment.verifications",
        "licensing.commitment.false", "publicity.disclosures.published", "publicity.disclosures.on-time-rate", "publicity.disclosures.withdrawn",
        "publicity.visit-ratings", "publicity.visit-complaints", "credit.records.created", "credit.repairs.approved",
        "registry.officers.credentialed", "registry.entities.active",
    ];

    [Fact]
    public void Docs_figures_md_equals_the_generated_catalogue()
    {
        var path = Path.Combine(RepositoryRoot.Path, "docs", "figures.md");
        var actual = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        (actual == FigureCatalogueMarkdown.Render())
            .ShouldBeTrue($"docs/figures.md is out of date with the catalogue; regenerate it with: {FigureCatalogueMarkdown.RegenerateCommand}");
    }

    [Fact]
    public void Every_promised_id_is_either_in_the_catalogue_or_listed_as_not_yet_available()
    {
        var unavailable = FigureCatalogueMarkdown.NotYetAvailable.Select(u => u.Id).ToHashSet();
        Promised.Where(id => FigureCatalogue.Find(id) is null && !unavailable.Contains(id)).ShouldBeEmpty();
        FigureCatalogue.All.Where(f => unavailable.Contains(f.Definition.Id)).ShouldBeEmpty();
    }

    [Fact]
    public void Every_figure_has_a_unique_id_both_names_a_definition_and_a_counting_rule()
    {
        FigureCatalogue.All.Select(f => f.Definition.Id).ShouldBeUnique();
        foreach (var d in FigureCatalogue.All.Select(f => f.Definition))
        {
            new[] { d.Name, d.NameEn, d.Definition, d.DefinitionEn, d.CountingRule, d.Unit }.ShouldAllBe(t => t.Length > 0, d.Id);
        }
    }
}
