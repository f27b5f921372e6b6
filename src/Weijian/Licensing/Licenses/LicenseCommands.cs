using Weijian.Platform.Calendar;
using Weijian.Platform.Documents;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Licensing.Licenses;

/// <summary>记录复核 of a 公共场所 license (R-LIC-13): the next re-check falls due the configured interval after it.</summary>
public sealed record RecheckLicense(Guid Id, DateOnly? RecheckedOn, string? Note);

public sealed class RecheckLicenseHandler(WeijianDb db, TimeProvider clock, GetLicenseHandler get)
{
    public async Task<LicenseDetails> HandleAsync(RecheckLicense command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.RequireOrganization();
        var l = await LicenseRegister.LoadAsync(db, command.Id, ct);
        LicenseWorkflow.Check(LicenseAction.Recheck, l.Status, db.Actor);
        var today = ChinaClock.Today(clock);
        var on = command.RecheckedOn ?? today;
        if (on > today || on < l.LastRecheckedOn)
        {
            throw Input.Invalid("validation.recheck-date", "recheckedOn", "复核日期不能晚于今天，也不能早于上次复核或发证日期");
        }

        var types = await LicenseRegister.RecheckedTypesAsync(db, l.OrganizationId, ct);
        if (!types.Contains(l.LicenseType))
        {
            throw DomainRuleException.Conflict("licensing.recheck-not-applicable", "只有公共场所卫生许可证实行定期复核（R-LIC-13）");
        }

        var note = Input.Text(command.Note, "note", "复核意见", 500);
        l.Recheck(on, note, db.Actor.Name, clock.GetUtcNow());
        db.Audit(l.OrganizationId, LicenseAudit.Rechecked, LicenseRegister.SubjectType, l.Id.ToString(), new { l.Number, Holder = l.HolderName, RecheckedOn = on, Note = note });
        await db.SaveChangesAsync(ct);
        return await get.HandleAsync(new GetLicense(l.Id), ct);
    }
}

/// <summary>
/// 注销 ex officio (R-LIC-9, 行政许可法第七十条): on expiry without renewal, the holder's death or dissolution, after a
/// revocation, force majeure or another legal ground; publishes a 注销公告.
/// </summary>
public sealed record CancelLicense(Guid Id, string? Ground, string? Note);

public sealed class CancelLicenseHandler(WeijianDb db, TimeProvider clock, DocumentIssuer documents, GetLicenseHandler get)
{
    public async Task<LicenseDetails> HandleAsync(CancelLicense command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.RequireOrganization();
        var l = await LicenseRegister.LoadAsync(db, command.Id, ct);
        LicenseWorkflow.Check(LicenseAction.Cancel, l.Status, db.Actor);
        var ground = LicenseNames.Parse<CancellationGround>(command.Ground, LicenseNames.Of, "ground", "注销情形");
        var today = ChinaClock.Today(clock);
        if (ground == CancellationGround.Expired && !(l.ValidUntil is { } u && u < today))
        {
            throw Input.Invalid("licensing.cancel-ground", "ground", "许可证尚在有效期内，不能以“有效期届满未延续”注销");
        }

        if (ground == CancellationGround.Revoked && l.Status != LicenseStatus.Revoked)
        {
            throw Input.Invalid("licensing.cancel-ground", "ground", "许可未被撤销，不能以“依法被撤销”注销");
        }

        var note = Input.OptionalText(command.Note, "note", "注销说明", 500);
        var reason = LicenseNames.Of(ground) + (note is null ? "" : "：" + note);
        l.Cancel(today, reason, db.Actor.Name, clock.GetUtcNow());
        await LicenseRegister.CloseClocksAsync(db, l, "许可证已注销", clock.GetUtcNow(), ct);
        var doc = await LicenseRegister.IssueAsync(documents, l, "licence-cancellation", new Dictionary<string, string>
        {
            ["cancellation.ground"] = reason,
            ["cancellation.date"] = DocumentNumbers.ChineseDate(today),
        }, ct);
        db.Audit(l.OrganizationId, LicenseAudit.Cancelled, LicenseRegister.SubjectType, l.Id.ToString(), new { l.Number, Holder = l.HolderName, Ground = LicenseNames.Of(ground), Note = note, Notice = doc.Number });
        await db.SaveChangesAsync(ct);
        return await get.HandleAsync(new GetLicense(l.Id), ct);
    }
}

