using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Demo;
using Weijian.Platform.Persistence;
using Weijian.Registry.Entities;

namespace Weijian.Registry.Officers;

/// <summary>
/// Demo officers of each county bureau (after the entities, Order 20): the two 执法人员 and the 法制审核人员 with their
/// accounts (the reviewer with 法律职业资格, R-PEN-20), three officers without accounts — one credential expiring soon,
/// one expired, one 暂扣 in the second bureau — and one 协管员 without a credential (R-OFF-3); 2025 and 2026 training
/// (some below the 60 hours of R-OFF-4), exams, and one declared conflict with an entity of the bureau (R-PEN-12).
/// Everything goes through the use cases, acting as the bureau's 系统管理员, so it is all in the audit chain.
/// </summary>
public sealed class OfficerDemo : IDemoContribution
{
    public int Order => 30;

    private const string Authority = "湖南省人民政府";
    private const string Category = "卫生健康";

    private sealed record Person(
        string? Account, string? Name, string? Number, DateOnly? From, DateOnly? Until, string[] Specialties,
        (string Course, string Provider, int Month, int Day, decimal Hours)[] Training2025,
        (string Course, string Provider, int Month, int Day, decimal Hours)[] Training2026);

    private static readonly (string Course, string Provider)[] Courses =
    [
        ("行政执法人员公共法律知识培训", "湖南省司法厅"),
        ("卫生健康监督执法业务培训班", "湖南省卫生健康委员会"),
        ("《中华人民共和国行政处罚法》专题讲座", "永州市司法局"),
        ("公共场所与生活饮用水卫生监督实务", "永州市卫生健康委员会"),
        ("医疗机构依法执业监督培训", "湖南省卫生健康综合监督执法局"),
        ("《行政执法监督条例》解读", "永州市司法局"),
        ("国家工作人员网上学法用法", "湖南省国家工作人员学法用法平台"),
    ];

    public async Task SeedAsync(IServiceProvider services, IReadOnlyList<DemoBureau> bureaus, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(bureaus);
        var today = ChinaClock.Today(services.GetRequiredService<TimeProvider>());
        for (var b = 0; b < bureaus.Count; b++)
        {
            await SeedBureauAsync(services, bureaus[b], b, today, ct);
        }
    }

    private static async Task SeedBureauAsync(IServiceProvider services, DemoBureau bureau, int index, DateOnly today, CancellationToken ct)
    {
        using var scope = services.CreateScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<WeijianDb>();
        var admin = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.UserName == bureau.Prefix + ".admin", ct);
        if (admin is null)
        {
            return;
        }

        sp.GetRequiredService<CurrentActor>().Value = new Actor(
            admin.Id, admin.DisplayName, bureau.OrganizationId, new HashSet<string> { Roles.SystemAdministrator }, false);
        var area = bureau.Name.Replace("卫生健康局", "", StringComparison.Ordinal);
        var serial = 31100 + (index * 100);
        string Number(int n) => $"湘卫执2024{serial + n:D6}";
        var standardFrom = new DateOnly(2024, 1, 1);
        var standardUntil = new DateOnly(2028, 12, 31);
        string[] extra = index % 2 == 0 ? ["唐国栋", "彭雪琴", "曾凡林", "雷小军"] : ["毛建军", "蒋丽萍", "李文斌", "周小燕"];

        var people = new List<Person>
        {
            new(bureau.Prefix + ".officer1", null, Number(1), standardFrom, standardUntil,
                ["PublicPlaces", "DrinkingWater", "SchoolHealth"],
                [T(0, 3, 12, 24), T(3, 6, 18, 16), T(6, 9, 5, 12), T(2, 11, 14, 10)],
                [T(0, 3, 20, 24), T(5, 5, 16, 8), T(3, 7, 9, 16), T(6, 9, 25, 14)]),
            new(bureau.Prefix + ".officer2", null, Number(2), standardFrom, standardUntil,
                ["MedicalCare", "InfectiousDisease", "MaternalChildHealth"],
                [T(0, 3, 12, 24), T(4, 8, 21, 16), T(6, 10, 15, 8)],
                [T(4, 4, 23, 16), T(5, 5, 16, 8), T(6, 8, 30, 12)]),
            new(bureau.Prefix + ".reviewer", null, Number(3), standardFrom, standardUntil,
                ["MedicalCare", "PublicPlaces"],
                [T(0, 3, 12, 24), T(2, 5, 28, 16), T(1, 9, 17, 16), T(6, 11, 3, 10)],
                [T(0, 3, 20, 24), T(5, 5, 16, 8), T(2, 6, 12, 16), T(1, 10, 14, 16)]),
            new(null, extra[0], Number(4), new DateOnly(2021, 1, 1), today.AddDays(40),
                ["OccupationalHealth", "RadiationHealth"],
                [T(0, 4, 9, 24), T(1, 6, 6, 16), T(6, 10, 10, 12), T(2, 12, 1, 10)],
                [T(1, 4, 17, 16), T(6, 6, 20, 10)]),
            new(null, extra[1], Number(5), new DateOnly(2020, 7, 1), today.AddDays(-20),
                ["DisinfectionProducts", "TablewareDisinfection", "WaterProducts"],
                [T(0, 3, 12, 24), T(1, 7, 2, 16)],
                [T(6, 5, 8, 10)]),
            new(null, extra[2], Number(6), standardFrom, standardUntil,
                ["PublicPlaces", "MedicalCare", "OccupationalHealth"],
                [T(0, 3, 12, 24), T(1, 6, 6, 16), T(4, 9, 19, 16), T(6, 11, 20, 8)],
                [T(0, 3, 20, 24), T(1, 6, 11, 16), T(4, 9, 3, 16), T(5, 5, 16, 8)]),
            new(null, extra[3], null, null, null, ["PublicPlaces"],
                [T(3, 6, 18, 16)],
                [T(3, 7, 9, 16)]),
        };

