using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Authorization;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Registry.Entities;

namespace Weijian.Registry.Officers;

/// <summary>One officer with everything the detail page and the API show.</summary>
public sealed record OfficerView(
    Guid Id,
    Guid OrganizationId,
    Guid? UserId,
    string? UserName,
    string Name,
    string? CredentialNumber,
    string? IssuingAuthority,
    string? EnforcementCategory,
    string? EnforcementArea,
    DateOnly? ValidFrom,
    DateOnly? ValidUntil,
    CredentialValidity Validity,
    string ValidityName,
    OfficerStatus Status,
    string StatusName,
    string? StatusReason,
    DateOnly? StatusChangedOn,
    IReadOnlyList<Specialty> Specialties,
    IReadOnlyList<string> SpecialtyNames,
    string? LegalQualificationNumber,
    DateOnly? LegalQualificationDate,
    bool HasLegalQualification,
    string? Notes,
    IReadOnlyList<OfficerConflictView> Conflicts,
    IReadOnlyList<OfficerTrainingView> Trainings,
    IReadOnlyList<TrainingYearView> TrainingYears,
    IReadOnlyList<OfficerExamView> Exams,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

public sealed record OfficerConflictView(
    Guid Id, Guid EntityId, string EntityName, ConflictRelation Relation, string RelationName, DateOnly DeclaredOn, string Reason,
    bool InForce, DateOnly? WithdrawnOn, string? WithdrawalReason);

public sealed record OfficerTrainingView(Guid Id, string Course, string? Provider, DateOnly Date, decimal Hours);

public sealed record OfficerExamView(Guid Id, string Name, DateOnly Date, decimal? Score, bool Passed);

/// <summary>A year's training hours against the requirement in force for the organisation on 31 December (R-OFF-4).</summary>
public sealed record TrainingYearView(int Year, decimal Hours, decimal Required, bool Meets, string RequirementSource);

/// <summary>One row of the officer list.</summary>
public sealed record OfficerListItem(
    Guid Id,
    string Name,
    Guid? UserId,
    string? UserName,
    string? CredentialNumber,
    DateOnly? ValidUntil,
    CredentialValidity Validity,
    string ValidityName,
    OfficerStatus Status,
    string StatusName,
    IReadOnlyList<Specialty> Specialties,
    IReadOnlyList<string> SpecialtyNames,
    bool HasLegalQualification,
    int TrainingYear,
    decimal TrainingHours,
    decimal RequiredHours,
    bool MeetsTraining);

/// <summary>Who may read and change officers, and how a handler finds one.</summary>
public static class OfficerAccess
{
    /// <summary>The register is kept by the bureau's 系统管理员 and 局领导.</summary>
    public static readonly string[] EditorRoles = [Roles.SystemAdministrator, Roles.BureauHead];

    /// <summary>Anyone signed in to the organisation reads its officers (the system actor reads all).</summary>
    public static void RequireReader(WeijianDb db)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Actor.IsSystem)
        {
            db.Actor.RequireOrganization();
        }
    }

    public static void RequireEditor(WeijianDb db)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.Actor.Require(EditorRoles);
    }

    /// <summary>An editor, or the officer themself (declaring a conflict, recording training they attended).</summary>
    public static void RequireEditorOrSelf(WeijianDb db, Officer officer)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(officer);
        if (officer.UserId is { } user && user == db.Actor.UserId)
        {
            return;
        }

        db.Actor.Require(EditorRoles);
    }

    /// <summary>The organisation new officers go into: the actor's own (the system actor names one).</summary>
    public static Guid TargetOrganization(WeijianDb db, Guid? requested)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Actor.IsSystem)
        {
            return Input.Required(requested, "organizationId", "所属单位");
        }

        var own = db.Actor.RequireOrganization();
        if (requested is { } r && r != own)
        {
            throw DomainRuleException.NotFound("organization.not-found", "单位不存在或不在您的管理范围内");
        }

        return own;
    }

    /// <summary>A tracked officer of the actor's organisation (another organisation's officer is "not found").</summary>
    public static async Task<Officer> FindAsync(WeijianDb db, Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Set<Officer>().AsSplitQuery().SingleOrDefaultAsync(o => o.Id == id, ct) ?? throw NotFound();
    }

    public static DomainRuleException NotFound() => DomainRuleException.NotFound("officer.not-found", "执法人员不存在或不属于本单位");
}

