using Microsoft.EntityFrameworkCore;
using Weijian.Licensing.Licenses;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Licensing.Applications;

public static class ApplicationReadRoles
{
    public static readonly string[] All = [Roles.WindowClerk, Roles.Officer, Roles.BureauHead, Roles.LegalReviewer, Roles.SystemAdministrator, Roles.Supervisor];
}

public sealed record GetApplication(Guid Id);

public sealed class GetApplicationHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock)
{
    public async Task<ApplicationView> HandleAsync(GetApplication query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        db.Actor.Require(ApplicationReadRoles.All);
        var a = await db.Set<LicenseApplication>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == query.Id, ct) ?? throw ApplicationSteps.NotFound();
        return await ApplicationSteps.ViewAsync(db, calendars, clock, a, ct);
    }
}

public sealed record ApplicationListItem(
    Guid Id, string Number, string ItemCode, string ItemName, string ApplicantName, bool Online, string Status, string StatusName, DateOnly ReceivedOn, DateOnly? AcceptedOn,
    DateOnly? LegalDueOn, DateOnly? DecidedOn, bool Overdue, bool DeemedAccepted, bool GrantedOnCommitment);

/// <summary>许可申请 list: status, item, overdue (undecided past the legal deadline, or awaiting intake past the notice window), text; paged.</summary>
public sealed record ListApplications(string? Status = null, Guid? ItemId = null, bool Overdue = false, string? Q = null, int? Year = null, int? Page = 1, int? PageSize = 20);

public sealed class ListApplicationsHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<Paged<ApplicationListItem>> HandleAsync(ListApplications query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        db.Actor.Require(ApplicationReadRoles.All);
        var today = ChinaClock.Today(clock);
        var q = db.Set<LicenseApplication>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            var s = ApplicationNames.Parse<ApplicationStatus>(query.Status, ApplicationNames.Of, "status", "状态");
            q = q.Where(a => a.Status == s);
        }

        if (query.ItemId is { } item)
        {
            q = q.Where(a => a.ItemId == item);
        }

        if (query.Year is { } y)
        {
            var from = new DateOnly(y, 1, 1);
            var to = new DateOnly(y, 12, 31);
            q = q.Where(a => a.ReceivedOn >= from && a.ReceivedOn <= to);
        }

        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var text = query.Q.Trim();
            q = q.Where(a => a.Number.Contains(text) || a.ApplicantName.Contains(text) || a.ItemName.Contains(text));
        }

        if (query.Overdue)
        {
            // The decision clock open past its due date (the list reads the clocks, which carry the pauses).
            var overdueIds = await db.DeadlineClocks.AsNoTracking()
                .Where(c => c.SubjectType == ApplicationSteps.SubjectType && c.Status == Platform.Deadlines.DeadlineStatus.Open && c.Due < today)
                .Select(c => c.SubjectId).Distinct().ToListAsync(ct);
            var ids = overdueIds.Select(Guid.Parse).ToList();
            q = q.Where(a => ids.Contains(a.Id));
        }

        var page = await Paged.FromQueryAsync(q.OrderByDescending(a => a.Number), query.Page, query.PageSize, ct);
        return new Paged<ApplicationListItem>(
            [.. page.Items.Select(a => new ApplicationListItem(
                a.Id, a.Number, a.ItemCode, a.ItemName, a.ApplicantName, a.Online, a.Status.ToString(), ApplicationNames.Of(a.Status), a.ReceivedOn, a.AcceptedOn, a.LegalDueOn,
                a.DecidedOn, !a.IsClosed && a.LegalDueOn is { } due && today > due, a.DeemedAccepted, a.GrantedOnCommitment))],
            page.Total, page.Page, page.PageSize);
    }
}

/// <summary>办件进度查询 (anonymous): the receipt number and query code open the state, the clock and the history.</summary>
public sealed record GetApplicationStatus(string? Number, string? Code);

public sealed record PublicApplicationStatus(
    string Number, string ItemName, string ApplicantName, string Status, string StatusName, DateOnly ReceivedOn, DateOnly? AcceptedOn, DateOnly? DueOn, int? WorkingDaysLeft,
    IReadOnlyList<string> Deficiencies, string? RightAuthority, DateOnly? DecidedOn, string? DecisionNumber, string? LicenseNumber, DateOnly? CertificateDueOn,
    DateOnly? CertificateServedOn, bool CanRate, string? Rating, IReadOnlyList<PublicStep> History, IReadOnlyList<PublicDocumentLink> Documents);

/// <summary>A document of the application as the applicant sees it: the verification page only, never the file itself.</summary>
public sealed record PublicDocumentLink(string Title, string? Number, DateOnly IssuedOn, string VerifyUrl);

public sealed record PublicStep(DateOnly On, string Step, string Note);