/// <summary>
/// 撤销行政许可 (R-LIC-9, 行政许可法第六十九条), approved by a bureau head: grounds from the list (fraud or bribery
/// mandatory, the others optional), the reviewer confirms the public-interest bar was considered (serious harm bars
/// it); issues the 撤销行政许可决定书 and raises <see cref="LicenseRevoked"/> (the public grant is taken down).
/// </summary>
public sealed record RevokeLicense(Guid Id, IReadOnlyList<string>? Grounds, string? Reason, bool PublicInterestConsidered, bool SeriousPublicHarm);

public sealed class RevokeLicenseHandler(WeijianDb db, TimeProvider clock, DocumentIssuer documents, GetLicenseHandler get)
{
    public async Task<LicenseDetails> HandleAsync(RevokeLicense command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.RequireOrganization();
        var l = await LicenseRegister.LoadAsync(db, command.Id, ct);
        var grounds = (command.Grounds ?? []).Where(g => !string.IsNullOrWhiteSpace(g))
            .Select(g => LicenseNames.Parse<RevocationGround>(g, LicenseNames.Of, "grounds", "撤销理由")).Distinct().ToList();
        var reason = Input.Text(command.Reason, "reason", "撤销的事实和理由", 1000);
        await LicenseRevocation.RevokeAsync(db, documents, clock, l, grounds, reason, command.PublicInterestConsidered, command.SeriousPublicHarm, ct);
        await db.SaveChangesAsync(ct);
        return await get.HandleAsync(new GetLicense(l.Id), ct);
    }
}

/// <summary>The one revocation path (the handler above and a failed 告知承诺 rectification, R-LIC-11/12).</summary>
public static class LicenseRevocation
{
    public static async Task<IssuedDocument> RevokeAsync(
        WeijianDb db, DocumentIssuer documents, TimeProvider clock, License l, IReadOnlyList<RevocationGround> grounds, string reason,
        bool publicInterestConsidered, bool seriousPublicHarm, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(grounds);
        LicenseWorkflow.Check(LicenseAction.Revoke, l.Status, db.Actor);
        LicenseRules.EnsureRevocable(grounds, publicInterestConsidered, seriousPublicHarm);
        var today = ChinaClock.Today(clock);
        var now = clock.GetUtcNow();
        var groundText = string.Join("；", grounds.Select(LicenseNames.Of));
        l.Revoke(today, $"{groundText}。{reason}", db.Actor.Name, now);
        await LicenseRegister.CloseClocksAsync(db, l, "许可已撤销", now, ct);
        var doc = await LicenseRegister.IssueAsync(documents, l, "licence-revocation", new Dictionary<string, string>
        {
            ["revocation.grounds"] = groundText,
            ["revocation.reason"] = reason,
            ["revocation.basis"] = grounds.Any(LicenseRules.IsMandatory)
                ? "《中华人民共和国行政许可法》第六十九条第二款"
                : "《中华人民共和国行政许可法》第六十九条第一款",
        }, ct);
        db.Raise(new LicenseRevoked(l.Id, l.OrganizationId, l.ApplicationId, today, $"{groundText}（{doc.Number}）"));
        db.Audit(l.OrganizationId, LicenseAudit.Revoked, LicenseRegister.SubjectType, l.Id.ToString(), new
        {
            l.Number,
            Holder = l.HolderName,
            Grounds = grounds.Select(LicenseNames.Of).ToList(),
            Mandatory = grounds.Any(LicenseRules.IsMandatory),
            Reason = reason,
            PublicInterestConsidered = publicInterestConsidered,
            Decision = doc.Number,
        });
        return doc;
    }
}
