using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Weijian.Enforcement.PenaltyCases;
using Weijian.Inspections.Plans;
using Weijian.Inspections.Visits;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Documents;
using Weijian.Platform.Files;
using Weijian.Platform.Organizations;
using Weijian.Platform.Persistence;
using Weijian.Platform.Publication;
using Weijian.Platform.Rules;
using Weijian.Platform.Spreadsheets;
using Weijian.Platform.Tenancy;
using Weijian.Registry.Entities;

namespace Weijian.Publicity.Portal;

/// <summary>
/// One generation of a bureau's open-data feed (LIVES shape: businesses, inspections, violations, feed_info) of its
/// published inspection results and penalty decisions, redacted; the zip and the JSON are in the <see cref="FileStore"/>.
/// </summary>
public sealed class OpenDataFeed : ITenantOwned
{
    private OpenDataFeed()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    public DateTimeOffset GeneratedAt { get; private set; }

    public string ZipSha256 { get; private set; } = "";

    public string JsonSha256 { get; private set; } = "";

    public int Businesses { get; private set; }

    public int Inspections { get; private set; }

    public int Violations { get; private set; }

    public static OpenDataFeed Record(Guid organizationId, DateTimeOffset now, string zip, string json, int businesses, int inspections, int violations) => new()
    {
        Id = Guid.CreateVersion7(now),
        OrganizationId = organizationId,
        GeneratedAt = now,
        ZipSha256 = zip,
        JsonSha256 = json,
        Businesses = businesses,
        Inspections = inspections,
        Violations = violations,
    };
}

internal sealed class OpenDataFeedConfiguration : IEntityTypeConfiguration<OpenDataFeed>
{
    public void Configure(EntityTypeBuilder<OpenDataFeed> b)
    {
        b.ToTable("open_data_feeds");
        b.HasKey(f => f.Id);
        b.Property(f => f.Id).ValueGeneratedNever();
        b.HasOne<Organization>().WithMany().HasForeignKey(f => f.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.Property(f => f.ZipSha256).HasMaxLength(64);
        b.Property(f => f.JsonSha256).HasMaxLength(64);
        b.HasIndex(f => new { f.OrganizationId, f.GeneratedAt });
    }
}

/// <summary>
/// 开放数据 (DESIGN §2 public portal): regenerates the feed of every county bureau (or one) from what is public now —
/// published inspection results and penalty decisions, withdrawn and expired ones left out — by the daily sweep and
/// <c>weijian opendata build</c>. Names of natural persons are masked, their addresses and every phone left out, every
/// cell scrubbed of ID-number and phone patterns.
/// </summary>
public sealed record BuildOpenData(Guid? OrganizationId = null);

public sealed record OpenDataBuilt(int Feeds);

public sealed class BuildOpenDataHandler(WeijianDb db, FileStore files, DocumentSettings settings, TimeProvider clock)
{
    public static readonly string[] BusinessColumns = ["business_id", "name", "address", "city", "state", "postal_code", "latitude", "longitude", "phone_number"];
    public static readonly string[] InspectionColumns = ["business_id", "score", "date", "description", "type"];
    public static readonly string[] ViolationColumns = ["business_id", "date", "code", "description"];
    public static readonly string[] FeedInfoColumns = ["feed_date", "feed_version", "municipality_name", "municipality_url", "contact_email"];

    public async Task<OpenDataBuilt> HandleAsync(BuildOpenData command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!db.Actor.IsSystem)
        {
            db.Actor.Require(Roles.SystemAdministrator);
        }

        var orgs = await db.Organizations.IgnoreQueryFilters().AsNoTracking()
            .Where(o => o.IsActive && o.Kind == OrganizationKind.CountyBureau && (command.OrganizationId == null || o.Id == command.OrganizationId))
            .ToListAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var org in orgs)
        {
            var feed = await BuildAsync(org, now, ct);
            db.Set<OpenDataFeed>().Add(feed);
        }

