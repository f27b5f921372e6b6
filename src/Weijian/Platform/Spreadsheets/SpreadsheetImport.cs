using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Weijian.Platform.Tenancy;

namespace Weijian.Platform.Spreadsheets;

public enum SpreadsheetImportStatus
{
    /// <summary>Rows are being read (or the process stopped while reading).</summary>
    Running,

    /// <summary>Every row was read: the valid ones imported, the others reported.</summary>
    Completed,

    /// <summary>Reading stopped (the file broke off, the database failed); the batches saved before remain.</summary>
    Failed,
}

/// <summary>
/// One import of a spreadsheet into an organisation's register: the file (name, SHA-256), what happened to its rows
/// (created / updated / unchanged / rejected), when, by whom, and the error workbook of the rejected rows (kept in the
/// database, so every web node can serve it). It is a log of the import, never edited after it finishes; the records
/// it created or changed carry their own audit entries.
/// </summary>
public sealed class SpreadsheetImport : ITenantOwned
{
    public const int FileNameMax = 255;

    private SpreadsheetImport()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    /// <summary><see cref="ISpreadsheetImportKind.Kind"/>.</summary>
    public string Kind { get; private set; } = "";

    public string FileName { get; private set; } = "";

    /// <summary>Lowercase hex SHA-256 of the file's bytes: the same file imported again is recognised.</summary>
    public string Sha256 { get; private set; } = "";

    public long FileSize { get; private set; }

    /// <summary>xlsx or csv (with the detected encoding: csv/UTF-8, csv/GB18030).</summary>
    public string Format { get; private set; } = "";

    public SpreadsheetImportStatus Status { get; private set; }

    public int TotalRows { get; private set; }

    public int Created { get; private set; }

    public int Updated { get; private set; }

    public int Unchanged { get; private set; }

    public int Rejected { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public Guid? ActorUserId { get; private set; }

    public string ActorName { get; private set; } = "";

    /// <summary>Why the import stopped (status Failed).</summary>
    public string? FailureReason { get; private set; }

    /// <summary>The rejected rows as an .xlsx (行号, original cells, 错误原因); null when no row was rejected.</summary>
    public byte[]? ErrorWorkbook { get; private set; }

    public static SpreadsheetImport Start(
        Guid organizationId, string kind, string fileName, string sha256, long fileSize, string format, Guid? actorUserId, string actorName, DateTimeOffset now) => new()
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = organizationId,
            Kind = kind,
            FileName = fileName.Length > FileNameMax ? fileName[..FileNameMax] : fileName,
            Sha256 = sha256,
            FileSize = fileSize,
            Format = format,
            Status = SpreadsheetImportStatus.Running,
            StartedAt = now,
            ActorUserId = actorUserId,
            ActorName = actorName,
        };

    public void Progress(int processed, int created, int updated, int unchanged, int rejected)
    {
        TotalRows = processed;
        Created = created;
        Updated = updated;
        Unchanged = unchanged;
        Rejected = rejected;
    }

    public void Finish(byte[]? errorWorkbook, DateTimeOffset now)
    {
        Status = SpreadsheetImportStatus.Completed;
        ErrorWorkbook = errorWorkbook;
        FinishedAt = now;
    }

    public void Fail(string reason, byte[]? errorWorkbook, DateTimeOffset now)
    {
        Status = SpreadsheetImportStatus.Failed;
        FailureReason = reason.Length > 1000 ? reason[..1000] : reason;
        ErrorWorkbook = errorWorkbook;
        FinishedAt = now;
    }
}

public sealed class SpreadsheetImportConfiguration : IEntityTypeConfiguration<SpreadsheetImport>
{
    public void Configure(EntityTypeBuilder<SpreadsheetImport> builder)
    {
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Kind).HasMaxLength(32);
        builder.Property(i => i.FileName).HasMaxLength(SpreadsheetImport.FileNameMax);
        builder.Property(i => i.Sha256).HasMaxLength(64);
        builder.Property(i => i.Format).HasMaxLength(32);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.ActorName).HasMaxLength(100);
        builder.Property(i => i.FailureReason).HasMaxLength(1000);

        // The list of past imports, newest first, per organisation; "was this file imported before?" by hash.
        builder.HasIndex(i => new { i.OrganizationId, i.StartedAt });
        builder.HasIndex(i => new { i.OrganizationId, i.Sha256 });
    }
}
