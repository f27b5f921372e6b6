using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Authorization;
using Weijian.Platform.Documents;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Registry.Officers;

namespace Weijian.Publicity.Officers;

/// <summary>发放执法亮码 (R-TRS-3): the first code of a credentialed officer. An officer has one active code at a time.</summary>
public sealed record IssueOfficerCode(Guid? OfficerId);

public sealed class IssueOfficerCodeHandler(WeijianDb db, TimeProvider clock, DocumentSettings settings)
{
    public async Task<OfficerCodeView> HandleAsync(IssueOfficerCode command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.Require(Roles.SystemAdministrator, Roles.BureauHead);
        var orgId = db.Actor.RequireOrganization();
        var officer = await OfficerCodeSteps.CredentialedOfficerAsync(db, Input.Required(command.OfficerId, "officerId", "执法人员"), ct);
        if (await db.Set<OfficerCode>().AnyAsync(c => c.OfficerId == officer.Id && c.RevokedAt == null, ct))
        {
            throw DomainRuleException.Conflict("officer-code.already-issued", $"{officer.Name}已有有效的执法亮码；证件遗失时请“重新发放”，原码随即作废");
        }

        var code = OfficerCode.Issue(orgId, officer.Id, clock.GetUtcNow(), db.Actor.Name);
        db.Set<OfficerCode>().Add(code);
        db.Audit(orgId, OfficerCodeSteps.Issue, OfficerCodeSteps.CodeSubject, code.Id.ToString(), new { Officer = officer.Name, officer.CredentialNumber });
        await db.SaveChangesAsync(ct);
        return OfficerCodeSteps.View(code, officer, settings);
    }
}

/// <summary>重新发放 (card lost or stolen): the active code is revoked with the reason — scanning it then says 已作废 — and a new random code issued.</summary>
public sealed record ReissueOfficerCode(Guid? OfficerId, string? Reason);

public sealed class ReissueOfficerCodeHandler(WeijianDb db, TimeProvider clock, DocumentSettings settings)
{
    public async Task<OfficerCodeView> HandleAsync(ReissueOfficerCode command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.Require(Roles.SystemAdministrator, Roles.BureauHead);
        var orgId = db.Actor.RequireOrganization();
        var officer = await OfficerCodeSteps.CredentialedOfficerAsync(db, Input.Required(command.OfficerId, "officerId", "执法人员"), ct);
        var current = await db.Set<OfficerCode>().SingleOrDefaultAsync(c => c.OfficerId == officer.Id && c.RevokedAt == null, ct)
            ?? throw DomainRuleException.Conflict("officer-code.none-active", $"{officer.Name}尚无有效的执法亮码，请先发放");
        var next = current.Reissue(command.Reason, clock.GetUtcNow(), db.Actor.Name);
        db.Set<OfficerCode>().Add(next);
        db.Raise(new OfficerCodeReissued(orgId, officer.Id, current.Id, next.Id, current.RevokedReason!));
        db.Audit(orgId, OfficerCodeSteps.Reissue, OfficerCodeSteps.CodeSubject, next.Id.ToString(), new { Officer = officer.Name, officer.CredentialNumber, Reason = current.RevokedReason, Revoked = current.Id });
        await db.SaveChangesAsync(ct);
        return OfficerCodeSteps.View(next, officer, settings);
    }
}

/// <summary>Issues a code to every credentialed officer of the bureau that has no active one (CLI <c>weijian officers codes</c>, demo).</summary>
public sealed record IssueMissingOfficerCodes;

public sealed record IssueMissingOfficerCodesResult(int Issued, int AlreadyHad, int WithoutCredential);

public sealed class IssueMissingOfficerCodesHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<IssueMissingOfficerCodesResult> HandleAsync(IssueMissingOfficerCodes command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.Require(Roles.SystemAdministrator, Roles.BureauHead);
        var orgId = db.Actor.RequireOrganization();
        var officers = await db.Set<Officer>().AsNoTracking().Where(o => o.OrganizationId == orgId).OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name, o.CredentialNumber }).ToListAsync(ct);
        var withCode = (await db.Set<OfficerCode>().Where(c => c.OrganizationId == orgId && c.RevokedAt == null).Select(c => c.OfficerId).ToListAsync(ct)).ToHashSet();
        var now = clock.GetUtcNow();
        var issued = 0;
        foreach (var o in officers.Where(o => o.CredentialNumber is not null && !withCode.Contains(o.Id)))
        {
            var code = OfficerCode.Issue(orgId, o.Id, now, db.Actor.Name);
            db.Set<OfficerCode>().Add(code);
            db.Audit(orgId, OfficerCodeSteps.Issue, OfficerCodeSteps.CodeSubject, code.Id.ToString(), new { Officer = o.Name, o.CredentialNumber });
            issued++;
        }

        await db.SaveChangesAsync(ct);
        var credentialed = officers.Count(o => o.CredentialNumber is not null);
        return new IssueMissingOfficerCodesResult(issued, credentialed - issued, officers.Count - credentialed);
    }
}

/// <summary>An officer's codes, newest first (the current one and those revoked), for the officer page and the API.</summary>
public sealed record GetOfficerCodes(Guid OfficerId);

public sealed class GetOfficerCodesHandler(WeijianDb db, DocumentSettings settings)
{
    public async Task<IReadOnlyList<OfficerCodeView>> HandleAsync(GetOfficerCodes query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        db.Actor.RequireOrganization();
        var officer = await db.Set<Officer>().AsNoTracking().SingleOrDefaultAsync(o => o.Id == query.OfficerId, ct) ?? throw OfficerCodeSteps.OfficerNotFound();
        var codes = await db.Set<OfficerCode>().AsNoTracking().Where(c => c.OfficerId == officer.Id).OrderByDescending(c => c.IssuedAt).ToListAsync(ct);
        return [.. codes.Select(c => OfficerCodeSteps.View(c, officer, settings))];
    }
}

/// <summary>The bureau's codes (current ones by default), searchable by name or credential number, paged.</summary>
public sealed record ListOfficerCodes(string? Search, bool? IncludeRevoked, int? Page, int? PageSize);

public sealed class ListOfficerCodesHandler(WeijianDb db, DocumentSettings settings)
{
    public async Task<Paged<OfficerCodeView>> HandleAsync(ListOfficerCodes query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        db.Actor.RequireOrganization();
        var q = from c in db.Set<OfficerCode>().AsNoTracking()
                join o in db.Set<Officer>().AsNoTracking() on c.OfficerId equals o.Id
                select new { c, o };
        if (query.IncludeRevoked != true)
        {
            q = q.Where(x => x.c.RevokedAt == null);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var s = query.Search.Trim();
            q = q.Where(x => x.o.Name.Contains(s) || (x.o.CredentialNumber != null && x.o.CredentialNumber.Contains(s)));
        }

        var page = await Paged.FromQueryAsync(q.OrderBy(x => x.o.Name).ThenByDescending(x => x.c.IssuedAt), query.Page, query.PageSize, ct);
        return new Paged<OfficerCodeView>([.. page.Items.Select(x => OfficerCodeSteps.View(x.c, x.o, settings))], page.Total, page.Page, page.PageSize);
    }
}
