using System.Security.Cryptography;
using Weijian.Enforcement.PenaltyCases;
using Weijian.Platform.Persistence;

namespace Weijian.Web.Pages.Enforcement.Cases;

/// <summary>
/// The files attached to case records (笔录 scans, evidence, audio/video records), stored content-addressed under
/// <c>{DataDirectory}/files/ab/abcd…</c> (the full SHA-256 as the name, its first two hex digits as the folder), so the
/// same file uploaded twice is stored once and the case record refers to it by hash (R-TRS-6). Kept in this one class
/// so the pages can switch to the shared file store without other changes.
/// </summary>
public sealed class CaseFileStore(string root)
{
    public static CaseFileStore For(DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new CaseFileStore(Path.Combine(settings.DataDirectory, "files"));
    }

    /// <summary>Stores an upload (streamed to a temporary file while hashing) and returns its reference; null when nothing was uploaded.</summary>
    public async Task<StoredFileRef?> SaveAsync(IFormFile? upload, CancellationToken ct)
    {
        if (upload is null || upload.Length == 0)
        {
            return null;
        }

        Directory.CreateDirectory(root);
        var temporary = Path.Combine(root, $".upload-{Guid.NewGuid():N}");
        try
        {
            string hash;
            await using (var output = File.Create(temporary))
            await using (var input = upload.OpenReadStream())
            {
                using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                var buffer = new byte[81920];
                int read;
                while ((read = await input.ReadAsync(buffer, ct)) > 0)
                {
                    sha.AppendData(buffer, 0, read);
                    await output.WriteAsync(buffer.AsMemory(0, read), ct);
                }

                hash = Convert.ToHexStringLower(sha.GetHashAndReset());
            }

            var target = PathOf(hash);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (!File.Exists(target))
            {
                try
                {
                    File.Move(temporary, target);
                }
                catch (IOException) when (File.Exists(target))
                {
                    // The same content arrived concurrently: one copy is enough.
                }
            }

            var name = Path.GetFileName(upload.FileName);
            return new StoredFileRef(hash, string.IsNullOrWhiteSpace(name) ? "附件" : name);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>The stored file with this hash, or null (also for anything that is not a SHA-256 in hex).</summary>
    public FileStream? Open(string? sha256)
    {
        if (sha256 is not { Length: 64 } || !sha256.All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        var path = PathOf(sha256);
        return File.Exists(path) ? File.OpenRead(path) : null;
    }

    private string PathOf(string sha256) => Path.Combine(root, sha256[..2], sha256);
}
