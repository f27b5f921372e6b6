using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Weijian.Licensing.Applications;
using Weijian.Licensing.Items;
using Weijian.Licensing.Licenses;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Demo;
using Weijian.Platform.Persistence;
using Weijian.Registry.Entities;

namespace Weijian.Licensing.Applicants;

/// <summary>
/// Demo applicant account (Order 63, after the applications at 62): a business of the first demo bureau (冷水滩区)
/// registers with phone <see cref="Phone"/> and the demo password, then applies online through the handlers on the
/// <see cref="DemoTimeline"/>: a 公共场所卫生许可 granted, served and rated; a 变更 of its license from the old ledger,
/// granted, which now expires soon (到期提醒 on 我的许可证, R-LIC-8); one told to supplement its materials (一次性告知,
/// R-LIC-2); and one submitted yesterday, waiting for intake.
/// </summary>
public sealed class ApplicantDemo : IDemoContribution, IDemoAccounts
{
    public const string Phone = "13800000001";

    private readonly List<DemoData.DemoAccount> _accounts = [];
    private string? _password;

    public int Order => 63;

    public IReadOnlyList<DemoData.DemoAccount> Accounts => _accounts;

    public void UsePassword(string password) => _password = password;

    public async Task SeedAsync(IServiceProvider services, IReadOnlyList<DemoBureau> bureaus, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(bureaus);
        if (bureaus.Count == 0 || _password is null)
        {
            return;
        }

        await using var timeline = DemoTimeline.Create(services);
        var bureau = bureaus[0];
        var today = ChinaClock.Today(timeline.Real);
        BusinessCalendar calendar;
        RegulatedEntity entity;
        Dictionary<string, LicenseItem> items;
        Actor clerk, officer, head;
        await using (var scope = timeline.SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
            calendar = await scope.ServiceProvider.GetRequiredService<CalendarSource>().GetAsync(db, ct);
            var users = await db.Users.AsNoTracking().Where(u => u.OrganizationId == bureau.OrganizationId).ToListAsync(ct);
            Actor? As(string suffix, string role) => users.FirstOrDefault(u => u.UserName == $"{bureau.Prefix}.{suffix}") is { } u
                ? new Actor(u.Id, u.DisplayName, bureau.OrganizationId, new HashSet<string> { role }, false)
                : null;
            items = await db.Set<LicenseItem>().AsNoTracking().Where(i => i.OrganizationId == bureau.OrganizationId).ToDictionaryAsync(i => i.Code, ct);

            // A hotel of the register (the last by credit code: the application demo takes the first ones).
            var found = await db.Set<RegulatedEntity>().AsNoTracking()
                .Where(e => e.OrganizationId == bureau.OrganizationId && e.Status == EntityStatus.Operating && e.PartyKind == PartyKind.Organization && e.Specialty == Specialty.PublicPlaces)
                .OrderByDescending(e => e.CreditCode).FirstOrDefaultAsync(ct);
            if (As("window", Roles.WindowClerk) is not { } c || As("officer1", Roles.Officer) is not { } o || As("head", Roles.BureauHead) is not { } h
                || found is null || !items.ContainsKey("GGCS-XK-01") || !items.ContainsKey("GGCS-XK-02"))
            {
                return;
            }

            (clerk, officer, head, entity) = (c, o, h, found);
        }

        DateOnly Day(int workingDaysBack) => DemoTimeline.AddWorkingDays(calendar, today, -workingDaysBack);
        if (Day(40) == DateOnly.MaxValue)
        {
            return;
        }

        var account = new Guid[1];
        var ids = new Guid[4];
        var password = _password;
        var newItem = items["GGCS-XK-01"];
        var changeItem = items["GGCS-XK-02"];
        var nobody = Actor.Anonymous;
        var system = Actor.System("演示数据") with { OrganizationId = bureau.OrganizationId };

        async Task<Guid> SubmitAsync(IServiceProvider sp, LicenseItem item, string applyFor, Guid? licenseId, bool allMaterials, CancellationToken c)
        {
            sp.GetRequiredService<CurrentActor>().Value = ApplicantSession.ActorFor(account[0], entity.Name);
            var materials = item.Materials.Select((m, i) => new MaterialInput(m.Name, allMaterials || i == 0 ? "Received" : "Missing")).ToList();
            var submitted = await sp.GetRequiredService<SubmitApplicationHandler>().HandleAsync(
                new SubmitApplication(bureau.OrganizationId, item.Code, entity.Name, "单位", entity.CreditCode, entity.ContactPerson ?? "周经理", Phone, applyFor, licenseId, materials), c);
            return submitted.Id;
        }

        List<MaterialInput> All(LicenseItem item) => [.. item.Materials.Select(m => new MaterialInput(m.Name, "Received"))];

        var steps = new List<DemoStep>
        {
            new(Day(40), 0, nobody, "注册申请人账号", async (sp, c) =>
                account[0] = (await sp.GetRequiredService<RegisterApplicantHandler>().HandleAsync(
                    new RegisterApplicant(Phone, entity.Name, "单位", entity.CreditCode, password), c)).Id),

            // 新办, granted, served and rated.
            new(Day(38), 0, nobody, "网上申请公共场所卫生许可", async (sp, c) => ids[0] = await SubmitAsync(sp, newItem, "住宿、游泳场所", null, true, c)),
            new(Day(37), 0, clerk, "受理网上申请", (sp, c) => sp.GetRequiredService<AcceptHandler>().HandleAsync(new Accept(ids[0], null, All(newItem)), c)),
            new(Day(35), 0, officer, "许可现场核查", (sp, c) => sp.GetRequiredService<RecordSiteCheckHandler>().HandleAsync(
                new RecordSiteCheck(ids[0], [officer.Name, "现场核查员"], "游泳池水质处理设施、更衣淋浴设施与申请材料一致", null), c)),
            new(Day(34), 0, officer, "许可审查意见", (sp, c) => sp.GetRequiredService<RecordReviewHandler>().HandleAsync(new RecordReview(ids[0], "申请材料齐全，符合法定条件，建议准予许可"), c)),
            new(Day(33), 0, head, "准予许可", (sp, c) => sp.GetRequiredService<GrantHandler>().HandleAsync(new Grant(ids[0], null), c)),
            new(Day(32), 0, clerk, "送达许可证件", (sp, c) => sp.GetRequiredService<ServeCertificateHandler>().HandleAsync(new ServeCertificate(ids[0], "邮寄送达", null), c)),
            new(Day(31), 0, nobody, "申请人好差评", (sp, c) =>
            {
                sp.GetRequiredService<CurrentActor>().Value = ApplicantSession.ActorFor(account[0], entity.Name);
                return sp.GetRequiredService<RateMyApplicationHandler>().HandleAsync(new RateMyApplication(ids[0], "Good", "网上申请方便，办理进度一目了然"), c);
            }),

            // 变更 of the license from the old ledger, which expires soon: 到期提醒 on 我的许可证 (R-LIC-8).
            new(Day(20), 0, system, "录入原许可台账", async (sp, c) =>
            {
                var db = sp.GetRequiredService<WeijianDb>();
                var until = today.AddDays(45);
                var license = License.Issue(
                    bureau.OrganizationId, entity.Id, entity.Name, entity.CreditCode, changeItem.LicenseType, $"旧证〔{until.Year - 4}〕09001号", "住宿",
                    until.AddYears(-4).AddDays(1), until, null, false, "原许可台账", sp.GetRequiredService<TimeProvider>().GetUtcNow());
                db.Set<License>().Add(license);
                db.Audit(bureau.OrganizationId, "licence.ledger-imported", nameof(License), license.Id.ToString(), new { license.Number, license.ValidUntil, Source = "演示：原许可台账" });
                await db.SaveChangesAsync(c);
                ids[1] = await SubmitAsync(sp, changeItem, "住宿、沐浴", license.Id, true, c);
            }),
            new(Day(19), 0, clerk, "受理变更申请", (sp, c) => sp.GetRequiredService<AcceptHandler>().HandleAsync(new Accept(ids[1], null, All(changeItem)), c)),
        };
        if (changeItem.SiteCheckRequired)
        {
            steps.Add(new(Day(17), 0, officer, "变更现场核查", (sp, c) => sp.GetRequiredService<RecordSiteCheckHandler>().HandleAsync(
                new RecordSiteCheck(ids[1], [officer.Name, "现场核查员"], "新增沐浴场所卫生设施符合要求", null), c)));
        }

        steps.AddRange(
        [
            new(Day(17), 1, officer, "变更审查意见", (sp, c) => sp.GetRequiredService<RecordReviewHandler>().HandleAsync(new RecordReview(ids[1], "符合条件，建议准予变更"), c)),
            new(Day(16), 0, head, "准予变更", (sp, c) => sp.GetRequiredService<GrantHandler>().HandleAsync(new Grant(ids[1], null), c)),
            new(Day(15), 0, clerk, "送达变更后的许可证件", (sp, c) => sp.GetRequiredService<ServeCertificateHandler>().HandleAsync(new ServeCertificate(ids[1], "窗口领取", null), c)),

            // 一次性告知补正 (R-LIC-2): one material missing.
            new(Day(8), 0, nobody, "网上申请（材料不全）", async (sp, c) => ids[2] = await SubmitAsync(sp, newItem, "沐浴", null, false, c)),
            new(Day(6), 0, clerk, "一次性告知补正", (sp, c) => sp.GetRequiredService<NotifyDeficiencyHandler>().HandleAsync(
                new NotifyDeficiency(ids[2], [.. newItem.Materials.Select((m, i) => new MaterialInput(m.Name, i == 0 ? "Received" : "Missing"))], ["营业执照复印件须加盖公章"]), c)),

            // Submitted on the last working day: waiting for the window (notice clock running, R-LIC-2).
            new(Day(1), 0, nobody, "网上申请（待受理）", async (sp, c) => ids[3] = await SubmitAsync(sp, newItem, "美容美发", null, true, c)),
        ]);
        await timeline.RunAsync(steps, ct);
        _accounts.Add(new DemoData.DemoAccount(Phone, entity.Name, "网上办事（申请人自行注册，不属于任何单位）", "申请人账号"));
    }
}
