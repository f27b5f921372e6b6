using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Weijian.Enforcement.PenaltyCases;
using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Registry.Officers;

namespace Weijian.Web.Pages.Enforcement.Cases;

/// <summary>One row of a 分期缴纳 plan as entered.</summary>
public sealed class InstalmentRow
{
    public DateOnly? Due { get; set; }

    public decimal? Amount { get; set; }
}

/// <summary>
/// The form of one case action (<c>/Enforcement/Cases/{id}/Act/{operation}</c>, operation as the API spells it:
/// <c>request-filing</c>): the fields of the action's command record, prefilled from the case, submitted through the
/// same handler the API uses. Gates stay in the domain: a refusal shows its Chinese message (naming the rule id) next
/// to the field or at the top, with the input kept. The bound properties carry the command fields' names so a rule's
/// field name finds its input.
/// </summary>
[RequestSizeLimit(ActModel.UploadLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = ActModel.UploadLimit)]
public sealed class ActModel(GetPenaltyCaseHandler get, ListOfficersHandler officers, DatabaseSettings settings, TimeProvider clock) : WeijianPageModel
{
    public const int InstalmentRows = 6;

    /// <summary>Audio/video records of on-site acts (执法记录仪) run far beyond the host's 30 MB default request size.</summary>
    public const long UploadLimit = 1L << 30;