public sealed class GetApplicationStatusHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock)
{
    public async Task<PublicApplicationStatus> HandleAsync(GetApplicationStatus query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        // Read-only: found and shown across tenants by number and code; the actor is not changed.
        var a = await PublicAccess.FindAsync(db, query.Number, query.Code, ct);
        return await PublicAccess.StatusAsync(db, calendars, clock, a, ct);
    }
}

/// <summary>好差评 (anonymous, with number and code): good/average/bad and a comment, once, after the application ended.</summary>
public sealed record RateApplication(string? Number, string? Code, string? Rating, string? Comment);

public sealed class RateApplicationHandler(WeijianDb db, CurrentActor current, TimeProvider clock)
{
    public async Task<PublicStep> HandleAsync(RateApplication command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var found = await PublicAccess.FindAsync(db, command.Number, command.Code, ct);
        current.ActAsVisitorOf(found.OrganizationId, "申请人评价");
        return await PublicAccess.RateAsync(db, clock, found.Id, command.Rating, command.Comment, ct);
    }
}

internal static class PublicAccess
{
    public static async Task<LicenseApplication> FindAsync(WeijianDb db, string? number, string? code, CancellationToken ct)
    {
        var n = Input.Text(number, "number", "受理编号", 20);
        var c = Input.Text(code, "code", "查询码", 20).ToUpperInvariant();
        return await db.Set<LicenseApplication>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(a => a.Number == n && a.QueryCode == c, ct)
            ?? throw DomainRuleException.NotFound("licensing.application-not-found", "受理编号或查询码不正确");
    }

    /// <summary>What the applicant sees of an application: by number and code, or from the applicant account that submitted it.</summary>
    public static async Task<PublicApplicationStatus> StatusAsync(WeijianDb db, CalendarSource calendars, TimeProvider clock, LicenseApplication a, CancellationToken ct)
    {
        var calendar = await calendars.GetAsync(db, ct);
        var today = ChinaClock.Today(clock);
        var license = a.LicenseId is { } lid ? await db.Set<License>().IgnoreQueryFilters().AsNoTracking().Where(l => l.Id == lid).Select(l => l.Number).SingleOrDefaultAsync(ct) : null;
        return new PublicApplicationStatus(
            a.Number, a.ItemName, a.ApplicantName, a.Status.ToString(), ApplicationNames.Of(a.Status), a.ReceivedOn, a.AcceptedOn, DueOn(calendar, a), ApplicationSteps.Left(calendar, today, a),
            a.Deficiencies, a.RightAuthority, a.DecidedOn, a.DecisionNumber, a.Status == ApplicationStatus.Granted ? license : null, a.CertificateDueOn, a.CertificateServedOn,
            a.IsClosed && a.Rating is null, a.Rating is { } r ? ApplicationNames.Of(r) : null, [.. a.History.Select(h => new PublicStep(h.On, h.Step, h.Note))],
            [.. a.Documents.Select(d => new PublicDocumentLink(d.Title, d.Number, d.IssuedOn, $"/verify/{d.Id}"))]);
    }

    /// <summary>The date the applicant waits for: the intake notice before acceptance (R-LIC-2), then the legal decision date (R-LIC-4).</summary>
    public static DateOnly? DueOn(BusinessCalendar calendar, LicenseApplication a) =>
        a.Status == ApplicationStatus.Submitted && calendar.IsYearLoaded(a.ReceivedOn.Year) ? ApplicationDeadlines.Notice(calendar, a.ReceivedOn).Due : a.IsClosed ? null : a.LegalDueOn;

    /// <summary>好差评 of an ended application, once; the caller has proved the applicant (number and code, or the account).</summary>
    public static async Task<PublicStep> RateAsync(WeijianDb db, TimeProvider clock, Guid applicationId, string? ratingText, string? commentText, CancellationToken ct)
    {
        var a = await db.Set<LicenseApplication>().SingleAsync(x => x.Id == applicationId, ct);
        var rating = ApplicationNames.Parse<ApplicationRating>(ratingText, ApplicationNames.Of, "rating", "评价（好评/中评/差评）");
        var comment = Input.OptionalText(commentText, "comment", "评价内容", 500);
        if (rating == ApplicationRating.Bad && comment is null)
        {
            throw Input.Invalid("validation.comment", "comment", "差评请写明原因，以便整改");
        }

        var today = ChinaClock.Today(clock);
        a.Rate(rating, comment, today, clock.GetUtcNow());
        db.Audit(a.OrganizationId, ApplicationSteps.AuditAction("rate"), ApplicationSteps.SubjectType, a.Id.ToString(), new { a.Number, Rating = ApplicationNames.Of(rating), Comment = comment });
        await db.SaveChangesAsync(ct);
        return new PublicStep(today, "好差评", ApplicationNames.Of(rating));
    }
}
