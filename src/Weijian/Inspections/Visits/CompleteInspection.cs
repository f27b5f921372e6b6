using Microsoft.EntityFrameworkCore;
using Weijian.Inspections.Plans;
using Weijian.Platform.Calendar;
using Weijian.Platform.Deadlines;
using Weijian.Platform.Documents;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Registry.Entities;

namespace Weijian.Inspections.Visits;

/// <summary>
/// 完成检查: the conclusion (未发现问题 / 责令改正 / 移交立案), the 卫生监督意见, for a correction order its deadline and
/// requirement (a 复查 target is opened due at the deadline, cap-exempt, R-INS-9), and for a 公共场所 the 量化分级 score
/// (R-INS-12, normalised to 100 from <see cref="GradeMax"/>). Covered targets are marked inspected; the 卫生监督意见书
/// (and 责令改正通知书) are issued; a visit covering random targets starts the publication clock (R-INS-3).
/// </summary>
public sealed record CompleteInspection(
    Guid InspectionId, string? Conclusion, string? Opinion, DateOnly? CorrectionDeadline, string? CorrectionRequirement, decimal? GradeScore, decimal? GradeMax);

public sealed class CompleteInspectionHandler(WeijianDb db, TimeProvider clock, CalendarSource calendars, DocumentIssuer documents)
{
    public async Task<InspectionView> HandleAsync(CompleteInspection command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var i = await InspectionSteps.LoadAsync(db, command.InspectionId, ct);
        InspectionWorkflow.Check(InspectionAction.Complete, i.Status, db.Actor);
        var conclusion = InspectionNames.Parse<InspectionConclusion>(command.Conclusion, InspectionVisitNames.Of, "conclusion", "检查结论");
        var today = ChinaClock.Today(clock);
        var now = clock.GetUtcNow();
        var entity = await db.Set<RegulatedEntity>().SingleAsync(e => e.Id == i.EntityId, ct);

        decimal? score = null;
        HygieneGrade? grade = null;
        if (command.GradeScore is { } raw)
        {
            if (entity.Specialty != Specialty.PublicPlaces)
            {
                throw Input.Invalid("inspection.grade-public-places-only", "gradeScore", "量化分级只适用于公共场所（R-INS-12）");
            }

            score = GradeBands.Normalise(raw, command.GradeMax ?? 100m);
            var bands = new GradeBands(
                (await RuleParameters.ResolveAsync(db, InspectionRules.GradeAFloor, i.OrganizationId, today, ct)).Value,
                (await RuleParameters.ResolveAsync(db, InspectionRules.GradeBFloor, i.OrganizationId, today, ct)).Value,
                (await RuleParameters.ResolveAsync(db, InspectionRules.GradeCFloor, i.OrganizationId, today, ct)).Value);
            grade = bands.GradeOf(score.Value);
            if (grade is null && conclusion == InspectionConclusion.NoProblem)
            {
                throw Input.Invalid("inspection.grade-requires-correction", "conclusion", $"量化分级得分{score}低于{bands.C}分，应责令限期整改（R-INS-12）");
            }
        }

        i.Complete(conclusion, command.Opinion, command.CorrectionDeadline, command.CorrectionRequirement, score, grade, today, db.Actor, now);

        var targetIds = i.Targets.Select(t => t.TargetId).ToList();
        var targets = await db.Set<InspectionTarget>().Where(t => targetIds.Contains(t.Id)).ToListAsync(ct);
        foreach (var t in targets.Where(t => t.Status == TargetStatus.Open))
        {
            t.MarkInspected(today, now);
        }

        var taskIds = targets.Select(t => t.TaskId).Distinct().ToList();
        var stillOpen = await db.Set<InspectionTarget>().Where(t => taskIds.Contains(t.TaskId) && t.Status == TargetStatus.Open && !targetIds.Contains(t.Id))
            .Select(t => t.TaskId).Distinct().ToListAsync(ct);
        foreach (var task in await db.Set<InspectionTask>().Where(t => taskIds.Contains(t.Id)).ToListAsync(ct))
        {
            if (!stillOpen.Contains(task.Id))
            {
                task.MarkCompleted(now);
            }
        }

        if (score is not null)
        {
            var before = entity.HygieneGrade;
            entity.SetHygieneGrade(grade, now);
            db.Audit(i.OrganizationId, "entity.hygiene-graded", nameof(RegulatedEntity), entity.Id.ToString(), new
            {
                entity.Name,
                Inspection = i.Number,
                Score = score,
                From = before?.ToString(),
                To = grade?.ToString() ?? "不予评级（限期整改）",
            });
        }

        if (conclusion == InspectionConclusion.CorrectionOrdered)
        {
            var items = targets.SelectMany(t => t.ItemCodes).Distinct().Select(code =>
            {
                var line = i.Checklist.First(l => l.ItemCode == code);
                return new PlanItem(code, line.ItemName, entity.Specialty, Registry.Catalogs.InspectionLevel.General);
            }).ToList();
            var (task, target) = OpenTargetedTaskHandler.Open(
                i.OrganizationId, entity, InspectionKind.FollowUp, $"责令改正复查：检查{i.Number}，改正期限{i.CorrectionDeadline:yyyy-MM-dd}", items,
                i.CorrectionDeadline!.Value, i.Officers.Select(o => o.OfficerId), now, db.Actor.Name);
            db.Set<InspectionTask>().Add(task);
            db.Set<InspectionTarget>().Add(target);
            i.LinkFollowUp(target.Id, now);
        }

        if (i.CoversRandom)
        {
            var days = (int)(await RuleParameters.ResolveAsync(db, InspectionRules.PublishWorkingDays, i.OrganizationId, today, ct)).Value;
            var calendar = await calendars.GetAsync(db, ct);
            var deadline = Deadline.Compute(calendar, "R-INS-3", "抽查结果自抽查检查结束之日起20个工作日内通过国家企业信用信息公示系统等向社会公示（R-INS-3，天数为规则参数）", today, days, DeadlineUnit.WorkingDays);
            i.SetPublishDue(deadline.Due, now);
            foreach (var userId in i.Officers.Select(o => o.UserId).OfType<Guid>().Distinct())
            {
                db.DeadlineClocks.Add(DeadlineClock.Open(i.OrganizationId, userId, InspectionSteps.SubjectType, i.Id.ToString(), $"检查{i.Number}（{i.EntityName}）结果公示", deadline, now));
            }
        }

        foreach (var (template, content) in InspectionDocuments.For(i, entity))
        {
            await documents.IssueAsync(i.OrganizationId, template, InspectionSteps.SubjectType, i.Id.ToString(), DocumentNumbers.CategoryOf(i.Specialty.ToString()), content, ct);
        }

        return await InspectionSteps.FinishAsync(db, clock, i, "complete", new
        {
            Conclusion = InspectionVisitNames.Of(conclusion),
            i.CorrectionDeadline,
            Score = score,
            Grade = grade?.ToString(),
            i.AvMissing,
            i.PublishDue,
        }, ct, i.AvMissing ? "注意：本次检查属于音像记录事项清单所列环节，但未上传录音录像，已标记“缺少音像记录”（R-TRS-6）" : null);
    }
}

