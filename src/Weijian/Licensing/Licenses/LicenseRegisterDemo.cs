using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Weijian.Licensing.Commitments;
using Weijian.Licensing.Items;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Demo;
using Weijian.Platform.Persistence;
using Weijian.Registry.Entities;

namespace Weijian.Licensing.Licenses;

/// <summary>
/// Demo register (after the starter items, Order 60): per bureau a 公共场所 license in every state — valid, expiring
/// within 60 days (reminded), re-check due (R-LIC-13), expired by the sweep, cancelled, revoked with grounds — and
/// commitment licenses whose verification is pending, kept, rectified, and one revoked for a false commitment
/// (R-LIC-11/12). Without the starter set (a branch without it) a few items are created through the handler so the
/// pages are not empty; with it, they are skipped. Licenses are issued directly (the application workflow issues them
/// in production); everything after issue goes through the handlers as the bureau's officer and head.
/// </summary>
public sealed class LicenseRegisterDemo : IDemoContribution
{
    public const string PublicPlaceType = "public-place-hygiene";

    public int Order => 61;

    private sealed record Plan(string Tag, int IssuedDaysAgo, int? ValidDays, bool Commitment);

    /// <summary>One license per story; the holder is the bureau's n-th 公共场所 counted from the end of its list (the inspection demo uses the first ones).</summary>
    private static readonly Plan[] Plans =
    [
        new("valid", 200, (4 * 365) + 1, false),
        new("expiring", (4 * 365) - 40, (4 * 365) + 1, false),
        new("recheck", (2 * 365) + 30, (4 * 365) + 1, false),
        new("expired", (4 * 365) + 12, (4 * 365) + 1, false),
        new("cancelled", 700, (4 * 365) + 1, false),
        new("revoked", 300, (4 * 365) + 1, false),
        new("pending", 10, (4 * 365) + 1, true),
        new("kept", 50, (4 * 365) + 1, true),
        new("rectified", 45, (4 * 365) + 1, true),
        new("false", 40, (4 * 365) + 1, true),
    ];

    public async Task SeedAsync(IServiceProvider services, IReadOnlyList<DemoBureau> bureaus, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(bureaus);
        foreach (var bureau in bureaus)
        {
            await SeedBureauAsync(services, bureau, ct);
        }
    }

    private static async Task SeedBureauAsync(IServiceProvider services, DemoBureau bureau, CancellationToken ct)
    {
        var org = bureau.OrganizationId;
        Actor officer, head;
        List<RegulatedEntity> places;
        DateOnly today;
        await using (var scope = services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = Actor.System("演示数据");
            var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
            today = ChinaClock.Today(scope.ServiceProvider.GetRequiredService<TimeProvider>());
            if (await db.Set<License>().AnyAsync(l => l.OrganizationId == org, ct))
            {
                return;
            }

            var users = await db.Users.AsNoTracking().Where(u => u.OrganizationId == org).ToListAsync(ct);
            Actor? User(string suffix, string role) => users.FirstOrDefault(u => u.UserName == $"{bureau.Prefix}.{suffix}") is { } u
                ? new Actor(u.Id, u.DisplayName, org, new HashSet<string> { role }, false)
                : null;
            if (User("officer1", Roles.Officer) is not { } o || User("head", Roles.BureauHead) is not { } h)
            {
                return;
            }

            officer = o;
            head = h;
            places = await db.Set<RegulatedEntity>().AsNoTracking()
                .Where(e => e.OrganizationId == org && e.Specialty == Specialty.PublicPlaces && e.Status == EntityStatus.Operating)
                .OrderByDescending(e => e.CreditCode).Take(Plans.Length).ToListAsync(ct);
            if (places.Count == 0)
            {
                return;
            }

            if (!await db.Set<LicenseItem>().AnyAsync(i => i.OrganizationId == org, ct))
            {
                await CreateItemsAsync(services, head with { Roles = new HashSet<string> { Roles.BureauHead } }, bureau, ct);
            }
        }

        var issued = new Dictionary<string, Guid>();
        for (var n = 0; n < Plans.Length && n < places.Count; n++)
        {
            var p = Plans[n];
            await using var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = officer;
            var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
            var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
            var e = places[n];
            var on = today.AddDays(-p.IssuedDaysAgo);
            var license = License.Issue(
                org, e.Id, e.Name, e.CreditCode, PublicPlaceType, $"{bureau.RegionCode}-GGCS-{on.Year}-{900 + n:0000}", "住宿、沐浴场所",
                on, p.ValidDays is { } d ? on.AddDays(d - 1) : null, null, p.Commitment, officer.Name, clock.GetUtcNow());
            db.Set<License>().Add(license);
            if (p.Commitment)
            {
                await CommitmentRoute.ScheduleVerificationAsync(db, license, scope.ServiceProvider.GetRequiredService<CalendarSource>(), on, clock.GetUtcNow(), ct);
            }

            await db.SaveChangesAsync(ct);
            issued[p.Tag] = license.Id;
        }

        async Task As(Actor actor, Func<IServiceProvider, Task> act)
        {
            await using var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = actor;
            await act(scope.ServiceProvider);
        }

        Task Run<THandler>(Actor actor, Func<THandler, Task> act)
            where THandler : notnull => As(actor, sp => act(sp.GetRequiredService<THandler>()));

        var system = Actor.System("演示数据") with { OrganizationId = org };
        await Run<RemindExpiringLicensesHandler>(system, h => h.HandleAsync(new RemindExpiringLicenses(org), ct));
        if (issued.TryGetValue("cancelled", out var cancelled))
        {
            await Run<CancelLicenseHandler>(officer, h => h.HandleAsync(new CancelLicense(cancelled, nameof(CancellationGround.Dissolved), "经营单位已办理注销登记"), ct));
        }

        if (issued.TryGetValue("revoked", out var revoked))
        {
            await Run<RevokeLicenseHandler>(head, h => h.HandleAsync(new RevokeLicense(revoked, [nameof(RevocationGround.UnqualifiedGrantee)],
                "经复查，该单位发证时营业场所不符合《公共场所卫生管理条例实施细则》规定的卫生条件，不具备许可条件。", true, false), ct));
        }

        if (issued.TryGetValue("kept", out var kept))
        {
            await Run<RecordCommitmentVerificationHandler>(officer, h => h.HandleAsync(new RecordCommitmentVerification(kept, true, "现场核查，卫生设施与承诺一致", null), ct));
        }

        foreach (var tag in new[] { "rectified", "false" })
        {
            if (issued.TryGetValue(tag, out var id))
            {
                await Run<RecordCommitmentVerificationHandler>(officer, h => h.HandleAsync(new RecordCommitmentVerification(
                    id, false, "承诺已配备的消毒间未设置，公共用品用具未按规定清洗消毒", today.AddDays(15)), ct));
            }
        }

        if (issued.TryGetValue("rectified", out var rectified))
        {
            await Run<ConcludeRectificationHandler>(officer, h => h.HandleAsync(new ConcludeRectification(rectified, true, "复查：已设置消毒间并按规定消毒，整改到位"), ct));
        }

        if (issued.TryGetValue("false", out var falseCommitment))
        {
            await Run<ConcludeRectificationHandler>(head, h => h.HandleAsync(new ConcludeRectification(falseCommitment, false, "复查：整改期满仍未设置消毒间，未整改到位", true, false), ct));
        }
    }

