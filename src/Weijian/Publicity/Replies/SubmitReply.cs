using Microsoft.EntityFrameworkCore;
using Weijian.Credit;
using Weijian.Inspections.Visits;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Deadlines;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Registry.Entities;

namespace Weijian.Publicity.Replies;

/// <summary>
/// 说明/申辩 or 申诉 on a published inspection result (R-INS-3, by its number), a credit record in publication (R-CRD-4, by its
/// decision number) or the entity's credit grade (R-CRD-5, by the credit code alone). The entity proves itself by its
/// unified credit code, which must be the subject's. Online (not signed in, the 网上申请 channel of the credit module's public
/// repair application) the subject is found in the bureau named in the command only (read-only, across tenants) and its
/// credit code checked; only then does the unit of work act as a visitor of that bureau (docs/adr/0013), so the reply is
/// written into that bureau's tenant and audit chain under the submitter's name. A window clerk may enter it for the
/// entity. Opens the handling clock on 我的待办.
/// </summary>
public sealed record SubmitReply(
    Guid? OrganizationId, string? SubjectKind, string? SubjectNumber, string? CreditCode, string? Kind, string? Text, string? Submitter, string? Contact);

public sealed class SubmitReplyHandler(WeijianDb db, CurrentActor current, CalendarSource calendars, TimeProvider clock)
{
    public const string WindowChannel = "窗口代为提交";

    public async Task<ReplyView> HandleAsync(SubmitReply command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        Guid org;
        string channel;
        var online = db.Actor.IsAnonymous;
        if (online)
        {
            org = Input.Required(command.OrganizationId, "organizationId", "单位");
            channel = ApplyForCreditRepairHandler.OnlineChannel;
        }
        else
        {
            db.Actor.Require(Roles.WindowClerk, Roles.DisclosureClerk);
            org = db.Actor.RequireOrganization();
            channel = WindowChannel;
            if (command.OrganizationId is { } named && named != org)
            {
                throw DomainRuleException.NotFound("reply.subject-not-found", "未找到该回应对象，请核对");
            }
        }

        var subjectKind = ParseEnum<ReplySubjectKind>(command.SubjectKind, "subjectKind", "对象类型");
        var kind = ParseEnum<ReplyKind>(command.Kind, "kind", "类型");
        var code = Input.Text(command.CreditCode, "creditCode", "统一社会信用代码", 18).ToUpperInvariant();
        var number = subjectKind == ReplySubjectKind.CreditGrade ? null : Input.Text(command.SubjectNumber, "subjectNumber", "编号", 200);
        var text = Input.Text(command.Text, "text", kind == ReplyKind.Appeal ? "申诉内容" : "说明内容", EntityReply.TextMax);
        var submitter = Input.Text(command.Submitter, "submitter", "提交人", 100);
        var contact = Input.Text(command.Contact, "contact", "联系方式", 100);

        var today = ChinaClock.Today(clock);
        var now = clock.GetUtcNow();
        var (subjectId, subjectNumber, entityId, entityName, subjectCode, assignee) = subjectKind switch
        {
            ReplySubjectKind.InspectionResult => await InspectionAsync(org, number!, ct),
            ReplySubjectKind.CreditRecord => await CreditRecordAsync(org, number!, today, ct),
            _ => await GradeAsync(org, code, ct),
        };

        if (!string.Equals(subjectCode, code, StringComparison.Ordinal))
        {
            throw Input.Invalid("reply.credit-code-mismatch", "creditCode", $"统一社会信用代码与该{ReplyNames.Of(subjectKind)}的当事单位不符，请核对");
        }

        if (online)
        {
            current.ActAsVisitorOf(org, $"{ApplyForCreditRepairHandler.OnlineChannel}：{submitter}");
        }

        var days = await RuleParameters.ResolveAsync(db, ReplyParameters.HandlingWorkingDays, org, today, ct);
        var deadline = Deadline.Compute(
            await calendars.GetAsync(db, ct), ReplyParameters.HandlingWorkingDays.RuleId, $"{ReplyNames.Of(kind)}办理时限", today, (int)days.Value, DeadlineUnit.WorkingDays);
        var reply = EntityReply.Submit(org, subjectKind, subjectId, subjectNumber, entityId, entityName, kind, text, submitter, contact, channel, today, deadline.Due, now);
        db.Set<EntityReply>().Add(reply);
        db.DeadlineClocks.Add(DeadlineClock.Open(
            org, assignee, ReplyAuditActions.SubjectType, reply.Id.ToString(), $"{ReplyNames.Of(kind)}待{(kind == ReplyKind.Appeal ? "决定" : "审核")}：{entityName}（{subjectNumber}）", deadline, now));
        db.Audit(org, ReplyAuditActions.Submitted, ReplyAuditActions.SubjectType, reply.Id.ToString(), new
        {
            SubjectKind = ReplyNames.Of(subjectKind),
            SubjectNumber = subjectNumber,
            Kind = ReplyNames.Of(kind),
            reply.Channel,
            Due = deadline.Due,
        });
        await db.SaveChangesAsync(ct);
        return ReplyView.Of(reply);
    }

