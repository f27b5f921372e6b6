using Microsoft.EntityFrameworkCore;
using Weijian.Inspections.Plans;
using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Inspections.Draws;

/// <summary>
/// 重新抽取: never a silent redo. The latest round is marked superseded and kept (its record becomes public if it was
/// drawn, so a redraw cannot hide an unwelcome result); its still-open targets are closed as not inspectable with the
/// reason "重新抽取：…" (R-INS-7: never deleted); a new round is committed with the reason, linked to the old one.
/// </summary>
public sealed record Redraw(Guid DrawId, string? Reason, DateOnly? PlannedDate = null, IReadOnlyList<string>? SeedInputNames = null, int? WorkloadCap = null);

public sealed class RedrawHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<DrawView> HandleAsync(Redraw command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.Require(PlanRoles.TaskWorkers);
        db.Actor.RequireOrganization();
        var previous = await db.Set<RandomDraw>().SingleOrDefaultAsync(d => d.Id == command.DrawId, ct) ?? throw DrawQueries.NotFound();
        var reason = Input.Text(command.Reason, "reason", "重新抽取的原因", RandomDraw.ReasonMax);
        if (previous.Status == DrawStatus.Superseded)
        {
            throw DomainRuleException.Conflict("random-draw.superseded", "本轮抽取已被重新抽取，请在最新一轮上操作");
        }

        var task = await db.Set<InspectionTask>().SingleAsync(t => t.Id == previous.TaskId, ct);
        var now = clock.GetUtcNow();
        var today = ChinaClock.Today(clock);
        var open = await db.Set<InspectionTarget>().Where(t => t.DrawId == previous.Id && t.Status == TargetStatus.Open).ToListAsync(ct);
        foreach (var t in open)
        {
            t.MarkNotInspectable(Truncate("重新抽取：" + reason, InspectionTarget.ReasonMax), today, now);
        }

        var draw = await CommitDrawHandler.CommitRoundAsync(
            db, clock, task, previous.Round + 1, previous, reason, new CommitDraw(task.Id, command.PlannedDate, command.SeedInputNames, command.WorkloadCap), ct);
        previous.MarkSuperseded(draw.Id, now);
        db.Audit(previous.OrganizationId, InspectionAuditActions.DrawSuperseded, InspectionAuditActions.DrawSubject, previous.Id.ToString(), new
        {
            Task = task.Title,
            previous.Round,
            Reason = reason,
            Next = draw.Id,
            Targets = open.Count,
        });
        await db.SaveChangesAsync(ct);
        return DrawView.From(draw, task);
    }

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];
}
