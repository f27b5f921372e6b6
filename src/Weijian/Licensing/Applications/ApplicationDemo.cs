using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Weijian.Licensing.Items;
using Weijian.Licensing.Licenses;
using Weijian.Platform;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Demo;
using Weijian.Platform.Persistence;
using Weijian.Registry.Entities;

namespace Weijian.Licensing.Applications;

/// <summary>
/// Demo applications (Order 62, after the items at 60): per bureau a year of applications in every outcome — granted on
/// time and late, one-time notice then accepted, deemed acceptance, 容缺, extension, testing excluded, hearing, refusal, not
/// our authority, 告知承诺, change, cancellation, on-the-spot registration and filing, withdrawal, renewal and a deemed
/// renewal, pending ones on 我的待办, ratings — made through the handlers as the bureau's window clerk, officer and head under
/// a demo clock set to each act's day. Deterministic: entities by credit code, dates by working days back from yesterday.
/// </summary>
public sealed class ApplicationDemo : IDemoContribution
{
    /// <summary>Each story is told this many times per bureau (spread over the year).</summary>
    public const int Rounds = 4;

    public int Order => 62;

    private sealed record Step(DateOnly Date, int Order, Actor Actor, Func<IServiceProvider, CancellationToken, Task> Run);

    private sealed class Holder
    {
        public Guid Id { get; set; }
    }

    private sealed record People(Actor Clerk, Actor Officer, Actor Head, Actor System);

    public async Task SeedAsync(IServiceProvider services, IReadOnlyList<DemoBureau> bureaus, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(bureaus);
        var real = services.GetRequiredService<TimeProvider>();
        var clock = new DemoClock(real);
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddWeijian(services.GetRequiredService<DatabaseSettings>());
        collection.Replace(ServiceDescriptor.Singleton(services.GetRequiredService<CalendarSource>()));
        collection.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
        await using var provider = collection.BuildServiceProvider();
        var steps = new List<Step>();
        DateOnly anchor;
        await using (var scope = provider.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = Actor.System("演示数据");
            var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
            var calendar = await provider.GetRequiredService<CalendarSource>().GetAsync(db, ct);
            var today = ChinaClock.Today(real);
            if (!calendar.IsYearLoaded(today.Year) || !calendar.IsYearLoaded(today.Year - 1))
            {
                return;
            }

            anchor = Back(calendar, today, 1);
            for (var b = 0; b < bureaus.Count; b++)
            {
                steps.AddRange(await PlanAsync(db, calendar, bureaus[b], b, anchor, ct));
            }
        }

        // Acts after yesterday stay undone: those applications are pending on 我的待办.
        foreach (var s in steps.Where(s => s.Date <= anchor).OrderBy(s => s.Date).ThenBy(s => s.Order))
        {
            clock.Set(new DateTimeOffset(s.Date.ToDateTime(new TimeOnly(9, 0)), ChinaClock.TimeZone.BaseUtcOffset).AddMinutes(s.Order % 400).ToUniversalTime());
            await using var scope = provider.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = s.Actor;
            await s.Run(scope.ServiceProvider, ct);
        }
    }

    private static async Task<IReadOnlyList<Step>> PlanAsync(WeijianDb db, BusinessCalendar calendar, DemoBureau bureau, int b, DateOnly anchor, CancellationToken ct)
    {
        var org = bureau.OrganizationId;
        var users = await db.Users.AsNoTracking().Where(u => u.OrganizationId == org).ToListAsync(ct);
        Actor? As(string suffix, string role) => users.FirstOrDefault(u => u.UserName == $"{bureau.Prefix}.{suffix}") is { } u
            ? new Actor(u.Id, u.DisplayName, org, new HashSet<string> { role }, false)
            : null;
        var clerk = As("window", Roles.WindowClerk);
        var officer = As("officer1", Roles.Officer);
        var head = As("head", Roles.BureauHead);
        var items = await db.Set<LicenseItem>().IgnoreQueryFilters().AsNoTracking().Where(i => i.OrganizationId == org).ToDictionaryAsync(i => i.Code, ct);
        var places = await db.Set<RegulatedEntity>().IgnoreQueryFilters().AsNoTracking()
            .Where(e => e.OrganizationId == org && e.Status == EntityStatus.Operating).OrderBy(e => e.CreditCode).Take(40).ToListAsync(ct);
        if (clerk is null || officer is null || head is null || places.Count < 4 || !items.ContainsKey("GGCS-XK-01"))
        {
            return [];
        }

        var people = new People(clerk, officer, head, Actor.System("演示数据") with { OrganizationId = org });
        var steps = new List<Step>();
        var order = b * 100_000;
        var stories = Stories();
        var n = 0;
        for (var round = 0; round < Rounds; round++)
        {
            for (var s = 0; s < stories.Count; s++, n++)
            {
                // Spread over the past year, newest last; each story's acts fit before the anchor or stay pending.
                var received = Back(calendar, anchor, 245 - (n * 3) - b);
                var entity = places[n % places.Count];
                steps.AddRange(stories[s](new Story(calendar, items, entity, received, anchor, people, order)));
                order += 100;
            }
        }

        return steps;
    }

