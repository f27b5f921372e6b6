using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Weijian.Inspections.Visits;
using Weijian.Platform;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Demo;
using Weijian.Platform.Persistence;
using Weijian.Registry.Entities;
using Weijian.Registry.Officers;

namespace Weijian.Publicity.Officers;

/// <summary>
/// Demo 执法亮码 (after the visits, Order 66): a code for every credentialed officer of each bureau, one re-issued (card
/// lost); on up to eight completed demo visits per bureau the entity confirmed on the visit's day by scanning the first
/// officer's code, then rated it — mostly 满意; in the first bureau one 不满意 with a complaint assigned to the petition
/// clerk (not involved) and answered, and one complaint still pending on the bureau head's 我的待办. Made through the
/// handlers with a demo clock set to each act's moment (never ahead of real time).
/// </summary>
public sealed class OfficerCodeDemo : IDemoContribution
{
    public int Order => 66;

    private static readonly VisitSatisfaction[] Ratings =
        [VisitSatisfaction.Satisfied, VisitSatisfaction.Dissatisfied, VisitSatisfaction.Dissatisfied, VisitSatisfaction.Satisfied, VisitSatisfaction.Satisfied, VisitSatisfaction.Satisfied, VisitSatisfaction.BasicallySatisfied, VisitSatisfaction.Satisfied];

    public async Task SeedAsync(IServiceProvider services, IReadOnlyList<DemoBureau> bureaus, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(bureaus);
        var real = services.GetRequiredService<TimeProvider>();
        var clock = new DemoMoment(real);
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddWeijian(services.GetRequiredService<DatabaseSettings>());
        collection.Replace(ServiceDescriptor.Singleton(services.GetRequiredService<CalendarSource>()));
        collection.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
        await using var provider = collection.BuildServiceProvider();

        for (var b = 0; b < bureaus.Count; b++)
        {
            await SeedBureauAsync(provider, clock, bureaus[b], first: b == 0, ct);
        }
    }

    private static async Task SeedBureauAsync(ServiceProvider provider, DemoMoment clock, DemoBureau bureau, bool first, CancellationToken ct)
    {
        var org = bureau.OrganizationId;
        var system = Actor.System("演示数据") with { OrganizationId = org };
        List<Inspection> visits;
        List<(Guid Id, string CreditCode)> entities;
        List<Platform.Users.User> users;
        Guid? lost;
        await using (var scope = provider.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = system;
            var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
            visits = await db.Set<Inspection>().AsNoTracking().Where(i => i.OrganizationId == org && i.Status == InspectionStatus.Completed && i.CompletedOn != null)
                .OrderBy(i => i.CompletedOn).ThenBy(i => i.Number).Take(Ratings.Length * 3).ToListAsync(ct);
            var ids = visits.Select(v => v.EntityId).ToList();
            entities = [.. (await db.Set<RegulatedEntity>().AsNoTracking().Where(e => ids.Contains(e.Id)).Select(e => new { e.Id, e.CreditCode }).ToListAsync(ct)).Select(e => (e.Id, e.CreditCode))];
            users = await db.Users.AsNoTracking().Where(u => u.OrganizationId == org).ToListAsync(ct);
            lost = await db.Set<Officer>().AsNoTracking().Where(o => o.OrganizationId == org && o.CredentialNumber != null && o.UserId == null).OrderBy(o => o.CredentialNumber).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct);
        }

        // Codes are issued before the demo visits took place (a year back), so scans on the visits' days find them.
        clock.Set(visits.Count > 0 ? visits[0].CompletedOn!.Value.AddDays(-1) : ChinaClock.Today(clock).AddDays(-1), 9);
        await RunAsync(provider, system, sp => sp.GetRequiredService<IssueMissingOfficerCodesHandler>().HandleAsync(new IssueMissingOfficerCodes(), ct));
        if (lost is { } officerId)
        {
            await RunAsync(provider, system, sp => sp.GetRequiredService<ReissueOfficerCodeHandler>().HandleAsync(new ReissueOfficerCode(officerId, "执法证卡片遗失，原亮码作废"), ct));
        }

