using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Platform.Spreadsheets;

/// <summary>
/// Imports a spreadsheet (.xlsx or .csv) of <see cref="Kind"/> records into the actor's organisation (issue #3,
/// DESIGN principle 5): every valid row is imported, every invalid row is reported with its row number and reason (and
/// goes into the error workbook); a row is all-or-nothing; the same file imported twice changes nothing the second time
/// (rows are keyed by 统一社会信用代码 / 身份证号 / 执法证号 and identical values are left alone). <see cref="Progress"/> is
/// told after every batch; <see cref="OnRejected"/> of every rejected row.
/// </summary>
public sealed record ImportSpreadsheet(
    string? Kind,
    string? FileName,
    Stream? Content,
    Action<ImportProgress>? Progress = null,
    Action<ImportRejection>? OnRejected = null,
    int BatchSize = ImportSpreadsheet.DefaultBatchSize)
{
    /// <summary>Rows saved per transaction.</summary>
    public const int DefaultBatchSize = 500;

    /// <summary>Larger uploads are refused (about a million rows of a typical register).</summary>
    public const long MaxFileBytes = 256L * 1024 * 1024;
}

/// <summary>How far an import has got. <see cref="Total"/> is the file's row count when it states one.</summary>
public sealed record ImportProgress(int Processed, int? Total, int Created, int Updated, int Unchanged, int Rejected, TimeSpan Elapsed)
{
    public double RowsPerSecond => Elapsed.TotalSeconds > 0 ? Processed / Elapsed.TotalSeconds : 0;
}

/// <summary>A rejected row: its number in the file (the header is row 1) and why.</summary>
public sealed record ImportRejection(int RowNumber, string Reason, string Code);

public sealed class ImportSpreadsheetHandler(WeijianDb db, TimeProvider clock)
{
    /// <summary>How many rejections the result lists (all of them are in the error workbook).</summary>
    public const int RejectionsListed = 100;

