using Weijian.Enforcement.Money;
using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Platform.Tenancy;
using Weijian.Registry.Entities;
using Weijian.Registry.Officers;

namespace Weijian.Enforcement.PenaltyCases;

/// <summary>
/// A penalty case (行政处罚案件) from lead to archive. Every change goes through a method that first checks the
/// transition table (<see cref="CaseWorkflow"/>) and then the action's legal gates (<see cref="CaseGates"/>), so no
/// caller — page, API, CLI or demo — can skip a step the law requires. Child records (acts, reviews, discussions,
/// payments …) are immutable records kept as JSON lists on the case; the audit chain keeps every step.
/// A case is never deleted: it ends as 不予立案, 撤案, 移送 or 结案, and is archived.
/// </summary>
public sealed partial class PenaltyCase : ITenantOwned
{
    public const int TextMax = 4000;
    public const int ShortMax = 200;

    private PenaltyCase()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    /// <summary>案件编号: year + 4-digit serial per organisation (R-PEN-33 "年份+序号").</summary>
    public string Number { get; private set; } = "";

    public CaseStatus Status { get; private set; }

    public CaseProcedure Procedure { get; private set; }

    public CaseSource Source { get; private set; }

    public string? SourceReference { get; private set; }

    public Guid EntityId { get; private set; }

    public string PartyName { get; private set; } = "";

    public PartyKind PartyKind { get; private set; }

    public string PartyCreditCode { get; private set; } = "";

    public string PartyAddress { get; private set; } = "";

    public string? PartyRepresentative { get; private set; }

    public string? PartyPhone { get; private set; }

    public Specialty Specialty { get; private set; }

    /// <summary>案由, e.g. “未取得公共场所卫生许可证擅自营业”.</summary>
    public string Cause { get; private set; } = "";

    public string Summary { get; private set; } = "";

    public DateOnly ReceivedOn { get; private set; }

    /// <summary>When the act was discovered (R-PEN-7 counts the limitation period to discovery).</summary>
    public DateOnly DiscoveredOn { get; private set; }

    public DateOnly? ActDate { get; private set; }

    /// <summary>End of a continuing act: the limitation period runs from here (R-PEN-7).</summary>
    public DateOnly? ActEndDate { get; private set; }

    /// <summary>The act concerned life/health safety and caused harm: 5-year limitation (R-PEN-7).</summary>
    public bool LifeHealthHarm { get; private set; }

    /// <summary>R-PEN-20(1): involves a major public interest.</summary>
    public bool MajorPublicInterest { get; private set; }

    /// <summary>R-PEN-20(3), R-PEN-19: difficult or complex (several legal relations).</summary>
    public bool Complex { get; private set; }

    /// <summary>R-PEN-21: high-impact public-health event (leader instruction, media, escalation).</summary>
    public bool HighImpact { get; private set; }

    /// <summary>R-PEN-21: cross-district case.</summary>
    public bool CrossDistrict { get; private set; }

    /// <summary>R-PEN-20(4): legal review required by a law or rule for this matter.</summary>
    public bool ReviewRequiredByLaw { get; private set; }

    public string HandlersJson { get; private set; } = "[]";

    /// <summary>"|userId|userId|" of the handlers, so "my cases" is a plain LIKE on both providers.</summary>
    public string HandlerUserIds { get; private set; } = "|";

    public string? FilingOpinion { get; private set; }

    public DateOnly? FilingRequestedOn { get; private set; }

    public DateOnly? FiledOn { get; private set; }

    public string? FilingApprovedBy { get; private set; }

    public DateOnly? DecisionDue { get; private set; }

    public string ActsJson { get; private set; } = "[]";

    public string PreservationsJson { get; private set; } = "[]";

    public string ExtensionsJson { get; private set; } = "[]";

    // --- investigation result and the draft decision (处理意见) ---
    public string? Facts { get; private set; }

    public string? EvidenceSummary { get; private set; }

    public string? ViolatedProvision { get; private set; }

    public string? PenaltyBasis { get; private set; }

    public string? DraftTermsJson { get; private set; }

    /// <summary>Incremented by every edit of the draft; a legal review approves one version (DESIGN §5).</summary>
    public int DraftVersion { get; private set; }

    public string? DiscretionItemCode { get; private set; }

    public string? DiscretionTier { get; private set; }

    public string? DiscretionReasoning { get; private set; }

    /// <summary>Why the chosen penalty lies outside the proposed range; shown to the legal reviewer (R-DIS-7).</summary>
    public string? OutsideRangeJustification { get; private set; }

    public DateOnly? ConcludedOn { get; private set; }

    // --- notice and defence (R-PEN-15 … R-PEN-17) ---
    public string? NotifiedTermsJson { get; private set; }

    public DateOnly? NoticeServedOn { get; private set; }

    public DateOnly? StatementDue { get; private set; }

    public bool HearingRight { get; private set; }

    public DateOnly? HearingRequestDue { get; private set; }

    public DateOnly? StatementReceivedOn { get; private set; }

    public string? Statement { get; private set; }

    public string? ReExamination { get; private set; }

    public bool DefenceWaived { get; private set; }

    public DateOnly? HearingRequestedOn { get; private set; }

    public DateOnly? HearingDate { get; private set; }

    public string? HearingPlace { get; private set; }

    public Guid? HearingPresidingUserId { get; private set; }

    public string? HearingPresidingName { get; private set; }

    public DateOnly? HearingNotifiedOn { get; private set; }

    public DateOnly? HearingHeldOn { get; private set; }

    public bool? HearingPartyAttended { get; private set; }

    public string? HearingTranscript { get; private set; }

    public string ReviewsJson { get; private set; } = "[]";

    public string DiscussionsJson { get; private set; } = "[]";

