using System.Reflection;
using Weijian.Platform.Audit;

namespace Weijian.Tests.Audit;

/// <summary>DESIGN §5: hash = SHA-256(canonical JSON of every field incl. previousHash); any change breaks it.</summary>
public class AuditEntryTests
{
    private static readonly Guid Org = Guid.Parse("01a20000-0000-7000-8000-000000000001");
    private static readonly DateTimeOffset At = new(2026, 3, 2, 1, 2, 3, TimeSpan.Zero);

    [Fact]
    public void The_canonical_form_is_documented_field_by_field_and_hashes_to_a_known_value()
    {
        var entry = Chain(1, AuditEntry.GenesisHash, new { Name = "冷水滩区卫生健康局" });
        entry.CanonicalForm().ShouldBe(
            """{"action":"organization.created","actorId":null,"actorName":"系统","organizationId":"01a20000-0000-7000-8000-000000000001","payload":{"name":"冷水滩区卫生健康局"},"previousHash":"0000000000000000000000000000000000000000000000000000000000000000","recordedAt":"2026-03-02T01:02:03.000000Z","sequence":1,"subjectId":"s-1","subjectType":"Organization"}""");
        // Test vector, recomputed independently: python3 -c 'import hashlib; print(hashlib.sha256(FORM.encode()).hexdigest())'
        entry.Hash.ShouldBe("9aea8c592d6bdd23e888b459c6bf5c08ef762c89536d07c02f7203bd601538ef");
    }

    [Fact]
    public void Each_entry_links_to_the_previous_hash()
    {
        var first = Chain(1, AuditEntry.GenesisHash, new { A = 1 });
        var second = Chain(2, first.Hash, new { A = 2 });
        second.PreviousHash.ShouldBe(first.Hash);
        second.Hash.ShouldNotBe(first.Hash);
    }

    [Theory]
    [InlineData(nameof(AuditEntry.Payload), """{"name":"冷水潭区卫生健康局"}""")]
    [InlineData(nameof(AuditEntry.ActorName), "他人")]
    [InlineData(nameof(AuditEntry.Action), "organization.deleted")]
    [InlineData(nameof(AuditEntry.PreviousHash), "1111111111111111111111111111111111111111111111111111111111111111")]
    public void Altering_any_field_changes_the_recomputed_hash(string property, string forged)
    {
        var entry = Chain(1, AuditEntry.GenesisHash, new { Name = "冷水滩区卫生健康局" });
        var stored = entry.Hash;
        typeof(AuditEntry).GetProperty(property)!.SetValue(entry, forged, BindingFlags.NonPublic | BindingFlags.Instance, null, null, null);
        entry.ComputeHash().ShouldNotBe(stored);
    }

    [Fact]
    public void Recorded_time_is_truncated_to_microseconds_so_both_databases_store_what_was_hashed()
    {
        var entry = Chain(1, AuditEntry.GenesisHash, new { }, At.AddTicks(7));
        entry.RecordedAt.ShouldBe(At);
    }

    private static AuditEntry Chain(long sequence, string previous, object payload, DateTimeOffset? at = null)
    {
        var chain = typeof(AuditEntry).GetMethod("Chain", BindingFlags.NonPublic | BindingFlags.Static)!;
        return (AuditEntry)chain.Invoke(null, [new AuditEvent(Org, "organization.created", "Organization", "s-1", payload), sequence, previous, at ?? At, null, "系统"])!;
    }
}