    private sealed record Story(BusinessCalendar Calendar, IReadOnlyDictionary<string, LicenseItem> Items, RegulatedEntity Entity, DateOnly Received, DateOnly Anchor, People People, int Order)
    {
        public DateOnly Day(int workingDays) => Forward(Calendar, Received, workingDays);
    }

    private static List<Func<Story, IEnumerable<Step>>> Stories() =>
    [
        s => Decided(s, "GGCS-XK-01", siteCheck: true, reviewOn: 3, decideOn: 4, serveOn: 6, rating: ApplicationRating.Good),
        s => Decided(s, "MY-XK-01", siteCheck: true, reviewOn: 15, decideOn: 22, serveOn: 24, rating: ApplicationRating.Bad),
        s => Decided(s, "HS-ZC-01", siteCheck: false, reviewOn: 6, decideOn: 8, serveOn: 9, notice: true),
        s => Decided(s, "GS-XK-01", siteCheck: true, reviewOn: 9, decideOn: 10, serveOn: 12, deemed: true),
        s => Decided(s, "GGCS-XK-01", siteCheck: true, reviewOn: 6, decideOn: 7, serveOn: 8, rongque: true, rating: ApplicationRating.Average),
        s => Decided(s, "YLJG-DJ-01", siteCheck: true, reviewOn: 40, decideOn: 50, serveOn: 52, extend: 30),
        s => Decided(s, "GS-XK-01", siteCheck: true, reviewOn: 10, decideOn: 11, serveOn: 12, testing: true),
        s => Decided(s, "GS-XK-01", siteCheck: true, reviewOn: 2, decideOn: 14, serveOn: 15, hearing: true),
        s => Decided(s, "FS-XK-01", siteCheck: true, reviewOn: 7, decideOn: 9, serveOn: null, refuse: true, rating: ApplicationRating.Average),
        s => NotOurs(s),
        s => Commitment(s),
        s => Decided(s, "YS-ZC-01", siteCheck: false, reviewOn: 0, decideOn: 0, serveOn: 0, rating: ApplicationRating.Good),
        s => Decided(s, "ZS-BA-01", siteCheck: false, reviewOn: 0, decideOn: 0, serveOn: 0),
        s => OnLicense(s, "GGCS-XK-02", expiresIn: 400, decide: true),
        s => OnLicense(s, "GGCS-XK-04", expiresIn: 400, decide: true),
        s => OnLicense(s, "GGCS-XK-03", expiresIn: 60, decide: true),
        s => OnLicense(s, "GGCS-XK-03", expiresIn: 35, decide: false),
        s => Withdrawn(s),
    ];

    private static Step At(Story s, int day, int k, Actor actor, Func<IServiceProvider, CancellationToken, Task> run) =>
        new(s.Day(day), s.Order + k, actor, run);

