using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Platform.Publication;

/// <summary>公示执法决定 (R-TRS-4): the explicit publication action; closes the clock, a late one is kept as late.</summary>
public sealed record PublishDisclosure(Guid DisclosureId);

public sealed class PublishDisclosureHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<DisclosureView> HandleAsync(PublishDisclosure command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.Require(Roles.DisclosureClerk, Roles.Officer, Roles.LegalReviewer, Roles.BureauHead);
        db.Actor.RequireOrganization();
        var d = await DisclosureQueries.LoadAsync(db, command.DisclosureId, ct);
        await DisclosureSchedule.PublishAsync(db, clock, d, db.Actor.Name, ct);
        await db.SaveChangesAsync(ct);
        return DisclosureView.From(d, ChinaClock.Today(clock));
    }
}

/// <summary>
/// 申请撤回 (R-PEN-32): a 复议/诉讼 outcome (or the bureau itself) revoked, changed or found the decision unlawful; a
/// 法制审核人员 or 局领导 records the reason, and the decision must come down within 3 working days.
/// </summary>
public sealed record RequestDisclosureWithdrawal(Guid DisclosureId, string? Reason, string? Text);

public sealed class RequestDisclosureWithdrawalHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock)
{
    public async Task<DisclosureView> HandleAsync(RequestDisclosureWithdrawal command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.Require(Roles.LegalReviewer, Roles.BureauHead);
        db.Actor.RequireOrganization();
        var reason = DisclosureNames.ParseReason(command.Reason) ?? throw Input.Invalid("validation.withdrawal-reason", "reason", "请选择撤回原因（撤销、变更或确认违法）");
        var text = Input.Text(command.Text, "text", "撤回理由", 500);
        var d = await DisclosureQueries.LoadAsync(db, command.DisclosureId, ct);
        if (d.Kind != DisclosureKind.PenaltyDecision)
        {
            throw DomainRuleException.Conflict("disclosure.withdrawal-penalty-only", "此处仅可撤回行政处罚决定的公示；许可决定随许可撤销自动撤回");
        }

        var assignees = db.Actor.UserId is { } me ? new[] { me } : [];
        await DisclosureSchedule.RequestWithdrawalAsync(db, await calendars.GetAsync(db, ct), clock, d, reason, text, assignees, ct);
        await db.SaveChangesAsync(ct);
        return DisclosureView.From(d, ChinaClock.Today(clock));
    }
}

/// <summary>撤回公示 (R-PEN-32): the record stays, marked 已撤回 with the reason; its content is no longer shown.</summary>
public sealed record WithdrawDisclosure(Guid DisclosureId);

public sealed class WithdrawDisclosureHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<DisclosureView> HandleAsync(WithdrawDisclosure command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.Require(Roles.DisclosureClerk, Roles.Officer, Roles.LegalReviewer, Roles.BureauHead);
        db.Actor.RequireOrganization();
        var d = await DisclosureQueries.LoadAsync(db, command.DisclosureId, ct);
        await DisclosureSchedule.WithdrawAsync(db, clock, d, ct);
        await db.SaveChangesAsync(ct);
        return DisclosureView.From(d, ChinaClock.Today(clock));
    }
}

/// <summary>
/// 公示期满下线 (R-TRS-5): a sweep (daily timer, <c>weijian disclosures sweep</c>) takes every published decision whose
/// retention has ended offline, with an audit entry per record. Runs as the system.
/// </summary>
public sealed record SweepDisclosureRetention;

public sealed record RetentionSweepResult(DateOnly On, int TakenOffline);

public sealed class SweepDisclosureRetentionHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<RetentionSweepResult> HandleAsync(SweepDisclosureRetention command, CancellationToken ct)
    {
        if (!db.Actor.IsSystem)
        {
            db.Actor.Require(Roles.SystemAdministrator);
        }

        var today = ChinaClock.Today(clock);
        var expired = await db.Set<EnforcementDisclosure>()
            .Where(d => d.PublishedOn != null && d.OfflineOn == null && d.RetentionEnd != null && d.RetentionEnd < today)
            .ToListAsync(ct);
        foreach (var d in expired)
        {
            d.TakeOffline(today);
            db.Audit(d.OrganizationId, DisclosureSchedule.AuditAction("take-offline"), DisclosureSchedule.SubjectType, d.Id.ToString(), new { d.DecisionNumber, d.RetentionEnd, OfflineOn = today });
        }

        await db.SaveChangesAsync(ct);
        return new RetentionSweepResult(today, expired.Count);
    }
}
