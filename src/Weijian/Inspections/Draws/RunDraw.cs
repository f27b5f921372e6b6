using Microsoft.EntityFrameworkCore;
using Weijian.Inspections.Plans;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Inspections.Draws;

/// <summary>
/// Steps 2–3 (docs/draw-protocol.md §2–§4): the seed inputs named in the commitment are entered at the draw meeting, the
/// draw runs once, and every selected entity becomes an <see cref="InspectionTarget"/> with its drawn officers. Only
/// the salted selection hash is public until <see cref="PublishDraw"/>, so targets are not tipped off.
/// </summary>
public sealed record RunDraw(Guid DrawId, IReadOnlyList<SeedInput>? SeedInputs);

public sealed class RunDrawHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<DrawView> HandleAsync(RunDraw command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.Require(PlanRoles.TaskWorkers);
        db.Actor.RequireOrganization();
        var draw = await db.Set<RandomDraw>().SingleOrDefaultAsync(d => d.Id == command.DrawId, ct) ?? throw DrawQueries.NotFound();
        if (draw.Status != DrawStatus.Committed)
        {
            throw DomainRuleException.Conflict("random-draw.not-committed", $"本轮抽取{DrawNames.Of(draw.Status)}，不能再次抽取（每轮只抽一次；如需重新抽取请说明原因另起一轮）");
        }

        var seeds = (command.SeedInputs ?? []).Select(s => new SeedInput(s.Name?.Trim() ?? "", s.Value?.Trim() ?? "")).ToList();
        if (seeds.Count == 0 || seeds.Any(s => s.Value.Length == 0))
        {
            throw Input.Invalid("validation.required", "seedInputs", "请填写承诺中列明的全部随机种子输入");
        }

        var task = await db.Set<InspectionTask>().SingleAsync(t => t.Id == draw.TaskId, ct);
        var input = DrawJson.Input(draw.InputJson);
        var commitment = DrawProtocol.Commit(input);
        var record = DrawProtocol.Run(input, commitment, seeds, DrawProtocol.NewSalt());
        var now = clock.GetUtcNow();
        var selected = record.Selections.SelectMany(s => s.Selected.Select(x => (s.Stratum, x))).ToList();
        var ids = selected.Select(s => s.x.EntityId).ToList();
        var entities = await db.Set<Registry.Entities.RegulatedEntity>().AsNoTracking().Where(e => ids.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, ct);
        foreach (var (stratum, x) in selected)
        {
            var e = entities[x.EntityId];
            var parent = task.Strata.FirstOrDefault(s => stratum.StartsWith(s.Label + "#", StringComparison.Ordinal));
            db.Set<InspectionTarget>().Add(InspectionTarget.Create(
                task, e.Id, e.Name, e.Specialty, stratum, null, parent?.ItemCodes ?? [], draw.Id, x.Officers, now));
        }

        draw.MarkDrawn(DrawRecordJson.Write(record), record.SelectionHash, now, db.Actor.Name);
        task.MarkInProgress(now);
        db.Audit(draw.OrganizationId, InspectionAuditActions.DrawRun, InspectionAuditActions.DrawSubject, draw.Id.ToString(), new
        {
            Task = task.Title,
            draw.Round,
            SeedInputs = seeds.Select(s => $"{s.Name}={s.Value}").ToList(),
            SelectionHash = record.SelectionHash,
            Targets = selected.Count,
            Understaffed = record.Understaffed.Count,
        });
        await db.SaveChangesAsync(ct);
        return DrawView.From(draw, task);
    }
}

/// <summary>Step 4 (reveal): the full record — seed inputs, tickets, selection and salt — becomes public and verifiable.</summary>
public sealed record PublishDraw(Guid DrawId);

public sealed class PublishDrawHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<DrawView> HandleAsync(PublishDraw command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.Require(PlanRoles.TaskWorkers);
        db.Actor.RequireOrganization();
        var draw = await db.Set<RandomDraw>().SingleOrDefaultAsync(d => d.Id == command.DrawId, ct) ?? throw DrawQueries.NotFound();
        var task = await db.Set<InspectionTask>().AsNoTracking().SingleAsync(t => t.Id == draw.TaskId, ct);
        draw.MarkPublished(clock.GetUtcNow());
        db.Audit(draw.OrganizationId, InspectionAuditActions.DrawPublished, InspectionAuditActions.DrawSubject, draw.Id.ToString(), new
        {
            Task = task.Title,
            draw.Round,
            draw.SelectionHash,
        });
        await db.SaveChangesAsync(ct);
        return DrawView.From(draw, task);
    }
}
