using Weijian.Inspections.Plans;
using Weijian.Platform.Authorization;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Platform.Tenancy;
using Weijian.Registry.Entities;

namespace Weijian.Inspections.Visits;

/// <summary>
/// 检查记录: one visit to one entity by at least two eligible officers (R-OFF-1), covering every open target of the
/// entity due within the merge window (综合查一次, R-INS-1/R-INS-4), numbered 年份+序号 per bureau. Planned → InProgress →
/// Completed by <see cref="InspectionWorkflow.Table"/>; child records (checklist, measurements, evidence) are JSON text
/// replaced whole by the aggregate. Counted toward the per-enterprise yearly cap unless every covered target is of an
/// exempt kind (R-INS-9).
/// </summary>
public sealed class Inspection : ITenantOwned
{
    public const int TextMax = 4000;
    public const int NoteMax = 500;

    private Inspection()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    public string Number { get; private set; } = "";

    public Guid EntityId { get; private set; }

    public string EntityName { get; private set; } = "";

    public PartyKind PartyKind { get; private set; }

    public Specialty Specialty { get; private set; }

    /// <summary>The kind that counts: a non-exempt kind of a covered target if any, else the first target's kind.</summary>
    public InspectionKind Kind { get; private set; }

    /// <summary>R-INS-9: true when every covered target is of an exempt kind (complaint, referral, follow-up, licensing).</summary>
    public bool CapExempt { get; private set; }

    /// <summary>True when a covered target was drawn (双随机): the result must be published (R-INS-3).</summary>
    public bool CoversRandom { get; private set; }

    public InspectionStatus Status { get; private set; }

    public DateOnly PlannedOn { get; private set; }

    public DateOnly? StartedOn { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    public string OfficersJson { get; private set; } = "[]";

    public string TargetsJson { get; private set; } = "[]";

    public string ChecklistJson { get; private set; } = "[]";

    public string MeasurementsJson { get; private set; } = "[]";

    public string EvidenceJson { get; private set; } = "[]";

    public string? Findings { get; private set; }

    /// <summary>R-TRS-6: the 音像记录事项清单 lists this activity; a completion without a recording is flagged.</summary>
    public bool AvRequired { get; private set; }

    /// <summary>缺少音像记录: required but no audio/video attached at completion (not blocking, shown and counted).</summary>
    public bool AvMissing { get; private set; }

    public InspectionConclusion? Conclusion { get; private set; }

    /// <summary>卫生监督意见 given on site.</summary>
    public string? Opinion { get; private set; }

    public DateOnly? CorrectionDeadline { get; private set; }

    public string? CorrectionRequirement { get; private set; }

    /// <summary>The 复查 target opened by the correction order, due at the deadline.</summary>
    public Guid? FollowUpTargetId { get; private set; }

    /// <summary>量化分级 score normalised to 100 (R-INS-12); null when not graded.</summary>
    public decimal? GradeScore { get; private set; }

    public HygieneGrade? Grade { get; private set; }

    public Guid? CaseId { get; private set; }

    public string? CaseNumber { get; private set; }

    /// <summary>R-INS-3: the day the result must be public by (working days after completion), when it must be published.</summary>
    public DateOnly? PublishDue { get; private set; }

    public DateOnly? PublishedOn { get; private set; }

    /// <summary>申诉撤销 (R-PEN-32 applied to a published result): the result is taken down from the public page, which shows this reason.</summary>
    public DateOnly? RevokedOn { get; private set; }

    public string? RevocationReason { get; private set; }

    /// <summary>申诉变更: the conclusion before the change; <see cref="Conclusion"/> holds the changed one, shown with <see cref="ChangeReason"/>.</summary>
    public InspectionConclusion? OriginalConclusion { get; private set; }

    public DateOnly? ConclusionChangedOn { get; private set; }

    public string? ChangeReason { get; private set; }

    /// <summary>How many targets this visit covers (综合查一次), kept as a column so the visits saved by merging are counted in SQL.</summary>
    public int TargetCount { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<InspectionOfficer> Officers => ChildRecordsJson.List<InspectionOfficer>(OfficersJson);

    public IReadOnlyList<CoveredTarget> Targets => ChildRecordsJson.List<CoveredTarget>(TargetsJson);

    public IReadOnlyList<ChecklistEntry> Checklist => ChildRecordsJson.List<ChecklistEntry>(ChecklistJson);

    public IReadOnlyList<Measurement> Measurements => ChildRecordsJson.List<Measurement>(MeasurementsJson);

    public IReadOnlyList<EvidenceFile> Evidence => ChildRecordsJson.List<EvidenceFile>(EvidenceJson);

    public bool PublishedLate => PublishedOn is { } p && PublishDue is { } d && p > d;

    public static Inspection Plan(
        Guid organizationId, string number, RegulatedEntity entity, DateOnly plannedOn, IEnumerable<InspectionOfficer> officers,
        IReadOnlyList<CoveredTarget> targets, IEnumerable<ChecklistEntry> checklist, bool avRequired, DateTimeOffset now, string by)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var i = new Inspection
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = organizationId,
            Number = number,
            EntityId = entity.Id,
            EntityName = entity.Name,
            PartyKind = entity.PartyKind,
            Specialty = entity.Specialty,
            Status = InspectionStatus.Planned,
            PlannedOn = plannedOn,
            OfficersJson = ChildRecordsJson.Write(officers),
            CreatedAt = now,
            CreatedBy = by,
        };
        i.Cover(targets, checklist, avRequired, now);
        return i;
    }

