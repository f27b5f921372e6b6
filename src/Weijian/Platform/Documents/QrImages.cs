using QRCoder;

namespace Weijian.Platform.Documents;

/// <summary>
/// QR codes that open a public page: the verification code on every document, the printable code of a service guide,
/// the code on an officer's 执法证. PNG for screens and documents, SVG for print at any size.
/// </summary>
public static class QrImages
{
    /// <summary>PNG with <paramref name="pixelsPerModule"/> pixels per module and the standard quiet zone.</summary>
    public static byte[] Png(string url, int pixelsPerModule = 8)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(pixelsPerModule);
    }

    /// <summary>Scalable SVG (viewBox in modules), black on white, for printing.</summary>
    public static string Svg(string url)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(10);
    }
}
