using Weijian.Licensing.Items;
using Weijian.Platform.Authorization;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Platform.Tenancy;
using Weijian.Registry.Entities;

namespace Weijian.Licensing.Applications;

/// <summary>
/// 行政许可申请: one application for one item of the bureau's list, from arrival of the materials to the decision and the
/// service of the certificate. Receipt number 年份+序号 per bureau; the applicant follows it with a random query code. The
/// item's time limits are copied when it arrives so a later revision of the guide does not move a running clock. Every
/// act is checked against <see cref="ApplicationWorkflow"/> and kept in <see cref="History"/> and the audit chain.
/// </summary>
public sealed class LicenseApplication : ITenantOwned
{
    public const int TextMax = 2000;
    public const int NameMax = 200;

    private LicenseApplication()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    /// <summary>受理编号 年份+序号 (e.g. 20260012).</summary>
    public string Number { get; private set; } = "";

    /// <summary>查询码: with the number, opens the public status page (no account needed).</summary>
    public string QueryCode { get; private set; } = "";

    public bool Online { get; private set; }

    /// <summary>
    /// The applicant account that submitted it online (申请人账号, <c>Applicants/ApplicantAccount</c>); null for window intake
    /// on the applicant's behalf and for anonymous online applications. The account sees only applications carrying its id.
    /// </summary>
    public Guid? ApplicantAccountId { get; private set; }

    public Guid ItemId { get; private set; }

    public string ItemCode { get; private set; } = "";

    public string ItemName { get; private set; } = "";

    public LicenseItemKind ItemKind { get; private set; }

    public string LicenseType { get; private set; } = "";

    public int StatutoryDays { get; private set; }

    public int PromisedDays { get; private set; }

    public bool SiteCheckRequired { get; private set; }

    public int? ValidityYears { get; private set; }

    public Guid? EntityId { get; private set; }

    public string ApplicantName { get; private set; } = "";

    public PartyKind ApplicantKind { get; private set; }

    public string? ApplicantCreditCode { get; private set; }

    public string? ContactPerson { get; private set; }

    public string? ContactPhone { get; private set; }

    /// <summary>申请许可的项目/范围 (for a change: the new scope or name).</summary>
    public string Scope { get; private set; } = "";

    /// <summary>The license changed, renewed, cancelled or validated; for a new license, the one issued.</summary>
    public Guid? LicenseId { get; private set; }

    public ApplicationStatus Status { get; private set; }

    /// <summary>Day the materials arrived: R-LIC-2 counts the 5 working days of the one-time notice from it.</summary>
    public DateOnly ReceivedOn { get; private set; }

    public DateOnly? DeficiencyNotifiedOn { get; private set; }

    public DateOnly? AcceptedOn { get; private set; }

    /// <summary>No one-time notice within 5 working days: counts as accepted on the day the materials arrived (R-LIC-2).</summary>
    public bool DeemedAccepted { get; private set; }

    public string? IntakeRefusalNote { get; private set; }

    public IntakeRefusal? IntakeRefusal { get; private set; }

    /// <summary>The authority the applicant is sent to when the matter is not ours (R-LIC-2).</summary>
    public string? RightAuthority { get; private set; }

    public DateOnly? RongqueDueOn { get; private set; }

    public DateOnly? RongqueSuppliedOn { get; private set; }

    public DateOnly? SiteCheckedOn { get; private set; }

    public string? SiteCheckFindings { get; private set; }

    public string? ReviewerName { get; private set; }

    public Guid? ReviewerId { get; private set; }

    public string? ReviewOpinion { get; private set; }

    public DateOnly? ExtendedOn { get; private set; }

    public string? ExtensionReason { get; private set; }

    public string? ExtensionApprovedBy { get; private set; }

    public DateOnly? HearingOn { get; private set; }

    public string? HearingPresider { get; private set; }

    /// <summary>Legal deadline of the decision (statutory days, extension and pauses, R-LIC-4/6); set from acceptance.</summary>
    public DateOnly? LegalDueOn { get; private set; }

