using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Registry.Entities;

namespace Weijian.Licensing.Items;

public sealed record LicenseItemView(
    Guid Id, Guid OrganizationId, string Code, string Name, string Kind, string KindName, string Specialty, string SpecialtyName,
    string LicenseType, string LegalBasis, string Conditions, string? QuantityLimit, int StatutoryDays, int PromisedDays,
    decimal CompressionRatio, bool DecidedOnTheSpot, string? Fees, bool CommitmentAllowed, string? CommitmentObligations,
    bool SiteCheckRequired, bool AllowRongque, int RongqueDueDays, int? ValidityYears, string AcceptingUnit, string ApprovingUnit,
    string? ServiceChannel, IReadOnlyList<LicenseMaterial> Materials, IReadOnlyList<LicenseStep> Steps, string Status, string StatusName,
    DateTimeOffset UpdatedAt);

public sealed record LicenseItemSummary(
    Guid Id, string Code, string Name, string KindName, string SpecialtyName, int StatutoryDays, int PromisedDays, decimal CompressionRatio,
    bool DecidedOnTheSpot, bool CommitmentAllowed, bool SiteCheckRequired, string Status, string StatusName);

/// <summary>
/// 时限压缩 over the items in use (R-LIC-14): how many promise less than the statutory limit, the average compression
/// and how many are decided on the spot (即办).
/// </summary>
public sealed record CompressionSummary(int Items, int Compressed, decimal AverageRatio, int DecidedOnTheSpot);

public sealed record LicenseItemList(Paged<LicenseItemSummary> Items, CompressionSummary Compression);

public static class LicenseItemViews
{
    public static LicenseItemView From(LicenseItem i, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(i);
        _ = today;
        return new(
            i.Id, i.OrganizationId, i.Code, i.Name, i.Kind.ToString(), LicenseItemNames.Of(i.Kind), i.Specialty.ToString(), Specialties.ChineseName(i.Specialty),
            i.LicenseType, i.LegalBasis, i.Conditions, i.QuantityLimit, i.StatutoryDays, i.PromisedDays, i.CompressionRatio, i.DecidedOnTheSpot,
            i.Fees, i.CommitmentAllowed, i.CommitmentObligations, i.SiteCheckRequired, i.AllowRongque, i.RongqueDueDays, i.ValidityYears,
            i.AcceptingUnit, i.ApprovingUnit, i.ServiceChannel, i.Materials, i.Steps, i.Status.ToString(), LicenseItemNames.Of(i.Status), i.UpdatedAt);
    }

    public static LicenseItemSummary Summary(LicenseItem i)
    {
        ArgumentNullException.ThrowIfNull(i);
        return new(i.Id, i.Code, i.Name, LicenseItemNames.Of(i.Kind), Specialties.ChineseName(i.Specialty), i.StatutoryDays, i.PromisedDays,
            i.CompressionRatio, i.DecidedOnTheSpot, i.CommitmentAllowed, i.SiteCheckRequired, i.Status.ToString(), LicenseItemNames.Of(i.Status));
    }

    /// <summary>The compression of a list of items (R-LIC-14): items whose promise is shorter than the law's count as compressed.</summary>
    public static CompressionSummary Compression(IReadOnlyCollection<LicenseItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Count == 0
            ? new CompressionSummary(0, 0, 0m, 0)
            : new CompressionSummary(
                items.Count,
                items.Count(i => i.PromisedDays < i.StatutoryDays),
                Math.Round(items.Average(i => i.CompressionRatio), 4),
                items.Count(i => i.DecidedOnTheSpot));
    }
}

/// <summary>事项清单: the bureau's items, filtered (code/name, kind, specialty, status, 告知承诺) and paged, with the compression of the items in use.</summary>
public sealed record ListLicenseItems(string? Q, string? Kind, string? Specialty, string? Status, bool? Commitment, int? Page, int? PageSize);

public sealed class ListLicenseItemsHandler(WeijianDb db)
{
    public async Task<LicenseItemList> HandleAsync(ListLicenseItems query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        db.Actor.RequireOrganization();
        var q = db.Set<LicenseItem>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var text = query.Q.Trim();
            q = q.Where(i => i.Code.Contains(text) || i.Name.Contains(text));
        }

