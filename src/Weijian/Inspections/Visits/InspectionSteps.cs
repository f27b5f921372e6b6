using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Calendar;
using Weijian.Platform.Deadlines;
using Weijian.Platform.Documents;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Inspections.Visits;

/// <summary>What every visit use case shares: loading, numbering, auditing and answering with the view.</summary>
public static class InspectionSteps
{
    public const string SubjectType = nameof(Inspection);

    public static string AuditAction(string name) => "inspection." + name;

    public static DomainRuleException NotFound() => DomainRuleException.NotFound("inspection.not-found", "检查记录不存在或不属于本单位");

    public static async Task<Inspection> LoadAsync(WeijianDb db, Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.Actor.RequireOrganization();
        return await db.Set<Inspection>().SingleOrDefaultAsync(x => x.Id == id, ct) ?? throw NotFound();
    }

    /// <summary>年份+序号 per bureau (the shape of R-PEN-33 case numbers); the unique index refuses a duplicate under a race.</summary>
    public static async Task<string> NextNumberAsync(WeijianDb db, Guid orgId, int year, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var prefix = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var last = await db.Set<Inspection>().Where(c => c.OrganizationId == orgId && c.Number.StartsWith(prefix))
            .OrderByDescending(c => c.Number).Select(c => c.Number).FirstOrDefaultAsync(ct);
        var local = db.Set<Inspection>().Local.Where(c => c.OrganizationId == orgId && c.Number.StartsWith(prefix, StringComparison.Ordinal)).Select(c => c.Number).Max();
        var top = new[] { last, local }.Where(x => x is not null).Max(StringComparer.Ordinal);
        var next = top is null ? 1 : int.Parse(top[4..], System.Globalization.CultureInfo.InvariantCulture) + 1;
        return $"{prefix}{next:0000}";
    }

    /// <summary>Queues the audit entry, saves once and answers with the view.</summary>
    public static async Task<InspectionView> FinishAsync(WeijianDb db, TimeProvider clock, Inspection i, string action, object? detail, CancellationToken ct, string? message = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(i);
        db.Audit(i.OrganizationId, AuditAction(action), SubjectType, i.Id.ToString(), new { i.Number, i.EntityName, Status = InspectionVisitNames.Of(i.Status), Detail = detail });
        await db.SaveChangesAsync(ct);
        return await ViewAsync(db, clock, i, ct, message);
    }

    public static async Task<InspectionView> ViewAsync(WeijianDb db, TimeProvider clock, Inspection i, CancellationToken ct, string? message = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(i);
        var id = i.Id.ToString();
        var docs = await db.Set<IssuedDocument>().AsNoTracking().Where(d => d.SubjectType == SubjectType && d.SubjectId == id)
            .OrderBy(d => d.IssuedAt).Select(d => new InspectionDocumentView(d.Id, d.TemplateKey, d.Title, d.Number, d.IssuedOn)).ToListAsync(ct);
        var today = ChinaClock.Today(clock);
        var clocks = await db.DeadlineClocks.AsNoTracking().Where(d => d.SubjectType == SubjectType && d.SubjectId == id).OrderBy(d => d.Due).ToListAsync(ct);
        return InspectionView.From(i, db.Actor, docs, [.. clocks.Select(d => DeadlineViews.From(d, today))], message);
    }
}
