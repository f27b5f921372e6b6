using System.Security.Cryptography;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Platform.Files;

/// <summary>A stored file: its SHA-256 (lower-case hex, also its name in the store) and its size in bytes.</summary>
public sealed record StoredFile(string Sha256, long Size);

/// <summary>
/// Content-addressed file storage (DESIGN principle 2: evidence and issued documents are content-addressed).
/// A file lives at <c>{data}/files/ab/abcdef…</c>, named by the SHA-256 of its bytes, so saving the same bytes twice
/// stores them once, a file can never be silently replaced by other content, and anybody holding the hash can check
/// the bytes. Files are never deleted. Thread-safe; registered as a singleton.
/// </summary>
public sealed class FileStore
{
    private const int BufferSize = 81920;

    public FileStore(DatabaseSettings database)
        : this(Path.Combine((database ?? throw new ArgumentNullException(nameof(database))).DataDirectory, "files"))
    {
    }

    public FileStore(string root)
    {
        Root = Path.GetFullPath(root);
    }

    /// <summary>The store's directory (<c>{data}/files</c>).</summary>
    public string Root { get; }

    /// <summary>Stores the bytes (idempotent: the same content is stored once) and returns their hash and size.</summary>
    public async Task<StoredFile> SaveAsync(byte[] content, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var stream = new MemoryStream(content, writable: false);
        return await SaveAsync(stream, ct);
    }

    /// <summary>
    /// Streams the content to a temporary file while hashing it, then moves it to its content address. A concurrent
    /// save of the same content, or content already present, leaves the existing file as it is.
    /// </summary>
    public async Task<StoredFile> SaveAsync(Stream content, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        var incoming = Path.Combine(Root, "incoming");
        Directory.CreateDirectory(incoming);
        var temp = Path.Combine(incoming, Guid.NewGuid().ToString("N"));
        string sha256;
        long size;
        try
        {
            using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true))
            {
                var buffer = new byte[BufferSize];
                int read;
                while ((read = await content.ReadAsync(buffer, ct)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), ct);
                }

                await file.FlushAsync(ct);
                size = file.Length;
                sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            }

            var target = PathOf(sha256);
            if (!File.Exists(target))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                try
                {
                    File.Move(temp, target, overwrite: false);
                }
                catch (IOException) when (File.Exists(target))
                {
                    // Another save of the same content won the race; its bytes are ours by definition.
                }
            }
        }
        finally
        {
            File.Delete(temp);
        }

        return new StoredFile(sha256, size);
    }

    /// <summary>Whether content with this hash is stored.</summary>
    public bool Exists(string sha256) => File.Exists(PathOf(CheckHash(sha256)));

    /// <summary>
    /// Opens stored content for reading. With <paramref name="verify"/> the bytes are hashed first and a file whose
    /// content no longer matches its name (disk corruption, tampering) is refused instead of served.
    /// </summary>
    public Stream OpenRead(string sha256, bool verify = false)
    {
        var path = PathOf(CheckHash(sha256));
        if (!File.Exists(path))
        {
            throw DomainRuleException.NotFound("file.not-found", $"文件不存在（SHA-256：{sha256}）");
        }

        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize);
        if (verify)
        {
            var actual = Convert.ToHexStringLower(SHA256.HashData(stream));
            if (!string.Equals(actual, sha256, StringComparison.OrdinalIgnoreCase))
            {
                stream.Dispose();
                throw DomainRuleException.Conflict("file.integrity", $"存储的文件已损坏或被改动：内容的 SHA-256 为 {actual}，应为 {sha256}");
            }

            stream.Position = 0;
        }

        return stream;
    }

    /// <summary>Reads stored content into memory (documents are small); see <see cref="OpenRead"/> for <paramref name="verify"/>.</summary>
    public async Task<byte[]> ReadAllBytesAsync(string sha256, bool verify, CancellationToken ct)
    {
        await using var stream = OpenRead(sha256, verify);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, ct);
        return copy.ToArray();
    }

    /// <summary>The SHA-256 of some bytes as the store names them (lower-case hex).</summary>
    public static string HashOf(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    private string PathOf(string sha256)
    {
        var hex = sha256.ToLowerInvariant();
        return Path.Combine(Root, hex[..2], hex);
    }

    private static string CheckHash(string sha256)
    {
        if (sha256 is not { Length: 64 } || !sha256.All(char.IsAsciiHexDigit))
        {
            throw new DomainRuleException("file.invalid-hash", "文件标识应为64位十六进制的 SHA-256 值") { Fields = ["sha256"] };
        }

        return sha256;
    }
}
