using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Registry.Entities;

namespace Weijian.Registry.Officers;

/// <summary>
/// Creates or updates the officer holding 执法证号 <see cref="CredentialNumber"/> in the organisation — the path of the
/// spreadsheet import (re-importing the same row changes nothing). The row is the full record of particulars, except
/// that an empty <see cref="UserName"/> keeps the existing account link; status is changed only through
/// <see cref="ChangeOfficerStatus"/> (it needs a reason). <see cref="OrganizationId"/> is only for the system actor.
/// </summary>
public sealed record UpsertOfficerByCredentialNumber(
    string? CredentialNumber,
    string? Name,
    string? IssuingAuthority,
    string? EnforcementCategory,
    string? EnforcementArea,
    DateOnly? ValidFrom,
    DateOnly? ValidUntil,
    IReadOnlyList<string>? Specialties,
    string? Notes = null,
    string? UserName = null,
    Guid? OrganizationId = null);

/// <summary>The officer and what happened to it (the same <see cref="UpsertOutcome"/> as the entity import).</summary>
public sealed record OfficerUpsertResult(Guid OfficerId, UpsertOutcome Outcome);

public sealed class UpsertOfficerByCredentialNumberHandler(WeijianDb db, TimeProvider clock)
{
    /// <summary>Creates, updates or leaves the officer, audits and saves.</summary>
    public async Task<OfficerUpsertResult> HandleAsync(UpsertOfficerByCredentialNumber command, CancellationToken ct)
    {
        var result = await StageAsync(db, command, clock.GetUtcNow(), ct);
        if (result.Outcome != UpsertOutcome.Unchanged)
        {
            await db.SaveChangesAsync(ct);
        }

        return result;
    }

    /// <summary>
    /// Applies the row to the context and queues its audit entry without saving, so an importer can save a batch of rows
    /// in one transaction (rows already staged in the context are seen: the same 执法证号 twice in a batch updates once).
    /// </summary>
    public static async Task<OfficerUpsertResult> StageAsync(WeijianDb db, UpsertOfficerByCredentialNumber command, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(command);
        OfficerAccess.RequireEditor(db);
        var orgId = OfficerAccess.TargetOrganization(db, command.OrganizationId);
        var number = Input.Text(command.CredentialNumber, "credentialNumber", "执法证号", Officer.CredentialNumberMax);
        Guid? userId = null;
        if (!string.IsNullOrWhiteSpace(command.UserName))
        {
            var userName = command.UserName.Trim();
            userId = await db.Users.Where(u => u.UserName == userName && u.OrganizationId == orgId).Select(u => (Guid?)u.Id).SingleOrDefaultAsync(ct)
                ?? throw Input.Invalid("officer.user-not-found", "userName", $"本单位没有用户名为“{userName}”的用户");
        }

        var existing = db.Set<Officer>().Local.FirstOrDefault(o => o.OrganizationId == orgId && o.CredentialNumber == number)
            ?? await db.Set<Officer>().IgnoreQueryFilters().AsSplitQuery()
                .SingleOrDefaultAsync(o => o.OrganizationId == orgId && o.CredentialNumber == number, ct);
        var raw = new OfficerDetails(
            command.Name,
            userId ?? existing?.UserId,
            number,
            command.IssuingAuthority,
            command.EnforcementCategory,
            command.EnforcementArea,
            command.ValidFrom,
            command.ValidUntil,
            OfficerDetails.ParseSpecialties(command.Specialties),
            command.Notes);
        var details = await OfficerRules.PrepareAsync(db, orgId, existing?.Id, raw, ct);
        if (existing is null)
        {
            var officer = Officer.Register(orgId, details, now);
            db.Set<Officer>().Add(officer);
            db.Audit(orgId, "officer.registered", nameof(Officer), officer.Id.ToString(), await OfficerViews.PayloadAsync(db, details, ct));
            return new OfficerUpsertResult(officer.Id, UpsertOutcome.Created);
        }

        var before = existing.Details();
        if (!existing.Update(details, now))
        {
            return new OfficerUpsertResult(existing.Id, UpsertOutcome.Unchanged);
        }

        db.Audit(orgId, "officer.updated", nameof(Officer), existing.Id.ToString(), new
        {
            Before = await OfficerViews.PayloadAsync(db, before, ct),
            After = await OfficerViews.PayloadAsync(db, details, ct),
        });
        return new OfficerUpsertResult(existing.Id, UpsertOutcome.Updated);
    }
}
