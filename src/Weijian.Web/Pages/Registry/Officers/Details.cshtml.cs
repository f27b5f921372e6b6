using Microsoft.AspNetCore.Mvc;
using Weijian.Platform.Calendar;
using Weijian.Platform.Rules;
using Weijian.Publicity.Officers;
using Weijian.Registry.Officers;
using RoleCodes = Weijian.Platform.Authorization.Roles;

namespace Weijian.Web.Pages.Registry.Officers;

/// <summary>
/// One officer: credential and specialties, 法律职业资格 (R-PEN-20), status with reason, declared conflicts with
/// add/withdraw (R-PEN-12), training with yearly totals against the requirement (R-OFF-4), exams, and the eligibility
/// check (may this officer act on a date, for a specialty, at an entity?).
/// </summary>
public sealed class DetailsModel(
    GetOfficerHandler get,
    CheckOfficerEligibilityHandler eligibility,
    ChangeOfficerStatusHandler changeStatus,
    RecordLegalQualificationHandler qualification,
    DeclareOfficerConflictHandler declare,
    WithdrawOfficerConflictHandler withdraw,
    RecordOfficerTrainingHandler training,
    RecordOfficerExamHandler exam,
    GetOfficerCodesHandler codes,
    IssueOfficerCodeHandler issueCode,
    ReissueOfficerCodeHandler reissueCode,
    GetOfficerCodeStatisticsHandler codeStatistics,
    TimeProvider clock) : WeijianPageModel
{
    // 人员状态
    [BindProperty]
    public string? NewStatus { get; set; }

    [BindProperty]
    public string? StatusReason { get; set; }

    [BindProperty]
    public DateOnly? StatusEffectiveOn { get; set; }

    // 法律职业资格
    [BindProperty]
    public string? CertificateNumber { get; set; }

    [BindProperty]
    public DateOnly? ObtainedOn { get; set; }

    // 利害关系申报
    [BindProperty]
    public string? EntityKey { get; set; }

    [BindProperty]
    public string? Relation { get; set; }

    [BindProperty]
    public string? ConflictReason { get; set; }

    [BindProperty]
    public DateOnly? DeclaredOn { get; set; }

    [BindProperty]
    public string? WithdrawReason { get; set; }

    // 培训记录
    [BindProperty]
    public string? Course { get; set; }

    [BindProperty]
    public string? Provider { get; set; }

    [BindProperty]
    public DateOnly? TrainingDate { get; set; }

    [BindProperty]
    public decimal? Hours { get; set; }

    // 考试记录
    [BindProperty]
    public string? ExamName { get; set; }

    [BindProperty]
    public DateOnly? ExamDate { get; set; }

    [BindProperty]
    public decimal? Score { get; set; }

    [BindProperty]
    public bool? Passed { get; set; }

    // 执法亮码 (R-TRS-3)
    [BindProperty]
    public string? ReissueReason { get; set; }

    // 执法资格核验 (GET)
    [BindProperty(SupportsGet = true)]
    public DateOnly? CheckDate { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? CheckSpecialty { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? CheckEntity { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Check { get; set; }

    public OfficerView? Officer { get; private set; }

    public OfficerEligibility? Eligibility { get; private set; }

    /// <summary>The officer's 执法亮码, current first (R-TRS-3).</summary>
    public IReadOnlyList<OfficerCodeView> Codes { get; private set; } = [];

    /// <summary>亮码统计 of the bureau (rating figures only over the minimum number of ratings).</summary>
    public OfficerCodeStatistics? CodeStatistics { get; private set; }

    /// <summary>The form whose submission failed (its errors show next to it); null after a GET.</summary>
    public string? FailedForm { get; private set; }

    /// <summary>The conflict whose withdrawal failed.</summary>
    public Guid? FailedConflict { get; private set; }

    public DateOnly Today { get; private set; }

    public bool CanEdit => Actor.IsInRole(RoleCodes.SystemAdministrator) || Actor.IsInRole(RoleCodes.BureauHead);

    public bool IsSelf => Officer?.UserId is { } u && u == Actor.UserId;

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => RunAsync(async () =>
    {
        await LoadAsync(id, ct);
        if (Check)
        {
            try
            {
                Eligibility = await eligibility.HandleAsync(new CheckOfficerEligibility(id, CheckDate, CheckSpecialty, null, CheckEntity), ct);
            }
            catch (DomainRuleException e) when (e.Kind == RuleViolationKind.Invalid)
            {
                FailedForm = "check";
                AddMapped(e, new() { ["specialty"] = nameof(CheckSpecialty), ["entityKey"] = nameof(CheckEntity), ["entityId"] = nameof(CheckEntity) });
            }
        }

        return Page();
    });

    public Task<IActionResult> OnPostStatusAsync(Guid id, CancellationToken ct) => Form(
        id,
        "status",
        new() { ["status"] = nameof(NewStatus), ["reason"] = nameof(StatusReason), ["effectiveOn"] = nameof(StatusEffectiveOn) },
        async () =>
        {
            var o = await changeStatus.HandleAsync(new ChangeOfficerStatus(id, NewStatus, StatusReason, StatusEffectiveOn), ct);
            return $"已将“{o.Name}”的状态变更为“{o.StatusName}”。";
        },
        ct);

    public Task<IActionResult> OnPostQualificationAsync(Guid id, CancellationToken ct) => Form(
        id,
        "qualification",
        new() { ["certificateNumber"] = nameof(CertificateNumber), ["obtainedOn"] = nameof(ObtainedOn) },
        async () =>
        {
            var o = await qualification.HandleAsync(new RecordLegalQualification(id, CertificateNumber, ObtainedOn), ct);
            return $"已登记“{o.Name}”的法律职业资格。";
        },
        ct);

    public Task<IActionResult> OnPostConflictAsync(Guid id, CancellationToken ct) => Form(
        id,
        "conflict",
        new() { ["entityKey"] = nameof(EntityKey), ["entityId"] = nameof(EntityKey), ["relation"] = nameof(Relation), ["reason"] = nameof(ConflictReason), ["declaredOn"] = nameof(DeclaredOn) },
        async () =>
        {
            await declare.HandleAsync(new DeclareOfficerConflict(id, null, Relation, ConflictReason, DeclaredOn, EntityKey), ct);
            return "已登记利害关系申报，该人员将回避对该监管对象的执法活动。";
        },
        ct);

    public Task<IActionResult> OnPostWithdrawAsync(Guid id, Guid conflictId, CancellationToken ct)
    {
        FailedConflict = conflictId;
        return Form(
            id,
            "withdraw",
            new() { ["reason"] = nameof(WithdrawReason), ["withdrawnOn"] = nameof(WithdrawReason) },
            async () =>
            {
                await withdraw.HandleAsync(new WithdrawOfficerConflict(id, conflictId, WithdrawReason), ct);
                return "已撤回利害关系申报，申报记录予以保留。";
            },
            ct);
    }

    public Task<IActionResult> OnPostTrainingAsync(Guid id, CancellationToken ct) => Form(
        id,
        "training",
        new() { ["course"] = nameof(Course), ["provider"] = nameof(Provider), ["date"] = nameof(TrainingDate), ["hours"] = nameof(Hours) },
        async () =>
        {
            await training.HandleAsync(new RecordOfficerTraining(id, Course, Provider, TrainingDate, Hours), ct);
            return "已登记培训记录。";
        },
        ct);

    public Task<IActionResult> OnPostExamAsync(Guid id, CancellationToken ct) => Form(
        id,
        "exam",
        new() { ["name"] = nameof(ExamName), ["date"] = nameof(ExamDate), ["score"] = nameof(Score), ["passed"] = nameof(Passed) },
        async () =>
        {
            await exam.HandleAsync(new RecordOfficerExam(id, ExamName, ExamDate, Score, Passed), ct);
            return "已登记考试记录。";
        },
        ct);

    public Task<IActionResult> OnPostIssueCodeAsync(Guid id, CancellationToken ct) => Form(
        id,
        "code",
        new() { ["officerId"] = nameof(ReissueReason) },
        async () =>
        {
            var c = await issueCode.HandleAsync(new IssueOfficerCode(id), ct);
            return $"已为“{c.OfficerName}”发放执法亮码。";
        },
        ct);

    public Task<IActionResult> OnPostReissueCodeAsync(Guid id, CancellationToken ct) => Form(
        id,
        "code",
        new() { ["reason"] = nameof(ReissueReason) },
        async () =>
        {
            var c = await reissueCode.HandleAsync(new ReissueOfficerCode(id, ReissueReason), ct);
            return $"已为“{c.OfficerName}”重新发放执法亮码，原亮码已作废。";
        },
        ct);

    public string? ErrorFor(string property) =>
        ModelState.TryGetValue(property, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>
    /// Runs one of the page's forms: on success, post/redirect/get with a message; on a rule violation, the message goes
    /// next to the input of that form (fields mapped to this page's property names) and the page is shown again.
    /// </summary>
    private Task<IActionResult> Form(Guid id, string form, Dictionary<string, string> fields, Func<Task<string>> action, CancellationToken ct) => RunAsync(
        async () =>
        {
            try
            {
                SetFlash(await action());
                return RedirectToPage("/Registry/Officers/Details", new { id });
            }
            catch (DomainRuleException e) when (e.Kind is RuleViolationKind.Invalid or RuleViolationKind.Conflict)
            {
                FailedForm = form;
                AddMapped(e, fields);
                await LoadAsync(id, ct);
                return Page();
            }
        },
        async () =>
        {
            FailedForm = form;
            await LoadAsync(id, ct);
        });

    private void AddMapped(DomainRuleException e, Dictionary<string, string> fields)
    {
        var property = e.Fields.Select(f => fields.GetValueOrDefault(f)).FirstOrDefault(p => p is not null);
        ModelState.AddModelError(property ?? string.Empty, e.Message);
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Today = ChinaClock.Today(clock);
        Officer = await get.HandleAsync(new GetOfficer(id), ct);
        Codes = await codes.HandleAsync(new GetOfficerCodes(id), ct);
        CodeStatistics = await codeStatistics.HandleAsync(new GetOfficerCodeStatistics(Today.Year), ct);
        CheckDate ??= Today;
    }
}
