using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Demo;
using Weijian.Platform.Persistence;

namespace Weijian.Credit;

/// <summary>
/// Demo credit repair (Order 58, after the cases at 50, whose decisions already made the credit records through
/// <see cref="CreditOnPenaltyDecided"/> under both rule sets, the demo year spanning 2026-04-01). In each bureau, of the
/// records in publication whose minimum period has passed, the oldest three get an online repair application today: one
/// approved by the head, one refused by an officer, one left pending on 我的待办. A record past its maximum cannot be made
/// honestly yet: the earliest maximum of a demo decision (一般, decided from 2026-04-01) falls on 2027-04-01.
/// </summary>
public sealed class CreditDemo : IDemoContribution
{
    public int Order => 58;

    public async Task SeedAsync(IServiceProvider services, IReadOnlyList<DemoBureau> bureaus, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(bureaus);
        var clock = services.GetRequiredService<TimeProvider>();
        var today = ChinaClock.Today(clock);
        foreach (var bureau in bureaus)
        {
            List<CreditRecord> candidates;
            Dictionary<string, (Guid Id, string Name)> users;
            await using (var scope = services.CreateAsyncScope())
            {
                scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = Actor.System("演示数据");
                var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
                candidates = await db.Set<CreditRecord>().AsNoTracking()
                    .Where(r => r.OrganizationId == bureau.OrganizationId && r.Status == CreditRecordStatus.Publishing && r.MinUntil != null && r.MinUntil <= today
                        && r.MaxUntil > today && !r.RepairPending)
                    .OrderBy(r => r.DecidedOn).ThenBy(r => r.Id).Take(3).ToListAsync(ct);
                users = await db.Users.AsNoTracking()
                    .Where(u => u.UserName == bureau.Prefix + ".head" || u.UserName == bureau.Prefix + ".officer1")
                    .ToDictionaryAsync(u => u.UserName!, u => (u.Id, u.DisplayName), ct);
            }

            for (var i = 0; i < candidates.Count; i++)
            {
                var r = candidates[i];
                CreditRepairRequest request;
                await using (var scope = services.CreateAsyncScope())
                {
                    // The public channel as a person would use it: not signed in; the handler makes the scope a visitor of the bureau.
                    scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = Actor.Anonymous;
                    request = await scope.ServiceProvider.GetRequiredService<ApplyForCreditRepairHandler>().HandleAsync(new ApplyForCreditRepair(
                        bureau.OrganizationId, r.PartyCreditCode, r.SourceNumber, r.PartyKind == Registry.Entities.PartyKind.Individual ? r.PartyName : "单位负责人", "0746-8220000",
                        "已按决定书缴纳罚款，并完成整改，建立了卫生管理制度。",
                        [new CreditEvidenceUpload("罚款缴纳凭证.txt", System.Text.Encoding.UTF8.GetBytes($"{r.SourceNumber} 罚款已缴纳（演示）")),
                         new CreditEvidenceUpload("整改报告.txt", System.Text.Encoding.UTF8.GetBytes($"{r.PartyName} 整改完成报告（演示）"))]), ct);
                }

                if (i == 2)
                {
                    continue; // left pending on 我的待办
                }

                var approver = i == 0 ? (Key: bureau.Prefix + ".head", Role: Roles.BureauHead) : (Key: bureau.Prefix + ".officer1", Role: Roles.Officer);
                if (!users.TryGetValue(approver.Key, out var user))
                {
                    continue;
                }

                await using (var scope = services.CreateAsyncScope())
                {
                    scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = new Actor(user.Id, user.Name, bureau.OrganizationId, new HashSet<string> { approver.Role }, false);
                    await scope.ServiceProvider.GetRequiredService<DecideCreditRepairHandler>().HandleAsync(new DecideCreditRepair(
                        r.Id, request.Id, i == 0, i == 0 ? "已缴纳罚款并完成整改，经核查属实，准予修复" : "提交的整改报告未附现场复查结果，不予修复，可补充后重新申请"), ct);
                }
            }
        }
    }
}
