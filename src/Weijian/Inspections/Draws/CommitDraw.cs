using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Weijian.Inspections.Plans;
using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Inspections.Draws;

/// <summary>
/// Step 1 of the draw (DESIGN §5, docs/draw-protocol.md §1): freeze the task's candidates, exclusions, officer pool and
/// strata and publish the commitment hash before any seed exists. <see cref="SeedInputNames"/> names what will be entered
/// at the meeting (default: dice and a witness's number); <see cref="WorkloadCap"/> is the most open targets per officer.
/// </summary>
public sealed record CommitDraw(Guid TaskId, DateOnly? PlannedDate = null, IReadOnlyList<string>? SeedInputNames = null, int? WorkloadCap = null);

public sealed class CommitDrawHandler(WeijianDb db, TimeProvider clock)
{
    public static readonly IReadOnlyList<string> DefaultSeedInputNames = ["抽取会议现场掷骰（6枚骰子点数）", "现场见证人报出的6位数字"];

    public const int DefaultWorkloadCap = 40;

    public async Task<DrawView> HandleAsync(CommitDraw command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.Require(PlanRoles.TaskWorkers);
        db.Actor.RequireOrganization();
        var task = await db.Set<InspectionTask>().SingleOrDefaultAsync(t => t.Id == command.TaskId, ct) ?? throw TaskQueries.NotFound();
        var rounds = await db.Set<RandomDraw>().Where(d => d.TaskId == task.Id).ToListAsync(ct);
        if (rounds.Count > 0)
        {
            throw DomainRuleException.Conflict("random-draw.already-committed", "本任务已公布抽取承诺；如需重新抽取，请在当前一轮上说明原因发起重新抽取");
        }

        var draw = await CommitRoundAsync(db, clock, task, 1, null, null, command, ct);
        await db.SaveChangesAsync(ct);
        return DrawView.From(draw, task);
    }

    /// <summary>Builds and commits round <paramref name="round"/>; queues its audit entry; the caller saves.</summary>
    internal static async Task<RandomDraw> CommitRoundAsync(
        WeijianDb db, TimeProvider clock, InspectionTask task, int round, RandomDraw? previous, string? reason, CommitDraw command, CancellationToken ct)
    {
        if (task.Kind is not (InspectionKind.Random or InspectionKind.SpecialCampaign) || task.Strata.Count == 0)
        {
            throw DomainRuleException.Conflict("random-draw.not-random-task", "只有按抽查计划下达、设有分层的任务才能随机抽取");
        }

        var today = ChinaClock.Today(clock);
        var planned = command.PlannedDate ?? today;
        if (planned < today || planned > task.Deadline)
        {
            throw Input.Invalid("validation.planned-date", "plannedDate", $"计划检查日期应在今天至任务完成时限（{task.Deadline:yyyy-MM-dd}）之间");
        }

        var names = (command.SeedInputNames is { Count: > 0 } given ? given : DefaultSeedInputNames).Select(n => n?.Trim() ?? "").ToList();
        if (names.Any(n => n.Length is 0 or > 100) || names.Distinct(StringComparer.Ordinal).Count() != names.Count)
        {
            throw Input.Invalid("validation.seed-input-names", "seedInputNames", "随机种子输入的名称不能为空、不能重复、不超过100字");
        }

        var cap = command.WorkloadCap ?? DefaultWorkloadCap;
        if (cap is < 1 or > 1000)
        {
            throw Input.Invalid("validation.workload-cap", "workloadCap", "每名执法人员的任务上限应为1至1000");
        }

        var input = await TaskDrawInput.BuildAsync(db, task, round, planned, names, cap, ct);
        var commitment = DrawProtocol.Commit(input);
        var now = clock.GetUtcNow();
        var draw = RandomDraw.Commit(
            task.OrganizationId, task.Id, round, previous, reason, planned, commitment, DrawJson.Commitment(commitment), JsonSerializer.Serialize(input, ChildRecordsJson.Options),
            now, db.Actor.Name);
        db.Set<RandomDraw>().Add(draw);
        db.Audit(task.OrganizationId, InspectionAuditActions.DrawCommitted, InspectionAuditActions.DrawSubject, draw.Id.ToString(), new
        {
            Task = task.Title,
            Round = round,
            commitment.CommitmentHash,
            Candidates = input.Candidates.Count,
            Exclusions = input.Exclusions.Count,
            Officers = input.Officers.Count,
            SeedInputs = names,
            PreviousDrawId = previous?.Id,
            Reason = reason,
        });
        return draw;
    }
}