    /// <summary>The window's own target (promised days, R-LIC-14).</summary>
    public DateOnly? PromisedDueOn { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    public string? DecisionNumber { get; private set; }

    public string? DecisionReason { get; private set; }

    public string? DecidedBy { get; private set; }

    public bool GrantedOnCommitment { get; private set; }

    public string? CommitmentText { get; private set; }

    public bool DeemedRenewal { get; private set; }

    public DateOnly? CertificateDueOn { get; private set; }

    public DateOnly? CertificateServedOn { get; private set; }

    public string? CertificateServiceNote { get; private set; }

    public DateOnly? WithdrawnOn { get; private set; }

    /// <summary>The clerk who received it: ratings are counted per clerk.</summary>
    public string ClerkName { get; private set; } = "";

    public ApplicationRating? Rating { get; private set; }

    public string? RatingComment { get; private set; }

    public DateTimeOffset? RatedAt { get; private set; }

    public string MaterialsJson { get; private set; } = "[]";

    public string DeficienciesJson { get; private set; } = "[]";

    public string PausesJson { get; private set; } = "[]";

    public string SiteCheckStaffJson { get; private set; } = "[]";

    public string HistoryJson { get; private set; } = "[]";

    /// <summary>The documents issued to the applicant (受理通知书 … 许可证件), in issue order; the files are <c>IssuedDocument</c>s.</summary>
    public string DocumentsJson { get; private set; } = "[]";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<MaterialCheck> Materials => ChildRecordsJson.List<MaterialCheck>(MaterialsJson);

    /// <summary>一次性告知书: everything to supplement or correct, in one notice (R-LIC-2, R-LIC-10).</summary>
    public IReadOnlyList<string> Deficiencies => ChildRecordsJson.List<string>(DeficienciesJson);

    public IReadOnlyList<ExcludedPeriod> Pauses => ChildRecordsJson.List<ExcludedPeriod>(PausesJson);

    public IReadOnlyList<string> SiteCheckStaff => ChildRecordsJson.List<string>(SiteCheckStaffJson);

    public IReadOnlyList<ApplicationStep> History => ChildRecordsJson.List<ApplicationStep>(HistoryJson);

    public IReadOnlyList<ApplicationDocument> Documents => ChildRecordsJson.List<ApplicationDocument>(DocumentsJson);

    /// <summary>The 准予/不予行政许可决定书 of the decision, when one was issued (R-LIC-5; its verify link goes on the public notice).</summary>
    public ApplicationDocument? DecisionDocument => Documents.LastOrDefault(d => d.IsDecision);

    public bool IsClosed => Status is ApplicationStatus.Granted or ApplicationStatus.Refused or ApplicationStatus.NotAccepted or ApplicationStatus.Withdrawn;

    public bool HasRongqueGap => Materials.Any(m => m.State == MaterialState.Rongque) && RongqueSuppliedOn is null;

    public static LicenseApplication Receive(
        Guid organizationId, string number, string queryCode, LicenseItem item, ApplicantDetails applicant, string scope, Guid? licenseId,
        IReadOnlyList<MaterialCheck> materials, bool online, DateOnly receivedOn, string by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(applicant);
        var a = new LicenseApplication
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = organizationId,
            Number = number,
            QueryCode = queryCode,
            Online = online,
            ItemId = item.Id,
            ItemCode = item.Code,
            ItemName = item.Name,
            ItemKind = item.Kind,
            LicenseType = item.LicenseType,
            StatutoryDays = item.StatutoryDays,
            PromisedDays = item.PromisedDays,
            SiteCheckRequired = item.SiteCheckRequired,
            ValidityYears = item.ValidityYears,
            EntityId = applicant.EntityId,
            ApplicantName = applicant.Name,
            ApplicantKind = applicant.Kind,
            ApplicantCreditCode = applicant.CreditCode,
            ContactPerson = applicant.ContactPerson,
            ContactPhone = applicant.ContactPhone,
            Scope = scope,
            LicenseId = licenseId,
            Status = ApplicationStatus.Submitted,
            ReceivedOn = receivedOn,
            ClerkName = online ? "" : by,
            MaterialsJson = ChildRecordsJson.Write(materials),
            CreatedAt = now,
        };
        a.Log(receivedOn, online ? "网上申请" : "窗口收件", $"收到申请材料（{item.Name}）", by, now);
        return a;
    }

