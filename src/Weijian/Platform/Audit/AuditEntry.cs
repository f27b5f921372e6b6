using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Weijian.Platform.Tenancy;

namespace Weijian.Platform.Audit;

/// <summary>
/// One link of an organisation's audit chain (DESIGN §5). Append-only: database triggers refuse UPDATE and DELETE
/// on both providers. <see cref="Hash"/> = SHA-256 over the canonical JSON of every other field, including
/// <see cref="PreviousHash"/>, so changing any byte of any entry breaks the chain from there on.
/// </summary>
public sealed class AuditEntry : ITenantOwned
{
    /// <summary>previousHash of the first entry of every chain.</summary>
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    public long Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    /// <summary>1, 2, 3 … without gaps within the organisation's chain.</summary>
    public long Sequence { get; private set; }

    /// <summary>UTC, truncated to microseconds so that both providers store exactly what was hashed.</summary>
    public DateTimeOffset RecordedAt { get; private set; }

    public Guid? ActorId { get; private set; }

    public string ActorName { get; private set; } = "";

    /// <summary>Stable action code, e.g. <c>organization.created</c>.</summary>
    public string Action { get; private set; } = "";

    public string SubjectType { get; private set; } = "";

    public string SubjectId { get; private set; } = "";

    /// <summary>Canonical JSON of what changed.</summary>
    public string Payload { get; private set; } = "{}";

    public string PreviousHash { get; private set; } = GenesisHash;

    public string Hash { get; private set; } = "";

    internal static AuditEntry Chain(AuditEvent e, long sequence, string previousHash, DateTimeOffset now, Guid? actorId, string actorName)
    {
        var entry = new AuditEntry
        {
            OrganizationId = e.OrganizationId,
            Sequence = sequence,
            RecordedAt = TruncateToMicroseconds(now.ToUniversalTime()),
            ActorId = actorId,
            ActorName = actorName,
            Action = e.Action,
            SubjectType = e.SubjectType,
            SubjectId = e.SubjectId,
            Payload = CanonicalJson.FromObject(e.Payload),
            PreviousHash = previousHash,
        };
        entry.Hash = entry.ComputeHash();
        return entry;
    }

    /// <summary>The canonical form the hash covers; documented so outsiders can recompute it.</summary>
    public string CanonicalForm() => CanonicalJson.Serialize(new JsonObject
    {
        ["organizationId"] = OrganizationId.ToString("D"),
        ["sequence"] = Sequence,
        ["recordedAt"] = RecordedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
        ["actorId"] = ActorId?.ToString("D"),
        ["actorName"] = ActorName,
        ["action"] = Action,
        ["subjectType"] = SubjectType,
        ["subjectId"] = SubjectId,
        ["payload"] = JsonNode.Parse(Payload),
        ["previousHash"] = PreviousHash,
    });

    public string ComputeHash() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalForm())));

    private static DateTimeOffset TruncateToMicroseconds(DateTimeOffset t) => new(t.Ticks - (t.Ticks % 10), TimeSpan.Zero);
}

/// <summary>A business action to append to the audit chain of <see cref="OrganizationId"/> when the change is saved.</summary>
public sealed record AuditEvent(Guid OrganizationId, string Action, string SubjectType, string SubjectId, object? Payload);
