using System.Text.RegularExpressions;
using Weijian.Platform.Rules;
using Weijian.Platform.Tenancy;
using Weijian.Registry.Entities;

namespace Weijian.Registry.Officers;

/// <summary>
/// An entry of the 执法人员名录库 (R-OFF-6): a person of the bureau with (or, for auxiliary staff, without) a
/// 行政执法证 issued by the province (R-OFF-2), the specialties they work, their 法律职业资格 (R-PEN-20), declared
/// conflicts of interest (recusal, R-PEN-12), training hours (R-OFF-4) and exams. Never deleted: a credential that
/// ends is 暂扣 or 注销 with a reason. <see cref="EligibilityOn"/> answers "may this officer act?" for other modules.
/// </summary>
public sealed partial class Officer : ITenantOwned
{
    public const int NameMax = 50;
    public const int CredentialNumberMax = 30;
    public const int AuthorityMax = 100;
    public const int CategoryMax = 50;
    public const int AreaMax = 100;
    public const int NotesMax = 500;
    public const int ReasonMax = 200;
    public const int QualificationNumberMax = 30;

    private readonly List<OfficerConflict> _conflicts = [];
    private readonly List<OfficerTraining> _trainings = [];
    private readonly List<OfficerExam> _exams = [];

    private Officer()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    /// <summary>The user account of the officer (same organisation; at most one officer per user). Null for staff without an account.</summary>
    public Guid? UserId { get; private set; }

    /// <summary>姓名.</summary>
    public string Name { get; private set; } = "";

    /// <summary>执法证号; null for auxiliary staff, who may not inspect (R-OFF-3). Unique within the organisation.</summary>
    public string? CredentialNumber { get; private set; }

    /// <summary>发证机关, e.g. 湖南省人民政府 (R-OFF-2: issued by the province).</summary>
    public string? IssuingAuthority { get; private set; }

    /// <summary>执法类别, e.g. 卫生健康.</summary>
    public string? EnforcementCategory { get; private set; }

    /// <summary>执法区域, e.g. 永州市冷水滩区.</summary>
    public string? EnforcementArea { get; private set; }

    public DateOnly? ValidFrom { get; private set; }

    public DateOnly? ValidUntil { get; private set; }

    public OfficerStatus Status { get; private set; }

    public string? StatusReason { get; private set; }

    public DateOnly? StatusChangedOn { get; private set; }

    /// <summary>The specialties as stored: codes between commas (",PublicPlaces,MedicalCare,"), so one LIKE finds a specialty.</summary>
    public string SpecialtyCodes { get; private set; } = ",";

    /// <summary>法律职业资格证书编号 (R-PEN-20: first-time legal reviewers need it).</summary>
    public string? LegalQualificationNumber { get; private set; }

    public DateOnly? LegalQualificationDate { get; private set; }

    public string? Notes { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<OfficerConflict> Conflicts => _conflicts;

    public IReadOnlyList<OfficerTraining> Trainings => _trainings;

    public IReadOnlyList<OfficerExam> Exams => _exams;

    public IReadOnlyList<Specialty> Specialties => ParseSpecialtyCodes(SpecialtyCodes);

    public bool HasCredential => CredentialNumber is not null;

    public bool HasLegalQualification => LegalQualificationNumber is not null;

    /// <summary>The stored form of one specialty inside <see cref="SpecialtyCodes"/>, for LIKE filters.</summary>
    public static string SpecialtyToken(Specialty specialty) => "," + specialty + ",";

    public static Officer Register(Guid organizationId, OfficerDetails details, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        var officer = new Officer
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = organizationId,
            Status = OfficerStatus.Active,
            CreatedAt = now,
        };
        officer.Apply(details.Validated(), now);
        return officer;
    }

    /// <summary>Replaces the officer's particulars; returns false (and changes nothing) when they are the same already.</summary>
    public bool Update(OfficerDetails details, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        var valid = details.Validated();
        if (valid == Details())
        {
            return false;
        }

        Apply(valid, now);
        return true;
    }

    /// <summary>The particulars as they are now (the shape <see cref="Update"/> takes).</summary>
    public OfficerDetails Details() => new(
        Name, UserId, CredentialNumber, IssuingAuthority, EnforcementCategory, EnforcementArea, ValidFrom, ValidUntil, Specialties, Notes);