    /// <summary>
    /// Fills <see cref="TargetCount"/> (a column the figures count in SQL, added after visits already existed) from the visit's
    /// own targets. Derived data only: no audit entry. Returns whether it changed.
    /// </summary>
    public bool RestoreFigureColumns()
    {
        var count = Targets.Count;
        if (TargetCount == count)
        {
            return false;
        }

        TargetCount = count;
        return true;
    }

    /// <summary>综合查一次: more targets of the same entity join this visit with their checklists (before it is completed).</summary>
    public void Cover(IReadOnlyList<CoveredTarget> targets, IEnumerable<ChecklistEntry> checklist, bool avRequired, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(targets);
        if (Status == InspectionStatus.Completed)
        {
            throw DomainRuleException.Conflict("inspection.completed", $"检查{Number}已完成，不能再并入检查任务");
        }

        var all = Targets.Concat(targets.Where(t => Targets.All(x => x.TargetId != t.TargetId))).ToList();
        TargetsJson = ChildRecordsJson.Write(all);
        TargetCount = all.Count;
        var lines = Checklist.Concat(checklist.Where(l => !Checklist.Any(x => x.ItemCode == l.ItemCode && x.Line == l.Line))).ToList();
        ChecklistJson = ChildRecordsJson.Write(lines);
        CapExempt = all.All(t => InspectionNames.IsCapExempt(t.Kind));
        Kind = all.FirstOrDefault(t => !InspectionNames.IsCapExempt(t.Kind))?.Kind ?? all[0].Kind;
        CoversRandom = all.Any(t => t.Random);
        AvRequired = AvRequired || avRequired;
        UpdatedAt = now;
    }

    public void Start(DateOnly today, Actor actor, DateTimeOffset now)
    {
        InspectionWorkflow.Check(InspectionAction.Start, Status, actor);
        Status = InspectionStatus.InProgress;
        StartedOn = today;
        UpdatedAt = now;
    }

    /// <summary>Records results of checklist lines (by index), replaces the measurements when given, and the findings.</summary>
    public void Record(IReadOnlyList<(int Index, CheckResult? Result, string? Note)> lines, IReadOnlyList<Measurement>? measurements, string? findings, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(lines);
        InspectionWorkflow.Check(InspectionAction.Record, Status, actor);
        var list = Checklist.ToList();
        foreach (var (index, result, note) in lines)
        {
            if (index < 0 || index >= list.Count)
            {
                throw Input.Invalid("validation.checklist-line", "lines", $"检查要点第{index + 1}条不存在");
            }

            list[index] = list[index] with { Result = result, Note = Input.OptionalText(note, "lines", "检查要点说明", NoteMax) };
        }

        ChecklistJson = ChildRecordsJson.Write(list);
        if (measurements is not null)
        {
            MeasurementsJson = ChildRecordsJson.Write(measurements);
        }

        if (findings is not null)
        {
            Findings = Input.OptionalText(findings, "findings", "检查发现", TextMax);
        }

        UpdatedAt = now;
    }

    public void AddEvidence(EvidenceFile file, Actor actor, DateTimeOffset now)
    {
        InspectionWorkflow.Check(InspectionAction.AddEvidence, Status, actor);
        EvidenceJson = ChildRecordsJson.Write(Evidence.Append(file));
        UpdatedAt = now;
    }

