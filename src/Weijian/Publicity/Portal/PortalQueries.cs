using Microsoft.EntityFrameworkCore;
using Weijian.Inspections.Draws;
using Weijian.Inspections.Plans;
using Weijian.Inspections.Visits;
using Weijian.Platform.Calendar;
using Weijian.Platform.Organizations;
using Weijian.Platform.Persistence;
using Weijian.Platform.Publication;
using Weijian.Platform.Rules;
using Weijian.Registry.Catalogs;

namespace Weijian.Publicity.Portal;

public sealed record PortalBureau(Guid Id, string Name, string KindName, string? ParentName)
{
    /// <summary>The one mapping of an organisation to its portal heading, for the bureau list and for each bureau's pages.</summary>
    public static PortalBureau Of(Organization org, string? parentName) => new(org.Id, org.Name, OrganizationKinds.ChineseName(org.Kind), parentName);
}

/// <summary>门户首页: every active health authority (province, city, county bureau) with its own portal page. Anonymous.</summary>
public sealed record ListPortalBureaus;

public sealed class ListPortalBureausHandler(WeijianDb db)
{
    public async Task<IReadOnlyList<PortalBureau>> HandleAsync(ListPortalBureaus query, CancellationToken ct)
    {
        var orgs = await db.Organizations.IgnoreQueryFilters().AsNoTracking().Where(o => o.IsActive).OrderBy(o => o.Path).ToListAsync(ct);
        var names = orgs.ToDictionary(o => o.Id, o => o.Name);
        return [.. orgs.Where(o => o.Kind != OrganizationKind.EnforcementAgency)
            .Select(o => PortalBureau.Of(o, o.ParentId is { } p && names.TryGetValue(p, out var n) ? n : null))];
    }
}

/// <summary>One bureau's name and kind, for the portal pages that show no more of its home page.</summary>
public sealed record GetPortalBureau(Guid OrganizationId);

public sealed class GetPortalBureauHandler(WeijianDb db)
{
    public async Task<PortalBureau> HandleAsync(GetPortalBureau query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var org = await PortalOrganizations.LoadAsync(db, query.OrganizationId, ct);
        var parent = org.ParentId is { } p ? await db.Organizations.IgnoreQueryFilters().AsNoTracking().Where(o => o.Id == p).Select(o => o.Name).SingleOrDefaultAsync(ct) : null;
        return PortalBureau.Of(org, parent);
    }
}

public sealed record PortalBody(string Name, string KindName);

public sealed record PortalCatalogLine(string Code, string Name, string Detail, string LegalBasis);

public sealed record PortalDrawLine(Guid Id, string Title, int Round, string StatusName, DateOnly PlannedDate);

/// <summary>A bureau's public record counts, each counted up to <see cref="Cap"/> (more shows as “10000+”).</summary>
public sealed record PortalCounts(int PublishedDecisions, int Withdrawn, int InspectionResults, int Draws, int Checkpoints)
{
    public const int Cap = ListPublicDisclosuresHandler.CountCap;

