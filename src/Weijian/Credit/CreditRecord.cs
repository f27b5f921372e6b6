using Weijian.Platform.Documents;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Platform.Tenancy;
using Weijian.Registry.Entities;

namespace Weijian.Credit;

/// <summary>公示中 / 不予公示 / 公示期满 / 已修复 / 申诉撤销 (the record was found wrong on appeal: it ends and no longer counts for the grade).</summary>
public enum CreditRecordStatus
{
    Publishing,
    NotPublished,
    Expired,
    Repaired,
    RevokedOnAppeal,
}

public enum RepairRequestStatus
{
    Pending,
    Approved,
    Refused,
}

/// <summary>
/// 信用修复申请 (R-CRD-1/2): evidence of correction and payment, decided by the bureau that made the record (谁认定、谁修复);
/// <see cref="DocumentId"/> is the 准予/不予信用修复决定书 issued with the decision (null while pending).
/// </summary>
public sealed record CreditRepairRequest(
    Guid Id,
    DateOnly SubmittedOn,
    string Channel,
    string Applicant,
    string Contact,
    string Statement,
    IReadOnlyList<CreditEvidenceFile> Evidence,
    DateOnly DecisionDue,
    RepairRequestStatus Status,
    DateOnly? DecidedOn,
    string? DecidedBy,
    string? Reasons,
    Guid? DocumentId = null);

public sealed record CreditEvidenceFile(string FileName, string Sha256, long Size);

/// <summary>An event in the record's life: created, published, ended at the maximum, repair applied/approved/refused.</summary>
public sealed record CreditEvent(DateOnly On, string What, string By, string? Note);

/// <summary>
/// 信用记录: the adverse credit record a penalty decision or a false commitment produces (R-CRD-4, R-CRD-6), with its grade and
/// publication window computed from the rule set in force on the decision date (R-CRD-1/2). Never deleted: publication ends
/// at the maximum (公示期满) or by an approved repair (已修复), each an event in <see cref="History"/> and the audit chain.
/// </summary>
public sealed class CreditRecord : ITenantOwned
{
    public const int NumberMax = 100;

    private CreditRecord()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    /// <summary>The regulated entity (register) the record belongs to; the credit grade is written there (R-CRD-5).</summary>
    public Guid? EntityId { get; private set; }

    public string PartyName { get; private set; } = "";

    public PartyKind PartyKind { get; private set; }

    /// <summary>统一社会信用代码 or 身份证号; never shown on public pages for natural persons.</summary>
    public string PartyCreditCode { get; private set; } = "";

    public CreditSource Source { get; private set; }

    /// <summary>The penalty case or the license.</summary>
    public Guid SourceId { get; private set; }

    /// <summary>行政处罚决定书文号, or the license number for a false commitment.</summary>
    public string SourceNumber { get; private set; } = "";

    public DateOnly DecidedOn { get; private set; }

    /// <summary>处罚内容 as the decision states it, or the finding of the false commitment.</summary>
    public string Content { get; private set; } = "";

    /// <summary>The penalty type codes the rule set looked at, separated by commas.</summary>
    public string PenaltyTypes { get; private set; } = "";

    public CreditSeverity? Severity { get; private set; }

    public string RuleSetCode { get; private set; } = "";

    public string RuleSetName { get; private set; } = "";

    public bool Published { get; private set; }

    public DateOnly PublishFrom { get; private set; }

    public DateOnly? MinUntil { get; private set; }

    public DateOnly? MaxUntil { get; private set; }

    public CreditRecordStatus Status { get; private set; }

    public DateOnly? EndedOn { get; private set; }

    public string? EndReason { get; private set; }

    /// <summary>Whom the repair decision clock goes to on 我的待办 (the case's first handler); null = the bureau head decides.</summary>
    public Guid? ResponsibleUserId { get; private set; }

    /// <summary>An application awaits the bureau's decision (the 信用修复申请 queue).</summary>
    public bool RepairPending { get; private set; }

    public string RepairRequestsJson { get; private set; } = "[]";

    public string HistoryJson { get; private set; } = "[]";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<CreditRepairRequest> RepairRequests => ChildRecordsJson.List<CreditRepairRequest>(RepairRequestsJson);

    public IReadOnlyList<CreditEvent> History => ChildRecordsJson.List<CreditEvent>(HistoryJson);