    // --- decision, service, execution ---
    public CaseOutcome? Outcome { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    public string? DecidedBy { get; private set; }

    public string? DecidedTermsJson { get; private set; }

    /// <summary>Decided fine, kept as a column for statistics (R-PEN-26 books fines apart).</summary>
    public decimal DecidedFine { get; private set; }

    public decimal DecidedConfiscation { get; private set; }

    public string? NoPenaltyReason { get; private set; }

    public DateOnly? ServiceDue { get; private set; }

    public ServiceMethod? ServiceMethod { get; private set; }

    public DateOnly? ServedOn { get; private set; }

    public string? ServiceRecipient { get; private set; }

    public string? ServiceWitness { get; private set; }

    public string? ServiceNote { get; private set; }

    public DateOnly? PaymentDue { get; private set; }

    public string InstalmentsJson { get; private set; } = "[]";

    public string PaymentsJson { get; private set; } = "[]";

    public string RemediesJson { get; private set; } = "[]";

    public DateOnly? ReminderServedOn { get; private set; }

    public DateOnly? CourtAppliedOn { get; private set; }

    public DateOnly? ExecutedOn { get; private set; }

    public string? ExecutionNote { get; private set; }

    public DateOnly? SummaryFiledOn { get; private set; }

    // --- referral (R-PEN-30) ---
    public DateOnly? ReferralProposedOn { get; private set; }

    public string? ReferralReason { get; private set; }

    public DateOnly? ReferralDecidedOn { get; private set; }

    public string? ReferralReceiver { get; private set; }

    public DateOnly? TransferredOn { get; private set; }

    public string? TransferReceipt { get; private set; }

    // --- end ---
    public string? EndReason { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public string? ClosingSummary { get; private set; }

    public DateOnly? ArchivedOn { get; private set; }

    /// <summary>音像记录 counts kept as columns for the per-year recording rate (R-TRS-6).</summary>
    public int AvRequiredCount { get; private set; }

    public int AvAttachedCount { get; private set; }

    /// <summary>
    /// The decision's heaviest penalty type (行政执法统计年报: a decision counts once, under its heaviest type), kept as a
    /// column so the yearly statistics count it in SQL rather than by reading <see cref="DecidedTermsJson"/>.
    /// </summary>
    public string? HeaviestPenaltyType { get; private set; }

    /// <summary>
    /// The date of the legal review approval still standing (R-PEN-20; null when none, or when a later edit of the draft
    /// voided it — DESIGN §5). A case has at most one standing approval: editing the draft voids the current one.
    /// </summary>
    public DateOnly? LegalReviewApprovedOn { get; private set; }

    private readonly List<CaseDiscussionDate> _discussionDates = [];

    /// <summary>One row per 集体讨论 (R-PEN-19/21) with its date, so discussions are counted per period in SQL.</summary>
    public IReadOnlyList<CaseDiscussionDate> DiscussionDates => _discussionDates;

    public string StepsJson { get; private set; } = "[]";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    // --- typed views of the JSON lists ---
    public IReadOnlyList<CaseHandler> Handlers => ChildRecordsJson.List<CaseHandler>(HandlersJson);

    public IReadOnlyList<CaseAct> Acts => ChildRecordsJson.List<CaseAct>(ActsJson);

    public IReadOnlyList<PreservationRecord> Preservations => ChildRecordsJson.List<PreservationRecord>(PreservationsJson);

    public IReadOnlyList<DecisionExtension> Extensions => ChildRecordsJson.List<DecisionExtension>(ExtensionsJson);

    public IReadOnlyList<LegalReviewRecord> Reviews => ChildRecordsJson.List<LegalReviewRecord>(ReviewsJson);

    public IReadOnlyList<CollectiveDiscussionRecord> Discussions => ChildRecordsJson.List<CollectiveDiscussionRecord>(DiscussionsJson);

    public IReadOnlyList<PaymentInstalment> Instalments => ChildRecordsJson.List<PaymentInstalment>(InstalmentsJson);

    public IReadOnlyList<PaymentRecord> Payments => ChildRecordsJson.List<PaymentRecord>(PaymentsJson);

    public IReadOnlyList<RemedyProceeding> Remedies => ChildRecordsJson.List<RemedyProceeding>(RemediesJson);

    public IReadOnlyList<CaseStep> Steps => ChildRecordsJson.List<CaseStep>(StepsJson);

    public PenaltyTerms? DraftTerms => PenaltyTerms.FromJson(DraftTermsJson);

    public PenaltyTerms? NotifiedTerms => PenaltyTerms.FromJson(NotifiedTermsJson);

    public PenaltyTerms? DecidedTerms => PenaltyTerms.FromJson(DecidedTermsJson);

    public bool HearingHeld => HearingHeldOn is not null;

    public bool HearingConcluded => HearingRequestedOn is null || HearingHeldOn is not null;

    /// <summary>The approved review of the current draft, if any (a review of an older version no longer counts).</summary>
    public LegalReviewRecord? CurrentApprovedReview =>
        Reviews.LastOrDefault(r => r.Outcome == ReviewOutcome.Approved && r.VoidReason is null && r.DraftVersion == DraftVersion);

    public CollectiveDiscussionRecord? LatestDiscussion => Discussions is { Count: > 0 } d ? d[^1] : null;

    public bool IsHandler(Guid? userId) => userId is { } u && HandlerUserIds.Contains($"|{u}|", StringComparison.Ordinal);

    public bool PreservationPending => Preservations.Any(p => p.DisposedOn is null);

    // ---------------------------------------------------------------- registration (线索/受理)

    /// <summary>案件受理: a lead against a registered entity (the party), with its source and the dates the limitation check needs.</summary>
    public static PenaltyCase Register(
        Guid id, Guid organizationId, string number, RegulatedEntity party, CaseSource source, string? sourceReference, Specialty? specialty,
        string? cause, string? summary, DateOnly receivedOn, DateOnly? discoveredOn, DateOnly? actDate, DateOnly today, DateTimeOffset now, string actor)
    {
        ArgumentNullException.ThrowIfNull(party);
        if (receivedOn > today)
        {
            throw Input.Invalid("validation.future-date", "receivedOn", "受理日期不能晚于今天");
        }

        var c = new PenaltyCase
        {
            Id = id,
            OrganizationId = organizationId,
            Number = number,
            Status = CaseStatus.Lead,
            Procedure = CaseProcedure.General,
            Source = source,
            SourceReference = Input.OptionalText(sourceReference, "sourceReference", "来源说明", ShortMax),
            EntityId = party.Id,
            PartyName = party.Name,
            PartyKind = party.PartyKind,
            PartyCreditCode = party.CreditCode,
            PartyAddress = party.Address,
            PartyRepresentative = party.LegalRepresentative,
            PartyPhone = party.ContactPhone,
            Specialty = specialty ?? party.Specialty,
            Cause = Input.Text(cause, "cause", "案由", ShortMax),
            Summary = Input.Text(summary, "summary", "案件基本情况", TextMax),
            ReceivedOn = receivedOn,
            DiscoveredOn = discoveredOn ?? receivedOn,
            ActDate = actDate,
            CreatedAt = now,
            UpdatedAt = now,
        };
        if (c.DiscoveredOn > today || actDate > today)
        {
            throw Input.Invalid("validation.future-date", "actDate", "违法行为日期和发现日期不能晚于今天");
        }

        c.AddStep(CaseAction.RegisterLead, CaseStatus.Lead, CaseStatus.Lead, now, actor, "案件受理登记");
        return c;
    }

    // ---------------------------------------------------------------- filing (立案)

    /// <summary>
    /// 提请立案 with two handlers (R-PEN-12, R-OFF-1: both eligible today, neither conflicted with the party) and the act
    /// dates; the limitation period (R-PEN-7) is checked here and again at approval.
    /// </summary>
    public void RequestFiling(
        IReadOnlyList<(OfficerEligibility Eligibility, CaseHandler Handler)> handlers, DateOnly? actDate, DateOnly? actEndDate, bool lifeHealthHarm,
        string? opinion, CaseFlags flags, DateOnly today, DateTimeOffset now, string actor)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        var from = Status;
        CaseGates.TwoCertifiedOfficers([.. handlers.Select(h => h.Eligibility)], "立案调查");
        ActDate = actDate ?? ActDate ?? throw Input.Invalid("validation.required", "actDate", "违法行为发生日期不能为空");
        if (actEndDate is { } end && end < ActDate)
        {
            throw Input.Invalid("validation.act-end", "actEndDate", "连续或继续状态的违法行为终了日期不能早于发生日期");
        }

        if (ActDate > today || actEndDate > today)
        {
            throw Input.Invalid("validation.future-date", "actDate", "违法行为日期不能晚于今天");
        }

        ActEndDate = actEndDate;
        LifeHealthHarm = lifeHealthHarm;
        CheckLimitation();
        SetHandlers(handlers.Select(h => h.Handler));
        ApplyFlags(flags);
        FilingOpinion = Input.Text(opinion, "opinion", "承办人立案意见", TextMax);
        FilingRequestedOn = today;
        Move(CaseAction.RequestFiling, from, CaseStatus.FilingRequested, now, actor, FilingOpinion);
    }

    /// <summary>批准立案 by a 局领导 (R-PEN-5); opens the 90-day decision clock (R-PEN-6).</summary>
    public void ApproveFiling(string? opinion, BusinessCalendar calendar, DateOnly today, DateTimeOffset now, string actor)
    {
        CheckLimitation();
        FiledOn = today;
        FilingApprovedBy = actor;
        DecisionDue = PenaltyDeadlines.DecisionPeriod(calendar, today).Due;
        Move(CaseAction.ApproveFiling, Status, CaseStatus.Investigating, now, actor, Input.OptionalText(opinion, "opinion", "审批意见", TextMax) ?? "同意立案");
    }

    /// <summary>不予立案 with a reason (no violation, no jurisdiction, limitation expired …).</summary>
    public void DeclineFiling(string? reason, DateTimeOffset now, string actor)
    {
        EndReason = Input.Text(reason, "reason", "不予立案理由", TextMax);
        Move(CaseAction.DeclineFiling, Status, CaseStatus.NotFiled, now, actor, EndReason);
    }

    /// <summary>撤销立案 (撤案) by the head, with a reason.</summary>
    public void Withdraw(string? reason, DateTimeOffset now, string actor)
    {
        EndReason = Input.Text(reason, "reason", "撤案理由", TextMax);
        Move(CaseAction.Withdraw, Status, CaseStatus.Withdrawn, now, actor, EndReason);
    }

    /// <summary>R-PEN-7: two years from the act (or its end when continuing), five when life/health safety was concerned and harm was caused; counted to discovery.</summary>
    public void CheckLimitation()
    {
        if (ActDate is not { } act)
        {
            return;
        }

        var period = LimitationPeriod.Compute(act, ActEndDate, LifeHealthHarm, LifeHealthHarm, DiscoveredOn);
        if (period.IsExpired)
        {
            throw CaseGates.LimitationExpired(period.LastDay, period.Years);
        }
    }

    // ---------------------------------------------------------------- investigation (调查取证)

    /// <summary>现场检查/询问/抽样 …: two eligible officers present (R-PEN-12); the audio/video record attached or its absence explained (R-TRS-6).</summary>
    public CaseAct RecordAct(
        CaseActKind kind, string? title, DateOnly date, string? place, IReadOnlyList<(OfficerEligibility Eligibility, CaseHandler Handler)> officers,
        string? subject, string? content, StoredFileRef? file, bool avRequired, StoredFileRef? av, string? avMissingReason, DateOnly today, DateTimeOffset now, string actor)
    {
        ArgumentNullException.ThrowIfNull(officers);
        if (date > today)
        {
            throw Input.Invalid("validation.future-date", "date", "日期不能晚于今天");
        }

        var onSite = kind <= CaseActKind.ServiceOnSite;
        if (onSite)
        {
            CaseGates.TwoCertifiedOfficers([.. officers.Select(o => o.Eligibility)], CaseNames.Of(kind));
        }

        if (avRequired && av is null && string.IsNullOrWhiteSpace(avMissingReason))
        {
            throw Input.Invalid("penalty-case.av-record-missing", "avFile", "该执法活动属于音像记录事项，请上传音像记录或说明未记录的原因（R-TRS-6）");
        }

        var act = new CaseAct(
            Guid.CreateVersion7(now), kind, Input.Text(title ?? CaseNames.Of(kind), "title", "名称", ShortMax), date,
            Input.OptionalText(place, "place", "地点", ShortMax), [.. officers.Select(o => o.Handler)],
            Input.OptionalText(subject, "subject", "被检查人/被询问人", ShortMax),
            onSite ? Input.Text(content, "content", "笔录内容", TextMax * 4) : Input.OptionalText(content, "content", "证明内容", TextMax),
            file?.Sha256, file?.FileName, avRequired, av?.Sha256, Input.OptionalText(avMissingReason, "avMissingReason", "未记录原因", ShortMax), now, actor);
        ActsJson = ChildRecordsJson.Write(Acts.Append(act));
        if (avRequired)
        {
            AvRequiredCount++;
            AvAttachedCount += av is null ? 0 : 1;
        }

        Stay(onSite ? CaseAction.RecordOnSiteAct : CaseAction.AddEvidence, now, actor, act.Title);
        return act;
    }

    /// <summary>提请先行登记保存 (R-PEN-14); takes effect only once the head approves.</summary>
    public PreservationRecord RequestPreservation(string? items, string? place, DateOnly today, DateTimeOffset now, string actor)
    {
        var p = new PreservationRecord(
            Guid.CreateVersion7(now), Input.Text(items, "items", "物品清单", TextMax), Input.Text(place, "place", "保存地点", ShortMax), today, actor, null, null, null, null, null);
        PreservationsJson = ChildRecordsJson.Write(Preservations.Append(p));
        Stay(CaseAction.RequestPreservation, now, actor, p.Items);
        return p;
    }

    /// <summary>Head approval of 先行登记保存; the items must be dealt with within 7 working days (R-PEN-14).</summary>
    public PreservationRecord ApprovePreservation(Guid preservationId, BusinessCalendar calendar, DateOnly today, DateTimeOffset now, string actor)
    {
        var p = Preservations.FirstOrDefault(x => x.Id == preservationId && x.ApprovedOn is null)
            ?? throw DomainRuleException.NotFound("penalty-case.preservation-not-found", "没有待批准的先行登记保存");
        var approved = p with { ApprovedOn = today, ApprovedBy = actor, DisposeBy = PenaltyDeadlines.PreservationDisposalPeriod(calendar, today).Due };
        PreservationsJson = ChildRecordsJson.Write(Preservations.Select(x => x.Id == p.Id ? approved : x));
        Stay(CaseAction.ApprovePreservation, now, actor, $"处理期限至{approved.DisposeBy:yyyy-MM-dd}");
        return approved;
    }

    public PreservationRecord DisposePreservation(Guid preservationId, string? disposition, DateOnly today, DateTimeOffset now, string actor)
    {
        var p = Preservations.FirstOrDefault(x => x.Id == preservationId && x.ApprovedOn is not null && x.DisposedOn is null)
            ?? throw DomainRuleException.NotFound("penalty-case.preservation-not-found", "没有待处理的已批准先行登记保存");
        var done = p with { DisposedOn = today, Disposition = Input.Text(disposition, "disposition", "处理决定", TextMax) };
        PreservationsJson = ChildRecordsJson.Write(Preservations.Select(x => x.Id == p.Id ? done : x));
        Stay(CaseAction.DisposePreservation, now, actor, done.Disposition);
        return done;
    }

    /// <summary>R-PEN-6: the head extends the decision period, only for a listed cause.</summary>
    public DecisionExtension ExtendDecisionPeriod(DecisionExtensionCause cause, int? days, string? reason, DateOnly today, DateTimeOffset now, string actor)
    {
        var c = cause;
        var n = days ?? 0;
        if (n is < 1 or > 90)
        {
            throw Input.Invalid("validation.extension-days", "days", "延长天数应为1至90日");
        }

        var due = DecisionDue ?? throw DomainRuleException.Conflict("penalty-case.not-filed", "案件尚未立案");
        var ext = new DecisionExtension(Guid.CreateVersion7(now), c, n, Input.Text(reason, "reason", "延期理由", TextMax), actor, today, due.AddDays(n));
        ExtensionsJson = ChildRecordsJson.Write(Extensions.Append(ext));
        DecisionDue = ext.NewDue;
        Stay(CaseAction.ExtendDecisionPeriod, now, actor, $"{DecisionExtensionCauses.ChineseName(c)}，延长{n}日至{ext.NewDue:yyyy-MM-dd}：{ext.Reason}");
        return ext;
    }

    // ---------------------------------------------------------------- referral (移送, R-PEN-30)

    public void ProposeReferral(IReadOnlyList<OfficerEligibility> reporters, string? reason, DateOnly today, DateTimeOffset now, string actor)
    {
        CaseGates.TwoCertifiedOfficers(reporters, "提请移送");
        ReferralReason = Input.Text(reason, "reason", "涉嫌犯罪的事实和理由", TextMax);
        ReferralProposedOn = today;
        Move(CaseAction.ProposeReferral, Status, CaseStatus.ReferralProposed, now, actor, ReferralReason);
    }

    public void DecideReferral(bool approve, string? receiver, string? opinion, DateOnly today, DateTimeOffset now, string actor)
    {
        ReferralDecidedOn = today;
        if (approve)
        {
            ReferralReceiver = Input.Text(receiver, "receiver", "接收移送的公安机关", ShortMax);
            Move(CaseAction.DecideReferral, Status, CaseStatus.Transferred, now, actor, $"批准移送{ReferralReceiver}：{opinion}");
        }
        else
        {
            Move(CaseAction.DecideReferral, Status, CaseStatus.Investigating, now, actor, "不批准移送：" + Input.Text(opinion, "opinion", "不批准理由", TextMax));
        }
    }

    public void RecordTransfer(DateOnly transferredOn, string? receipt, DateOnly today, DateTimeOffset now, string actor)
    {
        if (transferredOn > today || transferredOn < ReferralDecidedOn)
        {
            throw Input.Invalid("validation.date-range", "transferredOn", "移送日期应在批准移送之后且不晚于今天");
        }

        TransferredOn = transferredOn;
        TransferReceipt = Input.Text(receipt, "receipt", "接收回执", ShortMax);
        Stay(CaseAction.RecordTransfer, now, actor, TransferReceipt);
    }

    // ---------------------------------------------------------------- conclusion and draft (调查终结, 处理意见)

    public void ConcludeInvestigation(DraftDecision draft, DateOnly today, DateTimeOffset now, string actor)
    {
        if (Acts.Count == 0)
        {
            throw DomainRuleException.Conflict("penalty-case.no-evidence", "尚未记录任何现场笔录、询问笔录或证据，不能调查终结（R-PEN-13）");
        }

        ApplyDraft(draft);
        ConcludedOn = today;
        Move(CaseAction.ConcludeInvestigation, Status, CaseStatus.Concluded, now, actor, Facts);
    }

    /// <summary>
    /// Edits the draft decision. Editing after a legal review approved it voids that approval (DESIGN §5): a reviewed
    /// case goes back to 告知 and must be reviewed again.
    /// </summary>
    public void EditDraft(DraftDecision draft, string? reason, DateTimeOffset now, string actor)
    {
        var why = Input.Text(reason, "reason", "修改理由", TextMax);
        var approved = CurrentApprovedReview;
        ApplyDraft(draft);
        if (approved is not null)
        {
            ReviewsJson = ChildRecordsJson.Write(Reviews.Select(r => r.Id == approved.Id ? r with { VoidReason = $"第{approved.DraftVersion}版处理意见已修改：{why}" } : r));
            LegalReviewApprovedOn = null;
        }

        var to = Status == CaseStatus.Reviewed ? CaseStatus.Notified : Status;
        Move(CaseAction.EditDraftDecision, Status, to, now, actor, approved is null ? why : $"{why}（原法制审核意见作废）");
    }

    private void ApplyDraft(DraftDecision d)
    {
        Facts = Input.Text(d.Facts, "facts", "违法事实", TextMax);
        EvidenceSummary = Input.Text(d.EvidenceSummary, "evidenceSummary", "证据", TextMax);
        ViolatedProvision = Input.Text(d.ViolatedProvision, "violatedProvision", "违反的法律规定", TextMax);
        PenaltyBasis = Input.OptionalText(d.PenaltyBasis, "penaltyBasis", "处罚依据", TextMax);
        DraftTermsJson = d.Terms?.ToJson();
        if (d.Terms is not null && PenaltyBasis is null)
        {
            throw Input.Invalid("validation.required", "penaltyBasis", "拟处罚的，处罚依据不能为空（R-PEN-22）");
        }

        DiscretionItemCode = Input.OptionalText(d.DiscretionItemCode, "discretionItemCode", "裁量事项", 50);
        DiscretionTier = Input.OptionalText(d.DiscretionTier, "discretionTier", "裁量档次", 20);
        DiscretionReasoning = d.Terms is null ? Input.OptionalText(d.DiscretionReasoning, "discretionReasoning", "裁量理由", TextMax)
            : Input.Text(d.DiscretionReasoning, "discretionReasoning", "裁量理由", TextMax);
        OutsideRangeJustification = Input.OptionalText(d.OutsideRangeJustification, "outsideRangeJustification", "超出建议幅度的说明", TextMax);
        ApplyFlags(d.Flags);
        DraftVersion++;
    }

    // ---------------------------------------------------------------- notice and defence (事先告知, 陈述申辩, 听证)

    /// <summary>
    /// 事先告知 (R-PEN-15): freezes the intended penalty; the party may state and defend within 3 working days and, when a
    /// hearing trigger applies (R-PEN-16), request a hearing within 5 working days (R-PEN-17). Re-notifying replaces the notice.
    /// </summary>
    public void Notify(DateOnly servedOn, CaseThresholds thresholds, BusinessCalendar calendar, DateOnly today, DateTimeOffset now, string actor)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        var terms = DraftTerms ?? throw DomainRuleException.Conflict("penalty-case.no-draft-penalty", "处理意见中没有拟处罚内容；不予处罚的，请直接作出不予行政处罚决定");
        if (servedOn > today || servedOn < (ConcludedOn ?? servedOn))
        {
            throw Input.Invalid("validation.date-range", "servedOn", "告知书送达日期应在调查终结之后且不晚于今天");
        }

        NotifiedTermsJson = terms.ToJson();
        NoticeServedOn = servedOn;
        StatementDue = PenaltyDeadlines.DefensePeriod(calendar, servedOn).Due;
        HearingRight = thresholds.HearingTriggers(terms, PartyKind).Count > 0;
        HearingRequestDue = HearingRight ? PenaltyDeadlines.HearingRequestPeriod(calendar, servedOn).Due : null;
        StatementReceivedOn = null;
        Statement = null;
        ReExamination = null;
        DefenceWaived = false;
        Move(CaseAction.NotifyParty, Status, CaseStatus.Notified, now, actor, $"告知拟处罚：{terms.Describe()}" + (HearingRight ? "；告知听证权利" : ""));
    }

