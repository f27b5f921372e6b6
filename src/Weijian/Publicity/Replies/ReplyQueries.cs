using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Authorization;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Publicity.Replies;

/// <summary>A reply or appeal as staff see it, with the actions the table allows the reader.</summary>
public sealed record ReplyView(
    Guid Id, ReplySubjectKind SubjectKind, string SubjectKindName, Guid SubjectId, string SubjectNumber, Guid? EntityId, string EntityName,
    ReplyKind Kind, string KindName, string Text, string Submitter, string Contact, string Channel, DateTimeOffset SubmittedAt, DateOnly SubmittedOn,
    DateOnly Due, ReplyStatus Status, string StatusName, DateOnly? DecidedOn, string? DecidedBy, string? Reasons, IReadOnlyList<ReplyEvent> History)
{
    public static ReplyView Of(EntityReply r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new ReplyView(
            r.Id, r.SubjectKind, ReplyNames.Of(r.SubjectKind), r.SubjectId, r.SubjectNumber, r.EntityId, r.EntityName, r.Kind, ReplyNames.Of(r.Kind), r.Text,
            r.Submitter, r.Contact, r.Channel, r.SubmittedAt, r.SubmittedOn, r.Due, r.Status, ReplyNames.Of(r.Status), r.DecidedOn, r.DecidedBy, r.Reasons, r.History);
    }
}

/// <summary>回应与申诉 queue of the bureau: filter by status, kind and subject kind; oldest pending first, then newest; paged.</summary>
public sealed record ListReplies(string? Status = null, string? Kind = null, string? SubjectKind = null, int? Page = null, int? PageSize = null);

public sealed class ListRepliesHandler(WeijianDb db)
{
    public async Task<Paged<ReplyView>> HandleAsync(ListReplies command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.Require(ReplyRoles.Readers);
        var org = db.Actor.RequireOrganization();
        var q = db.Set<EntityReply>().AsNoTracking().Where(r => r.OrganizationId == org);
        if (!string.IsNullOrWhiteSpace(command.Status))
        {
            var s = SubmitReplyHandler.ParseEnum<ReplyStatus>(command.Status, "status", "状态");
            q = q.Where(r => r.Status == s);
        }

        if (!string.IsNullOrWhiteSpace(command.Kind))
        {
            var k = SubmitReplyHandler.ParseEnum<ReplyKind>(command.Kind, "kind", "类型");
            q = q.Where(r => r.Kind == k);
        }

        if (!string.IsNullOrWhiteSpace(command.SubjectKind))
        {
            var k = SubmitReplyHandler.ParseEnum<ReplySubjectKind>(command.SubjectKind, "subjectKind", "对象类型");
            q = q.Where(r => r.SubjectKind == k);
        }

        var page = await Paged.FromQueryAsync(q.OrderByDescending(r => r.SubmittedOn).ThenByDescending(r => r.Id), command.Page, command.PageSize, ct);
        return new Paged<ReplyView>([.. page.Items.Select(ReplyView.Of)], page.Total, page.Page, page.PageSize);
    }
}

/// <summary>One reply or appeal of the bureau; another bureau's answers 404 (tenant filter).</summary>
public sealed record GetReply(Guid Id);

public sealed class GetReplyHandler(WeijianDb db)
{
    public async Task<ReplyView> HandleAsync(GetReply command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.Require(ReplyRoles.Readers);
        var r = await db.Set<EntityReply>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == command.Id, ct)
            ?? throw DomainRuleException.NotFound("reply.not-found", "回应或申诉不存在");
        return ReplyView.Of(r);
    }
}

/// <summary>A reply shown on a public page: text and date only — never the contact or the submitter.</summary>
public sealed record PublicReply(string SubjectNumber, string KindName, string Text, DateOnly SubmittedOn, DateOnly? ShownOn);

/// <summary>
/// The replies marked 公开显示 of a bureau for the subjects of one public page, keyed by subject number; pending and refused
/// ones never leave the bureau. Anonymous (the public inspection results and credit pages).
/// </summary>
public sealed record ListPublicReplies(Guid OrganizationId, string? SubjectKind, IReadOnlyCollection<string> SubjectNumbers);

public sealed class ListPublicRepliesHandler(WeijianDb db)
{
    public async Task<IReadOnlyList<PublicReply>> HandleAsync(ListPublicReplies command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var kind = SubmitReplyHandler.ParseEnum<ReplySubjectKind>(command.SubjectKind, "subjectKind", "对象类型");
        var numbers = command.SubjectNumbers.Take(Paged.MaxPageSize).ToList();
        var rows = await db.Set<EntityReply>().IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.OrganizationId == command.OrganizationId && r.SubjectKind == kind && r.Status == ReplyStatus.Shown && numbers.Contains(r.SubjectNumber))
            .OrderBy(r => r.SubmittedOn)
            .ToListAsync(ct);
        return [.. rows.Select(r => new PublicReply(r.SubjectNumber, ReplyNames.Of(r.Kind), r.Text, r.SubmittedOn, r.DecidedOn))];
    }
}

internal static class ReplyRoles
{
    public static readonly string[] Readers = [Roles.Officer, Roles.BureauHead, Roles.LegalReviewer, Roles.DisclosureClerk, Roles.WindowClerk];
}