    private static async Task CreateItemsAsync(IServiceProvider services, Actor head, DemoBureau bureau, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = head;
        var create = scope.ServiceProvider.GetRequiredService<CreateLicenseItemHandler>();
        foreach (var item in DemoItems(bureau))
        {
            await create.HandleAsync(new CreateLicenseItem(item), ct);
        }
    }

    /// <summary>Three items a county bureau publishes, so the pages have content on a branch without the starter set.</summary>
    internal static IReadOnlyList<LicenseItemInput> DemoItems(DemoBureau bureau)
    {
        var unit = bureau.Name;
        const string Window = "县政务服务中心卫生健康窗口，工作日 9:00—17:00";
        LicenseMaterialInput M(string name, bool key, bool rongque = false) => new(name, key, rongque, "原件", 1, null);
        LicenseStepInput S(string name, string actor, int days) => new(name, actor, days);
        return
        [
            new("DEMO-GGCS-01", "公共场所卫生许可（新办）", "New", "PublicPlaces", PublicPlaceType,
                "《公共场所卫生管理条例》第四条\n《公共场所卫生管理条例实施细则》第二十二条", "经营场所卫生条件符合国家卫生标准和规范，从业人员取得健康合格证明。",
                null, 20, 3, null, true, "1. 经营场所布局和卫生设施符合《公共场所卫生管理条例实施细则》要求；\n2. 从业人员持有效健康合格证明上岗；\n3. 承诺内容不实的，接受责令整改、撤销许可并记入信用记录。",
                true, true, 5, 4, unit, unit, Window,
                [M("公共场所卫生许可申请表", true), M("营业执照", true), M("卫生设施布局平面图", false, true), M("从业人员健康合格证明", false, true)],
                [S("受理", "窗口受理人员", 0), S("现场核查", "执法人员（两人）", 2), S("审核决定", "局领导", 1), S("制证送达", "窗口受理人员", 0)]),
            new("DEMO-GGCS-02", "公共场所卫生许可（延续）", "Renewal", "PublicPlaces", PublicPlaceType,
                "《中华人民共和国行政许可法》第五十条\n《公共场所卫生管理条例实施细则》第二十四条", "许可证有效期届满30日前提出申请。",
                null, 20, 5, null, false, null, false, false, 0, 4, unit, unit, Window,
                [M("延续申请表", true), M("原许可证", true)],
                [S("受理", "窗口受理人员", 0), S("审核决定", "局领导", 5)]),
            new("DEMO-GYS-01", "饮用水供水单位卫生许可", "New", "DrinkingWater", "drinking-water-supply",
                "《中华人民共和国传染病防治法》第二十九条\n《生活饮用水卫生监督管理办法》第七条", "供水设施、水质检验和管理制度符合生活饮用水卫生标准。",
                null, 20, 10, null, false, null, true, false, 0, 4, unit, unit, Window,
                [M("卫生许可申请表", true), M("水质检验报告", true)],
                [S("受理", "窗口受理人员", 0), S("现场核查", "执法人员（两人）", 5), S("审核决定", "局领导", 5)]),
        ];
    }
}