        Actor? As(string suffix, string role) => users.FirstOrDefault(u => u.UserName == $"{bureau.Prefix}.{suffix}") is { } u
            ? new Actor(u.Id, u.DisplayName, org, new HashSet<string> { role }, false)
            : null;
        var head = As("head", Roles.BureauHead);
        var petition = As("petition", Roles.PetitionClerk);
        var seen = new HashSet<(Guid, DateOnly)>();
        var n = -1;
        foreach (var v in visits)
        {
            if (n + 1 >= Ratings.Length || !seen.Add((v.EntityId, v.CompletedOn!.Value)))
            {
                continue;
            }

            n++;
            var officer = v.Officers[0].OfficerId;
            var day = v.CompletedOn!.Value;
            var creditCode = entities.First(e => e.Id == v.EntityId).CreditCode;
            string? token = null;
            await using (var scope = provider.CreateAsyncScope())
            {
                scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = system;
                token = await scope.ServiceProvider.GetRequiredService<WeijianDb>().Set<OfficerCode>().AsNoTracking()
                    .Where(c => c.OfficerId == officer && c.RevokedAt == null).Select(c => c.Token).SingleOrDefaultAsync(ct);
            }

            if (token is null)
            {
                continue;
            }

            clock.Set(day, 16);
            var confirmed = await RunAsync(provider, Actor.Anonymous, sp => sp.GetRequiredService<ConfirmVisitHandler>().HandleAsync(new ConfirmVisit(token, creditCode[^6..]), ct));
            var complaint = first && Ratings[n] == VisitSatisfaction.Dissatisfied
                ? n == 1 ? "检查人员态度生硬，要求提供与检查事项无关的资料。" : "检查结束后未告知检查结果和整改要求。"
                : null;
            clock.Set(day, 18);
            await RunAsync(provider, Actor.Anonymous, sp => sp.GetRequiredService<RateVisitHandler>().HandleAsync(
                new RateVisit(confirmed.RatingToken, Ratings[n].ToString(), true, complaint is not null && n == 1, Ratings[n] == VisitSatisfaction.Satisfied ? "执法人员主动亮证，检查规范。" : null, complaint), ct));
            if (complaint is null || n != 1 || head is null || petition is null)
            {
                continue;
            }

            var list = await RunAsync(provider, head, sp => sp.GetRequiredService<ListVisitRatingsHandler>().HandleAsync(new ListVisitRatings(null, null, true, null, null, null, 1, 50), ct));
            var id = list.Items.First(r => r.InspectionNumber == v.Number).ComplaintId!.Value;
            clock.Set(day.AddDays(1), 10);
            await RunAsync(provider, head, sp => sp.GetRequiredService<AssignVisitComplaintHandler>().HandleAsync(new AssignVisitComplaint(id, petition.UserId), ct));
            clock.Set(day.AddDays(3), 15);
            await RunAsync(provider, petition, sp => sp.GetRequiredService<AnswerVisitComplaintHandler>().HandleAsync(
                new AnswerVisitComplaint(id, "经调阅执法记录仪视频并约谈检查人员，检查人员存在态度不当、超范围要求提供资料的情况，已责令书面检查并在科室内通报；感谢监督。"), ct));
        }
    }

    private static async Task<T> RunAsync<T>(ServiceProvider provider, Actor actor, Func<IServiceProvider, Task<T>> run)
    {
        await using var scope = provider.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = actor;
        return await run(scope.ServiceProvider);
    }

    /// <summary>A clock set to an hour of a China day, never ahead of the real time.</summary>
    private sealed class DemoMoment(TimeProvider real) : TimeProvider
    {
        private DateTimeOffset? _now;

        public override TimeZoneInfo LocalTimeZone => real.LocalTimeZone;

        public override DateTimeOffset GetUtcNow() => _now ?? real.GetUtcNow();

        public void Set(DateOnly day, int hour)
        {
            var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)), ChinaClock.TimeZone.BaseUtcOffset).ToUniversalTime();
            var now = real.GetUtcNow();
            _now = at > now ? now : at;
        }
    }
}