    /// <summary>Links an online application to the signed-in applicant account that submitted it (once, on submission).</summary>
    public void SubmittedFrom(Guid applicantAccountId)
    {
        if (!Online || ApplicantAccountId is not null)
        {
            throw new InvalidOperationException("Only a new online application is linked to the applicant account that submitted it.");
        }

        ApplicantAccountId = applicantAccountId;
    }

    /// <summary>受理 (R-LIC-2), with the 容缺 gaps due by <paramref name="rongqueDue"/> (R-LIC-14).</summary>
    public void Accept(DateOnly on, Guid? entityId, IReadOnlyList<MaterialCheck> materials, DateOnly? rongqueDue, DateOnly legalDue, DateOnly promisedDue, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        ApplicationWorkflow.Check(ApplicationAction.Accept, Status, by);
        EntityId = entityId ?? EntityId;
        MaterialsJson = ChildRecordsJson.Write(materials);
        RongqueDueOn = rongqueDue;
        AcceptedOn = on;
        LegalDueOn = legalDue;
        PromisedDueOn = promisedDue;
        ClerkName = ClerkName.Length == 0 ? by.Name : ClerkName;
        Status = ApplicationStatus.Accepted;
        Log(on, rongqueDue is null ? "受理" : "容缺受理", rongqueDue is null ? "材料齐全，予以受理" : $"容缺受理，容缺材料须于{rongqueDue:yyyy-MM-dd}前补齐", by.Name, now);
    }

    /// <summary>
    /// 视为受理 (R-LIC-2): the one-time notice was not given within 5 working days of arrival, so the application counts as
    /// accepted on the day the materials arrived. Done by the system (sweep) or when a clerk tries a late notice.
    /// </summary>
    public void DeemAccepted(DateOnly today, DateOnly legalDue, DateOnly promisedDue, DateTimeOffset now)
    {
        if (Status != ApplicationStatus.Submitted)
        {
            throw DomainRuleException.Conflict("licensing.action-not-allowed", "只有待受理的申请才会视为受理");
        }

        AcceptedOn = ReceivedOn;
        DeemedAccepted = true;
        LegalDueOn = legalDue;
        PromisedDueOn = promisedDue;
        Status = ApplicationStatus.Accepted;
        Log(today, "视为受理", $"收到材料之日起5个工作日内未一次性告知补正，自收到材料之日（{ReceivedOn:yyyy-MM-dd}）起视为受理（R-LIC-2）", "系统", now);
    }

    public void NotifyDeficiency(DateOnly on, IReadOnlyList<MaterialCheck> materials, IReadOnlyList<string> deficiencies, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        ApplicationWorkflow.Check(ApplicationAction.NotifyDeficiency, Status, by);
        MaterialsJson = ChildRecordsJson.Write(materials);
        DeficienciesJson = ChildRecordsJson.Write(deficiencies);
        DeficiencyNotifiedOn = on;
        ClerkName = ClerkName.Length == 0 ? by.Name : ClerkName;
        Status = ApplicationStatus.DeficiencyNotified;
        Log(on, "一次性告知", "一次性告知需补正的全部内容：" + string.Join("；", deficiencies), by.Name, now);
    }

    public void RejectIntake(DateOnly on, IntakeRefusal reason, string? rightAuthority, string? note, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        ApplicationWorkflow.Check(ApplicationAction.RejectIntake, Status, by);
        IntakeRefusal = reason;
        RightAuthority = rightAuthority;
        IntakeRefusalNote = note;
        DecidedOn = on;
        ClerkName = ClerkName.Length == 0 ? by.Name : ClerkName;
        Status = ApplicationStatus.NotAccepted;
        Log(on, "不予受理", ApplicationNames.Of(reason) + (rightAuthority is null ? "" : $"，请向{rightAuthority}申请") + (note is null ? "" : "：" + note), by.Name, now);
    }

