using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Weijian.Licensing.Licenses;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Deadlines;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Platform.Users;

namespace Weijian.Licensing.Applications;

/// <summary>What every application use case shares: loading, numbering, clocks on 我的待办, auditing and the view.</summary>
public static class ApplicationSteps
{
    public const string SubjectType = nameof(LicenseApplication);

    /// <summary>Rule ids of the application's clocks; one open clock per rule.</summary>
    public const string NoticeRule = "R-LIC-2";
    public const string DecisionRule = "R-LIC-4";
    public const string RongqueRule = "R-LIC-14";
    public const string CertificateRule = "R-LIC-5";

    public static string AuditAction(string name) => "licence-application." + name;

    public static DomainRuleException NotFound() => DomainRuleException.NotFound("licensing.application-not-found", "许可申请不存在或不属于本单位");

    public static async Task<LicenseApplication> LoadAsync(WeijianDb db, Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.Actor.RequireOrganization();
        return await db.Set<LicenseApplication>().SingleOrDefaultAsync(x => x.Id == id, ct) ?? throw NotFound();
    }

    /// <summary>受理编号 年份+序号 per bureau; the unique index refuses a duplicate under a race.</summary>
    public static async Task<string> NextNumberAsync(WeijianDb db, Guid orgId, int year, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var prefix = year.ToString(CultureInfo.InvariantCulture);
        var last = await db.Set<LicenseApplication>().IgnoreQueryFilters().Where(c => c.OrganizationId == orgId && c.Number.StartsWith(prefix))
            .OrderByDescending(c => c.Number).Select(c => c.Number).FirstOrDefaultAsync(ct);
        var next = last is null ? 1 : int.Parse(last[4..], CultureInfo.InvariantCulture) + 1;
        return $"{prefix}{next:0000}";
    }

    /// <summary>许可证号 / 决定书文号 serial: per bureau, family and year.</summary>
    public static async Task<string> NextLicenseNumberAsync(WeijianDb db, Guid orgId, string itemCode, int year, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(itemCode);
        var family = itemCode.Split('-')[0];
        var prefix = $"{family}〔{year}〕";
        var taken = await db.Set<License>().IgnoreQueryFilters().CountAsync(l => l.OrganizationId == orgId && l.Number.StartsWith(prefix), ct);
        return $"{prefix}第{taken + 1:00000}号";
    }

    public static string DecisionNumber(LicenseApplication a, bool granted)
    {
        ArgumentNullException.ThrowIfNull(a);
        return $"卫许{(granted ? "准" : "不准")}字〔{a.Number[..4]}〕{a.Number[4..]}号";
    }