    /// <summary>陈述申辩 and its 复核 (R-PEN-15), or the party's express waiver.</summary>
    public void RecordStatement(bool waived, DateOnly? receivedOn, string? statement, string? reExamination, DateOnly today, DateTimeOffset now, string actor)
    {
        if (waived)
        {
            DefenceWaived = true;
            Stay(CaseAction.RecordStatement, now, actor, "当事人书面放弃陈述申辩" + (HearingRight ? "和听证" : ""));
            return;
        }

        var on = receivedOn ?? today;
        if (on > today || on < NoticeServedOn)
        {
            throw Input.Invalid("validation.date-range", "receivedOn", "陈述申辩日期应在告知之后且不晚于今天");
        }

        StatementReceivedOn = on;
        Statement = Input.Text(statement, "statement", "陈述申辩内容", TextMax);
        ReExamination = Input.Text(reExamination, "reExamination", "复核意见", TextMax);
        Stay(CaseAction.RecordStatement, now, actor, ReExamination);
    }

    public void RequestHearing(DateOnly requestedOn, DateOnly today, DateTimeOffset now, string actor)
    {
        if (!HearingRight)
        {
            throw CaseGates.NoHearingRight();
        }

        if (requestedOn > today || requestedOn < NoticeServedOn)
        {
            throw Input.Invalid("validation.date-range", "requestedOn", "听证申请日期应在告知之后且不晚于今天");
        }

        if (requestedOn > HearingRequestDue)
        {
            throw CaseGates.HearingRequestLate(HearingRequestDue!.Value);
        }

        HearingRequestedOn = requestedOn;
        Move(CaseAction.RequestHearing, Status, CaseStatus.Hearing, now, actor, $"当事人于{requestedOn:yyyy-MM-dd}申请听证");
    }

