using Microsoft.EntityFrameworkCore;
using Weijian.Inspections.Plans;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Inspections.Draws;

/// <summary>A round of a draw as its bureau sees it (the record once drawn: the staff need the targets).</summary>
public sealed record DrawView(
    Guid Id, Guid TaskId, string TaskTitle, int Round, Guid? PreviousDrawId, Guid? SupersededById, string? RedrawReason, DrawStatus Status,
    string StatusName, DateOnly PlannedDate, string CommitmentHash, string CommitmentJson, string? SelectionHash, bool HasRecord,
    DateTimeOffset CommittedAt, string CommittedBy, DateTimeOffset? DrawnAt, DateTimeOffset? PublishedAt, IReadOnlyList<string> SeedInputNames)
{
    public static DrawView From(RandomDraw d, InspectionTask task)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(task);
        return new(
            d.Id, d.TaskId, task.Title, d.Round, d.PreviousDrawId, d.SupersededById, d.RedrawReason, d.Status, DrawNames.Of(d.Status), d.PlannedDate,
            d.CommitmentHash, d.CommitmentJson, d.SelectionHash, d.RecordJson is not null, d.CommittedAt, d.CommittedBy, d.DrawnAt, d.PublishedAt,
            DrawJson.Input(d.InputJson).SeedInputNames);
    }
}

/// <summary>
/// What anyone may see of a round (DESIGN §5): the commitment always; the salted selection hash once drawn; the full
/// record only once published (or once replaced by a redraw after it was drawn).
/// </summary>
public sealed record PublicDrawView(
    Guid Id, string OrganizationName, string TaskTitle, int Round, Guid? PreviousDrawId, Guid? SupersededById, string? RedrawReason,
    DrawStatus Status, string StatusName, DateOnly PlannedDate, string CommitmentHash, string CommitmentJson, string? SelectionHash,
    string? RecordJson, DateTimeOffset CommittedAt, DateTimeOffset? DrawnAt, DateTimeOffset? PublishedAt);

internal static class DrawQueries
{
    public static DomainRuleException NotFound() => DomainRuleException.NotFound("random-draw.not-found", "随机抽取记录不存在或不属于本单位");

    public static DomainRuleException NotPublic() => DomainRuleException.NotFound("random-draw.not-published", "该抽取结果尚未公开");
}

public sealed record GetDraw(Guid Id);

public sealed class GetDrawHandler(WeijianDb db)
{
    public async Task<DrawView> HandleAsync(GetDraw query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        db.Actor.RequireOrganization();
        var d = await db.Set<RandomDraw>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == query.Id, ct) ?? throw DrawQueries.NotFound();
        var task = await db.Set<InspectionTask>().AsNoTracking().SingleAsync(t => t.Id == d.TaskId, ct);
        return DrawView.From(d, task);
    }
}

/// <summary>The draw record JSON for the bureau (after the run), for <c>weijian draw verify</c> or any re-implementation.</summary>
public sealed record GetDrawRecord(Guid Id);

public sealed class GetDrawRecordHandler(WeijianDb db)
{
    public async Task<string> HandleAsync(GetDrawRecord query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        db.Actor.RequireOrganization();
        var d = await db.Set<RandomDraw>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == query.Id, ct) ?? throw DrawQueries.NotFound();
        return d.RecordJson ?? throw DomainRuleException.Conflict("random-draw.not-drawn", "本轮尚未抽取，还没有抽取记录");
    }
}

/// <summary>The public view of a round, for anyone (no sign-in): reads across tenants, reveals only what the stage allows.</summary>
public sealed record GetPublicDraw(Guid Id);

public sealed class GetPublicDrawHandler(WeijianDb db)
{
    public async Task<PublicDrawView> HandleAsync(GetPublicDraw query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var d = await db.Set<RandomDraw>().IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(x => x.Id == query.Id, ct)
            ?? throw DomainRuleException.NotFound("random-draw.not-found", "随机抽取记录不存在");
        var title = await db.Set<InspectionTask>().IgnoreQueryFilters().Where(t => t.Id == d.TaskId).Select(t => t.Title).SingleAsync(ct);
        var org = await db.Organizations.IgnoreQueryFilters().Where(o => o.Id == d.OrganizationId).Select(o => o.Name).SingleAsync(ct);
        return new PublicDrawView(
            d.Id, org, title, d.Round, d.PreviousDrawId, d.SupersededById, d.RedrawReason, d.Status, DrawNames.Of(d.Status), d.PlannedDate,
            d.CommitmentHash, d.CommitmentJson, d.Status == DrawStatus.Committed ? null : d.SelectionHash, d.RecordIsPublic ? d.RecordJson : null,
            d.CommittedAt, d.DrawnAt, d.PublishedAt);
    }
}

/// <summary>重新计算验证: re-runs <see cref="DrawProtocol.Verify(string)"/> on the published record, server-side.</summary>
public sealed record VerifyPublishedDraw(Guid Id);

public sealed class VerifyPublishedDrawHandler(GetPublicDrawHandler get)
{
    public async Task<DrawVerification> HandleAsync(VerifyPublishedDraw query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var view = await get.HandleAsync(new GetPublicDraw(query.Id), ct);
        return DrawProtocol.Verify(view.RecordJson ?? throw DrawQueries.NotPublic());
    }
}
