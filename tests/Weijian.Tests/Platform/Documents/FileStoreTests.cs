using System.Security.Cryptography;
using System.Text;
using Weijian.Platform.Files;
using Weijian.Platform.Rules;

namespace Weijian.Tests.Platform.Documents;

/// <summary>DESIGN principle 2: files are content-addressed by SHA-256, stored once, and checked on read.</summary>
public sealed class FileStoreTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "weijian-files-tests", Guid.NewGuid().ToString("N"));

    public FileStoreTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Content_is_stored_under_its_sha256_once_however_often_it_is_saved()
    {
        var store = new FileStore(_root);
        var bytes = Encoding.UTF8.GetBytes("行政处罚决定书");
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));

        var first = await store.SaveAsync(bytes, CancellationToken.None);
        var second = await store.SaveAsync(new MemoryStream(bytes), CancellationToken.None);

        first.ShouldBe(new StoredFile(hash, bytes.Length));
        second.ShouldBe(first);
        File.Exists(Path.Combine(_root, hash[..2], hash)).ShouldBeTrue();
        Directory.GetFiles(_root, "*", SearchOption.AllDirectories).Length.ShouldBe(1);
        (await store.ReadAllBytesAsync(hash, verify: true, CancellationToken.None)).ShouldBe(bytes);
        store.Exists(hash.ToUpperInvariant()).ShouldBeTrue();
    }

    [Fact]
    public async Task Concurrent_saves_of_the_same_content_leave_one_intact_file()
    {
        var store = new FileStore(_root);
        var bytes = RandomNumberGenerator.GetBytes(300_000);
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => store.SaveAsync(bytes, CancellationToken.None))));
        results.Select(r => r.Sha256).Distinct().Count().ShouldBe(1);
        (await store.ReadAllBytesAsync(results[0].Sha256, verify: true, CancellationToken.None)).ShouldBe(bytes);
        Directory.GetFiles(Path.Combine(_root, "incoming")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_file_changed_on_disk_is_refused_when_read_with_verification()
    {
        var store = new FileStore(_root);
        var stored = await store.SaveAsync(Encoding.UTF8.GetBytes("原件"), CancellationToken.None);
        await File.WriteAllTextAsync(Path.Combine(_root, stored.Sha256[..2], stored.Sha256), "篡改");

        var e = await Should.ThrowAsync<DomainRuleException>(() => store.ReadAllBytesAsync(stored.Sha256, verify: true, CancellationToken.None));
        e.Code.ShouldBe("file.integrity");
        (await store.ReadAllBytesAsync(stored.Sha256, verify: false, CancellationToken.None)).ShouldBe(Encoding.UTF8.GetBytes("篡改"));
    }

    [Fact]
    public void Unknown_or_malformed_hashes_are_refused()
    {
        var store = new FileStore(_root);
        Should.Throw<DomainRuleException>(() => store.OpenRead(new string('a', 64))).Kind.ShouldBe(RuleViolationKind.NotFound);
        Should.Throw<DomainRuleException>(() => store.OpenRead("../../etc/passwd")).Code.ShouldBe("file.invalid-hash");
    }
}