    /// <summary>在职有效 ⇄ 暂扣, either → 注销, and back to 在职有效 (e.g. a re-issued credential), always with a reason.</summary>
    public void ChangeStatus(OfficerStatus status, string? reason, DateOnly on, DateTimeOffset now)
    {
        if (!Enum.IsDefined(status))
        {
            throw Input.Invalid("validation.officer-status", "status", "人员状态不正确，应为在职有效、暂扣或注销");
        }

        if (status == Status)
        {
            throw DomainRuleException.Conflict("officer.status-unchanged", $"该人员已是“{OfficerNames.Of(status)}”状态");
        }

        StatusReason = Input.Text(reason, "reason", "变更原因", ReasonMax);
        Status = status;
        StatusChangedOn = on;
        UpdatedAt = now;
    }

    /// <summary>Records the 法律职业资格 (R-PEN-20); recording again corrects it.</summary>
    public void RecordLegalQualification(string? certificateNumber, DateOnly? obtainedOn, DateOnly today, DateTimeOffset now)
    {
        var number = Input.Text(certificateNumber, "certificateNumber", "法律职业资格证书编号", QualificationNumberMax);
        if (!CodePattern().IsMatch(number))
        {
            throw Input.Invalid("validation.qualification-number", "certificateNumber", "法律职业资格证书编号只能包含字母和数字");
        }

        var date = Input.Required(obtainedOn, "obtainedOn", "取得日期");
        if (date > today)
        {
            throw Input.Invalid("validation.future-date", "obtainedOn", "取得日期不能晚于今天");
        }

        LegalQualificationNumber = number;
        LegalQualificationDate = date;
        UpdatedAt = now;
    }

    /// <summary>An officer declares a relation with a regulated entity they must not act on (recusal, R-PEN-12).</summary>
    public OfficerConflict DeclareConflict(
        Guid entityId, string? entityName, ConflictRelation relation, DateOnly? declaredOn, string? reason, DateOnly today, DateTimeOffset now)
    {
        if (entityId == Guid.Empty)
        {
            throw Input.Invalid("validation.required", "entityId", "监管对象不能为空");
        }

        if (!Enum.IsDefined(relation))
        {
            throw Input.Invalid("validation.conflict-relation", "relation", "利害关系不正确，应为亲属、曾任职单位或其他");
        }

        var on = declaredOn ?? today;
        if (on > today)
        {
            throw Input.Invalid("validation.future-date", "declaredOn", "申报日期不能晚于今天");
        }

        if (_conflicts.Any(c => c.EntityId == entityId && c.IsInForce))
        {
            throw DomainRuleException.Conflict("officer.conflict-already-declared", "已申报与该监管对象的利害关系，无需重复申报");
        }

        var conflict = new OfficerConflict(
            Guid.CreateVersion7(now),
            entityId,
            Input.Text(entityName, "entityName", "监管对象名称", 200),
            relation,
            on,
            Input.Text(reason, "reason", "申报事由", ReasonMax));
        _conflicts.Add(conflict);
        UpdatedAt = now;
        return conflict;
    }

    /// <summary>Withdraws a declared conflict (e.g. the relation ended); it stays on record and no longer blocks.</summary>
    public OfficerConflict WithdrawConflict(Guid conflictId, string? reason, DateOnly? withdrawnOn, DateOnly today, DateTimeOffset now)
    {
        var conflict = _conflicts.FirstOrDefault(c => c.Id == conflictId)
            ?? throw DomainRuleException.NotFound("officer.conflict-not-found", "利害关系申报不存在");
        var on = withdrawnOn ?? today;
        if (on > today)
        {
            throw Input.Invalid("validation.future-date", "withdrawnOn", "撤回日期不能晚于今天");
        }

        if (on < conflict.DeclaredOn)
        {
            throw Input.Invalid("validation.date-order", "withdrawnOn", "撤回日期不能早于申报日期");
        }

        conflict.Withdraw(Input.Text(reason, "reason", "撤回原因", ReasonMax), on);
        UpdatedAt = now;
        return conflict;
    }

