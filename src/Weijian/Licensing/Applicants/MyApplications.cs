using Microsoft.EntityFrameworkCore;
using Weijian.Licensing.Applications;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Licensing.Applicants;

/// <summary>One row of 我的申请: where the application stands and the date the applicant waits for (as on the status page).</summary>
public sealed record MyApplicationItem(
    Guid Id, string Number, string ItemName, string OrganizationName, string Status, string StatusName, DateOnly ReceivedOn, DateOnly? DueOn, int? WorkingDaysLeft,
    DateOnly? DecidedOn, bool CanRate);

/// <summary>
/// 我的申请: the applications submitted from the signed-in applicant account, in every bureau, newest first, paged. This is
/// the one read that crosses organisations for an applicant, and only over rows carrying the account's own id (indexed).
/// </summary>
public sealed record ListMyApplications(int? Page = 1, int? PageSize = 20);

public sealed class ListMyApplicationsHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock)
{
    public async Task<Paged<MyApplicationItem>> HandleAsync(ListMyApplications query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var me = ApplicantSession.Require(db.Actor);
        var q = db.Set<LicenseApplication>().IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.ApplicantAccountId == me)
            .OrderByDescending(a => a.ReceivedOn).ThenByDescending(a => a.Id);
        var page = await Paged.FromQueryAsync(q, query.Page, query.PageSize, ct);
        var orgIds = page.Items.Select(a => a.OrganizationId).Distinct().ToList();
        var names = await db.Organizations.IgnoreQueryFilters().AsNoTracking().Where(o => orgIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var calendar = await calendars.GetAsync(db, ct);
        var today = ChinaClock.Today(clock);
        return new Paged<MyApplicationItem>(
            [.. page.Items.Select(a => new MyApplicationItem(
                a.Id, a.Number, a.ItemName, names.GetValueOrDefault(a.OrganizationId, ""), a.Status.ToString(), ApplicationNames.Of(a.Status), a.ReceivedOn,
                PublicAccess.DueOn(calendar, a), ApplicationSteps.Left(calendar, today, a), a.DecidedOn, a.IsClosed && a.Rating is null))],
            page.Total, page.Page, page.PageSize);
    }
}

/// <summary>
/// One of 我的申请 as the public status page shows it (state, clock, documents to verify, history, 好差评), without the
/// query code: the account proves the applicant. Another account's application, or an anonymous or window one, is
/// 404 — as if it did not exist.
/// </summary>
public sealed record GetMyApplication(Guid Id);

public sealed record MyApplicationDetails(Guid Id, string OrganizationName, PublicApplicationStatus Status);

public sealed class GetMyApplicationHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock)
{
    public async Task<MyApplicationDetails> HandleAsync(GetMyApplication query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var a = await MyApplications.LoadAsync(db, query.Id, ct);
        var org = await db.Organizations.IgnoreQueryFilters().AsNoTracking().Where(o => o.Id == a.OrganizationId).Select(o => o.Name).SingleAsync(ct);
        return new MyApplicationDetails(a.Id, org, await PublicAccess.StatusAsync(db, calendars, clock, a, ct));
    }
}

/// <summary>好差评 of one of 我的申请, once, after it ended — the same rating as by number and code.</summary>
public sealed record RateMyApplication(Guid Id, string? Rating, string? Comment);

public sealed class RateMyApplicationHandler(WeijianDb db, CurrentActor current, TimeProvider clock)
{
    public async Task<PublicStep> HandleAsync(RateMyApplication command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var a = await MyApplications.LoadAsync(db, command.Id, ct);

        // The rating is written into the bureau's own application (its tenant), as the public rating is.
        current.ActAsVisitorOf(a.OrganizationId, "申请人评价：" + current.Value.Name);
        return await PublicAccess.RateAsync(db, clock, a.Id, command.Rating, command.Comment, ct);
    }
}

internal static class MyApplications
{
    /// <summary>The signed-in account's own application, else 404 (never telling whether it exists).</summary>
    public static async Task<LicenseApplication> LoadAsync(WeijianDb db, Guid id, CancellationToken ct)
    {
        var me = ApplicantSession.Require(db.Actor);
        return await db.Set<LicenseApplication>().IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(a => a.Id == id && a.ApplicantAccountId == me, ct)
            ?? throw DomainRuleException.NotFound("applicant.application-not-found", "没有找到这件申请，或它不是从您的申请人账号提交的");
    }
}