    /// <summary>
    /// 完成检查: every checklist line answered; the conclusion must agree with the lines (no 未发现问题 with a 不合格 line);
    /// a correction order needs a deadline after today and a requirement. The A/V flag is set, not enforced (R-TRS-6).
    /// </summary>
    public void Complete(
        InspectionConclusion conclusion, string? opinion, DateOnly? correctionDeadline, string? correctionRequirement, decimal? score, HygieneGrade? grade,
        DateOnly today, Actor actor, DateTimeOffset now)
    {
        InspectionWorkflow.Check(InspectionAction.Complete, Status, actor);
        var open = Checklist.Select((l, i) => (l, i)).Where(x => x.l.Result is null).ToList();
        if (open.Count > 0)
        {
            throw Input.Invalid("inspection.checklist-incomplete", "lines", $"还有{open.Count}条检查要点未填写结果（第{string.Join("、", open.Take(5).Select(x => x.i + 1))}条）");
        }

        var failed = Checklist.Any(l => l.Result == CheckResult.Fail) || Measurements.Any(m => !m.Compliant);
        if (conclusion == InspectionConclusion.NoProblem && failed)
        {
            throw Input.Invalid("inspection.conclusion-contradicts", "conclusion", "检查要点或现场检测有不合格项，结论不能为“未发现问题”");
        }

        if (conclusion == InspectionConclusion.CorrectionOrdered)
        {
            var deadline = Input.Required(correctionDeadline, "correctionDeadline", "改正期限");
            if (deadline <= today)
            {
                throw Input.Invalid("validation.correction-deadline", "correctionDeadline", "改正期限应晚于检查日期");
            }

            CorrectionDeadline = deadline;
            CorrectionRequirement = Input.Text(correctionRequirement, "correctionRequirement", "改正要求", TextMax);
        }

        Opinion = Input.OptionalText(opinion, "opinion", "卫生监督意见", TextMax);
        Conclusion = conclusion;
        GradeScore = score;
        Grade = grade;
        AvMissing = AvRequired && !Evidence.Any(e => e.Kind is EvidenceKind.Audio or EvidenceKind.Video);
        Status = InspectionStatus.Completed;
        CompletedOn = today;
        UpdatedAt = now;
    }

    public void SetPublishDue(DateOnly due, DateTimeOffset now)
    {
        PublishDue = due;
        UpdatedAt = now;
    }

    public void LinkFollowUp(Guid targetId, DateTimeOffset now)
    {
        FollowUpTargetId = targetId;
        UpdatedAt = now;
    }

    /// <summary>转立案: the penalty case Enforcement registered from this inspection (one per inspection).</summary>
    public void LinkCase(Guid caseId, string caseNumber, Actor actor, DateTimeOffset now)
    {
        InspectionWorkflow.Check(InspectionAction.HandToEnforcement, Status, actor);
        if (CaseId is not null)
        {
            throw DomainRuleException.Conflict("inspection.case-already-registered", $"检查{Number}已转立案（案件{CaseNumber}）");
        }

        CaseId = caseId;
        CaseNumber = caseNumber;
        UpdatedAt = now;
    }

    /// <summary>R-INS-3: the result goes public (once).</summary>
    public void Publish(DateOnly today, Actor actor, DateTimeOffset now)
    {
        InspectionWorkflow.Check(InspectionAction.Publish, Status, actor);
        if (PublishedOn is not null)
        {
            throw DomainRuleException.Conflict("inspection.already-published", $"检查{Number}的结果已于{PublishedOn:yyyy-MM-dd}公示");
        }

        PublishedOn = today;
        UpdatedAt = now;
    }

    /// <summary>
    /// An appeal against the published result was decided 撤销 (Publicity/Replies): the result stays on record but leaves
    /// the public page, which shows the revocation and its reason instead (as R-PEN-32 withdrawals do).
    /// </summary>
    public void RevokeOnAppeal(string reason, DateOnly today, DateTimeOffset now)
    {
        EnsureAppealable();
        RevokedOn = today;
        RevocationReason = Input.Text(reason, "reasons", "撤销理由", TextMax);
        UpdatedAt = now;
    }

    /// <summary>An appeal was decided 变更: the public result shows the changed conclusion with the reason; the original is kept.</summary>
    public void ChangeConclusionOnAppeal(InspectionConclusion conclusion, string reason, DateOnly today, DateTimeOffset now)
    {
        EnsureAppealable();
        if (conclusion == Conclusion)
        {
            throw DomainRuleException.Conflict("inspection.conclusion-unchanged", $"检查{Number}的结论已是“{InspectionVisitNames.Of(conclusion)}”，变更须给出不同的结论");
        }

        OriginalConclusion ??= Conclusion;
        Conclusion = conclusion;
        ConclusionChangedOn = today;
        ChangeReason = Input.Text(reason, "reasons", "变更理由", TextMax);
        UpdatedAt = now;
    }

    private void EnsureAppealable()
    {
        if (PublishedOn is null)
        {
            throw DomainRuleException.Conflict("inspection.not-published", $"检查{Number}的结果尚未公示");
        }

        if (RevokedOn is not null)
        {
            throw DomainRuleException.Conflict("inspection.result-revoked", $"检查{Number}的结果已于{RevokedOn:yyyy-MM-dd}撤销");
        }
    }
}