    public OfficerTraining AddTraining(string? course, string? provider, DateOnly? date, decimal? hours, DateOnly today, DateTimeOffset now)
    {
        var on = Input.Required(date, "date", "培训日期");
        if (on > today)
        {
            throw Input.Invalid("validation.future-date", "date", "培训日期不能晚于今天");
        }

        var h = Input.Required(hours, "hours", "学时");
        if (h <= 0 || h > 200 || decimal.Round(h, 1) != h)
        {
            throw Input.Invalid("validation.training-hours", "hours", "学时应大于0、不超过200，最多保留一位小数");
        }

        var training = new OfficerTraining(
            Guid.CreateVersion7(now),
            Input.Text(course, "course", "培训课程", 100),
            Input.OptionalText(provider, "provider", "举办单位", 100),
            on,
            h);
        _trainings.Add(training);
        UpdatedAt = now;
        return training;
    }

    public OfficerExam AddExam(string? name, DateOnly? date, decimal? score, bool? passed, DateOnly today, DateTimeOffset now)
    {
        var on = Input.Required(date, "date", "考试日期");
        if (on > today)
        {
            throw Input.Invalid("validation.future-date", "date", "考试日期不能晚于今天");
        }

        if (score is { } s && (s < 0 || s > 100 || decimal.Round(s, 1) != s))
        {
            throw Input.Invalid("validation.exam-score", "score", "成绩应在0至100之间，最多保留一位小数");
        }

        var exam = new OfficerExam(
            Guid.CreateVersion7(now),
            Input.Text(name, "name", "考试名称", 100),
            on,
            score,
            Input.Required(passed, "passed", "是否合格"));
        _exams.Add(exam);
        UpdatedAt = now;
        return exam;
    }

    /// <summary>Training hours (学时) recorded for a calendar year (R-OFF-4).</summary>
    public decimal TrainingHoursIn(int year) => _trainings.Where(t => t.Date.Year == year).Sum(t => t.Hours);

    /// <summary>The credential's state on a date: 有效 / 即将到期 (within <paramref name="expiringWithinDays"/>) / 已过期 / 未生效 / 无执法证.</summary>
    public CredentialValidity ValidityOn(DateOnly date, int expiringWithinDays = OfficerNames.ExpiringWithinDaysDefault) =>
        CredentialValidities.Of(CredentialNumber, ValidFrom, ValidUntil, date, expiringWithinDays);

    /// <summary>
    /// May this officer act on <paramref name="date"/> (for <paramref name="specialty"/>, at <paramref name="entityId"/>)?
    /// Pure: reads only this record, so modules may load officers once and check many (双随机 draws, R-PEN-12 pairs).
    /// Every reason that applies is listed, each with a stable code.
    /// </summary>
    public OfficerEligibility EligibilityOn(DateOnly date, Specialty? specialty = null, Guid? entityId = null)
    {
        var reasons = new List<EligibilityReason>();
        if (CredentialNumber is null)
        {
            // R-OFF-3 / R-INS-8: auxiliary staff without a credential may not inspect; R-OFF-1: acting without one is a liability.
            reasons.Add(new(EligibilityCodes.NoCredential, $"{Name}未取得行政执法证，辅助人员不得从事行政执法检查（R-OFF-3）"));
        }
        else if (ValidFrom is { } from && date < from)
        {
            reasons.Add(new(EligibilityCodes.CredentialNotYetValid, $"执法证{CredentialNumber}自{from:yyyy-MM-dd}起生效，{date:yyyy-MM-dd}尚未生效"));
        }
        else if (ValidUntil is { } until && date > until)
        {
            reasons.Add(new(EligibilityCodes.CredentialExpired, $"执法证{CredentialNumber}已于{until:yyyy-MM-dd}到期，{date:yyyy-MM-dd}不在有效期内"));
        }

        if (Status != OfficerStatus.Active)
        {
            var why = string.IsNullOrEmpty(StatusReason) ? "" : $"（{StatusReason}）";
            reasons.Add(new(EligibilityCodes.NotActive, $"执法人员状态为“{OfficerNames.Of(Status)}”{why}，不得从事执法活动"));
        }

        if (specialty is { } s && !SpecialtyCodes.Contains(SpecialtyToken(s), StringComparison.Ordinal))
        {
            reasons.Add(new(EligibilityCodes.SpecialtyNotHeld, $"未登记“{Entities.Specialties.ChineseName(s)}”执法专业"));
        }

        if (entityId is { } e)
        {
            foreach (var c in _conflicts.Where(c => c.EntityId == e && c.IsInForce))
            {
                // R-PEN-12: recusal of an officer with an interest in the party.
                reasons.Add(new(
                    EligibilityCodes.ConflictOfInterest,
                    $"已申报与“{c.EntityName}”存在利害关系（{OfficerNames.Of(c.Relation)}），应当回避（R-PEN-12）"));
            }
        }

        return new OfficerEligibility(Id, Name, date, reasons);
    }

