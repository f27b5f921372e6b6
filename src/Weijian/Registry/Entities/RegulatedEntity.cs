using Weijian.Platform.Rules;
using Weijian.Platform.Tenancy;

namespace Weijian.Registry.Entities;

/// <summary>
/// 监管对象: one entry of a bureau's register of regulated entities (检查对象名录库, R-INS-2), keyed within the
/// organisation by its 统一社会信用代码 (单位) or 居民身份证号 (个人). Never deleted: it is closed (停业 / 已注销) with a
/// reason and a date, and may be reopened with a reason. The licenses it holds are added by Licensing.
/// </summary>
public sealed class RegulatedEntity : ITenantOwned
{
    private RegulatedEntity()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    public PartyKind PartyKind { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>统一社会信用代码 (GB 32100-2015) for 单位, 居民身份证号 (GB 11643-1999) for 个人; unique in the organisation.</summary>
    public string CreditCode { get; private set; } = "";

    /// <summary>法定代表人（负责人）; for 个人 the operator, optional.</summary>
    public string? LegalRepresentative { get; private set; }

    public string Address { get; private set; } = "";

    /// <summary>6-digit administrative region code (GB/T 2260) of the address.</summary>
    public string RegionCode { get; private set; } = "";

    public Specialty Specialty { get; private set; }

    /// <summary>A code of <see cref="Specialties.SubTypes"/> of the specialty.</summary>
    public string SubType { get; private set; } = "";

    public BusinessScale? BusinessScale { get; private set; }

    /// <summary>R-CRD-5 (unverified): recorded as given, no computed tiering.</summary>
    public RiskTier? RiskTier { get; private set; }

    /// <summary>信用等级 as given by the credit system (e.g. A/B/C/D); R-CRD-5.</summary>
    public string? CreditGrade { get; private set; }

    /// <summary>量化分级 A/B/C of a 公共场所 (R-INS-12); null when not graded.</summary>
    public HygieneGrade? HygieneGrade { get; private set; }

    public string? ContactPerson { get; private set; }

    public string? ContactPhone { get; private set; }

    public string? Notes { get; private set; }

    public EntityStatus Status { get; private set; } = EntityStatus.Operating;

    /// <summary>The date of the last 停业 / 注销 / 恢复经营.</summary>
    public DateOnly? StatusChangedOn { get; private set; }

    /// <summary>The reason given for the last status change.</summary>
    public string? StatusReason { get; private set; }

    /// <summary>登记时间: when the entity entered the register.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static RegulatedEntity Register(Guid organizationId, ValidEntityDetails details, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        var entity = new RegulatedEntity
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = organizationId,
            CreatedAt = now,
        };
        entity.Apply(details, now);
        return entity;
    }

    /// <summary>Replaces the entity's details; false (and nothing touched) when they are the same as now.</summary>
    public bool Apply(ValidEntityDetails details, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (Details() == details)
        {
            return false;
        }

        PartyKind = details.PartyKind;
        Name = details.Name;
        CreditCode = details.CreditCode;
        LegalRepresentative = details.LegalRepresentative;
        Address = details.Address;
        RegionCode = details.RegionCode;
        Specialty = details.Specialty;
        SubType = details.SubType;
        BusinessScale = details.BusinessScale;
        RiskTier = details.RiskTier;
        CreditGrade = details.CreditGrade;
        HygieneGrade = details.HygieneGrade;
        ContactPerson = details.ContactPerson;
        ContactPhone = details.ContactPhone;
        Notes = details.Notes;
        UpdatedAt = now;
        return true;
    }

    /// <summary>量化分级 (R-INS-12) set by a completed graded inspection; null when the score fell below the C band (限期整改). The caller audits it.</summary>
    public void SetHygieneGrade(HygieneGrade? grade, DateTimeOffset now)
    {
        HygieneGrade = grade;
        UpdatedAt = now;
    }

    /// <summary>
    /// 信用等级 computed by the credit module from the entity's records (R-CRD-5); false (nothing touched) when unchanged.
    /// The caller audits it with the reason.
    /// </summary>
    public bool SetCreditGrade(string grade, DateTimeOffset now)
    {
        if (CreditGrade == grade)
        {
            return false;
        }

        CreditGrade = grade;
        UpdatedAt = now;
        return true;
    }

    /// <summary>停业 or 注销 with a reason and a date that is not in the future; an entity already closed stays closed.</summary>
    public void Close(EntityStatus status, string? reason, DateOnly? date, DateOnly today, DateTimeOffset now)
    {
        if (status == EntityStatus.Operating)
        {
            throw Input.Invalid("validation.close-status", "status", "请选择停业或注销");
        }

        if (Status == EntityStatus.Closed)
        {
            throw DomainRuleException.Conflict("entity.already-closed", $"“{Name}”已注销，不能再停业或注销");
        }

        if (Status == status)
        {
            throw DomainRuleException.Conflict("entity.already-suspended", $"“{Name}”已是停业状态");
        }

        var text = Input.Text(reason, "reason", status == EntityStatus.Closed ? "注销原因" : "停业原因", 200);
        var on = StatusDate(date, today, status == EntityStatus.Closed ? "注销日期" : "停业日期");
        Status = status;
        StatusReason = text;
        StatusChangedOn = on;
        UpdatedAt = now;
    }

    /// <summary>恢复经营 of a suspended or closed entity, with a reason; the date defaults to today.</summary>
    public void Reopen(string? reason, DateOnly? date, DateOnly today, DateTimeOffset now)
    {
        if (Status == EntityStatus.Operating)
        {
            throw DomainRuleException.Conflict("entity.not-closed", $"“{Name}”正在正常经营，无需恢复");
        }

        var text = Input.Text(reason, "reason", "恢复经营原因", 200);
        var on = StatusDate(date ?? today, today, "恢复经营日期");
        Status = EntityStatus.Operating;
        StatusReason = text;
        StatusChangedOn = on;
        UpdatedAt = now;
    }

    public ValidEntityDetails Details() => new(
        PartyKind, Name, CreditCode, LegalRepresentative, Address, RegionCode, Specialty, SubType, BusinessScale, RiskTier, CreditGrade,
        HygieneGrade, ContactPerson, ContactPhone, Notes);

    /// <summary>The details as written into the audit chain: enumerations by their Chinese names.</summary>
    public object AuditDetails() => new
    {
        PartyKind = EntityNames.Of(PartyKind),
        Name,
        CreditCode,
        LegalRepresentative,
        Address,
        RegionCode,
        Specialty = Specialties.ChineseName(Specialty),
        SubType = Specialties.SubTypeName(Specialty, SubType),
        BusinessScale = BusinessScale is { } s ? EntityNames.Of(s) : null,
        RiskTier = RiskTier is { } r ? EntityNames.Of(r) : null,
        CreditGrade,
        HygieneGrade = HygieneGrade is { } g ? EntityNames.Of(g) : null,
        ContactPerson,
        ContactPhone,
        Notes,
    };

    private static DateOnly StatusDate(DateOnly? date, DateOnly today, string label)
    {
        var on = date ?? throw Input.Invalid("validation.required", "date", $"{label}不能为空");
        return on > today
            ? throw Input.Invalid("entity.status-date-in-future", "date", $"{label}不能晚于今天")
            : on;
    }
}