    // The subject lookups read across tenants (the public path has no tenant until the subject is checked) but always within
    // the named bureau, read-only: a subject of another bureau answers as not found.

    // Only published results can be replied to (R-INS-3); an unpublished one answers as not found, not as a different error.
    private async Task<(Guid, string, Guid?, string, string, Guid?)> InspectionAsync(Guid org, string number, CancellationToken ct)
    {
        var i = await db.Set<Inspection>().IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(x => x.OrganizationId == org && x.Number == number && x.PublishedOn != null, ct)
            ?? throw DomainRuleException.NotFound("reply.subject-not-found", "未找到该编号的已公示检查结果，请核对");
        var code = await db.Set<RegulatedEntity>().IgnoreQueryFilters().AsNoTracking().Where(e => e.OrganizationId == org && e.Id == i.EntityId).Select(e => e.CreditCode).SingleOrDefaultAsync(ct) ?? "";
        return (i.Id, i.Number, i.EntityId, i.EntityName, code, null);
    }

    // Only a record in publication today is public and so open to a reply (R-CRD-1/2).
    private async Task<(Guid, string, Guid?, string, string, Guid?)> CreditRecordAsync(Guid org, string number, DateOnly today, CancellationToken ct)
    {
        var records = await db.Set<CreditRecord>().IgnoreQueryFilters().AsNoTracking().Where(r => r.OrganizationId == org && r.SourceNumber == number).ToListAsync(ct);
        var r = records.FirstOrDefault(x => x.IsPublicOn(today))
            ?? throw DomainRuleException.NotFound("reply.subject-not-found", "未找到该决定书文号的正在公示的信用记录，请核对");
        return (r.Id, r.SourceNumber, r.EntityId, r.PartyName, r.PartyCreditCode, r.ResponsibleUserId);
    }

    // R-CRD-5: the grade the register shows for the entity with this credit code.
    private async Task<(Guid, string, Guid?, string, string, Guid?)> GradeAsync(Guid org, string code, CancellationToken ct)
    {
        var e = await db.Set<RegulatedEntity>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(x => x.OrganizationId == org && x.CreditCode == code && x.CreditGrade != null, ct)
            ?? throw DomainRuleException.NotFound("reply.subject-not-found", "未找到该统一社会信用代码的信用等级，请核对");
        return (e.Id, e.Name, e.Id, e.Name, e.CreditCode, null);
    }

    internal static T ParseEnum<T>(string? value, string field, string label)
        where T : struct, Enum
    {
        var text = Input.Text(value, field, label, 40);
        return Enum.TryParse<T>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw Input.Invalid("validation.choice", field, $"{label}“{text}”不正确");
    }
}
