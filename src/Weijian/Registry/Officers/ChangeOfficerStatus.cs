using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Registry.Officers;

/// <summary>
/// 在职有效 / 暂扣 / 注销 with a reason (the record is never deleted). A suspended or revoked officer fails every
/// eligibility check until restored.
/// </summary>
public sealed record ChangeOfficerStatus(Guid Id, string? Status, string? Reason, DateOnly? EffectiveOn = null);

public sealed class ChangeOfficerStatusHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<OfficerView> HandleAsync(ChangeOfficerStatus command, CancellationToken ct)
    {
        OfficerAccess.RequireEditor(db);
        var officer = await OfficerAccess.FindAsync(db, command.Id, ct);
        var status = OfficerNames.Parse<OfficerStatus>(command.Status, OfficerNames.Of)
            ?? throw Input.Invalid("validation.officer-status", "status", "人员状态不正确，应为在职有效（Active）、暂扣（Suspended）或注销（Revoked）");
        var today = ChinaClock.Today(clock);
        var on = command.EffectiveOn ?? today;
        if (on > today)
        {
            throw Input.Invalid("validation.future-date", "effectiveOn", "生效日期不能晚于今天");
        }

        var from = officer.Status;
        officer.ChangeStatus(status, command.Reason, on, clock.GetUtcNow());
        db.Audit(officer.OrganizationId, "officer.status-changed", nameof(Officer), officer.Id.ToString(), new
        {
            Status = OfficerNames.Of(status),
            PreviousStatus = OfficerNames.Of(from),
            Reason = officer.StatusReason,
            EffectiveOn = on,
        });
        await db.SaveChangesAsync(ct);
        return await OfficerViews.FromAsync(db, officer, today, ct);
    }
}
