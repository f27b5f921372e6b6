using Weijian.Platform.Documents;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Publicity.Officers;

/// <summary>
/// The QR image of a code (PNG for screens, SVG for the printed card) carrying the public address of its page at the
/// configured public base URL, like documents' /verify/{id}. A revoked code has no image: its card must not be reprinted.
/// </summary>
public sealed record GetOfficerCodeQr(string? Token);

public sealed class GetOfficerCodeQrHandler(WeijianDb db, DocumentSettings settings)
{
    public async Task<byte[]> PngAsync(GetOfficerCodeQr query, CancellationToken ct) => QrImages.Png(await UrlAsync(query, ct));

    public async Task<string> SvgAsync(GetOfficerCodeQr query, CancellationToken ct) => QrImages.Svg(await UrlAsync(query, ct));

    private async Task<string> UrlAsync(GetOfficerCodeQr query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (code, _, _) = await PublicCodes.FindAsync(db, query.Token, ct);
        if (!code.IsActive)
        {
            throw DomainRuleException.NotFound("officer-code.revoked", "此亮码已作废，不再提供二维码");
        }

        return OfficerCodeSteps.PublicUrl(settings, code.Token);
    }
}