        await db.SaveChangesAsync(ct);
        return new OpenDataBuilt(orgs.Count);
    }

    private async Task<OpenDataFeed> BuildAsync(Organization org, DateTimeOffset now, CancellationToken ct)
    {
        var style = (int)(await RuleParameters.ResolveAsync(db, DisclosureRules.NameMaskStyle, org.Id, ChinaClock.Today(clock), ct)).Value;
        var inspections = await db.Set<Inspection>().IgnoreQueryFilters().AsNoTracking()
            .Where(i => i.OrganizationId == org.Id && i.PublishedOn != null).OrderBy(i => i.Number).ToListAsync(ct);
        var decisions = await db.Set<EnforcementDisclosure>().IgnoreQueryFilters().AsNoTracking()
            .Where(d => d.OrganizationId == org.Id && d.Kind == DisclosureKind.PenaltyDecision && d.PublishedOn != null && d.WithdrawnOn == null && d.OfflineOn == null
                && d.SourceType == PenaltyCaseSteps.SubjectType)
            .OrderBy(d => d.DecidedOn).ToListAsync(ct);
        var caseIds = decisions.Select(d => Guid.Parse(d.SourceId)).ToList();
        var caseEntities = await db.Set<PenaltyCase>().IgnoreQueryFilters().AsNoTracking().Where(c => caseIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id.ToString(), c => c.EntityId, ct);
        var entityIds = inspections.Select(i => i.EntityId).Concat(caseEntities.Values).Distinct().ToList();
        var entities = await db.Set<RegulatedEntity>().IgnoreQueryFilters().AsNoTracking().Where(e => entityIds.Contains(e.Id)).OrderBy(e => e.Id).ToListAsync(ct);

        string Name(RegulatedEntity e) => e.PartyKind == PartyKind.Individual ? Redaction.MaskName(e.Name, style) : e.Name;
        var businesses = entities.Select(e => new[]
        {
            e.Id.ToString(), Name(e), e.PartyKind == PartyKind.Individual ? "" : e.Address, org.Name, "", "", "", "", "",
        }).ToList();
        var inspectionRows = inspections.Select(i => new[]
        {
            i.EntityId.ToString(), i.GradeScore?.ToString("0.##", CultureInfo.InvariantCulture) ?? "", Day(i.CompletedOn ?? i.PlannedOn),
            (i.Conclusion is { } c ? InspectionVisitNames.Of(c) : "") + (i.Grade is { } g ? $"，量化分级{g}级" : ""), InspectionNames.Of(i.Kind),
        }).ToList();
        var violationRows = decisions.Where(d => caseEntities.ContainsKey(d.SourceId)).Select(d => new[]
        {
            caseEntities[d.SourceId].ToString(), Day(d.DecidedOn), d.DecisionNumber,
            string.Join("；", d.Fields.Where(f => f.Label is "案由" or "处罚内容").Select(f => f.Label + "：" + f.Value)),
        }).ToList();
        var portal = settings.PublicBaseUrl.TrimEnd('/') + "/portal/" + org.Id;
        var feedInfo = new[] { ChinaClock.Today(clock).ToString("yyyyMMdd", CultureInfo.InvariantCulture), "1.0", org.Name, portal, "" };

        var tables = new (string File, string[] Columns, IReadOnlyList<string[]> Rows)[]
        {
            ("businesses.csv", BusinessColumns, businesses),
            ("inspections.csv", InspectionColumns, inspectionRows),
            ("violations.csv", ViolationColumns, violationRows),
            ("feed_info.csv", FeedInfoColumns, [feedInfo]),
        };
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (file, columns, rows) in tables)
            {
                var entry = archive.CreateEntry(file, CompressionLevel.Optimal);
                entry.LastWriteTime = now;
                await using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
                await writer.WriteAsync(string.Join(",", columns) + "\r\n");
                foreach (var row in rows)
                {
                    await writer.WriteAsync(string.Join(",", row.Select(v => CsvText.Quote(Redaction.Clean(v)))) + "\r\n");
                }
            }
        }

        Dictionary<string, string>[] Objects(string[] columns, IReadOnlyList<string[]> rows) =>
            [.. rows.Select(r => columns.Select((c, i) => (c, v: Redaction.Clean(r[i]))).ToDictionary(x => x.c, x => x.v))];
        var json = JsonSerializer.SerializeToUtf8Bytes(
            new
            {
                generatedAt = now,
                organization = org.Name,
                businesses = Objects(BusinessColumns, businesses),
                inspections = Objects(InspectionColumns, inspectionRows),
                violations = Objects(ViolationColumns, violationRows),
                feedInfo = Objects(FeedInfoColumns, [feedInfo])[0],
            },
            ChildRecordsJson.Options);
        var zipFile = await files.SaveAsync(zip.ToArray(), ct);
        var jsonFile = await files.SaveAsync(json, ct);
        return OpenDataFeed.Record(org.Id, now, zipFile.Sha256, jsonFile.Sha256, businesses.Count, inspectionRows.Count, violationRows.Count);
    }

    private static string Day(DateOnly d) => d.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}

public sealed record OpenDataFile(byte[] Content, DateTimeOffset GeneratedAt, string Sha256);

/// <summary>The latest generation of a bureau's feed, as a zip of CSV files or as JSON. Anonymous.</summary>
public sealed record GetOpenData(Guid OrganizationId, bool Json);

public sealed class GetOpenDataHandler(WeijianDb db, FileStore files)
{
    public async Task<OpenDataFile> HandleAsync(GetOpenData query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var feed = await db.Set<OpenDataFeed>().IgnoreQueryFilters().AsNoTracking().Where(f => f.OrganizationId == query.OrganizationId)
            .OrderByDescending(f => f.GeneratedAt).FirstOrDefaultAsync(ct)
            ?? throw DomainRuleException.NotFound("open-data.not-built", "该单位的开放数据尚未生成");
        var sha = query.Json ? feed.JsonSha256 : feed.ZipSha256;
        return new OpenDataFile(await files.ReadAllBytesAsync(sha, verify: true, ct), feed.GeneratedAt, sha);
    }
}