    /// <summary>告知承诺 (R-LIC-11/12): the applicant signs the 承诺书 and the license is issued on the spot.</summary>
    public void GrantOnCommitment(DateOnly on, Guid entityId, string commitmentText, string decisionNumber, Guid licenseId, DateOnly certificateDue, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        ApplicationWorkflow.Check(ApplicationAction.GrantOnCommitment, Status, by);
        EntityId = entityId;
        AcceptedOn = on;
        LegalDueOn = on;
        PromisedDueOn = on;
        GrantedOnCommitment = true;
        CommitmentText = commitmentText;
        ClerkName = ClerkName.Length == 0 ? by.Name : ClerkName;
        Decide(on, ApplicationStatus.Granted, decisionNumber, "申请人书面承诺符合许可条件，依告知承诺当场作出准予许可决定（R-LIC-11/12）", licenseId, certificateDue, by.Name, now);
    }

    public void SupplyRongque(DateOnly on, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        ApplicationWorkflow.Check(ApplicationAction.SupplyRongque, Status, by);
        if (!HasRongqueGap)
        {
            throw DomainRuleException.Conflict("licensing.no-rongque-gap", "该申请没有待补齐的容缺材料");
        }

        RongqueSuppliedOn = on;
        MaterialsJson = ChildRecordsJson.Write(Materials.Select(m => m.State == MaterialState.Rongque ? m with { State = MaterialState.Received } : m));
        Log(on, "补齐容缺材料", "容缺材料已补齐" + (RongqueDueOn is { } due && on > due ? $"（逾期，应于{due:yyyy-MM-dd}前补齐）" : ""), by.Name, now);
    }

    /// <summary>现场核查 by at least two staff (R-LIC-3).</summary>
    public void RecordSiteCheck(DateOnly on, IReadOnlyList<string> staff, string findings, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        ApplicationWorkflow.Check(ApplicationAction.RecordSiteCheck, Status, by);
        if (staff.Count < 2)
        {
            throw Input.Invalid("licensing.site-check-two-staff", "staff", "现场核查须由两名以上工作人员进行（R-LIC-3）");
        }

        SiteCheckedOn = on;
        SiteCheckStaffJson = ChildRecordsJson.Write(staff);
        SiteCheckFindings = findings;
        Log(on, "现场核查", $"{string.Join("、", staff)}现场核查：{findings}", by.Name, now);
    }

    public void RecordReview(DateOnly on, string opinion, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        ApplicationWorkflow.Check(ApplicationAction.RecordReview, Status, by);
        if (SiteCheckRequired && SiteCheckedOn is null)
        {
            throw DomainRuleException.Conflict("licensing.site-check-required", "本事项须先经两名以上工作人员现场核查，再提出审查意见（R-LIC-3）");
        }

        ReviewerName = by.Name;
        ReviewerId = by.UserId;
        ReviewOpinion = opinion;
        Log(on, "审查意见", opinion, by.Name, now);
    }

    /// <summary>One extension of 10 working days, approved by a head with the reason told to the applicant (R-LIC-4).</summary>
    public void Extend(DateOnly on, string reason, DateOnly newLegalDue, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        ApplicationWorkflow.Check(ApplicationAction.ExtendTime, Status, by);
        if (ExtendedOn is not null)
        {
            throw DomainRuleException.Conflict("licensing.extension-once", "审查期限只能延长一次（R-LIC-4）");
        }

        if (LegalDueOn is { } due && on > due)
        {
            throw DomainRuleException.Conflict("licensing.deadline-passed", $"审查期限已于{due:yyyy-MM-dd}届满，不能再延长（R-LIC-4）");
        }

        ExtendedOn = on;
        ExtensionReason = reason;
        ExtensionApprovedBy = by.Name;
        LegalDueOn = newLegalDue;
        Log(on, "延长审查期限", $"经{by.Name}批准延长10个工作日，理由：{reason}；已告知申请人，期限至{newLegalDue:yyyy-MM-dd}", by.Name, now);
    }

    /// <summary>An excluded period starts (R-LIC-6): the clock stands still; the applicant is told in writing.</summary>
    public void StartExcludedPeriod(ApplicationAction action, ExcludedPeriod period, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        ArgumentNullException.ThrowIfNull(period);
        ApplicationWorkflow.Check(action, Status, by);
        PausesJson = ChildRecordsJson.Write(Pauses.Append(period));
        if (period.Kind == ExcludedPeriodKind.Hearing)
        {
            HearingOn = period.HearingOn;
            HearingPresider = period.Presider;
        }

        Status = ApplicationStatus.Suspended;
        Log(period.From, ApplicationNames.Of(period.Kind), $"{ApplicationNames.Of(period.Kind)}：{period.Reason}；所需时间不计入审查期限，已书面告知申请人（R-LIC-6）", by.Name, now);
    }

