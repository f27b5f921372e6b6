using System.Security.Cryptography;
using Weijian.Platform.Rules;
using Weijian.Platform.Tenancy;

namespace Weijian.Publicity.Officers;

/// <summary>
/// 执法亮码 (R-TRS-3: credentials are shown on site): the public code printed on an officer's 执法证 card. The token is
/// random (never derived from the officer's id, so codes cannot be enumerated) and stable until the card is lost: a
/// re-issue revokes the old token — which then answers "已作废" when scanned — and issues a new one. Never deleted.
/// </summary>
public sealed class OfficerCode : ITenantOwned
{
    public const int TokenLength = 32;
    public const int ReasonMax = 200;

    private OfficerCode()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    public Guid OfficerId { get; private set; }

    /// <summary>24 random bytes as base64url (32 characters): what the QR code carries.</summary>
    public string Token { get; private set; } = "";

    public DateTimeOffset IssuedAt { get; private set; }

    public string IssuedBy { get; private set; } = "";

    public DateTimeOffset? RevokedAt { get; private set; }

    public string? RevokedReason { get; private set; }

    /// <summary>The code that replaced this one (re-issue after a card was lost).</summary>
    public Guid? ReplacedById { get; private set; }

    public bool IsActive => RevokedAt is null;

    public static OfficerCode Issue(Guid organizationId, Guid officerId, DateTimeOffset now, string by) => new()
    {
        Id = Guid.CreateVersion7(now),
        OrganizationId = organizationId,
        OfficerId = officerId,
        Token = NewToken(),
        IssuedAt = now,
        IssuedBy = by,
    };

    /// <summary>Revokes this code with a reason and returns its successor (same officer, new random token).</summary>
    public OfficerCode Reissue(string? reason, DateTimeOffset now, string by)
    {
        if (!IsActive)
        {
            throw DomainRuleException.Conflict("officer-code.already-revoked", "该亮码已作废，请对当前有效的亮码重新发放");
        }

        RevokedReason = Input.Text(reason, "reason", "重新发放原因", ReasonMax);
        var next = Issue(OrganizationId, OfficerId, now, by);
        RevokedAt = now;
        ReplacedById = next.Id;
        return next;
    }

    /// <summary>A fresh token from the OS CSPRNG; URL-safe so it sits in a path segment as is.</summary>
    public static string NewToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_').TrimEnd('=');

    /// <summary>True when the text has the shape of a token (32 base64url characters); anything else is not looked up.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: TokenLength } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
