using Weijian.Platform.Calendar;
using Weijian.Platform.Documents;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Licensing.Licences;

/// <summary>记录复核 of a 公共场所 licence (R-LIC-13): the next re-check falls due the configured interval after it.</summary>
public sealed record RecheckLicence(Guid Id, DateOnly? RecheckedOn, string? Note);

public sealed class RecheckLicenceHandler(WeijianDb db, TimeProvider clock, GetLicenceHandler get)
{
    public async Task<LicenceDetails> HandleAsync(RecheckLicence command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.RequireOrganization();
        var l = await LicenceRegister.LoadAsync(db, command.Id, ct);
        LicenceWorkflow.Check(LicenceAction.Recheck, l.Status, db.Actor);
        var today = ChinaClock.Today(clock);
        var on = command.RecheckedOn ?? today;
        if (on > today || on < l.LastRecheckedOn)
        {
            throw Input.Invalid("validation.recheck-date", "recheckedOn", "复核日期不能晚于今天，也不能早于上次复核或发证日期");
        }

        var types = await LicenceRegister.RecheckedTypesAsync(db, l.OrganizationId, ct);
        if (!types.Contains(l.LicenceType))
        {
            throw DomainRuleException.Conflict("licensing.recheck-not-applicable", "只有公共场所卫生许可证实行定期复核（R-LIC-13）");
        }

        var note = Input.Text(command.Note, "note", "复核意见", 500);
        l.Recheck(on, note, db.Actor.Name, clock.GetUtcNow());
        db.Audit(l.OrganizationId, LicenceAudit.Rechecked, LicenceRegister.SubjectType, l.Id.ToString(), new { l.Number, Holder = l.HolderName, RecheckedOn = on, Note = note });
        await db.SaveChangesAsync(ct);
        return await get.HandleAsync(new GetLicence(l.Id), ct);
    }
}

/// <summary>
/// 注销 ex officio (R-LIC-9, 行政许可法第七十条): on expiry without renewal, the holder's death or dissolution, after a
/// revocation, force majeure or another legal ground; publishes a 注销公告.
/// </summary>
public sealed record CancelLicence(Guid Id, string? Ground, string? Note);

public sealed class CancelLicenceHandler(WeijianDb db, TimeProvider clock, DocumentIssuer documents, GetLicenceHandler get)
{
    public async Task<LicenceDetails> HandleAsync(CancelLicence command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.RequireOrganization();
        var l = await LicenceRegister.LoadAsync(db, command.Id, ct);
        LicenceWorkflow.Check(LicenceAction.Cancel, l.Status, db.Actor);
        var ground = LicenceNames.Parse<CancellationGround>(command.Ground, LicenceNames.Of, "ground", "注销情形");
        var today = ChinaClock.Today(clock);
        if (ground == CancellationGround.Expired && !(l.ValidUntil is { } u && u < today))
        {
            throw Input.Invalid("licensing.cancel-ground", "ground", "许可证尚在有效期内，不能以“有效期届满未延续”注销");
        }

        if (ground == CancellationGround.Revoked && l.Status != LicenceStatus.Revoked)
        {
            throw Input.Invalid("licensing.cancel-ground", "ground", "许可未被撤销，不能以“依法被撤销”注销");
        }

        var note = Input.OptionalText(command.Note, "note", "注销说明", 500);
        var reason = LicenceNames.Of(ground) + (note is null ? "" : "：" + note);
        l.Cancel(today, reason, db.Actor.Name, clock.GetUtcNow());
        await LicenceRegister.CloseClocksAsync(db, l, "许可证已注销", clock.GetUtcNow(), ct);
        var doc = await LicenceRegister.IssueAsync(documents, l, "licence-cancellation", new Dictionary<string, string>
        {
            ["cancellation.ground"] = reason,
            ["cancellation.date"] = DocumentNumbers.ChineseDate(today),
        }, ct);
        db.Audit(l.OrganizationId, LicenceAudit.Cancelled, LicenceRegister.SubjectType, l.Id.ToString(), new { l.Number, Holder = l.HolderName, Ground = LicenceNames.Of(ground), Note = note, Notice = doc.Number });
        await db.SaveChangesAsync(ct);
        return await get.HandleAsync(new GetLicence(l.Id), ct);
    }
}

