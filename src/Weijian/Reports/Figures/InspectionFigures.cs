using System.Linq.Expressions;
using Weijian.Inspections.Plans;
using Weijian.Inspections.Visits;

namespace Weijian.Reports.Figures;

/// <summary>监督检查 figures (R-PUB-5: 双随机 completion and publication; R-INS-3 results published), counted as
/// <see cref="InspectionStatisticsHandler"/> counts them: tasks and their targets by the task's year, visits by the planned date.</summary>
public static class InspectionFigures
{
    public const string Module = "Inspections";

    private static readonly Expression<Func<InspectionTask, FigureRecord>> Task = t => new FigureRecord
    {
        OrganizationId = t.OrganizationId,
        SubjectType = nameof(InspectionTask),
        SubjectId = t.Id,
        Label = t.Title,
        Date = t.Deadline,
        Amount = 0m,
        Group = null,
    };

    // The month key is built in SQL (an integer's text has no culture there); CA1305 does not apply to a translated expression.
#pragma warning disable CA1305
    private static readonly Expression<Func<Inspection, FigureRecord>> Visit = i => new FigureRecord
    {
        OrganizationId = i.OrganizationId,
        SubjectType = nameof(Inspection),
        SubjectId = i.Id,
        Label = i.Number + " " + i.EntityName,
        Date = i.PlannedOn,
        Amount = i.TargetCount - 1,
        Group = i.PlannedOn.Month < 10 ? i.PlannedOn.Year.ToString() + "-0" + i.PlannedOn.Month.ToString() : i.PlannedOn.Year.ToString() + "-" + i.PlannedOn.Month.ToString(),
    };
#pragma warning restore CA1305

    /// <summary>
    /// A task belongs to its year (任务年度), as the inspection statistics count it: the period covers a task year when it holds
    /// that year's 1 January and ends in it or later, so a calendar year counts exactly its own tasks.
    /// </summary>
    private static IQueryable<InspectionTask> RandomTasks(FigureScope s)
    {
        var first = s.From.Month == 1 && s.From.Day == 1 ? s.From.Year : s.From.Year + 1;
        var last = s.To.Year;
        return s.Rows<InspectionTask>().Where(t => t.Kind == InspectionKind.Random && t.Year >= first && t.Year <= last);
    }

    private static IQueryable<FigureRecord> Targets(FigureScope s, bool inspectedOnly) =>
        s.Rows<InspectionTarget>().Where(x => !inspectedOnly || x.Status == TargetStatus.Inspected)
            .Join(RandomTasks(s), x => x.TaskId, t => t.Id, (x, t) => new FigureRecord
            {
                OrganizationId = x.OrganizationId,
                SubjectType = nameof(InspectionTask),
                SubjectId = t.Id,
                Label = x.EntityName + "（" + t.Title + "）",
                Date = t.Deadline,
                Amount = 0m,
                Group = null,
            });

    private static IQueryable<Inspection> Visits(FigureScope s) => s.Rows<Inspection>().Where(i => i.PlannedOn >= s.From && i.PlannedOn <= s.To);

    private static IQueryable<Inspection> RandomResultsDue(FigureScope s) =>
        s.Rows<Inspection>().Where(i => i.CoversRandom && i.Status == InspectionStatus.Completed && i.PublishDue != null && i.CompletedOn >= s.From && i.CompletedOn <= s.To);

    /// <summary>The visits planned in the period and the completed random inspections whose results were due, each one
    /// <see cref="FigureFamily"/> (issue #8: each figure and each part of the rate read them once).</summary>
    private static readonly FigureFamily<Inspection> PlannedVisits = new(Visits, Visit);

    private static readonly FigureFamily<Inspection> RandomResults = new(RandomResultsDue, Visit);

    private static FigureDefinition Def(string id, string name, string nameEn, string definition, string definitionEn, string rule, FigureKind kind = FigureKind.Count, string unit = "个", string? breakdown = null) =>
        new(id, name, nameEn, definition, definitionEn, rule, Module, kind, unit, breakdown);