    private void Apply(OfficerDetails d, DateTimeOffset now)
    {
        Name = d.Name ?? "";
        UserId = d.UserId;
        CredentialNumber = d.CredentialNumber;
        IssuingAuthority = d.IssuingAuthority;
        EnforcementCategory = d.EnforcementCategory;
        EnforcementArea = d.EnforcementArea;
        ValidFrom = d.ValidFrom;
        ValidUntil = d.ValidUntil;
        SpecialtyCodes = "," + string.Concat(d.Specialties.Select(s => s + ","));
        Notes = d.Notes;
        UpdatedAt = now;
    }

    /// <summary>The specialties stored in <see cref="SpecialtyCodes"/> form.</summary>
    internal static List<Specialty> ParseSpecialtyCodes(string codes) =>
        codes.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(c => Enum.TryParse<Specialty>(c, out var s) ? s : (Specialty?)null)
            .OfType<Specialty>()
            .ToList();

    [GeneratedRegex("^[A-Za-z0-9]+$")]
    internal static partial Regex CodePattern();
}

/// <summary>
/// An officer's particulars as a value: what register, update and the spreadsheet import (upsert by 执法证号) set.
/// <see cref="Validated"/> checks and normalises it (field-named Chinese errors).
/// </summary>
public sealed partial record OfficerDetails(
    string? Name,
    Guid? UserId,
    string? CredentialNumber,
    string? IssuingAuthority,
    string? EnforcementCategory,
    string? EnforcementArea,
    DateOnly? ValidFrom,
    DateOnly? ValidUntil,
    IReadOnlyList<Specialty> Specialties,
    string? Notes)
{
    public bool Equals(OfficerDetails? other) =>
        other is not null
        && Name == other.Name && UserId == other.UserId && CredentialNumber == other.CredentialNumber
        && IssuingAuthority == other.IssuingAuthority && EnforcementCategory == other.EnforcementCategory
        && EnforcementArea == other.EnforcementArea && ValidFrom == other.ValidFrom && ValidUntil == other.ValidUntil
        && Specialties.SequenceEqual(other.Specialties) && Notes == other.Notes;

    public override int GetHashCode() => HashCode.Combine(Name, UserId, CredentialNumber, ValidFrom, ValidUntil);

    /// <summary>Parses specialties given as codes (PublicPlaces) or Chinese names (公共场所); unknown ones are a field error.</summary>
    public static IReadOnlyList<Specialty> ParseSpecialties(IEnumerable<string?>? values, string field = "specialties")
    {
        var result = new List<Specialty>();
        foreach (var v in values ?? [])
        {
            if (string.IsNullOrWhiteSpace(v))
            {
                continue;
            }

            var s = Entities.Specialties.Parse(v)
                ?? throw Input.Invalid("validation.specialty", field, $"执法专业“{v.Trim()}”不正确，应为：{string.Join("、", Entities.Specialties.All.Select(Entities.Specialties.ChineseName))}");
            result.Add(s);
        }

        return result;
    }

    /// <summary>
    /// Checks the particulars: 姓名 required; with a 执法证号, the issuing authority and the validity interval are required
    /// (R-OFF-6); without one (auxiliary staff, R-OFF-3) there is no validity interval. Specialties are de-duplicated and
    /// kept in catalogue order.
    /// </summary>
    public OfficerDetails Validated()
    {
        var name = Input.Text(Name, "name", "姓名", Officer.NameMax);
        var number = Input.OptionalText(CredentialNumber, "credentialNumber", "执法证号", Officer.CredentialNumberMax);
        if (number is not null && !CredentialPattern().IsMatch(number))
        {
            throw Input.Invalid("validation.credential-number", "credentialNumber", "执法证号只能包含汉字、字母、数字和连字符，不含空格");
        }

        var authority = Input.OptionalText(IssuingAuthority, "issuingAuthority", "发证机关", Officer.AuthorityMax);
        if (number is not null)
        {
            if (authority is null)
            {
                throw Input.Invalid("validation.required", "issuingAuthority", "发证机关不能为空");
            }

            Input.Required(ValidFrom, "validFrom", "有效期起");
            Input.Required(ValidUntil, "validUntil", "有效期至");
            if (ValidUntil < ValidFrom)
            {
                throw Input.Invalid("validation.date-order", "validUntil", "有效期至不能早于有效期起");
            }
        }
        else if (ValidFrom is not null || ValidUntil is not null)
        {
            throw Input.Invalid("validation.credential-number-required", "credentialNumber", "填写执法证有效期时必须填写执法证号");
        }

        return this with
        {
            Name = name,
            UserId = UserId == Guid.Empty ? null : UserId,
            CredentialNumber = number,
            IssuingAuthority = authority,
            EnforcementCategory = Input.OptionalText(EnforcementCategory, "enforcementCategory", "执法类别", Officer.CategoryMax),
            EnforcementArea = Input.OptionalText(EnforcementArea, "enforcementArea", "执法区域", Officer.AreaMax),
            Specialties = (Specialties ?? []).Distinct().Order().ToList(),
            Notes = Input.OptionalText(Notes, "notes", "备注", Officer.NotesMax),
        };
    }

    [GeneratedRegex(@"^[\p{L}\p{N}-]+$")]
    private static partial Regex CredentialPattern();
}

