namespace Weijian.Platform.Spreadsheets;

/// <summary>An import as the API, the page and the command line show it.</summary>
public sealed record SpreadsheetImportView(
    Guid Id,
    string Kind,
    string KindName,
    string FileName,
    string Sha256,
    long FileSize,
    string Format,
    string Status,
    string StatusName,
    int TotalRows,
    int Created,
    int Updated,
    int Unchanged,
    int Rejected,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    double? RowsPerSecond,
    string ActorName,
    string? FailureReason,
    string? ErrorWorkbookUrl,
    DateTimeOffset? SameFileImportedAt,
    IReadOnlyList<ImportRejection> Rejections)
{
    public static string ErrorWorkbookPath(Guid id) => $"/api/v1/imports/{id}/errors.xlsx";

    public static string StatusText(SpreadsheetImportStatus status) => status switch
    {
        SpreadsheetImportStatus.Running => "导入中",
        SpreadsheetImportStatus.Completed => "已完成",
        _ => "已中止",
    };

    internal static SpreadsheetImportView From(SpreadsheetImport i, ISpreadsheetImportKind? kind, DateTimeOffset? sameFileAt, IReadOnlyList<ImportRejection> rejections) =>
        Make(i.Id, i.Kind, kind, i.FileName, i.Sha256, i.FileSize, i.Format, i.Status, i.TotalRows, i.Created, i.Updated, i.Unchanged, i.Rejected,
            i.StartedAt, i.FinishedAt, i.ActorName, i.FailureReason, i.ErrorWorkbook is not null, sameFileAt, rejections);

    internal static SpreadsheetImportView Make(
        Guid id, string kindCode, ISpreadsheetImportKind? kind, string fileName, string sha256, long fileSize, string format, SpreadsheetImportStatus status,
        int total, int created, int updated, int unchanged, int rejected, DateTimeOffset startedAt, DateTimeOffset? finishedAt, string actorName,
        string? failureReason, bool hasErrors, DateTimeOffset? sameFileAt, IReadOnlyList<ImportRejection> rejections)
    {
        double? rate = finishedAt is { } end && end > startedAt ? Math.Round(total / (end - startedAt).TotalSeconds, 1) : null;
        return new SpreadsheetImportView(
            id, kindCode, kind?.Title ?? kindCode, fileName, sha256, fileSize, format, status.ToString(), StatusText(status), total, created, updated, unchanged, rejected,
            startedAt, finishedAt, rate, actorName, failureReason, hasErrors ? ErrorWorkbookPath(id) : null, sameFileAt, rejections);
    }
}