        var register = sp.GetRequiredService<RegisterOfficerHandler>();
        var training = sp.GetRequiredService<RecordOfficerTrainingHandler>();
        var exam = sp.GetRequiredService<RecordOfficerExamHandler>();
        var ids = new List<Guid>();
        foreach (var p in people)
        {
            Guid? userId = p.Account is null
                ? null
                : await db.Users.Where(u => u.UserName == p.Account).Select(u => (Guid?)u.Id).SingleOrDefaultAsync(ct);
            if (p.Account is not null && userId is null)
            {
                ids.Add(Guid.Empty);
                continue;
            }

            var officer = await register.HandleAsync(
                new RegisterOfficer(
                    p.Name, userId, p.Number, p.Number is null ? null : Authority, Category, area, p.From, p.Until, p.Specialties,
                    p.Number is null ? "协管员，无行政执法证，不得单独从事执法检查" : null),
                ct);
            ids.Add(officer.Id);
            foreach (var (year, records) in new[] { (2025, p.Training2025), (2026, p.Training2026) })
            {
                foreach (var r in records)
                {
                    var date = new DateOnly(year, r.Month, r.Day);
                    if (date <= today)
                    {
                        await training.HandleAsync(new RecordOfficerTraining(officer.Id, r.Course, r.Provider, date, r.Hours), ct);
                    }
                }
            }

            if (p.Number is not null)
            {
                await exam.HandleAsync(
                    new RecordOfficerExam(officer.Id, "行政执法资格考试（公共法律知识＋专门法律知识）", p.From!.Value.AddDays(-75), 80 + (p.Number[^1] - '0'), true), ct);
                var yearly = new DateOnly(2025, 11, 20);
                if (yearly <= today)
                {
                    await exam.HandleAsync(new RecordOfficerExam(officer.Id, "2025年度国家工作人员学法用法考试", yearly, 88 + (p.Number[^1] - '0'), true), ct);
                }
            }
        }

        // R-PEN-20: the legal reviewer holds the 法律职业资格.
        if (ids[2] != Guid.Empty)
        {
            await sp.GetRequiredService<RecordLegalQualificationHandler>().HandleAsync(
                new RecordLegalQualification(ids[2], $"A2016{bureau.RegionCode}{1023 + index:D4}", new DateOnly(2016, 12, 28)), ct);
        }

        // An officer of the second bureau is 暂扣 (the others stay 在职有效).
        if (index % 2 == 1)
        {
            await sp.GetRequiredService<ChangeOfficerStatusHandler>().HandleAsync(
                new ChangeOfficerStatus(ids[5], nameof(OfficerStatus.Suspended), "年度考核不合格，暂扣行政执法证，待补训考试合格后恢复", Min(new DateOnly(2026, 3, 2), today)), ct);
        }

        // R-PEN-12: officer2 declares a relative working at a medical institution of the bureau.
        var entity = await db.Set<RegulatedEntity>().AsNoTracking()
            .Where(e => e.OrganizationId == bureau.OrganizationId && e.Specialty == Specialty.MedicalCare)
            .OrderBy(e => e.CreditCode)
            .Select(e => new { e.Id })
            .FirstOrDefaultAsync(ct);
        if (entity is not null && ids[1] != Guid.Empty)
        {
            await sp.GetRequiredService<DeclareOfficerConflictHandler>().HandleAsync(
                new DeclareOfficerConflict(ids[1], entity.Id, nameof(ConflictRelation.Relative), "配偶在该单位任职", Min(new DateOnly(2025, 2, 17), today)), ct);
        }
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static (string Course, string Provider, int Month, int Day, decimal Hours) T(int course, int month, int day, decimal hours) =>
        (Courses[course].Course, Courses[course].Provider, month, day, hours);
}