/// <summary>A declared conflict of interest with a regulated entity (亲属、曾任职单位…): the officer recuses (R-PEN-12).</summary>
public sealed class OfficerConflict
{
    private OfficerConflict()
    {
    }

    internal OfficerConflict(Guid id, Guid entityId, string entityName, ConflictRelation relation, DateOnly declaredOn, string reason)
    {
        Id = id;
        EntityId = entityId;
        EntityName = entityName;
        Relation = relation;
        DeclaredOn = declaredOn;
        Reason = reason;
    }

    public Guid Id { get; private set; }

    /// <summary>The regulated entity (Registry/Entities) the officer must not act on.</summary>
    public Guid EntityId { get; private set; }

    /// <summary>The entity's name when declared (a snapshot, shown even if the entity is later renamed).</summary>
    public string EntityName { get; private set; } = "";

    public ConflictRelation Relation { get; private set; }

    public DateOnly DeclaredOn { get; private set; }

    public string Reason { get; private set; } = "";

    public DateOnly? WithdrawnOn { get; private set; }

    public string? WithdrawalReason { get; private set; }

    /// <summary>Declared and not withdrawn: it blocks the officer for that entity.</summary>
    public bool IsInForce => WithdrawnOn is null;

    internal void Withdraw(string reason, DateOnly on)
    {
        if (!IsInForce)
        {
            throw DomainRuleException.Conflict("officer.conflict-already-withdrawn", "该利害关系申报已撤回");
        }

        WithdrawnOn = on;
        WithdrawalReason = reason;
    }
}

/// <summary>One training attended (R-OFF-4: hours count towards the yearly requirement).</summary>
public sealed class OfficerTraining
{
    private OfficerTraining()
    {
    }

    internal OfficerTraining(Guid id, string course, string? provider, DateOnly date, decimal hours)
    {
        Id = id;
        Course = course;
        Provider = provider;
        Date = date;
        Hours = hours;
    }

    public Guid Id { get; private set; }

    public string Course { get; private set; } = "";

    /// <summary>举办单位.</summary>
    public string? Provider { get; private set; }

    public DateOnly Date { get; private set; }

    /// <summary>学时.</summary>
    public decimal Hours { get; private set; }
}

/// <summary>An exam taken (执法资格考试, 年度法律知识考试 …).</summary>
public sealed class OfficerExam
{
    private OfficerExam()
    {
    }

    internal OfficerExam(Guid id, string name, DateOnly date, decimal? score, bool passed)
    {
        Id = id;
        Name = name;
        Date = date;
        Score = score;
        Passed = passed;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public DateOnly Date { get; private set; }

    public decimal? Score { get; private set; }

    public bool Passed { get; private set; }
}