    private static IEnumerable<Step> Decided(
        Story s, string code, bool siteCheck, int reviewOn, int decideOn, int? serveOn, ApplicationRating? rating = null, bool notice = false, bool deemed = false,
        bool rongque = false, int extend = 0, bool testing = false, bool hearing = false, bool refuse = false)
    {
        if (!s.Items.TryGetValue(code, out var item))
        {
            yield break;
        }

        var h = new Holder();
        var p = s.People;
        var ticks = item.Materials.Select(m => new MaterialInput(m.Name, rongque && m.MayBeMissing && !m.Key ? "Rongque" : "Received")).ToList();
        yield return At(s, 0, 0, p.Clerk, async (sp, ct) =>
        {
            var v = await sp.GetRequiredService<ReceiveApplicationHandler>().HandleAsync(
                new ReceiveApplication(item.Id, s.Entity.Id, null, null, null, null, null, item.Name.Contains("公共场所", StringComparison.Ordinal) ? "住宿、沐浴" : null, null, ticks), ct);
            h.Id = v.Id;
            if (notice)
            {
                var partial = item.Materials.Select((m, i) => new MaterialInput(m.Name, i == 0 ? "Received" : "Missing")).ToList();
                await sp.GetRequiredService<NotifyDeficiencyHandler>().HandleAsync(new NotifyDeficiency(v.Id, partial, ["申请表须由法定代表人签字"]), ct);
            }
            else if (!deemed)
            {
                await sp.GetRequiredService<AcceptHandler>().HandleAsync(new Accept(v.Id, null, ticks), ct);
            }
        });
        var k = 1;
        if (notice)
        {
            yield return At(s, 3, k++, p.Clerk, (sp, ct) => sp.GetRequiredService<AcceptHandler>().HandleAsync(new Accept(h.Id, null, ticks), ct));
        }

        if (deemed)
        {
            yield return At(s, 7, k++, p.System, (sp, ct) => sp.GetRequiredService<MarkDeemedAcceptancesHandler>().HandleAsync(new MarkDeemedAcceptances(), ct));
        }

        if (rongque)
        {
            yield return At(s, 4, k++, p.Clerk, (sp, ct) => sp.GetRequiredService<SupplyRongqueHandler>().HandleAsync(new SupplyRongque(h.Id), ct));
        }

        if (testing)
        {
            yield return At(s, 2, k++, p.Officer, (sp, ct) => sp.GetRequiredService<StartExcludedPeriodHandler>().HandleAsync(new StartExcludedPeriod(h.Id, "Testing", "委托疾控中心水质检验", null), ct));
            yield return At(s, 8, k++, p.Officer, (sp, ct) => sp.GetRequiredService<EndExcludedPeriodHandler>().HandleAsync(new EndExcludedPeriod(h.Id, null, "水质检验合格"), ct));
        }

        if (siteCheck)
        {
            yield return At(s, Math.Max(reviewOn - 1, 0), k++, p.Officer, (sp, ct) => sp.GetRequiredService<RecordSiteCheckHandler>().HandleAsync(
                new RecordSiteCheck(h.Id, [p.Officer.Name, "现场核查员"], "场所布局、卫生设施与申请材料一致", null), ct));
        }

        yield return At(s, reviewOn, k++, p.Officer, (sp, ct) => sp.GetRequiredService<RecordReviewHandler>().HandleAsync(
            new RecordReview(h.Id, refuse ? "放射防护设施未经控制效果评价，不符合许可条件" : "申请材料齐全，符合法定条件，建议准予许可"), ct));
        if (extend > 0)
        {
            yield return At(s, 19, k++, p.Head, (sp, ct) => sp.GetRequiredService<ExtendTimeHandler>().HandleAsync(new ExtendTime(h.Id, "涉及新增诊疗科目，需组织专家论证"), ct));
        }

        var resumeOn = decideOn;
        if (hearing)
        {
            var told = s.Day(reviewOn + 1);
            yield return At(s, reviewOn + 1, k++, p.Officer, (sp, ct) => sp.GetRequiredService<ScheduleHearingHandler>().HandleAsync(
                new ScheduleHearing(h.Id, true, told, told, told.AddDays(10), "罗建华", "相邻居民提出变更诊疗科目影响其重大利益"), ct));
            var heldOn = s.Calendar.NextWorkingDayOnOrAfter(told.AddDays(10));
            yield return new Step(heldOn, s.Order + k++, p.Officer, (sp, ct) => sp.GetRequiredService<EndExcludedPeriodHandler>().HandleAsync(new EndExcludedPeriod(h.Id, null, "听证笔录已制作，相邻居民意见已采纳"), ct));
            resumeOn = Math.Max(decideOn, WorkingDaysBetween(s.Calendar, s.Received, heldOn) + 1);
        }

        if (s.Day(resumeOn) > s.Anchor)
        {
            yield break;
        }

        yield return At(s, resumeOn, k++, p.Head, (sp, ct) => refuse
            ? sp.GetRequiredService<RefuseHandler>().HandleAsync(new Refuse(h.Id, "放射诊疗建设项目未经控制效果评价验收，不符合《放射诊疗管理规定》第十一条规定的条件", "永州市人民政府", "永州市冷水滩区人民法院"), ct)
            : sp.GetRequiredService<GrantHandler>().HandleAsync(new Grant(h.Id, null), ct));
        if (serveOn is { } serve && s.Day(Math.Max(serve, resumeOn)) <= s.Anchor)
        {
            yield return At(s, Math.Max(serve, resumeOn), k++, p.Clerk, (sp, ct) => sp.GetRequiredService<ServeCertificateHandler>().HandleAsync(new ServeCertificate(h.Id, "窗口领取", null), ct));
        }

        if (rating is { } r && s.Day(resumeOn + 1) <= s.Anchor)
        {
            // The applicant rates it as the public does (ADR 0013: a visitor of the bureau, from the anonymous actor).
            yield return At(s, resumeOn + 1, k, Actor.Anonymous, async (sp, ct) =>
            {
                var a = await sp.GetRequiredService<WeijianDb>().Set<LicenseApplication>().IgnoreQueryFilters().AsNoTracking().SingleAsync(x => x.Id == h.Id, ct);
                await sp.GetRequiredService<RateApplicationHandler>().HandleAsync(
                    new RateApplication(a.Number, a.QueryCode, r.ToString(), r == ApplicationRating.Bad ? "超过承诺时限才办结" : "窗口服务热情"), ct);
            });
        }
    }

