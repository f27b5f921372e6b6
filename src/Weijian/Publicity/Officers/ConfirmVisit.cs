using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Registry.Entities;

namespace Weijian.Publicity.Officers;

/// <summary>
/// 亮码确认 (R-TRS-3 事中): the inspected entity scans an officer's code during the visit and enters its 统一社会信用代码
/// (or its last 6 characters). It must match the entity of a visit of that officer under way today. The first scan creates
/// the confirmation and returns the one-time rating token; scanning the other officers of the visit adds them as having
/// shown their codes. A code already counted, a wrong code, a revoked code or a visit not on its day are refused.
/// </summary>
public sealed record ConfirmVisit(string? Token, string? EntityCode);

public sealed record ConfirmVisitResult(string InspectionNumber, DateTimeOffset ConfirmedAt, IReadOnlyList<ShownOfficer> Officers, string? RatingToken, string Message);

public sealed class ConfirmVisitHandler(WeijianDb db, CurrentActor current, TimeProvider clock)
{
    public async Task<ConfirmVisitResult> HandleAsync(ConfirmVisit command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (code, officer, _) = await PublicCodes.FindAsync(db, command.Token, ct);
        if (string.IsNullOrWhiteSpace(command.EntityCode))
        {
            throw Input.Invalid("validation.required", "entityCode", "请输入本单位的统一社会信用代码（或其后6位）");
        }

        var today = ChinaClock.Today(clock);
        if (!code.IsActive || !officer.EligibilityOn(today).Eligible)
        {
            throw DomainRuleException.Conflict("visit.code-invalid", "该执法亮码或执法证当前无效，不能用于确认检查；如对执法人员身份有疑问，可向上级主管部门反映");
        }

        var visits = await PublicCodes.VisitsUnderWayAsync(db, officer, today, ct);
        if (visits.Count == 0)
        {
            throw DomainRuleException.Conflict("visit.not-under-way", $"{officer.Name}今日没有正在进行的检查，只能在检查当日确认（R-TRS-3）");
        }

        var entityIds = visits.Select(v => v.EntityId).ToList();
        var entities = await db.Set<RegulatedEntity>().IgnoreQueryFilters().AsNoTracking().Where(e => entityIds.Contains(e.Id)).Select(e => new { e.Id, e.CreditCode }).ToListAsync(ct);
        var matching = visits.Where(v => OfficerCodeRules.EntityCodeMatches(command.EntityCode, entities.FirstOrDefault(e => e.Id == v.EntityId)?.CreditCode)).ToList();
        if (matching.Count == 0)
        {
            throw Input.Invalid("visit.entity-code-mismatch", "entityCode", "统一社会信用代码与正在接受检查的单位不符，请核对后重新输入");
        }

        // Two visits to the same entity on one day (e.g. a follow-up): the one this officer's code has not yet confirmed.
        var matchingIds = matching.Select(v => v.Id).ToList();
        var done = await db.Set<VisitConfirmation>().IgnoreQueryFilters().AsNoTracking().Where(c => matchingIds.Contains(c.InspectionId)).ToListAsync(ct);
        var visit = matching.FirstOrDefault(v => !done.Any(c => c.InspectionId == v.Id && c.Officers.Any(o => o.OfficerId == officer.Id && o.Shown))) ?? matching[0];

        current.ActAsVisitorOf(visit.OrganizationId, "被检查单位（扫码确认）");
        var now = clock.GetUtcNow();
        var existing = await db.Set<VisitConfirmation>().SingleOrDefaultAsync(c => c.InspectionId == visit.Id, ct);
        if (existing is not null)
        {
            var officers = existing.Officers.ToList();
            var index = officers.FindIndex(o => o.OfficerId == officer.Id);
            if (index >= 0 && officers[index].Shown)
            {
                throw DomainRuleException.Conflict("visit.already-confirmed", $"检查{visit.Number}已确认过{officer.Name}出示执法证件，每次检查只能确认一次");
            }

            existing.MarkShown(officer.Id);
            db.Audit(visit.OrganizationId, OfficerCodeSteps.Confirm, OfficerCodeSteps.ConfirmationSubject, existing.Id.ToString(), new { Inspection = visit.Number, Shown = officer.Name });
            await db.SaveChangesAsync(ct);
            return new ConfirmVisitResult(visit.Number, existing.ConfirmedAt, existing.Officers, null, $"已记录{officer.Name}出示执法证件。评价请使用首次确认时取得的评价码。");
        }

        var shown = visit.Officers.Select(o => new ShownOfficer(o.OfficerId, o.Name, o.CredentialNumber, o.OfficerId == officer.Id));
        var (confirmation, token) = VisitConfirmation.Confirm(visit.OrganizationId, visit.Id, visit.Number, visit.EntityId, officer.Id, shown, today, now);
        db.Set<VisitConfirmation>().Add(confirmation);
        db.Audit(visit.OrganizationId, OfficerCodeSteps.Confirm, OfficerCodeSteps.ConfirmationSubject, confirmation.Id.ToString(), new { Inspection = visit.Number, Shown = officer.Name });
        await db.SaveChangesAsync(ct);
        return new ConfirmVisitResult(
            visit.Number, now, confirmation.Officers, token,
            $"已确认检查{visit.Number}。请保存评价码，检查结束后可凭评价码对本次检查作出评价或投诉；评价码只显示一次，评价不向检查人员公开。");
    }
}