/// <summary>R-OFF-4: the yearly training hours required, resolved for the organisation on 31 December of the year.</summary>
public static class TrainingRequirement
{
    public static Task<RuleParameterValue> ResolveAsync(WeijianDb db, Guid organizationId, int year, CancellationToken ct) =>
        RuleParameters.ResolveAsync(db, RuleParameterCatalog.OfficerTrainingHoursPerYear, organizationId, new DateOnly(year, 12, 31), ct);
}

internal static class OfficerViews
{
    public static async Task<OfficerView> LoadAsync(WeijianDb db, Guid id, DateOnly today, CancellationToken ct)
    {
        var officer = await db.Set<Officer>().AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(o => o.Id == id, ct) ?? throw OfficerAccess.NotFound();
        return await FromAsync(db, officer, today, ct);
    }

    public static async Task<OfficerView> FromAsync(WeijianDb db, Officer o, DateOnly today, CancellationToken ct)
    {
        var userName = o.UserId is { } uid
            ? await db.Users.Where(u => u.Id == uid).Select(u => u.UserName).SingleOrDefaultAsync(ct)
            : null;
        var years = o.Trainings.Select(t => t.Date.Year).Append(today.Year).Distinct().OrderDescending().ToList();
        var trainingYears = new List<TrainingYearView>();
        foreach (var year in years)
        {
            var required = await TrainingRequirement.ResolveAsync(db, o.OrganizationId, year, ct);
            var hours = o.TrainingHoursIn(year);
            trainingYears.Add(new TrainingYearView(year, hours, required.Value, hours >= required.Value, required.Source));
        }

        var validity = o.ValidityOn(today);
        return new OfficerView(
            o.Id,
            o.OrganizationId,
            o.UserId,
            userName,
            o.Name,
            o.CredentialNumber,
            o.IssuingAuthority,
            o.EnforcementCategory,
            o.EnforcementArea,
            o.ValidFrom,
            o.ValidUntil,
            validity,
            OfficerNames.Of(validity),
            o.Status,
            OfficerNames.Of(o.Status),
            o.StatusReason,
            o.StatusChangedOn,
            o.Specialties,
            o.Specialties.Select(Specialties.ChineseName).ToList(),
            o.LegalQualificationNumber,
            o.LegalQualificationDate,
            o.HasLegalQualification,
            o.Notes,
            o.Conflicts.OrderByDescending(c => c.DeclaredOn)
                .Select(c => new OfficerConflictView(
                    c.Id, c.EntityId, c.EntityName, c.Relation, OfficerNames.Of(c.Relation), c.DeclaredOn, c.Reason, c.IsInForce, c.WithdrawnOn, c.WithdrawalReason))
                .ToList(),
            o.Trainings.OrderByDescending(t => t.Date).Select(t => new OfficerTrainingView(t.Id, t.Course, t.Provider, t.Date, t.Hours)).ToList(),
            trainingYears,
            o.Exams.OrderByDescending(e => e.Date).Select(e => new OfficerExamView(e.Id, e.Name, e.Date, e.Score, e.Passed)).ToList(),
            o.CreatedAt,
            o.UpdatedAt);
    }

    /// <summary>The audit payload of an officer's particulars (the linked account also by user name, specialties by Chinese name).</summary>
    public static async Task<object> PayloadAsync(WeijianDb db, OfficerDetails d, CancellationToken ct) => new
    {
        d.Name,
        d.UserId,
        UserName = d.UserId is { } uid ? await db.Users.Where(u => u.Id == uid).Select(u => u.UserName).SingleOrDefaultAsync(ct) : null,
        d.CredentialNumber,
        d.IssuingAuthority,
        d.EnforcementCategory,
        d.EnforcementArea,
        d.ValidFrom,
        d.ValidUntil,
        Specialties = d.Specialties.Select(Specialties.ChineseName).ToList(),
        d.Notes,
    };
}