    public ExcludedPeriod EndExcludedPeriod(DateOnly on, string? result, DateOnly newLegalDue, DateOnly newPromisedDue, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        ApplicationWorkflow.Check(ApplicationAction.EndExcludedPeriod, Status, by);
        var open = OpenPause ?? throw DomainRuleException.Conflict("licensing.no-excluded-period", "没有进行中的特殊程序");
        if (on < open.From)
        {
            throw Input.Invalid("validation.endedOn", "endedOn", "结束日期不能早于特殊程序开始日期");
        }

        if (open.Kind == ExcludedPeriodKind.Hearing && open.HearingOn is { } held && on < held)
        {
            throw Input.Invalid("validation.endedOn", "endedOn", $"听证定于{held:yyyy-MM-dd}举行，举行之前不能结束听证程序");
        }

        var closed = open with { To = on, Result = result };
        PausesJson = ChildRecordsJson.Write(Pauses.Select(p => p == open ? closed : p));
        LegalDueOn = newLegalDue;
        PromisedDueOn = newPromisedDue;
        Status = ApplicationStatus.Accepted;
        Log(on, "恢复计算期限", $"{ApplicationNames.Of(open.Kind)}结束" + (result is null ? "" : "：" + result) + $"；审查期限顺延至{newLegalDue:yyyy-MM-dd}", by.Name, now);
        return closed;
    }

    public ExcludedPeriod? OpenPause => Pauses.LastOrDefault(p => p.To is null);

    /// <summary>准予或不予许可 by a head who did not review the file (R-LIC-5); the certificate is due within 10 working days.</summary>
    public void Decide(ApplicationAction action, DateOnly on, string decisionNumber, string reason, Guid? licenseId, DateOnly? certificateDue, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        ApplicationWorkflow.Check(action, Status, by);
        if (ReviewerName is null)
        {
            throw DomainRuleException.Conflict("licensing.review-required", "须先由承办人员提出审查意见，再作出许可决定");
        }

        if (!by.IsSystem && by.UserId is { } me && me == ReviewerId)
        {
            throw DomainRuleException.Conflict("licensing.reviewer-cannot-decide", "审查人与决定人应当分离：提出审查意见的人员不能作出决定");
        }

        if (action == ApplicationAction.Grant && HasRongqueGap)
        {
            throw DomainRuleException.Conflict("licensing.rongque-outstanding", "容缺材料尚未补齐，不能作出准予许可决定（R-LIC-14）");
        }

        Decide(on, action == ApplicationAction.Grant ? ApplicationStatus.Granted : ApplicationStatus.Refused, decisionNumber, reason, licenseId, certificateDue, by.Name, now);
    }

    /// <summary>
    /// Keeps an issued document on the application. A decision document's number becomes the decision's number, so the
    /// register, the public notice and the paper carry one 文号 (R-PEN-33 numbering, R-LIC-5).
    /// </summary>
    public void RecordDocument(ApplicationDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        DocumentsJson = ChildRecordsJson.Write(Documents.Append(document));
        if (document.IsDecision && document.Number is { } number)
        {
            DecisionNumber = number;
        }
    }

    /// <summary>The license a grant issued or acted on.</summary>
    public void LinkLicense(Guid licenseId) => LicenseId = licenseId;

    /// <summary>视为准予延续 (R-LIC-8): no decision on a renewal by the license's expiry day.</summary>
    public void DeemRenewed(DateOnly today, string decisionNumber, DateOnly certificateDue, DateTimeOffset now)
    {
        if (ItemKind != LicenseItemKind.Renewal || Status is not (ApplicationStatus.Accepted or ApplicationStatus.Suspended))
        {
            throw DomainRuleException.Conflict("licensing.action-not-allowed", "只有审查中的延续申请才会视为准予延续");
        }

        DeemedRenewal = true;
        Decide(today, ApplicationStatus.Granted, decisionNumber, "许可有效期届满前未作出是否准予延续的决定，视为准予延续（R-LIC-8）", LicenseId, certificateDue, "系统", now);
    }