    public async Task<SpreadsheetImportView> HandleAsync(ImportSpreadsheet command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var kind = SpreadsheetImportKinds.Get(command.Kind);
        db.Actor.Require([.. kind.Roles]);
        var orgId = db.Actor.RequireOrganization();
        if (command.Content is null)
        {
            throw Input.Invalid("validation.required", "file", "请选择要导入的文件（.xlsx 或 .csv）");
        }

        var fileName = Path.GetFileName(Input.Text(command.FileName, "file", "文件名", SpreadsheetImport.FileNameMax));
        var batchSize = Math.Clamp(command.BatchSize, 1, 5000);

        await using var file = new FileStream(
            Path.Combine(Path.GetTempPath(), "weijian-import-" + Guid.NewGuid().ToString("N")),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        var sha256 = await CopyAndHashAsync(command.Content, file, ct);
        using var reader = SpreadsheetReader.Open(file, fileName, kind.Columns);
        var format = reader.Format == SpreadsheetFormat.Xlsx ? "xlsx" : $"csv/{EncodingName(reader.Encoding)}";

        var previous = await db.Set<SpreadsheetImport>().AsNoTracking()
            .Where(i => i.OrganizationId == orgId && i.Kind == kind.Kind && i.Sha256 == sha256 && i.Status == SpreadsheetImportStatus.Completed)
            .OrderByDescending(i => i.StartedAt)
            .Select(i => (DateTimeOffset?)i.StartedAt)
            .FirstOrDefaultAsync(ct);
        var record = SpreadsheetImport.Start(orgId, kind.Kind, fileName, sha256, file.Length, format, db.Actor.UserId, db.Actor.Name, clock.GetUtcNow());
        db.Set<SpreadsheetImport>().Add(record);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();

        var run = new Run(db, kind, orgId, record.Id, reader.TotalRows, command, clock);
        byte[]? errors;
        try
        {
            await run.ImportAsync(reader, batchSize, ct);
            errors = run.ErrorBytes();
        }
        catch (Exception e) when (e is DomainRuleException or OperationCanceledException or DbUpdateException or IOException or InvalidOperationException)
        {
            var reason = e is OperationCanceledException
                ? "导入被中止"
                : $"导入在读到第 {run.Processed} 行后中止：{e.Message}";
            var partial = run.ErrorBytes();
            await FinishAsync(record.Id, run, r => r.Fail(reason + "（此前各批已导入的记录保留）", partial, clock.GetUtcNow()));
            throw;
        }
        finally
        {
            run.Dispose();
        }

        var finished = await FinishAsync(record.Id, run, r => r.Finish(errors, clock.GetUtcNow()));
        return SpreadsheetImportView.From(finished, kind, previous, run.Listed);
    }

    private async Task<SpreadsheetImport> FinishAsync(Guid id, Run run, Action<SpreadsheetImport> finish)
    {
        db.ChangeTracker.Clear();
        var record = await db.Set<SpreadsheetImport>().SingleAsync(i => i.Id == id, CancellationToken.None);
        record.Progress(run.Processed, run.Created, run.Updated, run.Unchanged, run.Rejected);
        finish(record);
        await db.SaveChangesAsync(CancellationToken.None);
        return record;
    }

    private static async Task<string> CopyAndHashAsync(Stream source, Stream target, CancellationToken ct)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, ct)) > 0)
        {
            total += read;
            if (total > ImportSpreadsheet.MaxFileBytes)
            {
                throw new DomainRuleException("spreadsheet.too-large", $"文件过大：一次最多导入 {ImportSpreadsheet.MaxFileBytes / 1024 / 1024} MB，请分成几个文件导入。") { Fields = ["file"] };
            }

            hash.AppendData(buffer, 0, read);
            await target.WriteAsync(buffer.AsMemory(0, read), ct);
        }

        await target.FlushAsync(ct);
        target.Position = 0;
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static string EncodingName(System.Text.Encoding? encoding) => encoding switch
    {
        null => "",
        { CodePage: 65001 } => "UTF-8",
        { CodePage: 54936 } => "GB18030",
        _ => encoding.WebName.ToUpperInvariant(),
    };

    /// <summary>One import in progress: counts, the key of every imported row, the error workbook.</summary>
    private sealed class Run(WeijianDb db, ISpreadsheetImportKind kind, Guid orgId, Guid recordId, int? total, ImportSpreadsheet command, TimeProvider clock) : IDisposable
    {
        private readonly Dictionary<string, int> _keys = new(StringComparer.Ordinal);
        private readonly ErrorWorkbook _errors = new();
        private readonly Stopwatch _watch = Stopwatch.StartNew();

        public int Processed { get; private set; }

        public int Created { get; private set; }

        public int Updated { get; private set; }

        public int Unchanged { get; private set; }

        public int Rejected => _errors.Count;

        public List<ImportRejection> Listed { get; } = [];

        public byte[]? ErrorBytes() => _errors.Finish();

        public async Task ImportAsync(SpreadsheetReader reader, int batchSize, CancellationToken ct)
        {
            var batch = new List<(SpreadsheetRow Row, string? Key, ImportRowOutcome Outcome)>(batchSize);
            var inBatch = 0;
            foreach (var row in reader.Rows())
            {
                ct.ThrowIfCancellationRequested();
                Processed++;
                inBatch++;
                var staged = await StageAsync(row, ct);
                if (staged is { } s)
                {
                    batch.Add((row, s.Key, s.Outcome));
                }

                if (inBatch >= batchSize)
                {
                    await SaveBatchAsync(batch, ct);
                    batch.Clear();
                    inBatch = 0;
                }
            }

            await SaveBatchAsync(batch, ct);
        }

        /// <summary>Validates and stages one row; a rejected row leaves nothing in the context.</summary>
        private async Task<(string? Key, ImportRowOutcome Outcome)?> StageAsync(SpreadsheetRow row, CancellationToken ct)
        {
            string? key;
            try
            {
                key = kind.KeyOf(row);
            }
            catch (DomainRuleException e)
            {
                Reject(row, e.Message, e.Code);
                return null;
            }

            if (key is not null && _keys.TryGetValue(key, out var first))
            {
                Reject(row, $"与第 {first} 行是同一条记录（唯一标识“{key}”重复）：同一文件中每条记录只能出现一次", "spreadsheet.duplicate-row");
                return null;
            }

            try
            {
                var outcome = await kind.StageAsync(db, orgId, row, clock.GetUtcNow(), ct);
                if (key is not null)
                {
                    _keys[key] = row.Number;
                }

                return (key, outcome);
            }
            catch (DomainRuleException e)
            {
                Reject(row, e.Message, e.Code);
                return null;
            }
        }

        /// <summary>
        /// Saves the staged rows of a batch in one transaction (with their audit entries). Should the database refuse the
        /// batch (a concurrent writer took a key meanwhile), the batch is redone row by row so that only the failing row is
        /// rejected.
        /// </summary>
        private async Task SaveBatchAsync(List<(SpreadsheetRow Row, string? Key, ImportRowOutcome Outcome)> batch, CancellationToken ct)
        {
            try
            {
                await db.SaveChangesAsync(ct);
                foreach (var (_, _, outcome) in batch)
                {
                    Count(outcome);
                }
            }
            catch (Exception e) when (e is DbUpdateException or DomainRuleException)
            {
                db.ChangeTracker.Clear();
                foreach (var (row, key, _) in batch)
                {
                    await RedoAloneAsync(row, key, ct);
                }
            }
            finally
            {
                db.ChangeTracker.Clear();
            }

            await db.Set<SpreadsheetImport>().Where(i => i.Id == recordId).ExecuteUpdateAsync(
                s => s.SetProperty(i => i.TotalRows, Processed)
                    .SetProperty(i => i.Created, Created)
                    .SetProperty(i => i.Updated, Updated)
                    .SetProperty(i => i.Unchanged, Unchanged)
                    .SetProperty(i => i.Rejected, Rejected),
                ct);
            command.Progress?.Invoke(new ImportProgress(Processed, total, Created, Updated, Unchanged, Rejected, _watch.Elapsed));
        }

        private async Task RedoAloneAsync(SpreadsheetRow row, string? key, CancellationToken ct)
        {
            try
            {
                var outcome = await kind.StageAsync(db, orgId, row, clock.GetUtcNow(), ct);
                await db.SaveChangesAsync(ct);
                Count(outcome);
            }
            catch (DomainRuleException e)
            {
                Forget(key);
                Reject(row, e.Message, e.Code);
            }
            catch (DbUpdateException e)
            {
                Forget(key);
                Reject(row, $"保存失败（可能有人同时登记了同一条记录），请稍后重新导入此行：{e.GetBaseException().Message}", "spreadsheet.save-failed");
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }

        private void Forget(string? key)
        {
            if (key is not null)
            {
                _keys.Remove(key);
            }
        }

        private void Count(ImportRowOutcome outcome)
        {
            switch (outcome)
            {
                case ImportRowOutcome.Created:
                    Created++;
                    break;
                case ImportRowOutcome.Updated:
                    Updated++;
                    break;
                default:
                    Unchanged++;
                    break;
            }
        }

        private void Reject(SpreadsheetRow row, string reason, string code)
        {
            _errors.Add(row, reason);
            var rejection = new ImportRejection(row.Number, reason, code);
            if (Listed.Count < RejectionsListed)
            {
                Listed.Add(rejection);
            }

            command.OnRejected?.Invoke(rejection);
        }

        public void Dispose() => _errors.Dispose();
    }
}
