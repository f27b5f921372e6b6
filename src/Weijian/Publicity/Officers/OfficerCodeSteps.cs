using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Documents;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Registry.Officers;

namespace Weijian.Publicity.Officers;

/// <summary>What the 执法亮码 use cases share: audit names, addresses of the public pages, loading, views.</summary>
public static class OfficerCodeSteps
{
    public const string CodeSubject = nameof(OfficerCode);
    public const string ConfirmationSubject = nameof(VisitConfirmation);
    public const string ComplaintSubject = nameof(VisitComplaint);

    public const string Issue = "officer-code.issue";
    public const string Reissue = "officer-code.reissue";
    public const string Confirm = "visit.confirm";
    public const string Rate = "visit.rate";
    public const string Complain = "visit.complain";
    public const string Assign = "visit-complaint.assign";
    public const string Answer = "visit-complaint.answer";

    /// <summary>The page a scanned code opens, relative to the site.</summary>
    public static string PagePath(string token) => $"/public/officers/code/{token}";

    /// <summary>The absolute address the QR code carries (the configured public base URL, as documents' /verify/{id}).</summary>
    public static string PublicUrl(DocumentSettings settings, string token)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.PublicBaseUrl.TrimEnd('/') + PagePath(token);
    }

    public static DomainRuleException OfficerNotFound() => DomainRuleException.NotFound("officer.not-found", "执法人员不存在或不属于本单位");

    public static DomainRuleException CodeNotFound() => DomainRuleException.NotFound("officer-code.not-found", "执法亮码不存在，请核对二维码是否为本平台发放");

    /// <summary>Only officers holding a 行政执法证 get a code: auxiliary staff may not inspect (R-OFF-3).</summary>
    public static async Task<Officer> CredentialedOfficerAsync(WeijianDb db, Guid officerId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var officer = await db.Set<Officer>().AsNoTracking().SingleOrDefaultAsync(o => o.Id == officerId, ct) ?? throw OfficerNotFound();
        if (!officer.HasCredential)
        {
            throw DomainRuleException.Conflict("officer-code.no-credential", $"{officer.Name}未取得行政执法证，辅助人员不发放执法亮码（R-OFF-3）");
        }

        return officer;
    }

    public static OfficerCodeView View(OfficerCode c, Officer o, DocumentSettings settings) => new(
        c.Id, o.Id, o.Name, o.CredentialNumber, c.Token, PublicUrl(settings, c.Token), PagePath(c.Token) + "/qr.png", PagePath(c.Token) + "/qr.svg",
        PagePath(c.Token) + "/card", c.IssuedAt, c.IsActive, c.RevokedAt, c.RevokedReason);
}

public sealed record OfficerCodeView(
    Guid Id, Guid OfficerId, string OfficerName, string? CredentialNumber, string Token, string Url, string QrPngPath, string QrSvgPath, string CardPath,
    DateTimeOffset IssuedAt, bool Active, DateTimeOffset? RevokedAt, string? RevokedReason);