    /// <summary>听证通知: 7 working days before (R-PEN-17); the presiding officer is not an investigator.</summary>
    public void ScheduleHearing(DateOnly hearingDate, string? place, Guid presidingUserId, string presidingName, DateOnly notifiedOn, BusinessCalendar calendar, DateOnly today, DateTimeOffset now, string actor)
    {
        if (IsHandler(presidingUserId))
        {
            throw CaseGates.PresidingOfficerIsInvestigator();
        }

        if (notifiedOn > today || notifiedOn < HearingRequestedOn)
        {
            throw Input.Invalid("validation.date-range", "notifiedOn", "听证通知日期应在听证申请之后且不晚于今天");
        }

        var earliest = PenaltyDeadlines.EarliestHearingDate(calendar, notifiedOn);
        if (hearingDate < earliest)
        {
            throw CaseGates.HearingNoticeTooShort(earliest);
        }

        HearingDate = hearingDate;
        HearingPlace = Input.Text(place, "place", "听证地点", ShortMax);
        HearingPresidingUserId = presidingUserId;
        HearingPresidingName = presidingName;
        HearingNotifiedOn = notifiedOn;
        Stay(CaseAction.ScheduleHearing, now, actor, $"{hearingDate:yyyy-MM-dd} 在{HearingPlace}举行听证，主持人{presidingName}");
    }

