using Microsoft.EntityFrameworkCore;
using Weijian.Inspections.Plans;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Inspections.Visits;

/// <summary>
/// What a decided 申诉 against a published inspection result (R-INS-3; decided in Publicity/Replies by an officer not
/// involved in the inspection) does to the result: 撤销 takes it down from the public page with the reason shown (as
/// R-PEN-32 withdrawals are), 变更 shows the changed conclusion with the reason. Called inside the deciding unit of work;
/// the decision and the change are audited there, on the appeal and on the inspection.
/// </summary>
public static class InspectionAppeals
{
    public static async Task<Inspection> RevokeAsync(WeijianDb db, Guid inspectionId, string reason, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        var inspection = await LoadAsync(db, inspectionId, ct);
        inspection.RevokeOnAppeal(reason, today, now);
        return inspection;
    }

    /// <summary><paramref name="conclusion"/>: the changed 检查结论, by code or Chinese name (未发现问题 / 责令改正 / 移交立案 …).</summary>
    public static async Task<Inspection> ChangeConclusionAsync(WeijianDb db, Guid inspectionId, string? conclusion, string reason, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        var changed = InspectionNames.Parse<InspectionConclusion>(conclusion, InspectionVisitNames.Of, "conclusion", "变更后的检查结论");
        var inspection = await LoadAsync(db, inspectionId, ct);
        inspection.ChangeConclusionOnAppeal(changed, reason, today, now);
        return inspection;
    }

    private static async Task<Inspection> LoadAsync(WeijianDb db, Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Set<Inspection>().SingleOrDefaultAsync(i => i.Id == id, ct)
            ?? throw DomainRuleException.NotFound("inspection.not-found", "检查记录不存在");
    }
}
