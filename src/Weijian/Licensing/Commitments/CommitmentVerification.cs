using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Weijian.Licensing.Licenses;
using Weijian.Platform.Organizations;
using Weijian.Platform.Rules;
using Weijian.Platform.Tenancy;

namespace Weijian.Licensing.Commitments;

/// <summary>
/// The post-issue verification of a license granted on 告知承诺 (R-LIC-11/12): due within the provincial window, done
/// as an exempt inspection task (R-INS-9) linked here; the commitment is found kept, or not kept → 责令整改 → rectified,
/// or still not compliant → the license revoked and the false commitment recorded (R-LIC-12, R-CRD-6). A false-commitment
/// finding bars the applicant from the commitment route until repaired (R-LIC-11).
/// </summary>
public sealed class CommitmentVerification : ITenantOwned
{
    public const int TextMax = 2000;

    private CommitmentVerification()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    public Guid LicenseId { get; private set; }

    public Guid EntityId { get; private set; }

    public string HolderName { get; private set; } = "";

    public string LicenseNumber { get; private set; } = "";

    public DateOnly IssuedOn { get; private set; }

    /// <summary>Last day of the verification window (R-LIC-12, rule parameter).</summary>
    public DateOnly DueOn { get; private set; }

    /// <summary>The exempt inspection task the verification is done under (R-INS-9).</summary>
    public Guid? InspectionTaskId { get; private set; }

    /// <summary>The completed inspection the result was taken from, when recorded from one.</summary>
    public Guid? InspectionId { get; private set; }

    public CommitmentVerificationStatus Status { get; private set; }

    public DateOnly? VerifiedOn { get; private set; }

    public string? Finding { get; private set; }

    public DateOnly? RectificationDueOn { get; private set; }

    public DateOnly? ConcludedOn { get; private set; }

    public string? ConclusionNote { get; private set; }

    /// <summary>The false-commitment finding stops barring the commitment route once repaired (R-LIC-11).</summary>
    public DateOnly? RepairedOn { get; private set; }

    public string? VerifiedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public bool IsOverdue(DateOnly today) =>
        (Status == CommitmentVerificationStatus.Pending && today > DueOn)
        || (Status == CommitmentVerificationStatus.RectificationOrdered && RectificationDueOn is { } due && today > due);

    public static CommitmentVerification Schedule(License license, DateOnly dueOn, Guid? taskId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(license);
        return new CommitmentVerification
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = license.OrganizationId,
            LicenseId = license.Id,
            EntityId = license.EntityId,
            HolderName = license.HolderName,
            LicenseNumber = license.Number,
            IssuedOn = license.IssuedOn,
            DueOn = dueOn,
            InspectionTaskId = taskId,
            Status = CommitmentVerificationStatus.Pending,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    /// <summary>属实: the commitment was kept.</summary>
    public void RecordKept(DateOnly on, Guid? inspectionId, string? note, string by, DateTimeOffset now)
    {
        EnsureStatus(CommitmentVerificationStatus.Pending, "记录核查结果");
        Status = CommitmentVerificationStatus.Kept;
        VerifiedOn = on;
        InspectionId = inspectionId;
        Finding = note;
        VerifiedBy = by;
        UpdatedAt = now;
    }

    /// <summary>不属实: rectification ordered by a date (R-LIC-12).</summary>
    public void RecordNotKept(DateOnly on, Guid? inspectionId, string finding, DateOnly rectificationDue, string by, DateTimeOffset now)
    {
        EnsureStatus(CommitmentVerificationStatus.Pending, "记录核查结果");
        if (rectificationDue <= on)
        {
            throw Input.Invalid("validation.rectification-due", "rectificationDueOn", "整改期限须晚于核查日期");
        }

        Status = CommitmentVerificationStatus.RectificationOrdered;
        VerifiedOn = on;
        InspectionId = inspectionId;
        Finding = finding;
        RectificationDueOn = rectificationDue;
        VerifiedBy = by;
        UpdatedAt = now;
    }

    /// <summary>整改到位 → kept after rectification; 未整改到位 → false commitment, the license is revoked (R-LIC-12).</summary>
    public void Conclude(bool rectified, DateOnly on, string note, DateTimeOffset now)
    {
        EnsureStatus(CommitmentVerificationStatus.RectificationOrdered, "认定整改结果");
        Status = rectified ? CommitmentVerificationStatus.Rectified : CommitmentVerificationStatus.FalseCommitment;
        ConcludedOn = on;
        ConclusionNote = note;
        UpdatedAt = now;
    }

    /// <summary>信用修复 of the false-commitment finding: the commitment route opens again (R-LIC-11).</summary>
    public void Repair(DateOnly on, string note, DateTimeOffset now)
    {
        EnsureStatus(CommitmentVerificationStatus.FalseCommitment, "登记信用修复");
        if (RepairedOn is not null)
        {
            throw DomainRuleException.Conflict("licensing.already-repaired", "该虚假承诺记录已登记修复");
        }

        RepairedOn = on;
        ConclusionNote = $"{ConclusionNote}；{on:yyyy-MM-dd}信用修复：{note}";
        UpdatedAt = now;
    }

    private void EnsureStatus(CommitmentVerificationStatus expected, string what)
    {
        if (Status != expected)
        {
            throw DomainRuleException.Conflict("licensing.verification-state", $"告知承诺核查处于“{CommitmentNames.Of(Status)}”状态，不能{what}");
        }
    }
}

public enum CommitmentVerificationStatus
{
    /// <summary>待核查.</summary>
    Pending,

    /// <summary>承诺属实.</summary>
    Kept,

    /// <summary>不属实，责令整改中.</summary>
    RectificationOrdered,

    /// <summary>整改到位.</summary>
    Rectified,

    /// <summary>未整改到位，认定虚假承诺，许可已撤销.</summary>
    FalseCommitment,
}

public static class CommitmentNames
{
    public static string Of(CommitmentVerificationStatus s) => s switch
    {
        CommitmentVerificationStatus.Pending => "待核查",
        CommitmentVerificationStatus.Kept => "承诺属实",
        CommitmentVerificationStatus.RectificationOrdered => "责令整改中",
        CommitmentVerificationStatus.Rectified => "整改到位",
        CommitmentVerificationStatus.FalseCommitment => "虚假承诺（已撤销许可）",
        _ => s.ToString(),
    };
}

internal sealed class CommitmentVerificationConfiguration : IEntityTypeConfiguration<CommitmentVerification>
{
    public void Configure(EntityTypeBuilder<CommitmentVerification> b)
    {
        b.ToTable("commitment_verifications");
        b.HasKey(v => v.Id);
        b.Property(v => v.Id).ValueGeneratedNever();
        b.HasOne<Organization>().WithMany().HasForeignKey(v => v.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<License>().WithMany().HasForeignKey(v => v.LicenseId).OnDelete(DeleteBehavior.Restrict);
        b.Property(v => v.HolderName).HasMaxLength(200);
        b.Property(v => v.LicenseNumber).HasMaxLength(License.NumberMax);
        b.Property(v => v.Status).HasConversion<string>().HasMaxLength(30);
        b.Property(v => v.Finding).HasMaxLength(CommitmentVerification.TextMax);
        b.Property(v => v.ConclusionNote).HasMaxLength(CommitmentVerification.TextMax);
        b.Property(v => v.VerifiedBy).HasMaxLength(100);
        b.HasIndex(v => v.LicenseId).IsUnique();
        b.HasIndex(v => new { v.OrganizationId, v.EntityId, v.Status });
    }
}