    public static CreditRecord Create(
        Guid organizationId, Guid? entityId, string partyName, PartyKind partyKind, string partyCreditCode, CreditSource source, Guid sourceId,
        string sourceNumber, string content, IReadOnlyList<string> penaltyTypes, CreditWindow window, Guid? responsibleUserId, string by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(penaltyTypes);
        var r = new CreditRecord
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = organizationId,
            EntityId = entityId,
            PartyName = partyName,
            PartyKind = partyKind,
            PartyCreditCode = partyCreditCode,
            Source = source,
            SourceId = sourceId,
            SourceNumber = sourceNumber,
            DecidedOn = window.PublishFrom,
            Content = content,
            PenaltyTypes = string.Join(",", penaltyTypes),
            Severity = window.Severity,
            RuleSetCode = window.RuleSetCode,
            RuleSetName = window.RuleSetName,
            Published = window.Published,
            PublishFrom = window.PublishFrom,
            MinUntil = window.MinUntil,
            MaxUntil = window.MaxUntil,
            Status = window.Published ? CreditRecordStatus.Publishing : CreditRecordStatus.NotPublished,
            ResponsibleUserId = responsibleUserId,
            CreatedAt = now,
            UpdatedAt = now,
        };
        r.AddEvent(window.PublishFrom, window.Published ? "记入信用记录并公示" : "记入信用记录（轻微失信，不予公示）", by,
            $"{window.RuleId} {window.RuleSetName}；失信程度：{CreditRuleSets.ChineseName(window.Severity)}");
        return r;
    }

    /// <summary>Shown to the public on <paramref name="today"/>: in publication and before the maximum (R-CRD-1/2), whether or not the sweep has run.</summary>
    public bool IsPublicOn(DateOnly today) => Status == CreditRecordStatus.Publishing && PublishFrom <= today && MaxUntil is { } max && today < max;

    /// <summary>Publication ends automatically at the maximum (R-CRD-1/2); false when there is nothing to end.</summary>
    public bool EndAtMaximum(DateOnly today, DateTimeOffset now)
    {
        if (Status != CreditRecordStatus.Publishing || MaxUntil is not { } max || today < max)
        {
            return false;
        }

        Status = CreditRecordStatus.Expired;
        EndedOn = max;
        EndReason = "最长公示期届满，自动停止公示";
        AddEvent(max, "公示期满，停止公示", "系统", $"最长公示期至{DocumentNumbers.ChineseDate(max)}");
        UpdatedAt = now;
        return true;
    }

    /// <summary>信用修复申请, through the gates of <see cref="EnsureRepairOpen"/>.</summary>
    public CreditRepairRequest ApplyForRepair(
        string channel, string applicant, string contact, string statement, IReadOnlyList<CreditEvidenceFile> evidence, DateOnly today, DateOnly decisionDue,
        string by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        EnsureRepairOpen(today, evidence.Count);
        var request = new CreditRepairRequest(
            Guid.CreateVersion7(now), today, channel, applicant, contact, statement, evidence, decisionDue, RepairRequestStatus.Pending, null, null, null);
        RepairRequestsJson = ChildRecordsJson.Write(RepairRequests.Append(request));
        RepairPending = true;
        AddEvent(today, "收到信用修复申请", by, $"{channel}；应于{DocumentNumbers.ChineseDate(decisionDue)}前作出决定");
        UpdatedAt = now;
        return request;
    }

    /// <summary>
    /// The gates of a repair application: only while in publication, from the minimum period on (R-CRD-1 "only after the
    /// minimum period"), one open request at a time, with evidence.
    /// </summary>
    public void EnsureRepairOpen(DateOnly today, int evidenceCount)
    {
        if (!IsPublicOn(today))
        {
            throw DomainRuleException.Conflict("credit.not-in-publication", "该信用记录不在公示期内，无需申请信用修复");
        }

        if (MinUntil is { } min && today < min)
        {
            throw DomainRuleException.Conflict(
                "credit.repair-too-early", $"最短公示期至{DocumentNumbers.ChineseDate(min)}届满，届满之日起方可申请信用修复（{CreditRuleSets.ChineseName(Severity)}失信，{RuleSetName}）");
        }

        if (RepairRequests.Any(r => r.Status == RepairRequestStatus.Pending))
        {
            throw DomainRuleException.Conflict("credit.repair-pending", "已有信用修复申请正在办理，请等待处理结果");
        }

        if (evidenceCount == 0)
        {
            throw Input.Invalid("validation.required", "evidence", "请上传已纠正违法行为和已履行处罚决定（缴纳罚款）的证明材料");
        }
    }

    /// <summary>Keeps the id of the decision document issued for a decided request (R-CRD-2: the decision is written).</summary>
    public void AttachRepairDocument(Guid requestId, Guid documentId, DateTimeOffset now)
    {
        var requests = RepairRequests.ToList();
        var index = requests.FindIndex(r => r.Id == requestId && r.Status != RepairRequestStatus.Pending);
        if (index < 0)
        {
            throw new InvalidOperationException($"Repair request {requestId} is not decided; its decision document cannot be attached.");
        }

        requests[index] = requests[index] with { DocumentId = documentId };
        RepairRequestsJson = ChildRecordsJson.Write(requests);
        UpdatedAt = now;
    }

    /// <summary>谁认定、谁修复: approval ends publication (已修复); refusal keeps it, with reasons.</summary>
    public CreditRepairRequest DecideRepair(Guid requestId, bool approve, string reasons, DateOnly today, string by, DateTimeOffset now)
    {
        var requests = RepairRequests.ToList();
        var index = requests.FindIndex(r => r.Id == requestId);
        if (index < 0)
        {
            throw DomainRuleException.NotFound("credit.repair-request-not-found", "信用修复申请不存在");
        }

        if (requests[index].Status != RepairRequestStatus.Pending)
        {
            throw DomainRuleException.Conflict("credit.repair-already-decided", "该信用修复申请已作出决定");
        }

        var decided = requests[index] with
        {
            Status = approve ? RepairRequestStatus.Approved : RepairRequestStatus.Refused,
            DecidedOn = today,
            DecidedBy = by,
            Reasons = reasons,
        };
        requests[index] = decided;
        RepairRequestsJson = ChildRecordsJson.Write(requests);
        RepairPending = false;
        if (approve)
        {
            Status = CreditRecordStatus.Repaired;
            EndedOn = today;
            EndReason = "信用修复，停止公示";
        }

        AddEvent(today, approve ? "准予信用修复，停止公示" : "不予信用修复", by, reasons);
        UpdatedAt = now;
        return decided;
    }

    /// <summary>
    /// 申诉撤销 (Publicity/Replies; R-CRD-4 right of reply): the record was wrong. It is kept (never deleted) but ends
    /// publication with end reason 申诉撤销, and the grade no longer counts it (<see cref="CreditGrading"/>).
    /// </summary>
    public void RevokeOnAppeal(string reasons, DateOnly today, string by, DateTimeOffset now)
    {
        if (Status == CreditRecordStatus.RevokedOnAppeal)
        {
            throw DomainRuleException.Conflict("credit.revoked", $"信用记录（{SourceNumber}）已经申诉撤销");
        }

        Status = CreditRecordStatus.RevokedOnAppeal;
        EndedOn = today;
        EndReason = AppealRevokedReason;
        RepairPending = false;
        AddEvent(today, "经申诉撤销，停止公示", by, reasons);
        UpdatedAt = now;
    }

    public const string AppealRevokedReason = "申诉撤销";

    /// <summary>
    /// 申诉变更 of a record in publication: a new 失信程度 under the record's own rule set (R-CRD-2; its window is recomputed
    /// from the decision date, 轻微 = not published), or, under the ungraded rule set (R-CRD-1), a shorter publication that
    /// ends on <paramref name="until"/>. The change and its reason are an event of the record.
    /// </summary>
    public void ChangeOnAppeal(CreditRuleSet set, CreditSeverity? severity, DateOnly? until, string reasons, DateOnly today, string by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(set);
        if (Status != CreditRecordStatus.Publishing)
        {
            throw DomainRuleException.Conflict("credit.not-in-publication", "该信用记录不在公示期内，不能变更");
        }

        string what;
        if (severity is { } grade)
        {
            if (!set.Graded)
            {
                throw Input.Invalid("validation.severity", "severity", $"{set.Name}不区分失信程度，请变更公示截止日期");
            }

            if (grade == Severity)
            {
                throw Input.Invalid("validation.severity", "severity", $"失信程度已是{CreditRuleSets.ChineseName(grade)}，请选择不同的失信程度");
            }

            var period = set.GradePeriods.GetValueOrDefault(grade);
            what = $"经申诉变更为{CreditRuleSets.ChineseName(grade)}失信";
            Severity = grade;
            if (period is null)
            {
                // R-CRD-2: 轻微 is not published.
                Published = false;
                MinUntil = null;
                MaxUntil = null;
                Status = CreditRecordStatus.NotPublished;
                EndedOn = today;
                EndReason = "申诉变更为轻微失信，不予公示";
                what += "，不予公示";
            }
            else
            {
                MinUntil = PublishFrom.AddMonths(period.MinMonths);
                MaxUntil = PublishFrom.AddMonths(period.MaxMonths);
                what += $"，公示至{DocumentNumbers.ChineseDate(MaxUntil.Value)}";
            }
        }
        else if (until is { } end)
        {
            if (end <= PublishFrom || (MaxUntil is { } max && end >= max))
            {
                throw Input.Invalid("validation.until", "until", $"变更后的公示截止日期应在{DocumentNumbers.ChineseDate(PublishFrom)}之后、原截止日期之前");
            }

            MaxUntil = end;
            if (MinUntil is { } min && min > end)
            {
                MinUntil = end;
            }

            what = $"经申诉变更公示期，公示至{DocumentNumbers.ChineseDate(end)}";
        }
        else
        {
            throw Input.Invalid("validation.severity", "severity", "请选择变更后的失信程度或公示截止日期");
        }

        AddEvent(today, what, by, reasons);
        UpdatedAt = now;
    }

    private void AddEvent(DateOnly on, string what, string by, string? note) =>
        HistoryJson = ChildRecordsJson.Write(History.Append(new CreditEvent(on, what, by, note)));
}
