using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Platform.Tenancy;

namespace Weijian.Licensing.Licenses;

/// <summary>
/// A license held by a regulated entity (许可证): issued by a granted application (or on the spot under 告知承诺,
/// R-LIC-11/12), valid for its item's period (公共场所 4 years, re-checked every 2, R-LIC-13), changed, renewed
/// (R-LIC-8), cancelled or revoked (R-LIC-9). Never deleted; every change is an event in <see cref="History"/> and
/// in the audit chain.
/// </summary>
public sealed class License : ITenantOwned
{
    public const int NumberMax = 60;
    public const int ScopeMax = 1000;

    private License()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    public Guid EntityId { get; private set; }

    /// <summary>Holder's name and credit code as on the license when issued or last changed.</summary>
    public string HolderName { get; private set; } = "";

    public string HolderCreditCode { get; private set; } = "";

    /// <summary>The license family (<see cref="Items.LicenseItem.LicenseType"/>).</summary>
    public string LicenseType { get; private set; } = "";

    /// <summary>许可证号, unique within the bureau.</summary>
    public string Number { get; private set; } = "";

    /// <summary>许可项目/范围 (e.g. 住宿、游泳场所).</summary>
    public string Scope { get; private set; } = "";

    public DateOnly IssuedOn { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    /// <summary>Last day of validity; null for a license that does not expire (e.g. 备案).</summary>
    public DateOnly? ValidUntil { get; private set; }

    /// <summary>The application that granted it (null for a license imported from the old ledger).</summary>
    public Guid? ApplicationId { get; private set; }

    /// <summary>Issued on the applicant's 告知承诺 (R-LIC-11/12); a post-issue verification follows.</summary>
    public bool GrantedOnCommitment { get; private set; }

    public LicenseStatus Status { get; private set; }

    public DateOnly? StatusChangedOn { get; private set; }

    public string? StatusReason { get; private set; }

    public string HistoryJson { get; private set; } = "[]";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<LicenseEvent> History => ChildRecordsJson.List<LicenseEvent>(HistoryJson);

    public static License Issue(
        Guid organizationId,
        Guid entityId,
        string holderName,
        string holderCreditCode,
        string licenseType,
        string number,
        string scope,
        DateOnly issuedOn,
        DateOnly? validUntil,
        Guid? applicationId,
        bool grantedOnCommitment,
        string by,
        DateTimeOffset now)
    {
        var license = new License
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = organizationId,
            EntityId = entityId,
            HolderName = holderName,
            HolderCreditCode = holderCreditCode,
            LicenseType = licenseType,
            Number = number,
            Scope = scope,
            IssuedOn = issuedOn,
            ValidFrom = issuedOn,
            ValidUntil = validUntil,
            ApplicationId = applicationId,
            GrantedOnCommitment = grantedOnCommitment,
            Status = LicenseStatus.Valid,
            CreatedAt = now,
            UpdatedAt = now,
        };
        license.Record(new LicenseEvent(issuedOn, LicenseEventKind.Issued, grantedOnCommitment ? "告知承诺当场发证" : "准予许可发证", applicationId, by));
        return license;
    }

    /// <summary>The last 复核 (R-LIC-13), or the issue date when none was recorded yet.</summary>
    public DateOnly LastRecheckedOn => History.LastOrDefault(e => e.Kind == LicenseEventKind.Rechecked)?.On ?? IssuedOn;

    /// <summary>The last 到期提醒 given to the holder (R-LIC-8), if any.</summary>
    public DateOnly? LastRemindedOn => History.LastOrDefault(e => e.Kind == LicenseEventKind.ExpiryReminded)?.On;

    /// <summary>复核 recorded (R-LIC-13): the next re-check falls due an interval after it.</summary>
    public void Recheck(DateOnly on, string note, string by, DateTimeOffset now)
    {
        LicenseWorkflow.Check(LicenseAction.Recheck, Status);
        Record(new LicenseEvent(on, LicenseEventKind.Rechecked, note, null, by));
        UpdatedAt = now;
    }

    /// <summary>责令整改 after a 告知承诺 verification found the commitment not kept (R-LIC-11/12).</summary>
    public void OrderRectification(DateOnly on, string note, string by, DateTimeOffset now)
    {
        LicenseWorkflow.Check(LicenseAction.OrderRectification, Status);
        Record(new LicenseEvent(on, LicenseEventKind.RectificationOrdered, note, null, by));
        UpdatedAt = now;
    }

    /// <summary>到期提醒 given to the holder (R-LIC-8): a dated notice in the history.</summary>
    public void RecordExpiryReminder(DateOnly on, string note, string by, DateTimeOffset now)
    {
        LicenseWorkflow.Check(LicenseAction.RemindExpiry, Status);
        Record(new LicenseEvent(on, LicenseEventKind.ExpiryReminded, note, null, by));
        UpdatedAt = now;
    }

    /// <summary>有效期届满未延续: the sweep marks the license 已过期 the day after its last valid day (R-LIC-8).</summary>
    public void Expire(DateOnly on, string by, DateTimeOffset now)
    {
        LicenseWorkflow.Check(LicenseAction.Expire, Status);
        if (ValidUntil is not { } until || on <= until)
        {
            throw DomainRuleException.Conflict("licensing.not-expired", "许可证尚在有效期内，不能标记为已过期");
        }

        Move(LicenseStatus.Expired, until.AddDays(1), $"有效期至{until:yyyy-MM-dd}届满，未延续", LicenseEventKind.Expired, by, now);
    }

    /// <summary>注销 ex officio (R-LIC-9, 行政许可法第七十条).</summary>
    public void Cancel(DateOnly on, string reason, string by, DateTimeOffset now)
    {
        LicenseWorkflow.Check(LicenseAction.Cancel, Status);
        Move(LicenseStatus.Cancelled, on, reason, LicenseEventKind.Cancelled, by, now);
    }