    public static string Show(int count) => count > Cap ? $"{Cap}+" : count.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// One bureau's portal page: 事前 (bodies, catalogues), 事后 summaries, draws, remedies (R-TRS-2, R-TRS-4). The review
/// body is the 本级人民政府: since the 2023 行政复议法 a county department's acts are reviewed by its people's government.
/// </summary>
public sealed record PortalHome(
    Guid OrganizationId, string Name, string KindName, IReadOnlyList<PortalBody> Bodies, IReadOnlyList<PortalCatalogLine> Powers, IReadOnlyList<PortalCatalogLine> InspectionItems,
    IReadOnlyList<PublicDisclosureLine> RecentDecisions, IReadOnlyList<PortalDrawLine> Draws, PortalCounts Counts, string ReviewBody, string Court);

public sealed record GetPortalHome(Guid OrganizationId);

public sealed class GetPortalHomeHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<PortalHome> HandleAsync(GetPortalHome query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var org = await PortalOrganizations.LoadAsync(db, query.OrganizationId, ct);
        var today = ChinaClock.Today(clock);
        var agencies = await db.Organizations.IgnoreQueryFilters().AsNoTracking()
            .Where(o => o.ParentId == org.Id && o.Kind == OrganizationKind.EnforcementAgency && o.IsActive).OrderBy(o => o.Name).ToListAsync(ct);
        var bodies = new[] { org }.Concat(agencies).Select(o => new PortalBody(o.Name, OrganizationKinds.ChineseName(o.Kind))).ToList();
        var catalog = await db.Set<CatalogItem>().IgnoreQueryFilters().AsNoTracking()
            .Where(i => i.OrganizationId == org.Id && (i.Kind == CatalogKind.PowerItem || i.Kind == CatalogKind.InspectionItem) && i.RetiredOn == null)
            .OrderBy(i => i.Code).ToListAsync(ct);
        PortalCatalogLine? Line(CatalogItem i) => i.VersionOn(today) is { } v
            ? new PortalCatalogLine(i.Code, v.Name, i.Kind == CatalogKind.PowerItem ? (v.PowerType is { } t ? CatalogNames.ChineseName(t) : "") : (v.CheckContent ?? v.Targets ?? ""), v.LegalBasis)
            : null;
        var powers = catalog.Where(i => i.Kind == CatalogKind.PowerItem).Select(Line).OfType<PortalCatalogLine>().ToList();
        var items = catalog.Where(i => i.Kind == CatalogKind.InspectionItem).Select(Line).OfType<PortalCatalogLine>().ToList();

        var disclosures = db.Set<EnforcementDisclosure>().IgnoreQueryFilters().AsNoTracking().Where(d => d.OrganizationId == org.Id && d.PublishedOn != null && d.OfflineOn == null);
        var recent = await disclosures.Where(d => d.WithdrawnOn == null).OrderByDescending(d => d.DecidedOn).ThenByDescending(d => d.Id).Take(5).ToListAsync(ct);
        var draws = await (from d in db.Set<RandomDraw>().IgnoreQueryFilters().AsNoTracking()
                           join t in db.Set<InspectionTask>().IgnoreQueryFilters().AsNoTracking() on d.TaskId equals t.Id
                           where d.OrganizationId == org.Id
                           orderby d.CommittedAt descending
                           select new { d.Id, t.Title, d.Round, d.Status, d.PlannedDate }).Take(20).ToListAsync(ct);
        // Counted up to the list's cap, as the list pages are: counting a quarter of a million published decisions on every
        // uncached visit would cost more than the whole page (issue #7 benchmark); the page shows “10000+”.
        static Task<int> Capped<T>(IQueryable<T> q, CancellationToken ct) => q.Take(PortalCounts.Cap + 1).CountAsync(ct);
        var counts = new PortalCounts(
            await Capped(disclosures.Where(d => d.WithdrawnOn == null), ct),
            await Capped(disclosures.Where(d => d.WithdrawnOn != null), ct),
            await Capped(db.Set<Inspection>().IgnoreQueryFilters().Where(i => i.OrganizationId == org.Id && i.PublishedOn != null), ct),
            await Capped(db.Set<RandomDraw>().IgnoreQueryFilters().Where(d => d.OrganizationId == org.Id), ct),
            await Capped(db.Set<AuditCheckpoint>().IgnoreQueryFilters().Where(c => c.OrganizationId == org.Id), ct));
        return new PortalHome(
            org.Id, org.Name, OrganizationKinds.ChineseName(org.Kind), bodies, powers, items, [.. recent.Select(PublicDisclosures.Line)],
            [.. draws.Select(d => new PortalDrawLine(d.Id, d.Title, d.Round, DrawNames.Of(d.Status), d.PlannedDate))], counts,
            "本级人民政府", "有管辖权的人民法院");
    }
}