    /// <summary>听证笔录; a party who does not appear has waived the hearing (R-PEN-17).</summary>
    public void RecordHearing(DateOnly heldOn, bool partyAttended, string? transcript, DateOnly today, DateTimeOffset now, string actor)
    {
        if (HearingDate is null)
        {
            throw DomainRuleException.Conflict("penalty-case.hearing-not-scheduled", "请先安排听证（时间、地点、主持人）");
        }

        if (heldOn > today || heldOn < HearingDate)
        {
            throw Input.Invalid("validation.date-range", "heldOn", "听证举行日期不能早于通知的听证日期，也不能晚于今天");
        }

        HearingHeldOn = heldOn;
        HearingPartyAttended = partyAttended;
        HearingTranscript = Input.Text(transcript, "transcript", partyAttended ? "听证笔录" : "未到场情况记录", TextMax * 4);
        Stay(CaseAction.RecordHearing, now, actor, partyAttended ? "听证已举行" : "当事人无正当理由未到场，视为放弃听证");
    }

    // ---------------------------------------------------------------- legal review and collective discussion

    /// <summary>Why a legal review is mandatory (R-PEN-20, R-TRS-8), or empty.</summary>
    public IReadOnlyList<string> LegalReviewTriggers(CaseThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        var why = new List<string>();
        if (MajorPublicInterest)
        {
            why.Add("涉及重大公共利益");
        }

        if (HearingRight || HearingHeld)
        {
            why.Add("直接关系当事人重大权益、经过或应当告知听证");
        }

        if (Complex)
        {
            why.Add("案件情况疑难复杂、涉及多个法律关系");
        }

        if (ReviewRequiredByLaw)
        {
            why.Add("法律法规规定应当进行法制审核");
        }

        if (DraftTerms is { } t && thresholds.ReviewThreshold(PartyKind) is { } min && t.MoneyDue >= min)
        {
            why.Add($"拟罚没金额达到本地法制审核标准（{min:0}元）");
        }

        return why;
    }

    /// <summary>Why a collective discussion is mandatory (R-PEN-19, R-PEN-21 — thresholds configurable), or empty.</summary>
    public IReadOnlyList<string> DiscussionTriggers(CaseThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        var why = new List<string>();
        var t = DraftTerms;
        if (t is not null && t.MoneyDue >= thresholds.DiscussionThreshold(PartyKind))
        {
            why.Add($"拟罚没金额达到较大数额（{thresholds.DiscussionThreshold(PartyKind):0}元）");
        }

        if (t is not null && t.Measures.Any(m => m is PenaltyMeasure.ProductionSuspended or PenaltyMeasure.LicenceRevoked or PenaltyMeasure.Closure))
        {
            why.Add("拟责令停产停业、吊销许可证件或责令关闭");
        }

        if (MajorPublicInterest || Complex)
        {
            why.Add("属于重大、复杂案件");
        }

        if (HighImpact)
        {
            why.Add("属于社会影响较大的公共卫生事件");
        }

        if (CrossDistrict)
        {
            why.Add("属于跨区域复杂案件");
        }

        return why;
    }

    public void SubmitForLegalReview(DateOnly today, DateTimeOffset now, string actor)
    {
        CheckDefenceOver(today);
        if (PreservationPending)
        {
            throw CaseGates.PreservationPending();
        }

        var review = new LegalReviewRecord(Guid.CreateVersion7(now), today, DraftVersion, actor, null, null, null, null, null, OutsideRangeJustification is not null, null);
        ReviewsJson = ChildRecordsJson.Write(Reviews.Append(review));
        Move(CaseAction.SubmitForLegalReview, Status, CaseStatus.LegalReview, now, actor, $"提交第{DraftVersion}版处理意见");
    }

    /// <summary>法制审核 by a qualified reviewer who is not a handler (R-PEN-20); approval moves on, return goes back to 告知 for correction.</summary>
    public LegalReviewRecord CompleteLegalReview(ReviewOutcome outcome, string? opinion, Guid reviewerUserId, string reviewerName, bool reviewerQualified, DateOnly today, DateTimeOffset now, string actor)
    {
        if (IsHandler(reviewerUserId))
        {
            throw CaseGates.ReviewerIsCaseHandler();
        }

        if (!reviewerQualified)
        {
            throw CaseGates.FirstReviewerUnqualified();
        }

        var pending = Reviews.Last(r => r.Outcome is null);
        var done = pending with
        {
            ReviewerUserId = reviewerUserId,
            ReviewerName = reviewerName,
            ReviewedOn = today,
            Outcome = outcome,
            Opinion = Input.Text(opinion, "opinion", "审核意见", TextMax),
        };
        ReviewsJson = ChildRecordsJson.Write(Reviews.Select(r => r.Id == done.Id ? done : r));
        if (outcome == ReviewOutcome.Approved)
        {
            LegalReviewApprovedOn = today;
        }
        var to = outcome == ReviewOutcome.Approved ? (LatestDiscussion is { } d && d.DraftVersion == DraftVersion ? CaseStatus.Discussed : CaseStatus.Reviewed) : CaseStatus.Notified;
        Move(CaseAction.CompleteLegalReview, Status, to, now, actor, $"{CaseNames.Of(outcome)}：{done.Opinion}");
        return done;
    }