/// <summary>
/// 撤销行政许可 (R-LIC-9, 行政许可法第六十九条), approved by a bureau head: grounds from the list (fraud or bribery
/// mandatory, the others optional), the reviewer confirms the public-interest bar was considered (serious harm bars
/// it); issues the 撤销行政许可决定书 and raises <see cref="LicenceRevoked"/> (the public grant is taken down).
/// </summary>
public sealed record RevokeLicence(Guid Id, IReadOnlyList<string>? Grounds, string? Reason, bool PublicInterestConsidered, bool SeriousPublicHarm);

public sealed class RevokeLicenceHandler(WeijianDb db, TimeProvider clock, DocumentIssuer documents, GetLicenceHandler get)
{
    public async Task<LicenceDetails> HandleAsync(RevokeLicence command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.RequireOrganization();
        var l = await LicenceRegister.LoadAsync(db, command.Id, ct);
        var grounds = (command.Grounds ?? []).Where(g => !string.IsNullOrWhiteSpace(g))
            .Select(g => LicenceNames.Parse<RevocationGround>(g, LicenceNames.Of, "grounds", "撤销理由")).Distinct().ToList();
        var reason = Input.Text(command.Reason, "reason", "撤销的事实和理由", 1000);
        await LicenceRevocation.RevokeAsync(db, documents, clock, l, grounds, reason, command.PublicInterestConsidered, command.SeriousPublicHarm, ct);
        await db.SaveChangesAsync(ct);
        return await get.HandleAsync(new GetLicence(l.Id), ct);
    }
}

/// <summary>The one revocation path (the handler above and a failed 告知承诺 rectification, R-LIC-11/12).</summary>
public static class LicenceRevocation
{
    public static async Task<IssuedDocument> RevokeAsync(
        WeijianDb db, DocumentIssuer documents, TimeProvider clock, Licence l, IReadOnlyList<RevocationGround> grounds, string reason,
        bool publicInterestConsidered, bool seriousPublicHarm, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(grounds);
        LicenceWorkflow.Check(LicenceAction.Revoke, l.Status, db.Actor);
        LicenceRules.EnsureRevocable(grounds, publicInterestConsidered, seriousPublicHarm);
        var today = ChinaClock.Today(clock);
        var now = clock.GetUtcNow();
        var groundText = string.Join("；", grounds.Select(LicenceNames.Of));
        l.Revoke(today, $"{groundText}。{reason}", db.Actor.Name, now);
        await LicenceRegister.CloseClocksAsync(db, l, "许可已撤销", now, ct);
        var doc = await LicenceRegister.IssueAsync(documents, l, "licence-revocation", new Dictionary<string, string>
        {
            ["revocation.grounds"] = groundText,
            ["revocation.reason"] = reason,
            ["revocation.basis"] = grounds.Any(LicenceRules.IsMandatory)
                ? "《中华人民共和国行政许可法》第六十九条第二款"
                : "《中华人民共和国行政许可法》第六十九条第一款",
        }, ct);
        db.Raise(new LicenceRevoked(l.Id, l.OrganizationId, l.ApplicationId, today, $"{groundText}（{doc.Number}）"));
        db.Audit(l.OrganizationId, LicenceAudit.Revoked, LicenceRegister.SubjectType, l.Id.ToString(), new
        {
            l.Number,
            Holder = l.HolderName,
            Grounds = grounds.Select(LicenceNames.Of).ToList(),
            Mandatory = grounds.Any(LicenceRules.IsMandatory),
            Reason = reason,
            PublicInterestConsidered = publicInterestConsidered,
            Decision = doc.Number,
        });
        return doc;
    }
}
