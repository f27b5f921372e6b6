using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Platform.Publication;

/// <summary>A disclosure as staff see it: its clocks and state.</summary>
public sealed record DisclosureView(
    Guid Id, string KindName, string DecisionNumber, string Title, DateOnly DecidedOn, string PartyName, DateOnly Due, DateOnly? PublishedOn, bool PublishedLate,
    bool Overdue, string? WithdrawalReasonName, string? WithdrawalText, DateOnly? WithdrawalRequestedOn, DateOnly? WithdrawalDue, DateOnly? WithdrawnOn,
    DateOnly? RetentionEnd, DateOnly? OfflineOn, string StatusName, Guid? DocumentId, string SourceType, string SourceId, IReadOnlyList<DisclosureField> Fields)
{
    public static DisclosureView From(EnforcementDisclosure d, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new(
            d.Id, DisclosureNames.Of(d.Kind), d.DecisionNumber, d.Title, d.DecidedOn, d.PartyName, d.Due, d.PublishedOn, d.PublishedLate,
            d.PublishedOn is null && d.WithdrawnOn is null && today > d.Due, d.WithdrawalReason is { } r ? DisclosureNames.Of(r) : null, d.WithdrawalText,
            d.WithdrawalRequestedOn, d.WithdrawalDue, d.WithdrawnOn, d.RetentionEnd, d.OfflineOn, StatusOf(d), d.DocumentId, d.SourceType, d.SourceId, d.Fields);
    }

    public static string StatusOf(EnforcementDisclosure d) =>
        d.OfflineOn is not null ? "已下线" : d.WithdrawnOn is not null ? "已撤回" : d.WithdrawalRequestedOn is not null ? "待撤回" : d.PublishedOn is not null ? "已公示" : "待公示";
}

/// <summary>执法公示 of the actor's bureau: filter by state (待公示 / 已公示 / 待撤回 / 已撤回 / 已下线) and text, paged.</summary>
public sealed record ListDisclosures(string? Status = null, string? Q = null, int? Page = 1, int? PageSize = 20);

public sealed class ListDisclosuresHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<Paged<DisclosureView>> HandleAsync(ListDisclosures query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var orgId = db.Actor.RequireOrganization();
        var q = db.Set<EnforcementDisclosure>().AsNoTracking().Where(d => d.OrganizationId == orgId);
        q = query.Status switch
        {
            null or "" => q,
            "pending" => q.Where(d => d.PublishedOn == null && d.WithdrawnOn == null),
            "published" => q.Where(d => d.PublishedOn != null && d.WithdrawalRequestedOn == null && d.OfflineOn == null),
            "withdrawing" => q.Where(d => d.WithdrawalRequestedOn != null && d.WithdrawnOn == null),
            "withdrawn" => q.Where(d => d.WithdrawnOn != null),
            "offline" => q.Where(d => d.OfflineOn != null),
            _ => throw Input.Invalid("validation.disclosure-status", "status", "公示状态不正确"),
        };
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var text = query.Q.Trim();
            q = q.Where(d => d.PartyName.Contains(text) || d.DecisionNumber.Contains(text));
        }

        var page = await Paged.FromQueryAsync(q.OrderByDescending(d => d.DecidedOn).ThenByDescending(d => d.CreatedAt), query.Page, query.PageSize, ct);
        var today = Calendar.ChinaClock.Today(clock);
        return new Paged<DisclosureView>([.. page.Items.Select(d => DisclosureView.From(d, today))], page.Total, page.Page, page.PageSize);
    }
}

public sealed record GetDisclosure(Guid Id);

public sealed class GetDisclosureHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<DisclosureView> HandleAsync(GetDisclosure query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        db.Actor.RequireOrganization();
        var d = await DisclosureQueries.LoadAsync(db, query.Id, ct);
        return DisclosureView.From(d, Calendar.ChinaClock.Today(clock));
    }
}

public static class DisclosureQueries
{
    public static async Task<EnforcementDisclosure> LoadAsync(WeijianDb db, Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Set<EnforcementDisclosure>().SingleOrDefaultAsync(d => d.Id == id, ct)
            ?? throw DomainRuleException.NotFound("disclosure.not-found", "公示记录不存在或无权访问");
    }
}