    /// <summary>撤销 (R-LIC-9, 行政许可法第六十九条); the grounds and the public-interest bar are checked by the handler.</summary>
    public void Revoke(DateOnly on, string reason, string by, DateTimeOffset now)
    {
        LicenseWorkflow.Check(LicenseAction.Revoke, Status);
        Move(LicenseStatus.Revoked, on, reason, LicenseEventKind.Revoked, by, now);
    }

    private void Move(LicenseStatus status, DateOnly on, string reason, LicenseEventKind kind, string by, DateTimeOffset now)
    {
        Status = status;
        StatusChangedOn = on;
        StatusReason = reason.Length > 500 ? reason[..500] : reason;
        Record(new LicenseEvent(on, kind, reason, null, by));
        UpdatedAt = now;
    }

    /// <summary>
    /// 变更 (or a 校验 recorded on the license) granted on an application: the holder's name and the scope change when
    /// given; the event keeps what changed.
    /// </summary>
    public void ApplyChange(DateOnly on, string? holderName, string? scope, string note, Guid applicationId, string by, DateTimeOffset now)
    {
        LicenseWorkflow.Check(LicenseAction.ApplyChange, Status);
        EnsureValid(on);
        if (!string.IsNullOrWhiteSpace(holderName))
        {
            HolderName = holderName.Trim();
        }

        if (!string.IsNullOrWhiteSpace(scope))
        {
            Scope = scope.Trim();
        }

        UpdatedAt = now;
        Record(new LicenseEvent(on, LicenseEventKind.Changed, note, applicationId, by));
    }

    /// <summary>延续 granted on an application filed in time (R-LIC-8): the new period runs on from the old one.</summary>
    public void Renew(DateOnly on, DateOnly newValidUntil, Guid applicationId, string by, DateTimeOffset now)
    {
        LicenseWorkflow.Check(LicenseAction.Renew, Status);
        EnsureValid(on);
        ValidUntil = newValidUntil;
        UpdatedAt = now;
        Record(new LicenseEvent(on, LicenseEventKind.Renewed, $"准予延续，有效期至{newValidUntil:yyyy-MM-dd}", applicationId, by));
    }

    /// <summary>
    /// 视为准予延续 (R-LIC-8, 行政许可法第五十条): no decision on a renewal filed in time by the expiry day; the license
    /// runs on for a new period.
    /// </summary>
    public void DeemRenewed(DateOnly on, DateOnly newValidUntil, Guid applicationId, DateTimeOffset now)
    {
        LicenseWorkflow.Check(LicenseAction.DeemRenew, Status);

        ValidUntil = newValidUntil;
        UpdatedAt = now;
        Record(new LicenseEvent(on, LicenseEventKind.DeemedRenewed, $"延续申请在有效期届满前未作出决定，视为准予延续（R-LIC-8），有效期至{newValidUntil:yyyy-MM-dd}", applicationId, "系统"));
    }

    /// <summary>注销 on the holder's application (R-LIC-9).</summary>
    public void CancelOnApplication(DateOnly on, string reason, Guid applicationId, string by, DateTimeOffset now)
    {
        LicenseWorkflow.Check(LicenseAction.CancelOnApplication, Status);
        Status = LicenseStatus.Cancelled;
        StatusChangedOn = on;
        StatusReason = reason.Length > 500 ? reason[..500] : reason;
        UpdatedAt = now;
        Record(new LicenseEvent(on, LicenseEventKind.Cancelled, "依申请注销：" + reason, applicationId, by));
    }

    private void EnsureValid(DateOnly on)
    {
        if (!IsValidOn(on))
        {
            throw DomainRuleException.Conflict("licence.not-valid", $"许可证{Number}在{on:yyyy-MM-dd}不在有效期内或已注销、撤销，应按新办申请");
        }
    }

    /// <summary>Validity on a day: valid status and the day within the period.</summary>
    public bool IsValidOn(DateOnly day) =>
        Status == LicenseStatus.Valid && day >= ValidFrom && (ValidUntil is null || day <= ValidUntil);

    private void Record(LicenseEvent e) =>
        HistoryJson = ChildRecordsJson.Write(History.Append(e));
}

/// <summary>One event in a license's life, kept for ever (nothing is silently changed).</summary>
public sealed record LicenseEvent(DateOnly On, LicenseEventKind Kind, string Note, Guid? ApplicationId, string By);

public enum LicenseEventKind
{
    /// <summary>发证.</summary>
    Issued,

    /// <summary>变更.</summary>
    Changed,

    /// <summary>延续.</summary>
    Renewed,

    /// <summary>视为准予延续 (R-LIC-8).</summary>
    DeemedRenewed,

    /// <summary>复核 (R-LIC-13, every 2 years).</summary>
    Rechecked,

    /// <summary>责令整改 after a failed 告知承诺 verification (R-LIC-11).</summary>
    RectificationOrdered,

    /// <summary>注销 (R-LIC-9).</summary>
    Cancelled,

    /// <summary>撤销 (R-LIC-9).</summary>
    Revoked,

    /// <summary>有效期届满未延续，已过期 (R-LIC-8).</summary>
    Expired,

    /// <summary>到期提醒 given to the holder (R-LIC-8).</summary>
    ExpiryReminded,
}

public enum LicenseStatus
{
    /// <summary>有效.</summary>
    Valid,

    /// <summary>已注销.</summary>
    Cancelled,

    /// <summary>已撤销.</summary>
    Revoked,

    /// <summary>已过期（未延续）.</summary>
    Expired,
}