/// <summary>A line of the public list: a withdrawn one shows only its number, party, kind and the reason.</summary>
public sealed record PublicDisclosureLine(
    Guid Id, string KindName, string DecisionNumber, string Title, string PartyName, DateOnly DecidedOn, DateOnly PublishedOn, bool Withdrawn,
    string? WithdrawalReasonName, string? WithdrawalText, DateOnly? WithdrawnOn);

public sealed record PublicDisclosureDetail(string OrganizationName, PublicDisclosureLine Line, string? PartyCreditCode, IReadOnlyList<DisclosureField> Fields, Guid? DocumentId);

/// <summary>
/// 执法决定公示 of a bureau, anonymous (R-TRS-4): published decisions (penalty, licensing, other), newest decision first,
/// searched by party name or decision number, filtered by kind; <see cref="Withdrawn"/> lists the withdrawn ones with
/// their reason (R-PEN-32). Records past their retention (R-TRS-5) are not shown.
/// </summary>
public sealed record ListPublicDisclosures(Guid OrganizationId, string? Q = null, string? Kind = null, bool Withdrawn = false, int? Page = 1, int? PageSize = 20);

/// <param name="TotalCapped">More than <paramref name="Cap"/> match: <c>Results.Total</c> is the cap, not the count.</param>
/// <param name="Cap"><see cref="ListPublicDisclosuresHandler.CountCap"/>, or <see cref="ListPublicDisclosuresHandler.SearchCountCap"/> for a search.</param>
public sealed record PublicDisclosures(
    Guid OrganizationId, string OrganizationName, Paged<PublicDisclosureLine> Results, bool TotalCapped = false, int Cap = ListPublicDisclosuresHandler.CountCap)
{
    public static PublicDisclosureLine Line(EnforcementDisclosure d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new(
            d.Id, DisclosureNames.Of(d.Kind), d.DecisionNumber, d.WithdrawnOn is null ? d.Title : "（已撤回）", d.PartyName, d.DecidedOn, d.PublishedOn!.Value,
            d.WithdrawnOn is not null, d.WithdrawalReason is { } r && d.WithdrawnOn is not null ? DisclosureNames.Of(r) : null,
            d.WithdrawnOn is not null ? d.WithdrawalText : null, d.WithdrawnOn);
    }
}

public sealed class ListPublicDisclosuresHandler(WeijianDb db)
{
    /// <summary>
    /// Measured at 1 000 000 records (docs/performance.md): an exact count and a deep OFFSET both read every index entry
    /// before the page, so a bureau with a quarter of a million decisions paid for them on every list view. The list counts
    /// up to this many (shown as "10000 条以上") and pages within them; beyond, a visitor narrows the search by party name,
    /// number or kind — which is how a published decision is looked for.
    /// </summary>
    public const int CountCap = 10_000;

    /// <summary>
    /// A search (party name or number) counts and pages up to this many matches. Reading a search's matches costs a row
    /// fetch each (the trigram index gives no order), so a common word matching thousands of decisions was the slowest
    /// portal request at 1 000 000 records (docs/performance.md); a thousand is fifty pages, more than anyone reads, and
    /// the visitor is asked to type more of the name.
    /// </summary>
    public const int SearchCountCap = 1_000;

