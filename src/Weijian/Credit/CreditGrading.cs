using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Registry.Entities;

namespace Weijian.Credit;

/// <summary>
/// R-CRD-5 (unverified; configure): the entity's credit grade from its records — D: a 严重 record or a false commitment in
/// publication; C: any other record in publication; B: a record that ended (期满 or 修复) within the configured years; A:
/// none; a record revoked on appeal does not count. Written to <see cref="RegulatedEntity.CreditGrade"/>, which the inspection risk weighting (信用A) and the
/// commitment route (grade D refused, R-LIC-11) read.
/// </summary>
public static class CreditGrading
{
    public sealed record GradedRecord(CreditSource Source, CreditSeverity? Severity, CreditRecordStatus Status, DateOnly PublishFrom, DateOnly? MaxUntil, DateOnly? EndedOn);

    public sealed record Result(string Grade, string Reason);

    public static Result Grade(IEnumerable<GradedRecord> records, DateOnly today, int gradeBYears)
    {
        ArgumentNullException.ThrowIfNull(records);
        // A record revoked on appeal was wrong: it counts neither as in force nor as recently ended.
        var list = records.Where(r => r.Status != CreditRecordStatus.RevokedOnAppeal).ToList();
        var inForce = list.Where(r => r.Status == CreditRecordStatus.Publishing && r.PublishFrom <= today && r.MaxUntil is { } max && today < max).ToList();
        if (inForce.Any(r => r.Severity == CreditSeverity.Serious || r.Source == CreditSource.FalseCommitment))
        {
            return new Result("D", "有严重失信或虚假承诺信用记录正在公示");
        }

        if (inForce.Count > 0)
        {
            return new Result("C", "有失信信用记录正在公示");
        }

        var ended = list.Where(r => r.EndedOn is { } e && e > today.AddYears(-gradeBYears)).ToList();
        return ended.Count > 0
            ? new Result("B", $"近{gradeBYears}年内有已结束公示的失信记录")
            : new Result("A", "无失信信用记录");
    }

    /// <summary>Recomputes and writes the grade of an entity; pending (added/modified) records of this unit of work count.</summary>
    public static async Task UpdateAsync(WeijianDb db, Guid organizationId, Guid? entityId, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (entityId is not { } id)
        {
            return;
        }

        var entity = await db.Set<RegulatedEntity>().SingleOrDefaultAsync(e => e.Id == id, ct);
        if (entity is null)
        {
            return;
        }

        var today = ChinaClock.Today(clock);
        var stored = await db.Set<CreditRecord>().Where(r => r.OrganizationId == organizationId && r.EntityId == id).ToListAsync(ct);
        var pending = db.ChangeTracker.Entries<CreditRecord>().Select(e => e.Entity).Where(r => r.OrganizationId == organizationId && r.EntityId == id);
        var records = stored.Concat(pending).DistinctBy(r => r.Id)
            .Select(r => new GradedRecord(r.Source, r.Severity, r.Status, r.PublishFrom, r.MaxUntil, r.EndedOn));
        var years = await RuleParameters.ResolveAsync(db, CreditParameters.GradeBYears, organizationId, today, ct);
        var result = Grade(records, today, (int)years.Value);
        if (entity.SetCreditGrade(result.Grade, clock.GetUtcNow()))
        {
            db.Audit(organizationId, CreditAuditActions.GradeChanged, nameof(RegulatedEntity), id.ToString(), new { Grade = result.Grade, Reason = result.Reason });
        }
    }
}
