using Microsoft.EntityFrameworkCore;
using Weijian.Licensing.Commitments;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Deadlines;
using Weijian.Platform.Documents;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Credit;

/// <summary>
/// 信用修复决定 by an officer or the head of the bureau that made the record (谁认定、谁修复, R-CRD-2; the tenant filter keeps
/// every other bureau out): approval ends publication (已修复), refusal keeps it; reasons are required either way. Closes the
/// clock on 我的待办 and recomputes the entity's grade (R-CRD-5). Approving the repair of a 虚假承诺 record (R-CRD-6) also
/// marks the licensing finding repaired in the same unit of work, so the 告知承诺 route opens again (R-LIC-11): this is the
/// only repair path of a false commitment. Either way the decision is written: the 准予信用修复决定书 or the 不予信用修复决定书
/// (reasons, and for a refusal the rights of 行政复议 within 60 days and 行政诉讼 within 6 months) is issued in the same unit
/// of work, QR to /verify/{id}, and its id kept on the repair request.
/// </summary>
public sealed record DecideCreditRepair(Guid RecordId, Guid RequestId, bool? Approve, string? Reasons);

public sealed class DecideCreditRepairHandler(WeijianDb db, DocumentIssuer documents, TimeProvider clock)
{
    public const string ApprovalTemplate = "credit-repair-approval";
    public const string RefusalTemplate = "credit-repair-refusal";

    // A county bureau's decision is reviewed by the county people's government (行政复议法 2023 第二十四条), and the court is
    // named as the penalty documents name it (CaseDocuments): the same remedies wording as every refusal in the platform.
    public const string ReviewBody = "本级人民政府";
    public const string Court = "有管辖权的人民法院";

    public async Task<CreditRecordView> HandleAsync(DecideCreditRepair command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.Require(Roles.Officer, Roles.BureauHead);
        var approve = Input.Required(command.Approve, "approve", "是否准予修复");
        var reasons = Input.Text(command.Reasons, "reasons", approve ? "准予修复的理由" : "不予修复的理由", 1000);
        var record = await db.Set<CreditRecord>().SingleOrDefaultAsync(r => r.Id == command.RecordId, ct)
            ?? throw DomainRuleException.NotFound("credit.not-found", "信用记录不存在");
        var today = ChinaClock.Today(clock);
        var now = clock.GetUtcNow();
        var decided = record.DecideRepair(command.RequestId, approve, reasons, today, db.Actor.Name, now);
        var id = record.Id.ToString();
        foreach (var open in await db.DeadlineClocks.Where(d => d.SubjectType == CreditAuditActions.SubjectType && d.SubjectId == id && d.Status == DeadlineStatus.Open).ToListAsync(ct))
        {
            open.Close(DeadlineStatus.Met, approve ? "准予信用修复" : "不予信用修复", now);
        }

        var document = await documents.IssueAsync(
            record.OrganizationId, approve ? ApprovalTemplate : RefusalTemplate, CreditAuditActions.SubjectType, id, null, DecisionContent(record, decided, approve), ct);
        record.AttachRepairDocument(decided.Id, document.Id, now);
        db.Audit(record.OrganizationId, CreditAuditActions.RepairDecided, CreditAuditActions.SubjectType, id, new
        {
            record.SourceNumber,
            Approve = approve,
            Reasons = reasons,
            decided.DecidedOn,
            Document = document.Number,
        });
        if (approve && record.Source == CreditSource.FalseCommitment)
        {
            await CommitmentRoute.MarkRepairedAsync(db, record.SourceId, today, reasons, now, ct);
        }

        await CreditGrading.UpdateAsync(db, record.OrganizationId, record.EntityId, clock, ct);
        await db.SaveChangesAsync(ct);
        return CreditRecordView.Of(record, today);
    }

    /// <summary>The decision document's fields (R-CRD-2): the record named by its decision number, the application date and the reasons.</summary>
    public static DocumentContent DecisionContent(CreditRecord record, CreditRepairRequest decided, bool approve)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(decided);
        var content = DocumentContent.Of(new Dictionary<string, string>
        {
            ["party.name"] = record.PartyName,
            ["party.creditCode"] = record.PartyCreditCode,
            ["credit.source"] = CreditNames.Of(record.Source),
            ["decision.date"] = DocumentNumbers.ChineseDate(record.DecidedOn),
            ["decision.number"] = record.SourceNumber,
            ["repair.appliedOn"] = DocumentNumbers.ChineseDate(decided.SubmittedOn),
            ["repair.reasons"] = decided.Reasons ?? "",
        });
        return approve ? content : content.With("remedy.reviewBody", ReviewBody).With("remedy.court", Court);
    }
}
