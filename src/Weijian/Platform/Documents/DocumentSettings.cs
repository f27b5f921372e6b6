namespace Weijian.Platform.Documents;

/// <summary>
/// The fonts of a document. <see cref="Official"/> names the fonts of 党政机关公文格式 (GB/T 9704: title 方正小标宋简体,
/// body 仿宋_GB2312, headings 黑体) — what a bureau's Windows machines have — and declares Noto CJK as each one's
/// alternative in the font table, so LibreOffice on a Linux server (where the official fonts are absent) still sets
/// Chinese glyphs. <see cref="Noto"/> names the Noto CJK fonts directly (setting <c>Weijian:DocumentFonts = noto</c>).
/// </summary>
public sealed record DocumentFonts(string Title, string Body, string Heading, string Latin)
{
    public static DocumentFonts Official { get; } = new("方正小标宋简体", "仿宋_GB2312", "黑体", "Times New Roman");

    public static DocumentFonts Noto { get; } = new("Noto Serif CJK SC", "Noto Serif CJK SC", "Noto Sans CJK SC", "Noto Serif CJK SC");

    /// <summary>"official" (default) or "noto"; anything else is a configuration error.</summary>
    public static DocumentFonts Parse(string? setting) => setting?.Trim().ToLowerInvariant() switch
    {
        null or "" or "official" => Official,
        "noto" => Noto,
        _ => throw new InvalidOperationException($"Weijian:DocumentFonts 应为 official 或 noto，而不是“{setting}”"),
    };

    /// <summary>The installed font LibreOffice should use in place of one that is missing (the font table's altName).</summary>
    public static string? FallbackOf(string font) => font switch
    {
        "方正小标宋简体" or "方正小标宋_GBK" or "小标宋" => "Noto Serif CJK SC",
        "仿宋_GB2312" or "仿宋" or "FangSong" or "宋体" or "SimSun" => "Noto Serif CJK SC",
        "黑体" or "SimHei" => "Noto Sans CJK SC",
        "楷体_GB2312" or "楷体" => "Noto Serif CJK SC",
        _ => null,
    };
}

/// <summary>
/// How issued documents are produced: the public address their QR code points to (<c>Weijian:PublicBaseUrl</c>, default
/// <c>http://127.0.0.1:5080</c>) and the fonts.
/// </summary>
public sealed record DocumentSettings(string PublicBaseUrl, DocumentFonts Fonts)
{
    public const string DefaultPublicBaseUrl = "http://127.0.0.1:5080";

    public static DocumentSettings Default { get; } = new(DefaultPublicBaseUrl, DocumentFonts.Official);

    /// <summary>The public verification page of a document (DESIGN principle 3: anyone can check us).</summary>
    public string VerificationUrl(Guid documentId) => $"{PublicBaseUrl.TrimEnd('/')}/verify/{documentId}";
}
