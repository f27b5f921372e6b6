using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Persistence;

namespace Weijian.Platform.Spreadsheets;

/// <summary>Past imports of the actor's organisation, newest first, of the kinds the actor may import.</summary>
public sealed record ListSpreadsheetImports(string? Kind = null, int? Page = 1, int? PageSize = 20);

public sealed class ListSpreadsheetImportsHandler(WeijianDb db)
{
    public async Task<Paged<SpreadsheetImportView>> HandleAsync(ListSpreadsheetImports query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        db.Actor.RequireOrganization();
        var kinds = SpreadsheetImports.KindsFor(db).Select(k => k.Kind).ToList();
        if (!string.IsNullOrWhiteSpace(query.Kind))
        {
            kinds = kinds.Where(k => string.Equals(k, query.Kind.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        }

        var q = db.Set<SpreadsheetImport>().AsNoTracking()
            .Where(i => kinds.Contains(i.Kind))
            .OrderByDescending(i => i.StartedAt)
            .Select(i => new Row(
                i.Id, i.Kind, i.FileName, i.Sha256, i.FileSize, i.Format, i.Status, i.TotalRows, i.Created, i.Updated, i.Unchanged, i.Rejected,
                i.StartedAt, i.FinishedAt, i.ActorName, i.FailureReason, i.ErrorWorkbook != null));
        var page = await Paged.FromQueryAsync(q, query.Page, query.PageSize, ct);
        var items = page.Items.Select(r => SpreadsheetImportView.Make(
            r.Id, r.Kind, SpreadsheetImportKinds.Find(r.Kind), r.FileName, r.Sha256, r.FileSize, r.Format, r.Status, r.TotalRows, r.Created, r.Updated,
            r.Unchanged, r.Rejected, r.StartedAt, r.FinishedAt, r.ActorName, r.FailureReason, r.HasErrors, null, [])).ToList();
        return new Paged<SpreadsheetImportView>(items, page.Total, page.Page, page.PageSize);
    }

    private sealed record Row(
        Guid Id, string Kind, string FileName, string Sha256, long FileSize, string Format, SpreadsheetImportStatus Status, int TotalRows, int Created,
        int Updated, int Unchanged, int Rejected, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, string ActorName, string? FailureReason, bool HasErrors);
}

/// <summary>A file to download: name, MIME type and bytes.</summary>
public sealed record SpreadsheetFile(string FileName, string ContentType, byte[] Content);

/// <summary>The error workbook of one import (rejected rows with 行号 and 错误原因).</summary>
public sealed record GetImportErrorWorkbook(Guid Id);

public sealed class GetImportErrorWorkbookHandler(WeijianDb db)
{
    public async Task<SpreadsheetFile> HandleAsync(GetImportErrorWorkbook query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        db.Actor.RequireOrganization();
        var kinds = SpreadsheetImports.KindsFor(db).Select(k => k.Kind).ToList();
        var found = await db.Set<SpreadsheetImport>().AsNoTracking()
            .Where(i => i.Id == query.Id && kinds.Contains(i.Kind))
            .Select(i => new { i.FileName, i.ErrorWorkbook })
            .SingleOrDefaultAsync(ct);
        if (found?.ErrorWorkbook is null)
        {
            throw Rules.DomainRuleException.NotFound("spreadsheet.no-error-workbook", found is null ? "导入记录不存在或不属于本单位" : "这次导入没有被拒绝的行，没有错误清单");
        }

        return new SpreadsheetFile($"{Path.GetFileNameWithoutExtension(found.FileName)}-错误清单.xlsx", Workbooks.ContentType, found.ErrorWorkbook);
    }
}

/// <summary>The import template of a kind: Chinese headers, 填写说明, one example row.</summary>
public sealed record GetImportTemplate(string? Kind);

public sealed class GetImportTemplateHandler(WeijianDb db)
{
    public Task<SpreadsheetFile> HandleAsync(GetImportTemplate query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        db.Actor.RequireOrganization();
        var kind = SpreadsheetImportKinds.Get(query.Kind);
        using var buffer = new MemoryStream();
        SpreadsheetTemplate.Write(buffer, kind.Title, kind.Columns);
        return Task.FromResult(new SpreadsheetFile($"{kind.Title}导入模板.xlsx", Workbooks.ContentType, buffer.ToArray()));
    }
}

/// <summary>Which import kinds an actor may use.</summary>
public static class SpreadsheetImports
{
    public static IReadOnlyList<ISpreadsheetImportKind> KindsFor(WeijianDb db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var actor = db.Actor;
        return SpreadsheetImportKinds.All.Where(k => actor.IsSystem || k.Roles.Any(actor.IsInRole)).ToList();
    }
}