    /// <summary>查询码: 8 characters without look-alikes, from the OS CSPRNG.</summary>
    public static string NewQueryCode()
    {
        const string pool = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return string.Create(8, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = pool[RandomNumberGenerator.GetInt32(pool.Length)];
            }
        });
    }

    public static async Task<DeadlineClock?> OpenClockAsync(WeijianDb db, LicenseApplication a, string ruleId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(a);
        var id = a.Id.ToString();
        var local = db.DeadlineClocks.Local.FirstOrDefault(c => c.SubjectType == SubjectType && c.SubjectId == id && c.RuleId == ruleId && c.Status == DeadlineStatus.Open);
        return local ?? await db.DeadlineClocks.FirstOrDefaultAsync(c => c.SubjectType == SubjectType && c.SubjectId == id && c.RuleId == ruleId && c.Status == DeadlineStatus.Open, ct);
    }

    public static async Task CloseClockAsync(WeijianDb db, LicenseApplication a, string ruleId, DeadlineStatus outcome, string reason, DateTimeOffset now, CancellationToken ct)
    {
        if (await OpenClockAsync(db, a, ruleId, ct) is { } c)
        {
            c.Close(outcome, reason, now);
        }
    }

    /// <summary>
    /// Opens one of the application's clocks on someone's 我的待办 (issue #6: each clock is a Deadline there): the staff
    /// member acting now; for an online submission or a daily sweep, whoever holds the application's latest clock, else
    /// the bureau's first active window clerk (by user name), else its head.
    /// </summary>
    public static async Task OpenAsync(WeijianDb db, LicenseApplication a, string title, Deadline deadline, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(a);
        var id = a.Id.ToString();
        var assignee = db.Actor is { IsSystem: false, UserId: { } acting } ? acting : (Guid?)null;
        assignee ??= db.DeadlineClocks.Local.Where(c => c.SubjectType == SubjectType && c.SubjectId == id && c.AssigneeId != null)
            .OrderByDescending(c => c.OpenedAt).Select(c => c.AssigneeId).FirstOrDefault()
            ?? await db.DeadlineClocks.Where(c => c.SubjectType == SubjectType && c.SubjectId == id && c.AssigneeId != null)
                .OrderByDescending(c => c.OpenedAt).Select(c => c.AssigneeId).FirstOrDefaultAsync(ct);
        foreach (var role in new[] { Roles.WindowClerk, Roles.BureauHead })
        {
            if (assignee is not null)
            {
                break;
            }

            var staff = await UsersInRole.ActiveAsync(db, a.OrganizationId, role, ct);
            assignee = staff.Count == 0 ? null : await db.Users.Where(u => staff.Contains(u.Id)).OrderBy(u => u.UserName).Select(u => (Guid?)u.Id).FirstAsync(ct);
        }

        db.DeadlineClocks.Add(DeadlineClock.Open(a.OrganizationId, assignee, SubjectType, id, $"{title}：{a.Number} {a.ApplicantName}", deadline, now));
    }

    /// <summary>Closes every open clock of a finished application (withdrawn, not accepted, decided).</summary>
    public static async Task CloseAllAsync(WeijianDb db, LicenseApplication a, string reason, DateTimeOffset now, CancellationToken ct, params string[] except)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(a);
        foreach (var rule in new[] { NoticeRule, DecisionRule, RongqueRule, CertificateRule }.Except(except))
        {
            await CloseClockAsync(db, a, rule, DeadlineStatus.Met, reason, now, ct);
        }
    }

    /// <summary>Queues the audit entry, saves once and answers with the view.</summary>
    public static async Task<ApplicationView> FinishAsync(WeijianDb db, CalendarSource calendars, TimeProvider clock, LicenseApplication a, string action, object? detail, CancellationToken ct, string? message = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(a);
        db.Audit(a.OrganizationId, AuditAction(action), SubjectType, a.Id.ToString(), new { a.Number, a.ItemName, a.ApplicantName, Status = ApplicationNames.Of(a.Status), Detail = detail });
        await db.SaveChangesAsync(ct);
        return await ViewAsync(db, calendars, clock, a, ct, message);
    }

    public static async Task<ApplicationView> ViewAsync(WeijianDb db, CalendarSource calendars, TimeProvider clock, LicenseApplication a, CancellationToken ct, string? message = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(calendars);
        ArgumentNullException.ThrowIfNull(a);
        var id = a.Id.ToString();
        var today = ChinaClock.Today(clock);
        var clocks = await db.DeadlineClocks.AsNoTracking().Where(d => d.SubjectType == SubjectType && d.SubjectId == id).OrderBy(d => d.OpenedAt).ToListAsync(ct);
        var calendar = await calendars.GetAsync(db, ct);
        var license = a.LicenseId is { } lid ? await db.Set<License>().AsNoTracking().Where(l => l.Id == lid).Select(l => new LicenseSummary(l.Id, l.Number, l.Status.ToString(), l.ValidUntil)).SingleOrDefaultAsync(ct) : null;
        return ApplicationView.From(a, db.Actor, [.. clocks.Select(d => DeadlineViews.From(d, today))], Left(calendar, today, a), license, message);
    }

    /// <summary>Working days left of the running decision period (or the notice window before intake), for the applicant and the list.</summary>
    public static int? Left(BusinessCalendar calendar, DateOnly today, LicenseApplication a)
    {
        ArgumentNullException.ThrowIfNull(a);
        DateOnly? due = a.Status switch
        {
            ApplicationStatus.Submitted => calendar.IsYearLoaded(a.ReceivedOn.Year) ? ApplicationDeadlines.Notice(calendar, a.ReceivedOn).Due : null,
            ApplicationStatus.Accepted => a.LegalDueOn,
            _ => null,
        };
        return due is { } d ? ApplicationDeadlines.WorkingDaysLeft(calendar, today, d) : null;
    }
}
