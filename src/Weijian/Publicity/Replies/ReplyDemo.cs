using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Weijian.Inspections.Visits;
using Weijian.Platform.Authorization;
using Weijian.Platform.Demo;
using Weijian.Platform.Persistence;
using Weijian.Registry.Entities;

namespace Weijian.Publicity.Replies;

/// <summary>
/// Demo 回应与申诉 (Order 59, after credit at 58): in each bureau, on the two oldest published inspection results, a
/// 说明 shown by the 政务公开 clerk, a 申辩 refused with a reason, and a 申诉 upheld by the head or another colleague who took no
/// part in the inspection (R-PEN-12 recusal). All through the handlers, online as the 网上申请 channel.
/// </summary>
public sealed class ReplyDemo : IDemoContribution
{
    public int Order => 59;

    public async Task SeedAsync(IServiceProvider services, IReadOnlyList<DemoBureau> bureaus, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(bureaus);
        foreach (var bureau in bureaus)
        {
            List<(string Number, string Code, string Officers)> results;
            Dictionary<string, (Guid Id, string Name)> users;
            await using (var scope = services.CreateAsyncScope())
            {
                scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = Actor.System("演示数据");
                var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
                results = [.. (await db.Set<Inspection>().AsNoTracking()
                        .Where(i => i.OrganizationId == bureau.OrganizationId && i.PublishedOn != null)
                        .Join(db.Set<RegulatedEntity>().Where(e => e.CreditCode != ""), i => i.EntityId, e => e.Id, (i, e) => new { i.Number, i.PublishedOn, e.CreditCode, i.OfficersJson })
                        .OrderBy(x => x.PublishedOn).ThenBy(x => x.Number).Take(2).ToListAsync(ct))
                    .Select(x => (x.Number, x.CreditCode, x.OfficersJson))];
                users = await db.Users.AsNoTracking()
                    .Where(u => u.UserName!.StartsWith(bureau.Prefix + "."))
                    .ToDictionaryAsync(u => u.UserName!, u => (u.Id, u.DisplayName), ct);
            }

            if (results.Count < 2 || !users.TryGetValue(bureau.Prefix + ".disclosure", out var clerk))
            {
                continue;
            }

            // The appeal goes to the first of these who was not among the inspection's officers (R-PEN-12 recusal).
            var officers = ChildRecordsJson.List<InspectionOfficer>(results[1].Officers).Select(o => o.UserId).ToHashSet();
            (Guid Id, string Name)? decider = null;
            var deciderRole = "";
            foreach (var (key, role) in new[] { (".head", Roles.BureauHead), (".reviewer", Roles.LegalReviewer), (".officer1", Roles.Officer), (".officer2", Roles.Officer) })
            {
                if (users.TryGetValue(bureau.Prefix + key, out var u) && !officers.Contains(u.Id))
                {
                    (decider, deciderRole) = (u, role);
                    break;
                }
            }

            if (decider is not { } uninvolved)
            {
                continue;
            }

            var shown = await SubmitAsync(services, bureau, (results[0].Number, results[0].Code), ReplyKind.Statement, "检查中指出的问题已于次日整改完毕，消毒记录已补齐并张贴公示，欢迎监督。", ct);
            var refused = await SubmitAsync(services, bureau, (results[1].Number, results[1].Code), ReplyKind.Statement, "检查人员态度不好，结果不公。", ct);
            var appeal = await SubmitAsync(services, bureau, (results[1].Number, results[1].Code), ReplyKind.Appeal, "检查当日备用消毒柜正在维修，请求将检查结果变更为合格。", ct);
            await HandleAsync(services, bureau, clerk, Roles.DisclosureClerk, shown, ReplyAction.Show, null, ct);
            await HandleAsync(services, bureau, clerk, Roles.DisclosureClerk, refused, ReplyAction.Refuse, "内容未针对检查结果的事实说明，不予公开显示；对结果有异议的可以提出申诉", ct);
            await HandleAsync(services, bureau, uninvolved, deciderRole, appeal, ReplyAction.Uphold, "经调阅现场检查笔录和照片，检查时在用消毒设施不符合要求属实，维修情况不影响检查结论，维持原检查结果", ct);
        }
    }

    private static async Task<Guid> SubmitAsync(IServiceProvider services, DemoBureau bureau, (string Number, string Code) subject, ReplyKind kind, string text, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        // As the public submits online: not signed in; the handler acts as a visitor of the bureau once the result is checked.
        scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = Actor.Anonymous;
        var view = await scope.ServiceProvider.GetRequiredService<SubmitReplyHandler>().HandleAsync(new SubmitReply(
            bureau.OrganizationId, nameof(ReplySubjectKind.InspectionResult), subject.Number, subject.Code, kind.ToString(), text, "单位负责人", "0746-8221234"), ct);
        return view.Id;
    }

    private static async Task HandleAsync(
        IServiceProvider services, DemoBureau bureau, (Guid Id, string Name) user, string role, Guid id, ReplyAction action, string? reasons, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = new Actor(user.Id, user.Name, bureau.OrganizationId, new HashSet<string> { role }, false);
        await scope.ServiceProvider.GetRequiredService<HandleReplyHandler>().HandleAsync(new HandleReply(id, action.ToString(), reasons), ct);
    }
}