    /// <summary>Domain field names whose input has another name here (PageModel already has Content() and File()).</summary>
    private static readonly Dictionary<string, string> FieldInputs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["content"] = nameof(ActContent),
        ["fileSha256"] = nameof(Upload),
        ["fileName"] = nameof(Upload),
        ["avFile"] = nameof(AvUpload),
        ["avFileSha256"] = nameof(AvUpload),
    };

    public PenaltyCaseView? Case { get; private set; }

    public CaseAction Operation { get; private set; }

    public CaseTransition? Transition { get; private set; }

    /// <summary>Whether the transition table allows the actor this action now (the page then shows the form).</summary>
    public bool Allowed { get; private set; }

    public IReadOnlyList<OfficerListItem> Officers { get; private set; } = [];

    public DateOnly Today => ChinaClock.Today(clock);

    // ---- officers and filing
    [BindProperty]
    public List<Guid> OfficerIds { get; set; } = [];

    [BindProperty]
    public DateOnly? ActDate { get; set; }

    [BindProperty]
    public DateOnly? ActEndDate { get; set; }

    [BindProperty]
    public bool LifeHealthHarm { get; set; }

    [BindProperty]
    public string? Opinion { get; set; }

    [BindProperty]
    public bool MajorPublicInterest { get; set; }

    [BindProperty]
    public bool Complex { get; set; }

    [BindProperty]
    public bool HighImpact { get; set; }

    [BindProperty]
    public bool CrossDistrict { get; set; }

    [BindProperty]
    public bool ReviewRequiredByLaw { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    // ---- acts and evidence
    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public DateOnly? Date { get; set; }

    [BindProperty]
    public string? Place { get; set; }

    [BindProperty]
    public string? Subject { get; set; }

    [BindProperty]
    public string? ActContent { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public bool AvRequired { get; set; }

    [BindProperty]
    public IFormFile? AvUpload { get; set; }

    [BindProperty]
    public string? AvMissingReason { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    // ---- preservation, extension, referral
    [BindProperty]
    public string? Items { get; set; }

    [BindProperty]
    public Guid? PreservationId { get; set; }

    [BindProperty]
    public string? Disposition { get; set; }

    [BindProperty]
    public string? Cause { get; set; }

    [BindProperty]
    public int? Days { get; set; }

    [BindProperty]
    public bool Approve { get; set; } = true;

    [BindProperty]
    public string? Receiver { get; set; }

    [BindProperty]
    public DateOnly? TransferredOn { get; set; }

    [BindProperty]
    public string? Receipt { get; set; }

    // ---- draft decision (DraftInput)
    [BindProperty]
    public string? Facts { get; set; }

    [BindProperty]
    public string? EvidenceSummary { get; set; }

    [BindProperty]
    public string? ViolatedProvision { get; set; }

    [BindProperty]
    public string? PenaltyBasis { get; set; }

    [BindProperty]
    public bool NoPenalty { get; set; }

    [BindProperty]
    public List<string> Measures { get; set; } = [];

    [BindProperty]
    public decimal? Fine { get; set; }

    [BindProperty]
    public decimal? ConfiscatedGains { get; set; }

    [BindProperty]
    public string? ConfiscatedProperty { get; set; }

    [BindProperty]
    public decimal? ConfiscatedPropertyValue { get; set; }

    [BindProperty]
    public string? OtherMeasures { get; set; }

    [BindProperty]
    public string? DiscretionItemCode { get; set; }

    [BindProperty]
    public string? DiscretionTier { get; set; }

    [BindProperty]
    public string? DiscretionReasoning { get; set; }

    [BindProperty]
    public string? OutsideRangeJustification { get; set; }

    // ---- notice, defence, hearing
    [BindProperty]
    public DateOnly? ServedOn { get; set; }

    [BindProperty]
    public bool Waived { get; set; }

    [BindProperty]
    public DateOnly? ReceivedOn { get; set; }

    [BindProperty]
    public string? Statement { get; set; }

    [BindProperty]
    public string? ReExamination { get; set; }

    [BindProperty]
    public DateOnly? RequestedOn { get; set; }

    [BindProperty]
    public DateOnly? HearingDate { get; set; }

    [BindProperty]
    public Guid? PresidingUserId { get; set; }

    [BindProperty]
    public DateOnly? NotifiedOn { get; set; }

    [BindProperty]
    public DateOnly? HeldOn { get; set; }

    [BindProperty]
    public bool PartyAttended { get; set; }

    [BindProperty]
    public string? Transcript { get; set; }

    // ---- review, discussion, decision
    [BindProperty]
    public string? Outcome { get; set; }

    /// <summary>参加人员, one per line.</summary>
    [BindProperty]
    public string? Attendees { get; set; }

    /// <summary>回避人员, one per line.</summary>
    [BindProperty]
    public string? Recusals { get; set; }

    /// <summary>"姓名：意见", one per line.</summary>
    [BindProperty]
    public string? Opinions { get; set; }

    [BindProperty]
    public string? Conclusion { get; set; }

    [BindProperty]
    public string? Basis { get; set; }

    [BindProperty]
    public bool PartySigned { get; set; }

    // ---- service, payment, execution, closing
    [BindProperty]
    public string? Method { get; set; }

    [BindProperty]
    public string? Recipient { get; set; }

    [BindProperty]
    public string? Witness { get; set; }

    [BindProperty]
    public bool PartyConsented { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public decimal? Amount { get; set; }

    [BindProperty]
    public DateOnly? PaidOn { get; set; }

    [BindProperty]
    public string? ReceiptNumber { get; set; }

    [BindProperty]
    public List<InstalmentRow> Instalments { get; set; } = [];

    [BindProperty]
    public DateOnly? From { get; set; }

    [BindProperty]
    public DateOnly? To { get; set; }

    [BindProperty]
    public string? Court { get; set; }

    [BindProperty]
    public string? Summary { get; set; }

    public Task<IActionResult> OnGetAsync(Guid id, string operation, CancellationToken ct) => RunAsync(async () =>
    {
        await LoadAsync(id, operation, ct);
        if (Allowed)
        {
            Prefill();
        }

        return Page();
    });

    public Task<IActionResult> OnPostAsync(Guid id, string operation, CancellationToken ct) => RunAsync(
        async () =>
        {
            var action = Parse(operation);
            try
            {
                var command = await CommandAsync(action, id, ct);
                var view = await CaseCommands.RunAsync(HttpContext.RequestServices, action, command, ct);
                SetFlash($"已办理“{CaseNames.Of(action)}”，案件现处于“{view.StatusName}”阶段。");
                return RedirectToPage("/Enforcement/Cases/Details", new { id });
            }
            catch (DomainRuleException e) when (e.Fields.FirstOrDefault(f => FieldInputs.ContainsKey(f)) is { } field)
            {
                ModelState.AddModelError(FieldInputs[field], e.Message);
                await LoadAsync(id, operation, ct);
                return Page();
            }
        },
        () => LoadAsync(id, operation, ct));

    /// <summary>The value to show in an input: what the user typed when it did not bind, else the bound or prefilled value.</summary>
    public string ValueOf(string name, string? value) =>
        ModelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0 && entry.AttemptedValue is { } attempted ? attempted : value ?? "";

    public string? ErrorOf(string name) =>
        ModelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public static string Format(DateOnly? date) => CaseDisplay.Input(date);

    public static string Format(decimal? amount) => CaseDisplay.Input(amount);

    public static string Format(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>The actions whose form picks officers (R-PEN-12: two certified officers).</summary>
    public bool PicksOfficers => Operation is CaseAction.RequestFiling or CaseAction.RecordOnSiteAct or CaseAction.ProposeReferral or CaseAction.DecideSummarily;

    private static CaseAction Parse(string? operation) =>
        CaseWorkflow.Parse(operation) is { } a && a != CaseAction.RegisterLead
            ? a
            : throw DomainRuleException.NotFound("penalty-case.unknown-action", $"没有“{operation}”这个案件操作");

    private async Task LoadAsync(Guid id, string operation, CancellationToken ct)
    {
        Operation = Parse(operation);
        Transition = CaseWorkflow.Find(Operation);
        Case = await get.HandleAsync(new GetPenaltyCase(id), ct);
        Allowed = Case.AllowedActions.Any(a => a.Action == CaseWorkflow.WireName(Operation));
        if (!Allowed)
        {
            ModelState.AddModelError(string.Empty, $"案件处于“{Case.StatusName}”阶段，您现在不能办理“{Transition.Label}”。");
        }

        if (Allowed && (PicksOfficers || Operation == CaseAction.ScheduleHearing))
        {
            Officers = (await officers.HandleAsync(new ListOfficers(PageSize: Paged.MaxPageSize), ct)).Items;
        }

        while (Instalments.Count < InstalmentRows)
        {
            Instalments.Add(new InstalmentRow());
        }
    }

    /// <summary>Sensible starting values from the case (today for dates, the handlers as officers, the current draft when editing).</summary>
    private void Prefill()
    {
        var c = Case!;
        var today = Today;
        var mine = Officers.FirstOrDefault(o => o.UserId is not null && o.UserId == Actor.UserId);
        switch (Operation)
        {
            case CaseAction.RequestFiling:
                ActDate = c.ActDate;
                ActEndDate = c.ActEndDate;
                LifeHealthHarm = c.LifeHealthHarm;
                OfficerIds = mine is null ? [] : [mine.Id];
                SetFlags(c.Flags);
                break;
            case CaseAction.RecordOnSiteAct:
                Kind = nameof(CaseActKind.OnSiteInspection);
                Date = today;
                Place = c.PartyAddress;
                Subject = c.PartyRepresentative is null ? c.PartyName : $"{c.PartyName}（{c.PartyRepresentative}）";
                OfficerIds = [.. c.Handlers.Select(h => h.OfficerId)];
                break;
            case CaseAction.AddEvidence:
                Kind = nameof(CaseActKind.DocumentaryEvidence);
                Date = today;
                break;
            case CaseAction.ProposeReferral:
                OfficerIds = [.. c.Handlers.Select(h => h.OfficerId)];
                break;
            case CaseAction.DecideSummarily:
                OfficerIds = mine is null ? [] : [mine.Id];
                Measures = [nameof(PenaltyMeasure.Warning)];
                PartySigned = true;
                break;
            case CaseAction.ConcludeInvestigation or CaseAction.EditDraftDecision:
                PrefillDraft(c);
                break;
            case CaseAction.NotifyParty or CaseAction.SendPaymentReminder:
                ServedOn = today;
                break;
            case CaseAction.RecordStatement:
                ReceivedOn = today;
                break;
            case CaseAction.RequestHearing:
                RequestedOn = today;
                break;
            case CaseAction.ScheduleHearing:
                NotifiedOn = today;
                break;
            case CaseAction.RecordHearing:
                HeldOn = c.HearingDate ?? today;
                PartyAttended = true;
                break;
            case CaseAction.RecordCollectiveDiscussion:
                HeldOn = today;
                break;
            case CaseAction.ServeDecision:
                Method = nameof(ServiceMethod.Direct);
                Date = today;
                Recipient = c.PartyRepresentative ?? c.PartyName;
                break;
            case CaseAction.RecordPayment:
                PrefillPayment(c);
                break;
            case CaseAction.RecordRemedyProceeding:
                Kind = nameof(RemedyKind.Reconsideration);
                From = today;
                break;
            case CaseAction.RecordTransfer:
                TransferredOn = today;
                break;
            case CaseAction.CloseCase:
                Summary = ClosingSummary(c);
                break;
            case CaseAction.ApprovePreservation:
                PreservationId = c.Preservations.FirstOrDefault(p => p.ApprovedOn is null)?.Id;
                break;
            case CaseAction.DisposePreservation:
                PreservationId = c.Preservations.FirstOrDefault(p => p.ApprovedOn is not null && p.DisposedOn is null)?.Id;
                break;
            default:
                break;
        }
    }

    private void PrefillDraft(PenaltyCaseView c)
    {
        Facts = c.Facts;
        EvidenceSummary = c.EvidenceSummary ?? (c.Acts.Count > 0 ? string.Join("；", c.Acts.Select(a => $"{CaseNames.Of(a.Kind)}《{a.Title}》（{Display.Date(a.Date)}）")) : null);
        ViolatedProvision = c.ViolatedProvision;
        PenaltyBasis = c.PenaltyBasis;
        NoPenalty = c.DraftVersion > 0 && c.DraftTerms is null;
        if (c.DraftTerms is { } t)
        {
            Measures = [.. t.Measures.Select(m => m.ToString())];
            Fine = t.Fine == 0 ? null : t.Fine;
            ConfiscatedGains = t.ConfiscatedGains == 0 ? null : t.ConfiscatedGains;
            ConfiscatedProperty = t.ConfiscatedProperty;
            ConfiscatedPropertyValue = t.ConfiscatedPropertyValue == 0 ? null : t.ConfiscatedPropertyValue;
            OtherMeasures = t.OtherMeasures;
        }

        DiscretionItemCode = c.DiscretionItemCode;
        DiscretionTier = c.DiscretionTier;
        DiscretionReasoning = c.DiscretionReasoning;
        OutsideRangeJustification = c.OutsideRangeJustification;
        SetFlags(c.Flags);
    }

    /// <summary>The next amount owed, by kind: the unpaid fine first, then the unpaid confiscated gains (罚缴分离).</summary>
    private void PrefillPayment(PenaltyCaseView c)
    {
        PaidOn = Today;
        Kind = nameof(PaymentKind.Fine);
        if (c.Money is not { } m)
        {
            return;
        }

        var finePaid = c.Payments.Where(p => p.Kind == PaymentKind.Fine).Sum(p => p.Amount);
        var gainsPaid = c.Payments.Where(p => p.Kind == PaymentKind.ConfiscatedGains).Sum(p => p.Amount);
        if (m.Fine > finePaid)
        {
            Amount = m.Fine - finePaid;
        }
        else if (m.ConfiscatedGains > gainsPaid)
        {
            Kind = nameof(PaymentKind.ConfiscatedGains);
            Amount = m.ConfiscatedGains - gainsPaid;
        }
    }

    /// <summary>A first draft of the 结案报告 from the record, for the head to correct.</summary>
    private static string ClosingSummary(PenaltyCaseView c)
    {
        var parts = new List<string>();
        if (c.DecidedOn is { } decided)
        {
            parts.Add($"本案于{Display.Date(decided)}作出{c.OutcomeName}决定" + (c.DecidedDescription is null ? "" : $"（{c.DecidedDescription}）"));
        }

        if (c.ServedOn is { } served)
        {
            parts.Add($"{Display.Date(served)}{c.ServiceMethodName}");
        }

        if (c.ExecutedOn is { } executed)
        {
            parts.Add($"{Display.Date(executed)}执行完毕：{c.ExecutionNote}");
        }

        if (c.TransferredOn is { } transferred)
        {
            parts.Add($"{Display.Date(transferred)}移送{c.ReferralReceiver}");
        }

        if (c.EndReason is not null)
        {
            parts.Add("撤案理由：" + c.EndReason);
        }

        return parts.Count == 0 ? "" : string.Join("；", parts) + "。";
    }

    private void SetFlags(CaseFlags f)
    {
        MajorPublicInterest = f.MajorPublicInterest;
        Complex = f.Complex;
        HighImpact = f.HighImpact;
        CrossDistrict = f.CrossDistrict;
        ReviewRequiredByLaw = f.ReviewRequiredByLaw;
    }

    private DraftInput Draft() => new(
        Facts, EvidenceSummary, ViolatedProvision, PenaltyBasis, NoPenalty, Measures, Fine, ConfiscatedGains, ConfiscatedProperty, ConfiscatedPropertyValue,
        OtherMeasures, DiscretionItemCode, DiscretionTier, DiscretionReasoning, OutsideRangeJustification,
        MajorPublicInterest, Complex, HighImpact, CrossDistrict, ReviewRequiredByLaw);

    /// <summary>The action's command record from the form (uploads are stored first and referenced by hash).</summary>
    private async Task<object> CommandAsync(CaseAction action, Guid id, CancellationToken ct)
    {
        switch (action)
        {
            case CaseAction.RecordOnSiteAct:
                {
                    var store = CaseFileStore.For(settings);
                    var file = await store.SaveAsync(Upload, ct);
                    var av = await store.SaveAsync(AvUpload, ct);
                    return new RecordOnSiteAct(
                        id, Kind, Title, Date, Place, OfficerIds, Subject, ActContent, file?.Sha256, file?.FileName, AvRequired, av?.Sha256, AvMissingReason);
                }

            case CaseAction.AddEvidence:
                {
                    var file = await CaseFileStore.For(settings).SaveAsync(Upload, ct);
                    return new AddEvidence(id, Kind, Title, Date, Description, file?.Sha256, file?.FileName);
                }

            default:
                return Command(action, id);
        }
    }

    private object Command(CaseAction action, Guid id) => action switch
    {
        CaseAction.RequestFiling => new RequestFiling(
            id, OfficerIds, ActDate, ActEndDate, LifeHealthHarm, Opinion, MajorPublicInterest, Complex, HighImpact, CrossDistrict, ReviewRequiredByLaw),
        CaseAction.ApproveFiling => new ApproveFiling(id, Opinion),
        CaseAction.DeclineFiling => new DeclineFiling(id, Reason),
        CaseAction.DecideSummarily => new DecideSummarily(id, OfficerIds, Measures, Fine, Facts, ViolatedProvision, PenaltyBasis, PartySigned),
        CaseAction.RequestPreservation => new RequestPreservation(id, Items, Place),
        CaseAction.ApprovePreservation => new ApprovePreservation(id, Input.Required(PreservationId, "preservationId", "先行登记保存")),
        CaseAction.DisposePreservation => new DisposePreservation(id, Input.Required(PreservationId, "preservationId", "先行登记保存"), Disposition),
        CaseAction.ExtendDecisionPeriod => new ExtendDecisionPeriod(id, Cause, Days, Reason),
        CaseAction.ProposeReferral => new ProposeReferral(id, OfficerIds, Reason),
        CaseAction.DecideReferral => new DecideReferral(id, Approve, Receiver, Opinion),
        CaseAction.RecordTransfer => new RecordTransfer(id, TransferredOn, Receipt),
        CaseAction.Withdraw => new Withdraw(id, Reason),
        CaseAction.ConcludeInvestigation => new ConcludeInvestigation(id, Draft()),
        CaseAction.EditDraftDecision => new EditDraftDecision(id, Draft(), Reason),
        CaseAction.NotifyParty => new NotifyParty(id, ServedOn),
        CaseAction.RecordStatement => new RecordStatement(id, Waived, ReceivedOn, Statement, ReExamination),
        CaseAction.RequestHearing => new RequestHearing(id, RequestedOn),
        CaseAction.ScheduleHearing => new ScheduleHearing(id, HearingDate, Place, PresidingUserId, NotifiedOn),
        CaseAction.RecordHearing => new RecordHearing(id, HeldOn, PartyAttended, Transcript),
        CaseAction.SubmitForLegalReview => new SubmitForLegalReview(id),
        CaseAction.CompleteLegalReview => new CompleteLegalReview(id, Outcome, Opinion),
        CaseAction.RecordCollectiveDiscussion => new RecordCollectiveDiscussion(
            id, HeldOn, Place, Lines(Attendees), Lines(Recusals), [.. Lines(Opinions).Select(DiscussionLine)], Conclusion),
        CaseAction.DecidePenalty => new DecidePenalty(id),
        CaseAction.DecideNoPenalty => new DecideNoPenalty(id, Reason, Basis),
        CaseAction.FileSummaryRecord => new FileSummaryRecord(id),
        CaseAction.ServeDecision => new ServeDecision(id, Method, Date, Recipient, Witness, PartyConsented, Note),
        CaseAction.RecordPayment => new RecordPayment(id, Kind, Amount, PaidOn, ReceiptNumber),
        CaseAction.GrantPaymentPlan => new GrantPaymentPlan(id, PlanRows(), Reason),
        CaseAction.RecordRemedyProceeding => new RecordRemedyProceeding(id, Kind, From, To, Note),
        CaseAction.SendPaymentReminder => new SendPaymentReminder(id, ServedOn),
        CaseAction.ApplyCourtEnforcement => new ApplyCourtEnforcement(id, Court),
        CaseAction.ConfirmExecution => new ConfirmExecution(id, Note),
        CaseAction.CloseCase => new CloseCase(id, Summary),
        CaseAction.ArchiveCase => new ArchiveCase(id),
        _ => throw new InvalidOperationException($"No form for {action}."),
    };

    /// <summary>The filled rows of the plan; a row with only one of date and amount is refused next to the rows.</summary>
    private List<PaymentInstalment> PlanRows()
    {
        var rows = Instalments.Where(r => r.Due is not null || r.Amount is not null).ToList();
        if (rows.Any(r => r.Due is null || r.Amount is null))
        {
            throw Input.Invalid("validation.instalment-row", "instalments", "每一期须同时填写缴纳期限和金额");
        }

        return [.. rows.Select(r => new PaymentInstalment(r.Due!.Value, r.Amount!.Value))];
    }

    private static List<string> Lines(string? text) =>
        [.. (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    /// <summary>"姓名：意见" (full-width or ASCII colon); a line without one has no person and the rule refuses it.</summary>
    private static DiscussionOpinion DiscussionLine(string line)
    {
        var at = line.IndexOfAny(['：', ':']);
        return at < 0 ? new DiscussionOpinion("", line) : new DiscussionOpinion(line[..at].Trim(), line[(at + 1)..].Trim());
    }
}
