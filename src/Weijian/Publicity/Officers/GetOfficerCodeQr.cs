using Weijian.Platform.Documents;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Publicity.Officers;

/// <summary>
/// The QR image of a code (PNG for screens, SVG for the printed card) carrying the public address of its page at the
/// configured public base URL, like documents' /verify/{id}. A revoked code has no image: its card must not be reprinted.
/// </summary>
public sealed record GetOfficerCodeQr(string? Token, bool Svg = false);

public sealed record OfficerCodeQrImage(byte[] Content, string ContentType);

public sealed class GetOfficerCodeQrHandler(WeijianDb db, DocumentSettings settings)
{
    public async Task<OfficerCodeQrImage> HandleAsync(GetOfficerCodeQr query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var url = await UrlAsync(query, ct);
        return query.Svg
            ? new OfficerCodeQrImage(System.Text.Encoding.UTF8.GetBytes(QrImages.Svg(url)), "image/svg+xml")
            : new OfficerCodeQrImage(QrImages.Png(url), "image/png");
    }

    private async Task<string> UrlAsync(GetOfficerCodeQr query, CancellationToken ct)
    {
        var (code, _, _) = await PublicCodes.FindAsync(db, query.Token, ct);
        if (!code.IsActive)
        {
            throw DomainRuleException.NotFound("officer-code.revoked", "此亮码已作废，不再提供二维码");
        }

        return OfficerCodeSteps.PublicUrl(settings, code.Token);
    }
}
