using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Calendar;
using Weijian.Platform.Deadlines;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Credit;

/// <summary>
/// What a decided 申诉 against a credit record (R-CRD-4; decided in Publicity/Replies by an officer not involved in the
/// penalty) does to it: 撤销 ends publication with end reason 申诉撤销 (never a delete), 变更 changes its 失信程度 or its
/// window with the reason; either way the entity's grade is recomputed (R-CRD-5). Called inside the deciding unit of work,
/// which audits the decision on the appeal and on the record.
/// </summary>
public static class CreditAppeals
{
    public static async Task<CreditRecord> RevokeAsync(WeijianDb db, Guid recordId, string reasons, TimeProvider clock, CancellationToken ct)
    {
        var record = await LoadAsync(db, recordId, ct);
        var now = clock.GetUtcNow();
        record.RevokeOnAppeal(reasons, ChinaClock.Today(clock), db.Actor.Name, now);

        // A pending repair application has nothing left to decide.
        var id = record.Id.ToString();
        foreach (var open in await db.DeadlineClocks.Where(d => d.SubjectType == CreditAuditActions.SubjectType && d.SubjectId == id && d.Status == DeadlineStatus.Open).ToListAsync(ct))
        {
            open.Close(DeadlineStatus.Met, CreditRecord.AppealRevokedReason, now);
        }

        await CreditGrading.UpdateAsync(db, record.OrganizationId, record.EntityId, clock, ct);
        return record;
    }

    /// <summary><paramref name="severity"/>: 轻微 / 一般 / 严重 (or Minor / General / Serious) under a graded rule set; otherwise <paramref name="until"/>, a shorter end of publication.</summary>
    public static async Task<CreditRecord> ChangeAsync(WeijianDb db, Guid recordId, string? severity, DateOnly? until, string reasons, TimeProvider clock, CancellationToken ct)
    {
        CreditSeverity? grade = string.IsNullOrWhiteSpace(severity) ? null : ParseSeverity(severity.Trim());
        var record = await LoadAsync(db, recordId, ct);
        var set = CreditRuleSets.Shipped.All.SingleOrDefault(s => s.Code == record.RuleSetCode) ?? CreditRuleSets.Shipped.InForceOn(record.DecidedOn);
        record.ChangeOnAppeal(set, grade, until, reasons, ChinaClock.Today(clock), db.Actor.Name, clock.GetUtcNow());
        await CreditGrading.UpdateAsync(db, record.OrganizationId, record.EntityId, clock, ct);
        return record;
    }

    private static CreditSeverity ParseSeverity(string text)
    {
        foreach (var s in Enum.GetValues<CreditSeverity>())
        {
            if (string.Equals(s.ToString(), text, StringComparison.OrdinalIgnoreCase) || CreditRuleSets.ChineseName(s) == text || CreditRuleSets.ChineseName(s) + "失信" == text)
            {
                return s;
            }
        }

        throw Input.Invalid("validation.severity", "severity", $"失信程度“{text}”不正确，应为轻微、一般或严重");
    }

    private static async Task<CreditRecord> LoadAsync(WeijianDb db, Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Set<CreditRecord>().SingleOrDefaultAsync(r => r.Id == id, ct)
            ?? throw DomainRuleException.NotFound("credit.not-found", "信用记录不存在");
    }
}