    private static IEnumerable<Step> NotOurs(Story s)
    {
        if (!s.Items.TryGetValue("XD-XK-01", out var item))
        {
            yield break;
        }

        yield return At(s, 0, 0, s.People.Clerk, async (sp, ct) =>
        {
            var v = await sp.GetRequiredService<ReceiveApplicationHandler>().HandleAsync(
                new ReceiveApplication(item.Id, s.Entity.Id, null, null, null, null, null, null, null, []), ct);
            await sp.GetRequiredService<RejectIntakeHandler>().HandleAsync(new RejectIntake(v.Id, nameof(IntakeRefusal.NotOurAuthority), "湖南省卫生健康委员会", "消毒产品生产企业卫生许可由省级卫生健康行政部门审批"), ct);
        });
    }

    private static IEnumerable<Step> Commitment(Story s)
    {
        // R-LIC-11: an applicant with serious bad credit is refused the route; the demo tells the ordinary story for it.
        if (string.Equals(s.Entity.CreditGrade, "D", StringComparison.OrdinalIgnoreCase))
        {
            yield break;
        }

        var item = s.Items["GGCS-XK-01"];
        yield return At(s, 0, 0, s.People.Clerk, async (sp, ct) =>
        {
            var ticks = item.Materials.Select(m => new MaterialInput(m.Name, "Received")).ToList();
            var v = await sp.GetRequiredService<ReceiveApplicationHandler>().HandleAsync(
                new ReceiveApplication(item.Id, s.Entity.Id, null, null, null, null, null, "美容美发", null, ticks), ct);
            await sp.GetRequiredService<GrantOnCommitmentHandler>().HandleAsync(new GrantOnCommitment(v.Id, null, true), ct);
            await sp.GetRequiredService<ServeCertificateHandler>().HandleAsync(new ServeCertificate(v.Id, "当场领取", null), ct);
        });
    }