    public CollectiveDiscussionRecord RecordDiscussion(
        DateOnly heldOn, string? place, string host, IReadOnlyList<string> attendees, IReadOnlyList<string> recusals, IReadOnlyList<DiscussionOpinion> opinions,
        string? conclusion, CaseThresholds thresholds, DateOnly today, DateTimeOffset now, string actor)
    {
        ArgumentNullException.ThrowIfNull(attendees);
        ArgumentNullException.ThrowIfNull(opinions);
        if (LegalReviewTriggers(thresholds).Count > 0 && CurrentApprovedReview is null)
        {
            throw CaseGates.ReviewBeforeDiscussion();
        }

        CheckDefenceOver(today);
        if (heldOn > today)
        {
            throw Input.Invalid("validation.future-date", "heldOn", "讨论日期不能晚于今天");
        }

        var present = attendees.Select(a => a.Trim()).Where(a => a.Length > 0).Distinct().ToList();
        if (present.Count < 3)
        {
            throw Input.Invalid("validation.attendees", "attendees", "集体讨论应有3名以上负责人参加");
        }

        if (opinions.Count == 0 || opinions.Any(o => string.IsNullOrWhiteSpace(o.Person) || string.IsNullOrWhiteSpace(o.Opinion)))
        {
            throw Input.Invalid("validation.opinions", "opinions", "请逐一记录参会人员的意见");
        }

        var d = new CollectiveDiscussionRecord(
            Guid.CreateVersion7(now), heldOn, Input.Text(place, "place", "地点", ShortMax), host, present,
            [.. recusals.Select(r => r.Trim()).Where(r => r.Length > 0)], [.. opinions], Input.Text(conclusion, "conclusion", "讨论结论", TextMax), DraftVersion);
        DiscussionsJson = ChildRecordsJson.Write(Discussions.Append(d));
        _discussionDates.Add(new CaseDiscussionDate(d.Id, heldOn));
        Move(CaseAction.RecordCollectiveDiscussion, Status, CaseStatus.Discussed, now, actor, d.Conclusion);
        return d;
    }

    // ---------------------------------------------------------------- decision (决定)

    /// <summary>
    /// 行政处罚决定 by the head. Gates: notice given and defence period over or statement re-examined (R-PEN-15), hearing
    /// concluded (R-PEN-17), not heavier than notified (R-PEN-15), approved legal review of this draft where required
    /// (R-PEN-20), collective discussion where required (R-PEN-19/21). Opens the 7-working-day service clock (R-PEN-24).
    /// </summary>
    public void DecidePenalty(CaseThresholds thresholds, BusinessCalendar calendar, DateOnly today, DateTimeOffset now, string actor)
    {
        var terms = DraftTerms ?? throw DomainRuleException.Conflict("penalty-case.no-draft-penalty", "处理意见中没有处罚内容");
        var notified = NotifiedTerms ?? throw DomainRuleException.Conflict("penalty-case.notice-required", "作出行政处罚决定前，应当事先告知当事人（R-PEN-15）");
        CheckDefenceOver(today);
        if (terms.IsHeavierThan(notified))
        {
            throw CaseGates.HeavierThanNotified(notified.Describe(), terms.Describe());
        }

        if (PreservationPending)
        {
            throw CaseGates.PreservationPending();
        }

        var review = LegalReviewTriggers(thresholds);
        if (review.Count > 0 && CurrentApprovedReview is null)
        {
            throw CaseGates.LegalReviewRequired(string.Join("、", review));
        }

        var discussion = DiscussionTriggers(thresholds);
        if (discussion.Count > 0 && LatestDiscussion is null)
        {
            throw CaseGates.CollectiveDiscussionRequired(string.Join("、", discussion));
        }

        Decide(CaseOutcome.Penalty, terms, calendar, today);
        Move(CaseAction.DecidePenalty, Status, CaseStatus.Decided, now, actor, terms.Describe());
    }

    /// <summary>不予行政处罚 (R-PEN-10, R-PEN-19): minor and corrected, first violation, no fault, or facts not established.</summary>
    public void DecideNoPenalty(string? reason, string? basis, BusinessCalendar calendar, DateOnly today, DateTimeOffset now, string actor)
    {
        if (Facts is null)
        {
            throw DomainRuleException.Conflict("penalty-case.not-concluded", "请先调查终结");
        }

        if (PreservationPending)
        {
            throw CaseGates.PreservationPending();
        }

        NoPenaltyReason = Input.Text(reason, "reason", "不予处罚理由", TextMax);
        PenaltyBasis = Input.Text(basis, "basis", "不予处罚依据", TextMax);
        Decide(CaseOutcome.NoPenalty, null, calendar, today);
        Move(CaseAction.DecideNoPenalty, Status, CaseStatus.Decided, now, actor, NoPenaltyReason);
    }

    /// <summary>
    /// 简易程序 (R-PEN-23): a warning, or a fine up to ¥200 (individual) / ¥3 000 (organisation), decided and handed over
    /// on the spot by two officers (R-PEN-12); it must then be filed (备案) with the authority.
    /// </summary>
    public void DecideSummarily(
        IReadOnlyList<(OfficerEligibility Eligibility, CaseHandler Handler)> officers, PenaltyTerms terms, string? facts, string? violated, string? basis,
        bool partySigned, BusinessCalendar calendar, DateOnly today, DateTimeOffset now, string actor)
    {
        ArgumentNullException.ThrowIfNull(officers);
        ArgumentNullException.ThrowIfNull(terms);
        CaseGates.TwoCertifiedOfficers([.. officers.Select(o => o.Eligibility)], "当场作出行政处罚决定");
        var limit = PartyKind == PartyKind.Individual ? 200m : 3000m;
        if (terms.Fine > limit || terms.ConfiscatedGains > 0 || terms.ConfiscatedProperty is not null || terms.Measures.Any(m => m > PenaltyMeasure.Warning))
        {
            throw CaseGates.SummaryProcedureLimit(limit);
        }

        Procedure = CaseProcedure.Summary;
        SetHandlers(officers.Select(o => o.Handler));
        ActDate ??= today;
        Facts = Input.Text(facts, "facts", "违法事实", TextMax);
        EvidenceSummary = "现场检查";
        ViolatedProvision = Input.Text(violated, "violatedProvision", "违反的法律规定", TextMax);
        PenaltyBasis = Input.Text(basis, "penaltyBasis", "处罚依据", TextMax);
        DraftTermsJson = terms.ToJson();
        DraftVersion++;
        FiledOn = today;
        Decide(CaseOutcome.SummaryPenalty, terms, calendar, today);
        ServiceMethod = PenaltyCases.ServiceMethod.Direct;
        ServedOn = today;
        ServiceRecipient = PartyName;
        ServiceNote = partySigned ? "当场交付，当事人签收" : "当场交付，当事人拒绝签收，已在决定书上注明";
        OpenPayment(calendar, today);
        Move(CaseAction.DecideSummarily, Status, CaseStatus.Served, now, actor, terms.Describe());
    }

    public void FileSummaryRecord(DateOnly today, DateTimeOffset now, string actor)
    {
        if (Procedure != CaseProcedure.Summary)
        {
            throw DomainRuleException.Conflict("penalty-case.not-summary", "只有简易程序案件需要备案");
        }

        SummaryFiledOn = today;
        Stay(CaseAction.FileSummaryRecord, now, actor, "当场处罚决定书已报备案");
    }