    public void ServeCertificate(DateOnly on, string note, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        ApplicationWorkflow.Check(ApplicationAction.ServeCertificate, Status, by);
        if (CertificateServedOn is not null)
        {
            throw DomainRuleException.Conflict("licensing.certificate-served", $"许可证件已于{CertificateServedOn:yyyy-MM-dd}送达");
        }

        CertificateServedOn = on;
        CertificateServiceNote = note;
        Log(on, "送达许可证件", note + (CertificateDueOn is { } due && on > due ? $"（逾期，应于{due:yyyy-MM-dd}前送达，R-LIC-5）" : ""), by.Name, now);
    }

    public void Withdraw(DateOnly on, string reason, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        ApplicationWorkflow.Check(ApplicationAction.Withdraw, Status, by);
        WithdrawnOn = on;
        DecisionReason = reason;
        Status = ApplicationStatus.Withdrawn;
        Log(on, "撤回申请", reason, by.Name, now);
    }

    /// <summary>好差评: once per application, after it has ended.</summary>
    public void Rate(ApplicationRating rating, string? comment, DateOnly on, DateTimeOffset now)
    {
        if (!IsClosed)
        {
            throw DomainRuleException.Conflict("licensing.rating-too-early", "办结后才能评价");
        }

        if (Rating is not null)
        {
            throw DomainRuleException.Conflict("licensing.rating-once", "每件申请只能评价一次");
        }

        Rating = rating;
        RatingComment = comment;
        RatedAt = now;
        Log(on, "好差评", ApplicationNames.Of(rating) + (comment is null ? "" : "：" + comment), "申请人", now);
    }

    /// <summary>Decided within the legal deadline (R-LIC-4): on-time share of the statistics.</summary>
    public bool? DecidedOnTime => Status is ApplicationStatus.Granted or ApplicationStatus.Refused && DecidedOn is { } d && LegalDueOn is { } due ? d <= due : null;

    private void Decide(DateOnly on, ApplicationStatus status, string decisionNumber, string reason, Guid? licenseId, DateOnly? certificateDue, string by, DateTimeOffset now)
    {
        DecidedOn = on;
        DecisionNumber = decisionNumber;
        DecisionReason = reason;
        DecidedBy = by;
        LicenseId = licenseId ?? LicenseId;
        CertificateDueOn = certificateDue;
        Status = status;
        Log(on, status == ApplicationStatus.Granted ? "准予许可" : "不予许可", reason, by, now);
    }

    private void Log(DateOnly on, string step, string note, string by, DateTimeOffset now)
    {
        HistoryJson = ChildRecordsJson.Write(History.Append(new ApplicationStep(on, step, note, by, now)));
        UpdatedAt = now;
    }
}

public sealed record ApplicantDetails(Guid? EntityId, string Name, PartyKind Kind, string? CreditCode, string? ContactPerson, string? ContactPhone);

/// <summary>One line of the materials checklist generated from the item (R-LIC-1: only the item's materials are asked for).</summary>
public sealed record MaterialCheck(string Name, bool Key, bool MayBeMissing, MaterialState State);

public enum MaterialState
{
    Received,
    Missing,
    Rongque,
}

public enum IntakeRefusal
{
    NotLicensingMatter,
    NotOurAuthority,
}

public enum ExcludedPeriodKind
{
    Hearing,
    Testing,
    Appraisal,
    ExpertReview,
}

public enum ApplicationRating
{
    Good,
    Average,
    Bad,
}

/// <summary>A period excluded from the time limit (R-LIC-6); <see cref="To"/> is null while it runs.</summary>
public sealed record ExcludedPeriod(
    ExcludedPeriodKind Kind, DateOnly From, DateOnly? To, string Reason, DateOnly NoticeOn, DateOnly? HearingOn = null, string? Presider = null, string? Result = null,
    string? Place = null);

/// <summary>A document issued on the application: its id opens <c>/verify/{id}</c> and the file.</summary>
public sealed record ApplicationDocument(Guid Id, string Template, string Title, string? Number, DateOnly IssuedOn, bool IsDecision);

public sealed record ApplicationStep(DateOnly On, string Step, string Note, string By, DateTimeOffset At);