    /// <summary>A change, cancellation or renewal of a license from the old ledger expiring <paramref name="expiresIn"/> days after filing.</summary>
    private static IEnumerable<Step> OnLicense(Story s, string code, int expiresIn, bool decide)
    {
        if (!s.Items.TryGetValue(code, out var item))
        {
            yield break;
        }

        var h = new Holder();
        var p = s.People;
        var ticks = item.Materials.Select(m => new MaterialInput(m.Name, "Received")).ToList();
        yield return At(s, 0, 0, p.Clerk, async (sp, ct) =>
        {
            var db = sp.GetRequiredService<WeijianDb>();
            var until = s.Received.AddDays(expiresIn);
            var number = $"旧证〔{until.Year - 4}〕{s.Order / 100:00000}号";
            var license = License.Issue(
                s.Entity.OrganizationId, s.Entity.Id, s.Entity.Name, s.Entity.CreditCode, item.LicenseType, number, "住宿", until.AddYears(-4).AddDays(1), until, null, false, "原许可台账", sp.GetRequiredService<TimeProvider>().GetUtcNow());
            db.Set<License>().Add(license);
            db.Audit(s.Entity.OrganizationId, "licence.ledger-imported", nameof(License), license.Id.ToString(), new { license.Number, license.ValidUntil, Source = "演示：原许可台账" });
            await db.SaveChangesAsync(ct);
            var v = await sp.GetRequiredService<ReceiveApplicationHandler>().HandleAsync(
                new ReceiveApplication(item.Id, s.Entity.Id, null, null, null, null, null, item.Kind == LicenseItemKind.Cancellation ? "停止经营" : item.Kind == LicenseItemKind.Change ? "住宿、沐浴、美容美发" : null, license.Id, ticks), ct);
            h.Id = v.Id;
            await sp.GetRequiredService<AcceptHandler>().HandleAsync(new Accept(v.Id, null, ticks), ct);
        });
        if (!decide)
        {
            // Undecided renewal: the nightly sweep deems it renewed the day after expiry (R-LIC-8).
            var after = s.Received.AddDays(expiresIn + 1);
            if (after <= s.Anchor)
            {
                yield return new Step(after, s.Order + 1, p.System, (sp, ct) => sp.GetRequiredService<MarkDeemedRenewalsHandler>().HandleAsync(new MarkDeemedRenewals(), ct));
            }

            yield break;
        }

        var decideOn = item.PromisedDays == 0 ? 0 : 3;
        if (s.Day(decideOn) > s.Anchor)
        {
            yield break;
        }

        if (item.SiteCheckRequired)
        {
            yield return At(s, decideOn, 1, p.Officer, (sp, ct) => sp.GetRequiredService<RecordSiteCheckHandler>().HandleAsync(
                new RecordSiteCheck(h.Id, [p.Officer.Name, "现场核查员"], "经营条件与原许可一致", null), ct));
        }

        yield return At(s, decideOn, 2, p.Officer, (sp, ct) => sp.GetRequiredService<RecordReviewHandler>().HandleAsync(new RecordReview(h.Id, "符合条件，建议准予"), ct));
        yield return At(s, decideOn, 3, p.Head, (sp, ct) => sp.GetRequiredService<GrantHandler>().HandleAsync(new Grant(h.Id, null), ct));
    }

    private static IEnumerable<Step> Withdrawn(Story s)
    {
        var item = s.Items["GGCS-XK-01"];
        var h = new Holder();
        yield return At(s, 0, 0, s.People.Clerk, async (sp, ct) =>
        {
            var ticks = item.Materials.Select(m => new MaterialInput(m.Name, "Received")).ToList();
            var v = await sp.GetRequiredService<ReceiveApplicationHandler>().HandleAsync(new ReceiveApplication(item.Id, s.Entity.Id, null, null, null, null, null, null, null, ticks), ct);
            h.Id = v.Id;
            await sp.GetRequiredService<AcceptHandler>().HandleAsync(new Accept(v.Id, null, ticks), ct);
        });
        if (s.Day(2) <= s.Anchor)
        {
            yield return At(s, 2, 1, s.People.Clerk, (sp, ct) => sp.GetRequiredService<WithdrawHandler>().HandleAsync(new Withdraw(h.Id, "经营场所租赁合同未续签，申请人撤回"), ct));
        }
    }

    private static DateOnly Forward(BusinessCalendar calendar, DateOnly from, int n)
    {
        var d = from;
        for (var left = n; left > 0;)
        {
            d = d.AddDays(1);
            if (!calendar.IsYearLoaded(d.Year) || calendar.IsWorkingDay(d))
            {
                left--;
            }
        }

        return d;
    }

    private static DateOnly Back(BusinessCalendar calendar, DateOnly from, int n)
    {
        var d = from;
        for (var left = n; left > 0;)
        {
            d = d.AddDays(-1);
            if (calendar.IsWorkingDay(d))
            {
                left--;
            }
        }

        return d;
    }

    private static int WorkingDaysBetween(BusinessCalendar calendar, DateOnly from, DateOnly to) => ApplicationDeadlines.WorkingDaysBetween(calendar, from, to);

    private sealed class DemoClock(TimeProvider real) : TimeProvider
    {
        private DateTimeOffset? _now;

        public override TimeZoneInfo LocalTimeZone => real.LocalTimeZone;

        public override DateTimeOffset GetUtcNow() => _now ?? real.GetUtcNow();

        public void Set(DateTimeOffset utc) => _now = utc > real.GetUtcNow() ? real.GetUtcNow() : utc;
    }
}
