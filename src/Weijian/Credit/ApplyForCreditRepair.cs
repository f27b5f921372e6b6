using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Deadlines;
using Weijian.Platform.Files;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Credit;

/// <summary>An evidence file of correction or payment as uploaded.</summary>
public sealed record CreditEvidenceUpload(string? FileName, byte[] Content);

/// <summary>
/// 信用修复申请 (R-CRD-1/2): the entity identifies the record by its credit code and the decision number, gives a contact and
/// uploads evidence of correction and of payment of the fine. Online (not signed in) through the public credit page of the
/// bureau named in the command — the credit code and decision number being the applicant's proof: the record is found in
/// that bureau only (read-only, across tenants), and only then does the unit of work act as a visitor of that bureau
/// (docs/adr/0013), so the request lands in its audit chain under the applicant's name and never in another bureau — or
/// entered by a window clerk or officer for them. Refused before the minimum period (<c>credit.repair-too-early</c>);
/// opens the decision clock (rule parameter, working days) on 我的待办.
/// </summary>
public sealed record ApplyForCreditRepair(
    Guid? OrganizationId, string? CreditCode, string? DecisionNumber, string? Applicant, string? Contact, string? Statement,
    IReadOnlyList<CreditEvidenceUpload>? Evidence);

public sealed class ApplyForCreditRepairHandler(WeijianDb db, CurrentActor current, FileStore files, CalendarSource calendars, TimeProvider clock)
{
    public const string OnlineChannel = "网上申请";
    public const string WindowChannel = "窗口代为提交";
    public const int MaxFiles = 10;
    public const long MaxFileBytes = 10 * 1024 * 1024;

    public async Task<CreditRepairRequest> HandleAsync(ApplyForCreditRepair command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        Guid organizationId;
        string channel;
        var online = db.Actor.IsAnonymous;
        if (online)
        {
            organizationId = Input.Required(command.OrganizationId, "organizationId", "认定机关");
            channel = OnlineChannel;
        }
        else
        {
            db.Actor.Require(Roles.WindowClerk, Roles.Officer, Roles.BureauHead);
            organizationId = db.Actor.RequireOrganization();
            channel = WindowChannel;
            if (command.OrganizationId is { } named && named != organizationId)
            {
                throw RecordNotFound();
            }
        }

        var code = Input.Text(command.CreditCode, "creditCode", "统一社会信用代码或身份证号码", 18).ToUpperInvariant();
        var number = Input.Text(command.DecisionNumber, "decisionNumber", "决定书文号", CreditRecord.NumberMax);
        var applicant = Input.Text(command.Applicant, "applicant", "申请人", 100);
        var contact = Input.Text(command.Contact, "contact", "联系方式", 100);
        var statement = Input.OptionalText(command.Statement, "statement", "纠正情况说明", 2000) ?? "";
        var uploads = command.Evidence ?? [];
        if (uploads.Count > MaxFiles)
        {
            throw Input.Invalid("validation.too-many-files", "evidence", $"证明材料最多上传{MaxFiles}个文件");
        }

        if (uploads.Any(u => u.Content.Length == 0 || u.Content.Length > MaxFileBytes))
        {
            throw Input.Invalid("validation.file-size", "evidence", "证明材料文件不能为空，且每个不超过10MB");
        }

        // Across tenants but only in the named bureau (谁认定、谁修复, R-CRD-2): the public path has no tenant yet, and a record of
        // another bureau answers as not found, before anything is stored or the actor changes.
        var record = await db.Set<CreditRecord>().IgnoreQueryFilters()
            .SingleOrDefaultAsync(r => r.OrganizationId == organizationId && r.SourceNumber == number && r.PartyCreditCode == code, ct)
            ?? throw RecordNotFound();
        if (online)
        {
            current.ActAsVisitorOf(organizationId, $"{OnlineChannel}：{applicant}");
        }

        var today = ChinaClock.Today(clock);
        var now = clock.GetUtcNow();
        var days = await RuleParameters.ResolveAsync(db, CreditParameters.RepairDecisionWorkingDays, organizationId, today, ct);
        var deadline = Deadline.Compute(
            await calendars.GetAsync(db, ct), "R-CRD-2", "信用修复：谁认定、谁修复，在规定时限内作出决定", today, (int)days.Value, DeadlineUnit.WorkingDays);

        // The record's gates are checked before any file is stored.
        record.EnsureRepairOpen(today, uploads.Count);
        var evidence = new List<CreditEvidenceFile>();
        foreach (var u in uploads)
        {
            var stored = await files.SaveAsync(u.Content, ct);
            evidence.Add(new CreditEvidenceFile(Input.OptionalText(u.FileName, "evidence", "文件名", 200) ?? "证明材料", stored.Sha256, stored.Size));
        }

        var request = record.ApplyForRepair(channel, applicant, contact, statement, evidence, today, deadline.Due, db.Actor.Name, now);
        db.DeadlineClocks.Add(DeadlineClock.Open(
            organizationId, record.ResponsibleUserId, CreditAuditActions.SubjectType, record.Id.ToString(), $"信用修复申请待决定：{record.PartyName}（{record.SourceNumber}）", deadline, now));
        db.Audit(organizationId, CreditAuditActions.RepairApplied, CreditAuditActions.SubjectType, record.Id.ToString(), new
        {
            record.SourceNumber,
            request.Channel,
            request.Applicant,
            Evidence = evidence.Select(e => e.Sha256),
            request.DecisionDue,
        });
        await db.SaveChangesAsync(ct);
        return request;
    }

    private static DomainRuleException RecordNotFound() =>
        DomainRuleException.NotFound("credit.record-not-found", "未找到与该统一社会信用代码（身份证号码）和决定书文号相符的信用记录，请核对");
}