    public static IEnumerable<Figure> All() =>
    [
        new QueryFigure(
            Def(
                "inspections.random.tasks", "双随机抽查任务数", "Random inspection tasks",
                "本年度下达或制定的“双随机、一公开”抽查任务数（国家、省、市、县各级计划分解到本单位的任务）。",
                "“Double random” inspection tasks of the year assigned to or set by the bureau (from national, provincial, city and county plans).",
                "计入：任务年度在统计期内的双随机抽查任务（按日期区间统计时，任务年度的1月1日须在区间内）；明细日期为任务完成时限。"),
            s => RandomTasks(s).Select(Task)),
        new QueryFigure(
            Def(
                "inspections.random.tasks.national", "国家双随机抽查任务数", "National random inspection tasks",
                "本年度国家双随机监督抽查计划分解到本单位的任务数。",
                "Tasks of the year from the national “double random” supervision plan assigned to the bureau.",
                "计入：同“双随机抽查任务数”，且计划层级为国家的任务。"),
            s => RandomTasks(s).Where(t => t.Level == PlanLevel.National).Select(Task)),
        new QueryFigure(
            Def(
                "inspections.random.targets", "双随机抽查对象数", "Random inspection targets",
                "本年度双随机抽查任务抽取的检查对象数。",
                "Targets drawn for the year's “double random” inspection tasks.",
                "计入：任务年度在统计期内的双随机抽查任务的全部抽取对象（含无法检查的对象）；明细链接至所属任务。", unit: "户"),
            s => Targets(s, false)),
        new QueryFigure(
            Def(
                "inspections.random.completed", "双随机抽查完成数", "Random inspection targets inspected",
                "本年度双随机抽查对象中已完成检查的户数。",
                "Targets of the year's “double random” inspection tasks that have been inspected.",
                "计入：任务年度在统计期内的双随机抽查任务中状态为已检查的对象；无法检查（停业、查无）的不计。", unit: "户"),
            s => Targets(s, true)),
        new RateFigure(
            Def(
                "inspections.random.completion-rate", "双随机抽查任务完成率", "Random inspection completion rate",
                "本年度双随机抽查对象中已完成检查的比例（R-PUB-5）。",
                "Of the targets of the year's “double random” inspection tasks, the share inspected (R-PUB-5).",
                "分母：任务年度在统计期内的双随机抽查任务的全部抽取对象；分子：其中已检查的对象。", FigureKind.Rate, "%"),
            new QueryFigure(Def("inspections.random.completed.n", "", "", "", "", ""), s => Targets(s, true)),
            new QueryFigure(Def("inspections.random.targets.n", "", "", "", "", ""), s => Targets(s, false))),
        new RateFigure(
            Def(
                "inspections.random.results-published-rate", "双随机抽查结果公示率", "Random inspection results published",
                "本期完成的双随机抽查检查中，检查结果已向社会公示的比例（R-INS-3）。",
                "Of the “double random” inspections completed in the period, the share whose result has been published (R-INS-3).",
                "分母：完成日期在统计期内、涵盖双随机抽查对象且须公示的已完成检查；分子：其中已公示的检查（不论是否逾期）。", FigureKind.Rate, "%"),
            RandomResults.Count(Def("inspections.random.published", "", "", "", "", ""), i => i.PublishedOn != null),
            RandomResults.Count(Def("inspections.random.to-publish", "", "", "", "", ""), i => true)),
        PlannedVisits.Count(
            Def(
                "inspections.visits", "监督检查户次", "Inspection visits",
                "本期安排的现场监督检查户次（含双随机、日常、投诉举报等各类检查）。",
                "On-site inspection visits scheduled in the period (random, routine, complaint and other inspections).",
                "计入：计划检查日期在统计期内的检查，一次现场检查计一户次（综合查一次涵盖多项任务的也计一户次）。", unit: "户次"),
            i => true),
        PlannedVisits.Count(
            Def(
                "inspections.visits.by-month", "分月监督检查户次", "Inspection visits by month",
                "本期安排的现场监督检查户次，按月分列。",
                "On-site inspection visits scheduled in the period, by month.",
                "同“监督检查户次”，按计划检查日期所在月份分组。", unit: "户次", breakdown: "月份"),
            i => true),
        new QueryFigure(
            Def(
                "inspections.visits.merged", "综合查一次减少检查户次", "Visits saved by joint inspection",
                "本期通过“综合查一次”将同一对象的多项检查任务合并为一次现场检查而减少的检查户次。",
                "Visits saved in the period by covering several inspection targets of one entity in a single visit (综合查一次).",
                "计入：计划检查日期在统计期内的检查；每次检查计（涵盖的检查对象数－1），合计即减少的户次。", FigureKind.Amount, "户次"),
            s => Visits(s).Where(i => i.TargetCount > 1).Select(Visit)),
    ];
}
