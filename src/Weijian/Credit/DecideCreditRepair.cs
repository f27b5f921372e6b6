using Microsoft.EntityFrameworkCore;
using Weijian.Licensing.Commitments;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Deadlines;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Credit;

/// <summary>
/// 信用修复决定 by an officer or the head of the bureau that made the record (谁认定、谁修复, R-CRD-2; the tenant filter keeps
/// every other bureau out): approval ends publication (已修复), refusal keeps it; reasons are required either way. Closes the
/// clock on 我的待办 and recomputes the entity's grade (R-CRD-5). Approving the repair of a 虚假承诺 record (R-CRD-6) also
/// marks the licensing finding repaired in the same unit of work, so the 告知承诺 route opens again (R-LIC-11): this is the
/// only repair path of a false commitment.
/// </summary>
public sealed record DecideCreditRepair(Guid RecordId, Guid RequestId, bool? Approve, string? Reasons);

public sealed class DecideCreditRepairHandler(WeijianDb db, TimeProvider clock)
{
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

        db.Audit(record.OrganizationId, CreditAuditActions.RepairDecided, CreditAuditActions.SubjectType, id, new
        {
            record.SourceNumber,
            Approve = approve,
            Reasons = reasons,
            decided.DecidedOn,
        });
        if (approve && record.Source == CreditSource.FalseCommitment)
        {
            await CommitmentRoute.MarkRepairedAsync(db, record.SourceId, today, reasons, now, ct);
        }

        await CreditGrading.UpdateAsync(db, record.OrganizationId, record.EntityId, clock, ct);
        await db.SaveChangesAsync(ct);
        return CreditRecordView.Of(record, today);
    }
}