    /// <summary>
    /// Fills the columns the figures count in SQL (<see cref="HeaviestPenaltyType"/>, <see cref="LegalReviewApprovedOn"/>,
    /// <see cref="DiscussionDates"/>, added after cases already existed) from the case's own records. Derived data only — no
    /// business fact changes, so no step and no audit entry. Returns whether anything was filled.
    /// </summary>
    public bool RestoreFigureColumns()
    {
        var changed = false;
        if (HeaviestPenaltyType is null && PenaltyTerms.FromJson(DecidedTermsJson)?.HeaviestType is { } heaviest)
        {
            HeaviestPenaltyType = heaviest;
            changed = true;
        }

        if (LegalReviewApprovedOn is null && CurrentApprovedReview?.ReviewedOn is { } approved)
        {
            LegalReviewApprovedOn = approved;
            changed = true;
        }

        foreach (var d in Discussions.Where(d => _discussionDates.All(x => x.Id != d.Id)))
        {
            _discussionDates.Add(new CaseDiscussionDate(d.Id, d.HeldOn));
            changed = true;
        }

        return changed;
    }

    private void Decide(CaseOutcome outcome, PenaltyTerms? terms, BusinessCalendar calendar, DateOnly today)
    {
        Outcome = outcome;
        DecidedOn = today;
        DecidedTermsJson = terms?.ToJson();
        HeaviestPenaltyType = terms?.HeaviestType;
        DecidedFine = terms?.Fine ?? 0;
        DecidedConfiscation = (terms?.ConfiscatedGains ?? 0) + (terms?.ConfiscatedPropertyValue ?? 0);
        ServiceDue = PenaltyDeadlines.ServicePeriod(calendar, today).Due;
    }

    private void CheckDefenceOver(DateOnly today)
    {
        if (NoticeServedOn is null)
        {
            throw DomainRuleException.Conflict("penalty-case.notice-required", "作出行政处罚决定前，应当事先告知当事人拟作出的处罚内容及事实、理由、依据和陈述申辩、听证权利（R-PEN-15）");
        }

        if (!HearingConcluded)
        {
            throw CaseGates.HearingNotConcluded();
        }

        if (Statement is not null && ReExamination is null)
        {
            throw CaseGates.StatementNotReExamined();
        }

        var periodEnd = HearingRight && HearingRequestedOn is null && HearingRequestDue > StatementDue ? HearingRequestDue : StatementDue;
        if (!DefenceWaived && Statement is null && HearingRequestedOn is null && today <= periodEnd)
        {
            throw CaseGates.DefencePeriodRunning(periodEnd!.Value);
        }
    }

    // ---------------------------------------------------------------- service, payment, execution

    /// <summary>送达 (R-PEN-24/25). Public notice is deemed served 30 days after publication; payment is due 15 days after service (R-PEN-26).</summary>
    public void Serve(ServiceMethod method, DateOnly date, string? recipient, string? witness, bool partyConsented, string? note, BusinessCalendar calendar, DateOnly today, DateTimeOffset now, string actor)
    {
        if (date > today || date < DecidedOn)
        {
            throw Input.Invalid("validation.date-range", "date", "送达日期应在决定之后且不晚于今天");
        }

        if (method == PenaltyCases.ServiceMethod.Electronic && !partyConsented)
        {
            throw CaseGates.ElectronicServiceNeedsConsent();
        }

        if (method == PenaltyCases.ServiceMethod.LeftWithWitness && string.IsNullOrWhiteSpace(witness))
        {
            throw CaseGates.LeftWithoutWitness();
        }

        ServiceMethod = method;
        ServedOn = method == PenaltyCases.ServiceMethod.PublicNotice ? PenaltyDeadlines.PublicNoticeService(calendar, date).Due : date;
        ServiceRecipient = Input.Text(recipient ?? (method == PenaltyCases.ServiceMethod.PublicNotice ? "公告送达" : null), "recipient", "受送达人", ShortMax);
        ServiceWitness = Input.OptionalText(witness, "witness", "见证人", ShortMax);
        ServiceNote = Input.OptionalText(note, "note", "送达说明", TextMax);
        if (Outcome != CaseOutcome.NoPenalty)
        {
            OpenPayment(calendar, ServedOn.Value);
        }

        Move(CaseAction.ServeDecision, Status, CaseStatus.Served, now, actor, $"{CaseNames.Of(method)}，送达日期{ServedOn:yyyy-MM-dd}");
    }

    private void OpenPayment(BusinessCalendar calendar, DateOnly servedOn) =>
        PaymentDue = DecidedTerms is { MoneyDue: > 0 } ? PenaltyDeadlines.PaymentPeriod(calendar, servedOn).Due : null;

    /// <summary>Deferral or instalments approved by the head on the party's application (R-PEN-26); amounts must add up to the money due.</summary>
    public void GrantPaymentPlan(IReadOnlyList<PaymentInstalment> instalments, string? reason, BusinessCalendar calendar, DateOnly today, DateTimeOffset now, string actor)
    {
        ArgumentNullException.ThrowIfNull(instalments);
        var plan = PaymentPlanOf(calendar, instalments) ?? throw DomainRuleException.Conflict("penalty-case.nothing-to-pay", "本案没有罚款，不适用暂缓或分期缴纳");
        if (instalments.Any(i => i.Due < today))
        {
            throw Input.Invalid("penalty.instalment-dates", "instalments", "暂缓或分期缴纳的期限不能早于今天");
        }

        InstalmentsJson = ChildRecordsJson.Write(instalments.OrderBy(i => i.Due));
        PaymentDue = plan.FinalDue;
        Stay(CaseAction.GrantPaymentPlan, now, actor, (instalments.Count == 1 ? $"暂缓至{PaymentDue:yyyy-MM-dd}缴纳" : $"分{instalments.Count}期缴纳") + "：" + Input.Text(reason, "reason", "批准理由", TextMax));
    }

    /// <summary>
    /// The fine's payment plan (R-PEN-26): 15 days from service, or the deferral / instalments the head approved — null
    /// when there is no fine. Instalments are validated by <see cref="PaymentPlan"/> (positive 分, rising dates, exact sum).
    /// </summary>
    public PaymentPlan? PaymentPlanOf(BusinessCalendar calendar, IReadOnlyList<PaymentInstalment>? instalments = null)
    {
        var fine = DecidedTerms?.Fine ?? 0;
        if (fine == 0 || ServedOn is not { } served)
        {
            return null;
        }

        var terms = instalments ?? Instalments;
        return terms.Count switch
        {
            0 => PaymentPlan.Standard(calendar, fine, served),
            1 => PaymentPlan.Deferred(calendar, fine, served, terms[0].Due),
            _ => PaymentPlan.InInstalments(calendar, fine, served, [.. terms.OrderBy(t => t.Due).Select(t => new InstalmentTerm(t.Due, t.Amount))]),
        };
    }

    public void RecordRemedy(RemedyKind kind, DateOnly from, DateOnly? to, string? note, DateOnly today, DateTimeOffset now, string actor)
    {
        if (from > today || to < from || to > today)
        {
            throw Input.Invalid("validation.date-range", "from", "复议/诉讼起止日期不正确");
        }

        var open = Remedies.FirstOrDefault(r => r.Kind == kind && r.To is null);
        var list = open is not null && to is not null
            ? Remedies.Select(r => r.Id == open.Id ? r with { To = to } : r)
            : Remedies.Append(new RemedyProceeding(Guid.CreateVersion7(now), kind, from, to, Input.Text(note, "note", "案号或说明", ShortMax)));
        RemediesJson = ChildRecordsJson.Write(list);
        Stay(CaseAction.RecordRemedyProceeding, now, actor, $"{CaseNames.Of(kind)} {from:yyyy-MM-dd}—{to:yyyy-MM-dd}");
    }

