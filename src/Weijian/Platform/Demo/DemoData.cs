using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Weijian.Platform.Authorization;
using Weijian.Platform.Organizations;
using Weijian.Platform.Persistence;
using Weijian.Platform.Users;

namespace Weijian.Platform.Demo;

/// <summary>
/// The demo of <c>weijian demo</c>: 湖南省 → 永州市 → 冷水滩区 and 零陵区 health bureaus, each with its enforcement
/// agency, and one user per role in each county bureau. Created through the same use cases as real data, so every
/// record is in the audit chains. Later modules add their own demo records here.
/// </summary>
public static class DemoData
{
    public sealed record DemoAccount(string UserName, string DisplayName, string Organization, string Roles);

    public sealed record DemoResult(bool Created, IReadOnlyList<DemoAccount> Accounts);

    private sealed record County(string Prefix, string Name, string AgencyName, string ShortName, string RegionCode, string[] People);

    private static readonly County[] Counties =
    [
        new("lst", "永州市冷水滩区卫生健康局", "永州市冷水滩区卫生健康综合监督执法局", "冷", "431103",
            ["陈志刚", "李建国", "王丽华", "张伟", "刘芳", "赵敏", "周静", "吴强", "黄海涛"]),
        new("ll", "永州市零陵区卫生健康局", "永州市零陵区卫生健康综合监督执法局", "零", "431102",
            ["蒋文军", "唐晓燕", "何志强", "邓丽", "罗建华", "蒋雪梅", "胡晓东", "郑永红", "谢国平"]),
    ];

    /// <summary>Role per person in a county, by index into <see cref="County.People"/>.</summary>
    private static readonly (string Suffix, string Role)[] CountyRoles =
    [
        ("admin", Roles.SystemAdministrator),
        ("head", Roles.BureauHead),
        ("officer1", Roles.Officer),
        ("officer2", Roles.Officer),
        ("reviewer", Roles.LegalReviewer),
        ("window", Roles.WindowClerk),
        ("petition", Roles.PetitionClerk),
        ("disclosure", Roles.DisclosureClerk),
        ("supervisor", Roles.Supervisor),
    ];

    /// <summary>A password that satisfies the policy (lower-case letters and digits, 12 characters), from the OS CSPRNG.</summary>
    public static string RandomPassword()
    {
        const string letters = "abcdefghijkmnpqrstuvwxyz";
        const string digits = "23456789";
        var chars = new char[12];
        for (var i = 0; i < chars.Length; i++)
        {
            var pool = i % 4 == 3 ? digits : letters;
            chars[i] = pool[RandomNumberGenerator.GetInt32(pool.Length)];
        }

        return new string(chars);
    }

    public static async Task<DemoResult> EnsureAsync(IServiceProvider services, string password, CancellationToken ct)
    {
        using var scope = services.CreateScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<CurrentActor>().Value = Actor.System("演示数据");
        var db = sp.GetRequiredService<WeijianDb>();
        if (await db.Organizations.AnyAsync(ct))
        {
            return new DemoResult(false, await ExistingAccountsAsync(db, ct));
        }

        var accounts = new List<DemoAccount>();
        var createUser = sp.GetRequiredService<CreateUserHandler>();
        var createOrg = sp.GetRequiredService<CreateOrganizationHandler>();
        async Task AddUser(OrganizationView org, string userName, string name, params string[] roles)
        {
            await createUser.HandleAsync(new CreateUser(org.Id, userName, name, password, roles), ct);
            accounts.Add(new DemoAccount(userName, name, org.Name, string.Join("、", roles.Select(Roles.ChineseName))));
        }

        var province = await sp.GetRequiredService<CreateRootOrganizationHandler>()
            .HandleAsync(new CreateRootOrganization("湖南省卫生健康委员会", "湘", "430000"), ct);
        await AddUser(province, "admin", "系统管理员", Roles.SystemAdministrator);
        await AddUser(province, "hn.supervisor", "欧阳明", Roles.Supervisor);

        var city = await createOrg.HandleAsync(new CreateOrganization(province.Id, nameof(OrganizationKind.City), "永州市卫生健康委员会", "永", "431100"), ct);
        await AddUser(city, "yz.supervisor", "彭卫东", Roles.Supervisor);
        await AddUser(city, "yz.admin", "杨帆", Roles.SystemAdministrator);

        var bureaus = new List<DemoBureau>();
        foreach (var county in Counties)
        {
            var bureau = await createOrg.HandleAsync(
                new CreateOrganization(city.Id, nameof(OrganizationKind.CountyBureau), county.Name, county.ShortName, county.RegionCode), ct);
            await createOrg.HandleAsync(
                new CreateOrganization(bureau.Id, nameof(OrganizationKind.EnforcementAgency), county.AgencyName, county.ShortName, county.RegionCode), ct);
            for (var i = 0; i < CountyRoles.Length; i++)
            {
                await AddUser(bureau, $"{county.Prefix}.{CountyRoles[i].Suffix}", county.People[i], CountyRoles[i].Role);
            }

            bureaus.Add(new DemoBureau(bureau.Id, bureau.Name, county.Prefix, county.RegionCode));
        }

        // Modules add their own demo records (entities, officers, catalogues …), in their declared order.
        foreach (var contribution in Contributions().OrderBy(c => c.Order))
        {
            var withAccounts = contribution as IDemoAccounts;
            withAccounts?.UsePassword(password);
            await contribution.SeedAsync(sp, bureaus, ct);
            accounts.AddRange(withAccounts?.Accounts ?? []);
        }

        return new DemoResult(true, accounts);
    }

    private static IEnumerable<IDemoContribution> Contributions() => typeof(DemoData).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IDemoContribution).IsAssignableFrom(t))
        .Select(t => (IDemoContribution)Activator.CreateInstance(t)!);

    private static async Task<IReadOnlyList<DemoAccount>> ExistingAccountsAsync(WeijianDb db, CancellationToken ct)
    {
        var views = await UserViews.LoadAsync(db, db.Users.OrderBy(u => u.CreatedAt).Take(50), DateTimeOffset.MinValue, ct);
        return views.Select(v => new DemoAccount(v.UserName, v.DisplayName, v.OrganizationName, string.Join("、", v.RoleNames))).ToList();
    }
}

/// <summary>
/// A contribution that makes sign-in accounts other than staff users (e.g. applicant accounts): it is given the one demo
/// password before it seeds, and names the accounts it made for the printed list.
/// </summary>
public interface IDemoAccounts
{
    IReadOnlyList<DemoData.DemoAccount> Accounts { get; }

    void UsePassword(string password);
}

/// <summary>A county bureau of the demo, handed to module contributions.</summary>
public sealed record DemoBureau(Guid OrganizationId, string Name, string Prefix, string RegionCode);

/// <summary>
/// A module's part of the demo. Implementations are found by reflection and run after the organisations and users
/// exist, with a scope whose actor is the system; act as a bureau's user where a use case needs one.
/// </summary>
public interface IDemoContribution
{
    /// <summary>Lower runs first (registers before the records that use them).</summary>
    int Order { get; }

    Task SeedAsync(IServiceProvider services, IReadOnlyList<DemoBureau> bureaus, CancellationToken ct);
}
