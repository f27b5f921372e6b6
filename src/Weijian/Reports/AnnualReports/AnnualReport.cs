using Weijian.Platform.Persistence;
using Weijian.Platform.Tenancy;

namespace Weijian.Reports.AnnualReports;

/// <summary>Where a 法治政府建设年度报告 stands: drafted by staff, finalised (frozen, issued) by the head, or superseded by a correction.</summary>
public enum AnnualReportStatus
{
    Draft,
    Finalised,
    Superseded,
}

/// <summary>The five parts of the report R-PUB-3 prescribes (厅字〔2019〕28号), in their order.</summary>
public enum AnnualReportSection
{
    Measures,
    Shortcomings,
    Leadership,
    Plans,
    Other,
}

/// <summary>A figure the finalised report uses, frozen with this year's and last year's value (the appendix table, R-PUB-5).</summary>
public sealed record FrozenFigure(string Id, string Name, string Unit, string Kind, decimal? Current, decimal? Previous);

/// <summary>
/// 法治政府建设年度报告 (R-PUB-3): one organisation's report for a year, on its own records or rolled up over its subtree.
/// The five sections are staff-drafted narratives in which figures are tokens (<see cref="AnnualReportText"/>) computed
/// from the catalogue at every read until the head finalises: then the values used are frozen (<see cref="FiguresJson"/>),
/// the .docx is issued (<see cref="DocumentId"/>) and the text can no longer change. A correction is a new version that
/// names its reason and the version it corrects; the old one is kept, superseded. Never deleted (docs/adr/0015).
/// </summary>
public sealed class AnnualReport : ITenantOwned
{
    public const int SectionMax = 20000;
    public const int ReasonMax = 500;

    private AnnualReport()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    public int Year { get; private set; }

    /// <summary>Whether the figures cover the organisation's subtree (a city's report on its counties) or its own records.</summary>
    public bool Rollup { get; private set; }

    /// <summary>1 for the first report of (organisation, year, roll-up); each correction adds one.</summary>
    public int Version { get; private set; }

    public Guid? CorrectsId { get; private set; }

    public string? CorrectionReason { get; private set; }

    public AnnualReportStatus Status { get; private set; }

    public string Measures { get; private set; } = "";

    public string Shortcomings { get; private set; } = "";

    public string Leadership { get; private set; } = "";

    public string Plans { get; private set; } = "";

    public string Other { get; private set; } = "";

    /// <summary>The figures used with their values at finalisation (JSON list of <see cref="FrozenFigure"/>); null while a draft.</summary>
    public string? FiguresJson { get; private set; }

    public Guid? DocumentId { get; private set; }

    public string? DocumentSha256 { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset UpdatedAt { get; private set; }

    public string UpdatedBy { get; private set; } = "";

    public DateTimeOffset? FinalisedAt { get; private set; }

    public string? FinalisedBy { get; private set; }

    public IReadOnlyList<FrozenFigure> FrozenFigures => ChildRecordsJson.List<FrozenFigure>(FiguresJson);

    public static AnnualReport Create(
        Guid id, Guid organizationId, int year, bool rollup, int version, Guid? correctsId, string? reason,
        IReadOnlyDictionary<AnnualReportSection, string> sections, DateTimeOffset now, string by)
    {
        var r = new AnnualReport
        {
            Id = id,
            OrganizationId = organizationId,
            Year = year,
            Rollup = rollup,
            Version = version,
            CorrectsId = correctsId,
            CorrectionReason = reason,
            Status = AnnualReportStatus.Draft,
            CreatedAt = now,
            CreatedBy = by,
            UpdatedAt = now,
            UpdatedBy = by,
        };
        foreach (var (section, text) in sections)
        {
            r.SetText(section, text);
        }

        return r;
    }

    public string Text(AnnualReportSection section) => section switch
    {
        AnnualReportSection.Measures => Measures,
        AnnualReportSection.Shortcomings => Shortcomings,
        AnnualReportSection.Leadership => Leadership,
        AnnualReportSection.Plans => Plans,
        _ => Other,
    };

    public IReadOnlyDictionary<AnnualReportSection, string> Sections() =>
        Enum.GetValues<AnnualReportSection>().ToDictionary(s => s, Text);

    public void Edit(AnnualReportSection section, string text, DateTimeOffset now, string by)
    {
        SetText(section, text);
        UpdatedAt = now;
        UpdatedBy = by;
    }

    public void Finalise(IReadOnlyList<FrozenFigure> figures, Guid documentId, string sha256, DateTimeOffset now, string by)
    {
        Status = AnnualReportStatus.Finalised;
        FiguresJson = ChildRecordsJson.Write(figures);
        DocumentId = documentId;
        DocumentSha256 = sha256;
        FinalisedAt = now;
        FinalisedBy = by;
        UpdatedAt = now;
        UpdatedBy = by;
    }

    public void Supersede(DateTimeOffset now, string by)
    {
        Status = AnnualReportStatus.Superseded;
        UpdatedAt = now;
        UpdatedBy = by;
    }

    private void SetText(AnnualReportSection section, string text)
    {
        switch (section)
        {
            case AnnualReportSection.Measures:
                Measures = text;
                break;
            case AnnualReportSection.Shortcomings:
                Shortcomings = text;
                break;
            case AnnualReportSection.Leadership:
                Leadership = text;
                break;
            case AnnualReportSection.Plans:
                Plans = text;
                break;
            default:
                Other = text;
                break;
        }
    }
}