/// <summary>公示检查结果 (R-INS-3): closes the publication clocks; a late publication is kept as late.</summary>
public sealed record PublishInspection(Guid InspectionId);

public sealed class PublishInspectionHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<InspectionView> HandleAsync(PublishInspection command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var i = await InspectionSteps.LoadAsync(db, command.InspectionId, ct);
        var now = clock.GetUtcNow();
        i.Publish(ChinaClock.Today(clock), db.Actor, now);
        var id = i.Id.ToString();
        foreach (var c in await db.DeadlineClocks.Where(d => d.SubjectType == InspectionSteps.SubjectType && d.SubjectId == id && d.Status == DeadlineStatus.Open).ToListAsync(ct))
        {
            c.Close(DeadlineStatus.Met, i.PublishedLate ? "已公示（逾期）" : "已公示", now);
        }

        return await InspectionSteps.FinishAsync(db, clock, i, "publish", new { i.PublishedOn, i.PublishDue, Late = i.PublishedLate }, ct);
    }
}

/// <summary>The documents a completed visit issues: the 卫生监督意见书, and a 责令改正通知书 when correction is ordered.</summary>
public static class InspectionDocuments
{
    public static IEnumerable<(string Template, DocumentContent Content)> For(Inspection i, RegulatedEntity entity)
    {
        ArgumentNullException.ThrowIfNull(i);
        ArgumentNullException.ThrowIfNull(entity);
        var failed = i.Checklist.Where(l => l.Result == CheckResult.Fail).Select(l => $"{l.Line}{(string.IsNullOrEmpty(l.Note) ? "" : "（" + l.Note + "）")}").ToList();
        var b = DocumentContent.Of(new Dictionary<string, string>
        {
            ["inspection.number"] = i.Number,
            ["inspection.date"] = DocumentNumbers.ChineseDate(i.StartedOn ?? i.PlannedOn),
            ["inspection.items"] = string.Join("；", i.Checklist.Select(l => l.ItemName).Distinct()),
            ["inspection.officers"] = string.Join("、", i.Officers.Select(o => $"{o.Name}（执法证号{o.CredentialNumber}）")),
            ["inspection.findings"] = i.Findings ?? (failed.Count == 0 ? "未发现违法违规问题。" : "发现以下问题：" + string.Join("；", failed) + "。"),
            ["inspection.opinion"] = i.Opinion ?? (i.Conclusion == InspectionConclusion.NoProblem ? "请继续保持，严格落实卫生管理制度。" : "请针对检查发现的问题认真整改。"),
            ["inspection.grade"] = i.GradeScore is { } s ? $"量化分级得分{s}分，{(i.Grade is { } g ? g + "级" : "不予评级，限期整改")}" : "—",
            ["party.name"] = entity.Name,
            ["party.address"] = entity.Address,
            ["party.legalRepresentative"] = entity.LegalRepresentative ?? "",
        });
        yield return ("inspection-opinion", b);
        if (i.Conclusion == InspectionConclusion.CorrectionOrdered)
        {
            yield return ("correction-order", b.With("correction.deadline", DocumentNumbers.ChineseDate(i.CorrectionDeadline!.Value))
                .With("correction.requirement", i.CorrectionRequirement ?? ""));
        }
    }
}