    public async Task<PublicDisclosures> HandleAsync(ListPublicDisclosures query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var org = await PortalOrganizations.LoadAsync(db, query.OrganizationId, ct);
        var q = db.Set<EnforcementDisclosure>().IgnoreQueryFilters().AsNoTracking()
            .Where(d => d.OrganizationId == org.Id && d.OfflineOn == null && d.PublishedOn != null);
        q = query.Withdrawn ? q.Where(d => d.WithdrawnOn != null) : q.Where(d => d.WithdrawnOn == null);
        if (!string.IsNullOrWhiteSpace(query.Kind))
        {
            var kind = DisclosureNames.ParseKind(query.Kind) ?? throw Input.Invalid("validation.disclosure-kind", "kind", "公示类别不正确");
            q = q.Where(d => d.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var text = Input.Text(query.Q, "q", "查询内容", 50);
            q = q.Where(d => d.PartyName.Contains(text) || d.DecisionNumber.Contains(text));
        }

        // Deferred page: the ids of the page come from the index alone (a deep OFFSET skips index entries, not rows), then
        // only those rows are read. Measured at 1 000 000 records (docs/performance.md).
        var size = Math.Clamp(query.PageSize ?? 20, 1, Paged.MaxPageSize);
        var number = Math.Max(query.Page ?? 1, 1);
        var search = !string.IsNullOrWhiteSpace(query.Q);
        var cap = search ? SearchCountCap : CountCap;
        if ((long)(number - 1) * size >= cap)
        {
            throw Input.Invalid("validation.page", "page", $"仅可翻阅前{cap}条，请输入更完整的当事人名称、文号或选择类别缩小查询范围");
        }

        // A search reads its matches (id and date only) through the trigram index, up to one more than the cap, and sorts them
        // here: ordered by date in SQL, PostgreSQL walks the bureau's whole date index filtering every decision on the way
        // (measured at 1 000 000 records: 300 ms for 63 matches among 250 000; docs/performance.md), and counting them
        // first cost a second read of the same rows. Only a search with more matches than the cap takes the ordered walk,
        // which finds its first page quickly because its matches are common. The plain list counts up to its cap.
        int counted;
        List<Guid> ids;
        var matches = search ? await q.Select(d => new { d.Id, d.DecidedOn }).Take(cap + 1).ToListAsync(ct) : null;
        if (matches is not null && matches.Count <= cap)
        {
            counted = matches.Count;
            ids = [.. matches.OrderByDescending(m => m.DecidedOn).ThenByDescending(m => m.Id).Skip((number - 1) * size).Take(size).Select(m => m.Id)];
        }
        else
        {
            counted = matches?.Count ?? await q.Take(cap + 1).CountAsync(ct);
            ids = await q.OrderByDescending(d => d.DecidedOn).ThenByDescending(d => d.Id).Skip((number - 1) * size).Take(size).Select(d => d.Id).ToListAsync(ct);
        }

        var total = Math.Min(counted, cap);
        var rows = ids.Count == 0 ? [] : await db.Set<EnforcementDisclosure>().IgnoreQueryFilters().AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);

        // The order found above (the database's Guid order differs from .NET's, so not re-sorted here).
        var items = ids.Select(id => PublicDisclosures.Line(rows[id])).ToList();
        return new PublicDisclosures(org.Id, org.Name, new Paged<PublicDisclosureLine>(items, total, number, size), counted > cap, cap);
    }
}

public sealed record GetPublicDisclosure(Guid OrganizationId, Guid Id);

public sealed class GetPublicDisclosureHandler(WeijianDb db)
{
    public async Task<PublicDisclosureDetail> HandleAsync(GetPublicDisclosure query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var org = await PortalOrganizations.LoadAsync(db, query.OrganizationId, ct);
        var d = await db.Set<EnforcementDisclosure>().IgnoreQueryFilters().AsNoTracking()
            .SingleOrDefaultAsync(x => x.Id == query.Id && x.OrganizationId == org.Id && x.PublishedOn != null && x.OfflineOn == null, ct)
            ?? throw DomainRuleException.NotFound("disclosure.not-found", "公示信息不存在或已超过公示期限");
        var withdrawn = d.WithdrawnOn is not null;
        return new PublicDisclosureDetail(org.Name, PublicDisclosures.Line(d), withdrawn ? null : NullIfEmpty(d.PartyCreditCode), withdrawn ? [] : d.Fields, withdrawn ? null : d.DocumentId);
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}

public static class PortalOrganizations
{
    public static async Task<Organization> LoadAsync(WeijianDb db, Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Organizations.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(o => o.Id == id && o.IsActive, ct)
            ?? throw DomainRuleException.NotFound("organization.not-found", "单位不存在");
    }
}
