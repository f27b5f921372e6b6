using Weijian.Platform.Persistence;

namespace Weijian.Platform.Spreadsheets;

/// <summary>What importing one row did (DESIGN principle 5: identical values change nothing).</summary>
public enum ImportRowOutcome
{
    Created,
    Updated,
    Unchanged,
}

/// <summary>
/// A kind of record that can be imported from a spreadsheet (监管对象, 执法人员 …). A module implements it in its own folder
/// (a public class with a parameterless constructor; <see cref="SpreadsheetImportKinds"/> finds it by reflection, as
/// modules may depend on Platform but not the reverse). The engine (<see cref="ImportSpreadsheetHandler"/>) reads the
/// file, calls <see cref="StageAsync"/> for each row, saves a batch of rows in one transaction and reports the rest.
/// </summary>
public interface ISpreadsheetImportKind
{
    /// <summary>URL and command-line name, lowercase: <c>entities</c>, <c>officers</c>.</summary>
    string Kind { get; }

    /// <summary>Chinese name of the records: 监管对象.</summary>
    string Title { get; }

    /// <summary>The columns, in template order, named by their Chinese headers.</summary>
    IReadOnlyList<SpreadsheetColumn> Columns { get; }

    /// <summary>Roles allowed to import (checked before the file is read; the system actor may always).</summary>
    IReadOnlyList<string> Roles { get; }

    /// <summary>
    /// The row's identity (统一社会信用代码 / 身份证号 / 执法证号), normalised as stored; null when the row has none (the
    /// row is then rejected by <see cref="StageAsync"/>). The same key twice in one file is refused for the later rows,
    /// so that importing a file twice changes nothing the second time.
    /// </summary>
    string? KeyOf(SpreadsheetRow row);

    /// <summary>
    /// Maps and validates one row and applies it to <paramref name="db"/> through the module's domain methods: the record
    /// is added or changed in the change tracker and its audit entry queued with <c>db.Audit</c>, but NOT saved (the engine
    /// saves a batch at once). Throws <see cref="Rules.DomainRuleException"/> for an invalid row — before touching
    /// the context, so that a rejected row leaves nothing behind. The actor of <paramref name="db"/> is the importing user
    /// (or the system actor acting for <paramref name="organizationId"/>).
    /// </summary>
    Task<ImportRowOutcome> StageAsync(WeijianDb db, Guid organizationId, SpreadsheetRow row, DateTimeOffset now, CancellationToken ct);
}

/// <summary>The import kinds of the application, found by reflection.</summary>
public static class SpreadsheetImportKinds
{
    private static readonly Lazy<IReadOnlyList<ISpreadsheetImportKind>> Found = new(() => typeof(SpreadsheetImportKinds).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && typeof(ISpreadsheetImportKind).IsAssignableFrom(t))
        .Select(t => (ISpreadsheetImportKind)Activator.CreateInstance(t)!)
        .OrderBy(k => k.Kind, StringComparer.Ordinal)
        .ToList());

    public static IReadOnlyList<ISpreadsheetImportKind> All => Found.Value;

    public static ISpreadsheetImportKind? Find(string? kind) =>
        All.FirstOrDefault(k => string.Equals(k.Kind, kind?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static ISpreadsheetImportKind Get(string? kind) =>
        Find(kind) ?? throw Rules.DomainRuleException.NotFound(
            "spreadsheet.unknown-kind",
            $"不能导入“{kind}”：可导入的有{string.Join("、", All.Select(k => $"{k.Title}（{k.Kind}）"))}");
}
