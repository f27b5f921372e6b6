using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Weijian.Inspections.Visits;
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
/// handlers as dated steps on the <see cref="DemoTimeline"/> (the public's steps as the anonymous actor, which the handlers
/// make a visitor of the bureau, docs/adr/0013); nothing is dated today or later.
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
        await using var timeline = DemoTimeline.Create(services);
        var yesterday = ChinaClock.Today(timeline.Real).AddDays(-1);
        var steps = new List<DemoStep>();
        for (var b = 0; b < bureaus.Count; b++)
        {
            steps.AddRange(await PlanBureauAsync(timeline, bureaus[b], first: b == 0, yesterday, ct));
        }

        // The scans of a visit's day after the officers' work of the day (the visits demo starts at 09:00).
        await timeline.RunAsync(steps, ct, new TimeOnly(16, 0));
    }

    private static async Task<List<DemoStep>> PlanBureauAsync(DemoTimeline timeline, DemoBureau bureau, bool first, DateOnly yesterday, CancellationToken ct)
    {
        var org = bureau.OrganizationId;
        var system = Actor.System("演示数据") with { OrganizationId = org };
        List<Inspection> visits;
        List<(Guid Id, string CreditCode)> entities;
        List<Platform.Users.User> users;
        Guid? lost;
        await using (var scope = timeline.SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
            visits = await db.Set<Inspection>().AsNoTracking()
                .Where(i => i.OrganizationId == org && i.Status == InspectionStatus.Completed && i.CompletedOn != null && i.CompletedOn <= yesterday)
                .OrderBy(i => i.CompletedOn).ThenBy(i => i.Number).Take(Ratings.Length * 3).ToListAsync(ct);
            var ids = visits.Select(v => v.EntityId).ToList();
            entities = [.. (await db.Set<RegulatedEntity>().AsNoTracking().Where(e => ids.Contains(e.Id)).Select(e => new { e.Id, e.CreditCode }).ToListAsync(ct)).Select(e => (e.Id, e.CreditCode))];
            users = await db.Users.AsNoTracking().Where(u => u.OrganizationId == org).ToListAsync(ct);
            lost = await db.Set<Officer>().AsNoTracking().Where(o => o.OrganizationId == org && o.CredentialNumber != null && o.UserId == null).OrderBy(o => o.CredentialNumber).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct);
        }

        // Codes are issued the day before the first demo visit, so scans on the visits' days find them.
        var issuedOn = visits.Count > 0 ? visits[0].CompletedOn!.Value.AddDays(-1) : yesterday;
        var steps = new List<DemoStep>
        {
            new(issuedOn, 0, system, "签发执法亮码", (sp, c) => sp.GetRequiredService<IssueMissingOfficerCodesHandler>().HandleAsync(new IssueMissingOfficerCodes(), c)),
        };
        if (lost is { } officerId)
        {
            steps.Add(new(issuedOn, 1, system, "补发遗失的执法亮码", (sp, c) => sp.GetRequiredService<ReissueOfficerCodeHandler>().HandleAsync(new ReissueOfficerCode(officerId, "执法证卡片遗失，原亮码作废"), c)));
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
            var rating = Ratings[n];
            var officer = v.Officers[0].OfficerId;
            var day = v.CompletedOn!.Value;
            var creditCode = entities.First(e => e.Id == v.EntityId).CreditCode;
            var complaint = first && rating == VisitSatisfaction.Dissatisfied
                ? n == 1 ? "检查人员态度生硬，要求提供与检查事项无关的资料。" : "检查结束后未告知检查结果和整改要求。"
                : null;
            var escalated = complaint is not null && n == 1;

            // The rating token exists only once the scan has run: the confirmation step hands it to the rating step.
            string? ratingToken = null;
            steps.Add(new(day, 10, Actor.Anonymous, $"扫码确认检查{v.Number}", async (sp, c) =>
            {
                // The officer's code in force on that day (the public holds the card; not signed in, so read across tenants).
                var token = await sp.GetRequiredService<WeijianDb>().Set<OfficerCode>().IgnoreQueryFilters().AsNoTracking()
                    .Where(x => x.OrganizationId == org && x.OfficerId == officer && x.RevokedAt == null).Select(x => x.Token).SingleOrDefaultAsync(c);
                if (token is not null)
                {
                    ratingToken = (await sp.GetRequiredService<ConfirmVisitHandler>().HandleAsync(new ConfirmVisit(token, creditCode[^6..]), c)).RatingToken;
                }
            }));
            steps.Add(new(day, 11, Actor.Anonymous, $"评价检查{v.Number}", async (sp, c) =>
            {
                if (ratingToken is not null)
                {
                    await sp.GetRequiredService<RateVisitHandler>().HandleAsync(
                        new RateVisit(ratingToken, rating.ToString(), true, escalated, rating == VisitSatisfaction.Satisfied ? "执法人员主动亮证，检查规范。" : null, complaint), c);
                }
            }));
            if (!escalated || head is null || petition is null)
            {
                continue;
            }

            Guid? complaintId = null;
            var assignOn = Min(day.AddDays(1), yesterday);
            var answerOn = Min(day.AddDays(3), yesterday);
            steps.Add(new(assignOn, 12, head, $"分派投诉（检查{v.Number}）", async (sp, c) =>
            {
                var list = await sp.GetRequiredService<ListVisitRatingsHandler>().HandleAsync(new ListVisitRatings(null, null, true, null, null, null, 1, 50), c);
                complaintId = list.Items.FirstOrDefault(r => r.InspectionNumber == v.Number)?.ComplaintId;
                if (complaintId is { } id)
                {
                    await sp.GetRequiredService<AssignVisitComplaintHandler>().HandleAsync(new AssignVisitComplaint(id, petition.UserId), c);
                }
            }));
            steps.Add(new(answerOn, 13, petition, $"答复投诉（检查{v.Number}）", async (sp, c) =>
            {
                if (complaintId is { } id)
                {
                    await sp.GetRequiredService<AnswerVisitComplaintHandler>().HandleAsync(
                        new AnswerVisitComplaint(id, "经调阅执法记录仪视频并约谈检查人员，检查人员存在态度不当、超范围要求提供资料的情况，已责令书面检查并在科室内通报；感谢监督。"), c);
                }
            }));
        }

        return steps;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