        if (!string.IsNullOrWhiteSpace(query.Kind))
        {
            var kind = LicenseItemNames.Parse(query.Kind);
            q = q.Where(i => i.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(query.Specialty))
        {
            var specialty = Specialties.Parse(query.Specialty) ?? throw Input.Invalid("validation.specialty", "specialty", "专业类别不正确");
            q = q.Where(i => i.Specialty == specialty);
        }

        q = query.Status?.Trim() switch
        {
            null or "" or "Active" => q.Where(i => i.Status == LicenseItemStatus.Active),
            "Withdrawn" => q.Where(i => i.Status == LicenseItemStatus.Withdrawn),
            "All" => q,
            _ => throw Input.Invalid("validation.status", "status", "状态应为 Active、Withdrawn 或 All"),
        };
        if (query.Commitment is { } commitment)
        {
            q = q.Where(i => i.CommitmentAllowed == commitment);
        }

        var page = await Paged.FromQueryAsync(q.OrderBy(i => i.Code), query.Page, query.PageSize, ct);
        var inUse = await db.Set<LicenseItem>().AsNoTracking().Where(i => i.Status == LicenseItemStatus.Active).ToListAsync(ct);
        return new LicenseItemList(
            new Paged<LicenseItemSummary>(page.Items.Select(LicenseItemViews.Summary).ToList(), page.Total, page.Page, page.PageSize),
            LicenseItemViews.Compression(inUse));
    }
}

public sealed record GetLicenseItem(Guid Id);

public sealed class GetLicenseItemHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<LicenseItemView> HandleAsync(GetLicenseItem query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        db.Actor.RequireOrganization();
        var item = await db.Set<LicenseItem>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == query.Id, ct)
            ?? throw DomainRuleException.NotFound("licence-item.not-found", "许可事项不存在或不属于本单位");
        return LicenseItemViews.From(item, Platform.Calendar.ChinaClock.Today(clock));
    }
}

/// <summary>A bureau's published guides (R-TRS-2), for anyone: the items in use, searchable by code or name.</summary>
public sealed record ListPublishedGuides(Guid OrganizationId, string? Q, int? Page, int? PageSize);

public sealed record PublishedGuides(Guid OrganizationId, string OrganizationName, Paged<LicenseItemSummary> Items);

public sealed class ListPublishedGuidesHandler(WeijianDb db)
{
    public async Task<PublishedGuides> HandleAsync(ListPublishedGuides query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var org = await db.Organizations.IgnoreQueryFilters().AsNoTracking().Where(o => o.Id == query.OrganizationId).Select(o => o.Name).SingleOrDefaultAsync(ct)
            ?? throw DomainRuleException.NotFound("organization.not-found", "单位不存在");
        var q = db.Set<LicenseItem>().IgnoreQueryFilters().AsNoTracking()
            .Where(i => i.OrganizationId == query.OrganizationId && i.Status == LicenseItemStatus.Active);
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var text = query.Q.Trim();
            q = q.Where(i => i.Code.Contains(text) || i.Name.Contains(text));
        }

        var page = await Paged.FromQueryAsync(q.OrderBy(i => i.Code), query.Page, query.PageSize, ct);
        return new PublishedGuides(query.OrganizationId, org, new Paged<LicenseItemSummary>(page.Items.Select(LicenseItemViews.Summary).ToList(), page.Total, page.Page, page.PageSize));
    }
}

/// <summary>One published 办事指南 (R-TRS-2), for anyone; a withdrawn item is no longer published.</summary>
public sealed record GetPublishedGuide(Guid Id);

public sealed record PublishedGuide(LicenseItemView Item, string OrganizationName);

public sealed class GetPublishedGuideHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<PublishedGuide> HandleAsync(GetPublishedGuide query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var item = await db.Set<LicenseItem>().IgnoreQueryFilters().AsNoTracking()
            .SingleOrDefaultAsync(i => i.Id == query.Id && i.Status == LicenseItemStatus.Active, ct)
            ?? throw DomainRuleException.NotFound("licence-item.not-found", "办事指南不存在或已停用");
        var org = await db.Organizations.IgnoreQueryFilters().AsNoTracking().Where(o => o.Id == item.OrganizationId).Select(o => o.Name).SingleAsync(ct);
        return new PublishedGuide(LicenseItemViews.From(item, Platform.Calendar.ChinaClock.Today(clock)), org);
    }
}

/// <summary>The public address of a guide (what its printed QR code opens), at the configured public base URL like <c>/verify/{id}</c>.</summary>
public static class GuideLinks
{
    public static string Path(Guid itemId) => $"/public/guides/item/{itemId}";

    public static string Url(Platform.Documents.DocumentSettings settings, Guid itemId)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.PublicBaseUrl.TrimEnd('/') + Path(itemId);
    }
}