    public PaymentRecord RecordPayment(PaymentKind kind, decimal amount, DateOnly paidOn, string? receipt, DateOnly today, DateTimeOffset now, string actor)
    {
        if (amount <= 0 || decimal.Round(amount, 2) != amount)
        {
            throw Input.Invalid("validation.amount", "amount", "缴款金额应为正数，最多精确到分");
        }

        if (paidOn > today || paidOn < DecidedOn)
        {
            throw Input.Invalid("validation.date-range", "paidOn", "缴款日期应在决定之后且不晚于今天");
        }

        var p = new PaymentRecord(Guid.CreateVersion7(now), kind, amount, paidOn, Input.Text(receipt, "receiptNumber", "银行缴款凭证号", 60), actor);
        PaymentsJson = ChildRecordsJson.Write(Payments.Append(p));
        Stay(CaseAction.RecordPayment, now, actor, $"{CaseNames.Of(kind)} {amount:0.00}元，凭证{p.ReceiptNumber}");
        return p;
    }

    public void SendReminder(DateOnly servedOn, DateOnly today, DateTimeOffset now, string actor)
    {
        if (PaymentDue is not { } due || servedOn <= due)
        {
            throw DomainRuleException.Conflict("penalty-case.not-overdue", "当事人尚未逾期，不需催告");
        }

        if (servedOn > today)
        {
            throw Input.Invalid("validation.future-date", "servedOn", "催告书送达日期不能晚于今天");
        }

        ReminderServedOn = servedOn;
        Stay(CaseAction.SendPaymentReminder, now, actor, $"催告书于{servedOn:yyyy-MM-dd}送达");
    }

    /// <summary>申请法院强制执行 (R-PEN-28): after a written 催告 served at least 10 working days earlier.</summary>
    public void ApplyCourtEnforcement(string? court, BusinessCalendar calendar, DateOnly today, DateTimeOffset now, string actor)
    {
        if (ReminderServedOn is not { } served)
        {
            throw CaseGates.ReminderFirst(null);
        }

        var earliest = PenaltyDeadlines.ReminderPeriod(calendar, served).Due;
        if (today < earliest)
        {
            throw CaseGates.ReminderFirst(earliest);
        }

        // R-PEN-28 (行政强制法第五十三条): not while the party may still apply for 复议 or sue, and within 3 months after.
        var window = CourtEnforcementWindow.Compute(calendar, ServedOn ?? served, served, paymentPlan: PaymentPlanOf(calendar));
        if (!window.AllowsApplicationOn(today))
        {
            throw CaseGates.OutsideCourtEnforcementWindow(window);
        }

        CourtAppliedOn = today;
        ExecutedOn = today;
        ExecutionNote = "已申请" + Input.Text(court, "court", "受理法院", ShortMax) + "强制执行";
        Move(CaseAction.ApplyCourtEnforcement, Status, CaseStatus.Executed, now, actor, ExecutionNote);
    }

    /// <summary>执行完毕: every amount due is paid, including the late surcharge to the payment date (R-PEN-27).</summary>
    public void ConfirmExecution(decimal outstanding, string? note, DateOnly today, DateTimeOffset now, string actor)
    {
        if (outstanding > 0)
        {
            throw CaseGates.AmountsOutstanding(outstanding);
        }

        ExecutedOn = today;
        ExecutionNote = Input.OptionalText(note, "note", "执行情况", TextMax) ?? "已全部履行";
        Move(CaseAction.ConfirmExecution, Status, CaseStatus.Executed, now, actor, ExecutionNote);
    }

    // ---------------------------------------------------------------- close and archive

    public void Close(string? summary, DateOnly today, DateTimeOffset now, string actor)
    {
        if (Procedure == CaseProcedure.Summary && SummaryFiledOn is null)
        {
            throw CaseGates.SummaryNotFiled();
        }

        if (Status == CaseStatus.Transferred && TransferredOn is null)
        {
            throw CaseGates.TransferNotRecorded();
        }

        if (Status == CaseStatus.Served && Outcome != CaseOutcome.NoPenalty)
        {
            throw DomainRuleException.Conflict("penalty-case.not-executed", "处罚决定尚未执行完毕，不能结案");
        }

        ClosedOn = today;
        ClosingSummary = Input.Text(summary, "summary", "结案报告（处理及执行情况）", TextMax);
        Move(CaseAction.CloseCase, Status, CaseStatus.Closed, now, actor, ClosingSummary);
    }

    public void Archive(DateOnly today, DateTimeOffset now, string actor)
    {
        ArchivedOn = today;
        Move(CaseAction.ArchiveCase, Status, CaseStatus.Archived, now, actor, "立卷归档");
    }

    // ---------------------------------------------------------------- plumbing

    private void SetHandlers(IEnumerable<CaseHandler> handlers)
    {
        var list = handlers.DistinctBy(h => h.OfficerId).ToList();
        HandlersJson = ChildRecordsJson.Write(list);
        HandlerUserIds = "|" + string.Concat(list.Where(h => h.UserId is not null).Select(h => $"{h.UserId}|"));
    }

    private void ApplyFlags(CaseFlags? flags)
    {
        if (flags is null)
        {
            return;
        }

        MajorPublicInterest = flags.MajorPublicInterest;
        Complex = flags.Complex;
        HighImpact = flags.HighImpact;
        CrossDistrict = flags.CrossDistrict;
        ReviewRequiredByLaw = flags.ReviewRequiredByLaw;
    }

    private void Stay(CaseAction action, DateTimeOffset now, string actor, string? note) => Move(action, Status, Status, now, actor, note);

    private void Move(CaseAction action, CaseStatus from, CaseStatus to, DateTimeOffset now, string actor, string? note)
    {
        Status = to;
        UpdatedAt = now;
        AddStep(action, from, to, now, actor, note);
    }

    private void AddStep(CaseAction action, CaseStatus from, CaseStatus to, DateTimeOffset now, string actor, string? note)
    {
        var steps = Steps;
        var step = new CaseStep(steps.Count + 1, action, from, to, now, actor, note is { Length: > 300 } ? note[..300] + "…" : note);
        StepsJson = ChildRecordsJson.Write(steps.Append(step));
    }
}

/// <summary>The flags that trigger legal review and collective discussion (R-PEN-20, R-PEN-21).</summary>
public sealed record CaseFlags(bool MajorPublicInterest = false, bool Complex = false, bool HighImpact = false, bool CrossDistrict = false, bool ReviewRequiredByLaw = false);

/// <summary>The draft decision (处理意见) as the handler writes it at conclusion or when editing.</summary>
public sealed record DraftDecision(
    string? Facts, string? EvidenceSummary, string? ViolatedProvision, string? PenaltyBasis, PenaltyTerms? Terms,
    string? DiscretionItemCode, string? DiscretionTier, string? DiscretionReasoning, string? OutsideRangeJustification, CaseFlags? Flags);

/// <summary>A file already stored (content-addressed) to attach to a case.</summary>
public sealed record StoredFileRef(string Sha256, string FileName);
