using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Platform.Spreadsheets;
using Weijian.Registry.Entities;
using Weijian.Registry.Provisions;

namespace Weijian.Enforcement.Discretion;

/// <summary>
/// A province's (or bureau's) published baseline imported from .xlsx/.csv as a NEW version of the jurisdiction's baseline,
/// in force from <see cref="EffectiveFrom"/>; the previous version ends that day (never overwritten, R-PEN-9 needs it).
/// The file is read with the platform's spreadsheet reader (xlsx, csv UTF-8/GB18030, Chinese headers, 填写说明 template),
/// one row per tier; the item columns may be repeated on every row of an item or filled on its first row only.
/// <para>
/// Bad rows are reported with their row numbers and reasons (and kept in an error workbook); good rows are kept. What
/// "the good rows form a valid table" means here: an item is imported only whole — when any row of an item is rejected,
/// the item's other rows are rejected too (a baseline missing its 从重 or 从轻 tier would misstate the scale), and a
/// no-penalty row of a rejected item goes with it. The version is created when at least one item survives; when none
/// does, nothing is stored. <see cref="CheckOnly"/> runs every check and stores nothing, so an administrator can look
/// at the rejections before publishing a version that would lack items.
/// </para>
/// Only the jurisdiction's 系统管理员 imports (its own organisation); the system actor names the jurisdiction.
/// </summary>
public sealed record ImportDiscretionBaseline(
    string? FileName,
    Stream? Content,
    string? Title,
    string? VersionLabel,
    string? IssuingDocument,
    DateOnly? EffectiveFrom,
    string? Source = null,
    int? RepeatViolationThreshold = null,
    string? Note = null,
    bool CheckOnly = false,
    Guid? JurisdictionId = null);

public sealed record DiscretionImportResult(
    bool CheckOnly,
    bool Imported,
    DiscretionBaselineSummary? Baseline,
    string? Superseded,
    int TotalRows,
    int Items,
    int Tiers,
    int NoPenaltyItems,
    int RejectedRows,
    IReadOnlyList<ImportRejection> Rejections,
    Guid? ImportId,
    string? ErrorWorkbookUrl);

public sealed class ImportDiscretionBaselineHandler(WeijianDb db, TimeProvider clock)
{
    /// <summary>The import kind recorded in the import log (<see cref="SpreadsheetImport.Kind"/>).</summary>
    public const string ImportKind = "discretion-baseline";

    /// <summary>Baselines are a few hundred rows; a larger file is refused before it is read.</summary>
    public const long MaxFileBytes = 20L * 1024 * 1024;

    public async Task<DiscretionImportResult> HandleAsync(ImportDiscretionBaseline command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.Require(DiscretionAccess.Importers);
        Guid jurisdiction;
        if (db.Actor.IsSystem)
        {
            jurisdiction = Input.Required(command.JurisdictionId, "jurisdictionId", "适用辖区");
        }
        else
        {
            jurisdiction = db.Actor.RequireOrganization();
            if (command.JurisdictionId is { } other && other != jurisdiction)
            {
                throw DomainRuleException.Forbidden("discretion.own-jurisdiction-only", "只能由该辖区单位的系统管理员导入本辖区的裁量基准");
            }
        }

        var jurisdictionName = await db.Organizations.IgnoreQueryFilters().Where(o => o.Id == jurisdiction).Select(o => o.Name).SingleOrDefaultAsync(ct)
            ?? throw DomainRuleException.NotFound("organization.not-found", "单位不存在或无权访问");
        var title = Input.Text(command.Title, "title", "基准名称", 200);
        var label = Input.Text(command.VersionLabel, "versionLabel", "版本", 50);
        var issuing = Input.Text(command.IssuingDocument, "issuingDocument", "发布文件", 200);
        var from = Input.Required(command.EffectiveFrom, "effectiveFrom", "生效日期");
        var threshold = command.RepeatViolationThreshold ?? 1;
        if (command.Content is null)
        {
            throw Input.Invalid("validation.required", "file", "请选择要导入的文件（.xlsx 或 .csv）");
        }

        var fileName = Path.GetFileName(Input.Text(command.FileName, "file", "文件名", SpreadsheetImport.FileNameMax));
        var versions = await db.Set<DiscretionBaseline>().Where(b => b.JurisdictionId == jurisdiction).ToListAsync(ct);
        if (versions.FirstOrDefault(v => v.VersionLabel == label) is { } same)
        {
            throw DomainRuleException.Conflict("discretion.duplicate-version", $"本辖区已有版本“{label}”（自{same.EffectiveFrom:yyyy-MM-dd}起施行）：新版本请使用新的版本名称");
        }

        var latest = versions.OrderByDescending(v => v.EffectiveFrom).FirstOrDefault();
        if (latest is not null && from <= latest.EffectiveFrom)
        {
            throw new DomainRuleException(
                "discretion.version-date", $"新版本的生效日期应晚于现行版本“{latest.VersionLabel}”的生效日期 {latest.EffectiveFrom:yyyy-MM-dd}：已生效的版本不能被覆盖")
            { Fields = ["effectiveFrom"] };
        }

        await using var buffer = new MemoryStream();
        var sha256 = await CopyAsync(command.Content, buffer, ct);
        var laws = await db.Set<LegalDocument>().AsNoTracking().Select(d => new { d.Title, d.Code }).Distinct().ToListAsync(ct);
        string? CodeOf(string law) => laws.FirstOrDefault(l => l.Title == law || LegalCitations.ShortTitle(l.Title) == LegalCitations.ShortTitle(law))?.Code;

        using var errors = new ErrorWorkbook();
        var parsed = Read(buffer, fileName, CodeOf, errors, out var rejections, out var total);
        if (parsed.Items.Count == 0)
        {
            var first = string.Join("；", rejections.Take(3).Select(r => $"第{r.RowNumber}行：{r.Reason}"));
            throw new DomainRuleException("discretion.import-nothing-valid", $"文件中没有可导入的完整事项（共 {total} 行，{rejections.Count} 行有误）：{first}") { Fields = ["file"] };
        }

        var content = DiscretionContentRules.Baseline(new DiscretionBaselineContent(
            title, label, issuing, command.Source ?? $"导入文件：{fileName}", from, false, threshold, command.Note, parsed.Items, parsed.NoPenalty));
        var now = clock.GetUtcNow();
        if (command.CheckOnly)
        {
            return new DiscretionImportResult(
                true, false, null, latest?.VersionLabel, total, content.Items.Count, content.Items.Sum(i => i.Tiers.Count), content.NoPenaltyItems.Count,
                rejections.Count, [.. rejections.Take(ImportSpreadsheetHandler.RejectionsListed)], null, null);
        }

        var log = SpreadsheetImport.Start(db.Actor.OrganizationId ?? jurisdiction, ImportKind, fileName, sha256, buffer.Length, Format(fileName, buffer),
            db.Actor.UserId, db.Actor.Name, now);
        log.Progress(total, content.Items.Sum(i => i.Tiers.Count), 0, 0, rejections.Count);
        log.Finish(errors.Finish(), now);
        db.Set<SpreadsheetImport>().Add(log);
        var tracked = await db.Set<DiscretionBaseline>().Where(b => b.JurisdictionId == jurisdiction && b.EffectiveUntil == null).ToListAsync(ct);
        foreach (var previous in tracked)
        {
            previous.SupersedeFrom(from);
        }

        var (version, items, noPenalty) = DiscretionBaseline.Create(jurisdiction, content, sha256, log.Id, now, db.Actor.Name);
        db.Set<DiscretionBaseline>().Add(version);
        db.Set<DiscretionItem>().AddRange(items);
        db.Set<NoPenaltyItem>().AddRange(noPenalty);
        db.Audit(jurisdiction, "discretion-baseline.imported", nameof(DiscretionBaseline), version.Id.ToString(), new
        {
            Jurisdiction = jurisdictionName,
            content.Title,
            content.VersionLabel,
            content.IssuingDocument,
            content.EffectiveFrom,
            content.RepeatViolationThreshold,
            Supersedes = tracked.Select(t => t.VersionLabel).ToList(),
            File = fileName,
            Sha256 = sha256,
            Items = items.Count,
            NoPenaltyItems = noPenalty.Count,
            RejectedRows = rejections.Count,
        });
        await db.SaveChangesAsync(ct);
        return new DiscretionImportResult(
            false, true, DiscretionBaselineSummary.From(version, jurisdictionName, from), tracked.FirstOrDefault()?.VersionLabel, total, items.Count,
            content.Items.Sum(i => i.Tiers.Count), noPenalty.Count, rejections.Count, [.. rejections.Take(ImportSpreadsheetHandler.RejectionsListed)], log.Id,
            log.ErrorWorkbook is null ? null : ErrorWorkbookPath(log.Id));
    }

    public static string ErrorWorkbookPath(Guid id) => $"/api/v1/discretion/imports/{id}/errors.xlsx";

    private sealed record ItemHead(
        string PowerName, string Violation, Specialty Specialty, IReadOnlyList<LegalCitation> Violated, IReadOnlyList<LegalCitation> Penalty, StatutoryFine Statutory,
        IReadOnlyList<PenaltyMeasure> Severe, string? Note)
    {
        public string Canonical() => JsonSerializer.Serialize(this, DiscretionJson.Options);
    }

    private sealed record RowData(SpreadsheetRow Row, string Code, ItemHead? Head, DiscretionTierContent Tier, NoPenaltyContent? NoPenalty);

    private sealed record Parsed(List<DiscretionItemContent> Items, List<NoPenaltyContent> NoPenalty);

    /// <summary>Reads every row, then assembles whole items; rejected rows (and the rest of their items) go to <paramref name="errors"/>.</summary>
    private static Parsed Read(Stream buffer, string fileName, Func<string, string?> codeOf, ErrorWorkbook errors, out List<ImportRejection> rejections, out int total)
    {
        using var reader = SpreadsheetReader.Open(buffer, fileName, DiscretionImportColumns.All);
        var rows = new List<RowData>();
        var rejected = new List<ImportRejection>();
        var badRows = new List<(SpreadsheetRow Row, string Reason, string Code)>();
        total = 0;
        foreach (var row in reader.Rows())
        {
            total++;
            try
            {
                rows.Add(ParseRow(row, codeOf));
            }
            catch (DomainRuleException e)
            {
                badRows.Add((row, e.Message, e.Code));
            }
        }

        var codeOfBad = badRows.Select(b => b.Row[DiscretionImportColumns.Code]?.Trim().ToUpperInvariant()).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var items = new List<DiscretionItemContent>();
        var noPenalty = new List<NoPenaltyContent>();
        foreach (var group in rows.GroupBy(r => r.Code, StringComparer.Ordinal))
        {
            var list = group.ToList();
            string? failure = codeOfBad.Contains(group.Key) ? $"事项 {group.Key} 未导入：同一事项的其他行有误，为免裁量档次不全，该事项各行均不导入" : null;
            DiscretionItemContent? item = null;
            if (failure is null)
            {
                try
                {
                    var head = list[0].Head ?? throw Input.Invalid("validation.required", "powerName", $"事项 {group.Key} 的第一行应填写职权名称、违法行为、专业类别、违法依据和处罚依据");
                    var other = list.Skip(1).FirstOrDefault(r => r.Head is not null && r.Head.Canonical() != head.Canonical());
                    if (other is not null)
                    {
                        throw Input.Invalid("discretion.inconsistent-item", "powerName", $"第{other.Row.Number}行的事项信息与第{list[0].Row.Number}行不一致（同一编码的职权名称、违法行为、依据和法定罚款应相同）");
                    }

                    item = DiscretionContentRules.Item(new DiscretionItemContent(
                        group.Key, head.PowerName, head.Violation, head.Specialty, head.Violated, head.Penalty, head.Statutory, head.Note,
                        list.Select(r => r.Tier).ToList(), head.Severe));
                    if (list.Count(r => r.NoPenalty is not null) > 1)
                    {
                        throw Input.Invalid("discretion.duplicate-no-penalty", "noPenalty", $"事项 {group.Key} 有多行列入不予处罚清单，只能有一行");
                    }
                }
                catch (DomainRuleException e)
                {
                    failure = $"事项 {group.Key} 未导入（同一事项各行须全部有效）：{e.Message}";
                }
            }

            if (failure is not null)
            {
                foreach (var r in list)
                {
                    badRows.Add((r.Row, failure, "discretion.item-rejected"));
                }

                continue;
            }

            items.Add(item!);
            noPenalty.AddRange(list.Select(r => r.NoPenalty).OfType<NoPenaltyContent>().Select(n => n with { Violation = item!.Violation }));
        }

        foreach (var (row, reason, code) in badRows.OrderBy(b => b.Row.Number))
        {
            errors.Add(row, reason);
            rejected.Add(new ImportRejection(row.Number, reason, code));
        }

        rejections = rejected;
        return new Parsed(items, noPenalty);
    }

    private static RowData ParseRow(SpreadsheetRow row, Func<string, string?> codeOf)
    {
        var c = DiscretionImportColumns.Code;
        var code = DiscretionContentRules.ValidCode(row[c], "code");
        ItemHead? head = null;
        if (row[DiscretionImportColumns.PowerName] is not null || row[DiscretionImportColumns.Violation] is not null)
        {
            head = new ItemHead(
                Input.Text(row[DiscretionImportColumns.PowerName], "powerName", "职权名称", 200),
                Input.Text(row[DiscretionImportColumns.Violation], "violation", "违法行为", 500),
                Specialties.Parse(row[DiscretionImportColumns.Specialty])
                    ?? throw Input.Invalid("validation.specialty", "specialty", $"专业类别“{row[DiscretionImportColumns.Specialty]}”不正确，应为：{string.Join("、", Specialties.All.Select(Specialties.ChineseName))}"),
                LegalCitations.Parse(row[DiscretionImportColumns.Violated], "violatedProvisions", "违法依据", codeOf),
                LegalCitations.Parse(row[DiscretionImportColumns.Penalty], "penaltyProvisions", "处罚依据", codeOf),
                new StatutoryFine(
                    Amount(row, DiscretionImportColumns.StatutoryMin), Amount(row, DiscretionImportColumns.StatutoryMax),
                    Multiple(row, DiscretionImportColumns.StatutoryMultipleMin), Multiple(row, DiscretionImportColumns.StatutoryMultipleMax),
                    Amount(row, DiscretionImportColumns.GainsThreshold), Amount(row, DiscretionImportColumns.GainsFloor), Amount(row, DiscretionImportColumns.Cap)),
                SpreadsheetValues.List(row, DiscretionImportColumns.Severe).Select(m => DiscretionNames.ParseMeasure(m, "severeMeasures")).ToList(),
                row[DiscretionImportColumns.Note]);
        }

        var tier = new DiscretionTierContent(
            DiscretionNames.ParseTier(row[DiscretionImportColumns.Tier], "tier") ?? throw Input.Invalid("validation.required", "tier", "裁量档次不能为空"),
            DiscretionNames.ParsePartyKind(row[DiscretionImportColumns.Party], "partyKind"),
            Input.Text(row[DiscretionImportColumns.Circumstances], "circumstances", "裁量情节", 1000),
            new TierFine(
                Amount(row, DiscretionImportColumns.FineMin), Amount(row, DiscretionImportColumns.FineMax),
                Multiple(row, DiscretionImportColumns.MultipleMin), Multiple(row, DiscretionImportColumns.MultipleMax)),
            SpreadsheetValues.List(row, DiscretionImportColumns.Measures).Select(m => DiscretionNames.ParseMeasure(m, "measures")).ToList());
        if (head is not null)
        {
            // The tier against its statute now, so that the row (not only the item) names the problem.
            DiscretionContentRules.Item(new DiscretionItemContent(code, head.PowerName, head.Violation, head.Specialty, head.Violated, head.Penalty, head.Statutory,
                head.Note, tier.Tier == DiscretionTier.NoPenalty ? [tier, new DiscretionTierContent(DiscretionTier.Standard, null, "校验", TierFine.None, [PenaltyMeasure.Warning])] : [tier], head.Severe));
        }

        NoPenaltyContent? noPenalty = null;
        if (YesNo(row, DiscretionImportColumns.Listed) == true)
        {
            if (tier.Tier != DiscretionTier.NoPenalty)
            {
                throw Input.Invalid("discretion.no-penalty-row", "noPenalty", "只有“不予处罚”档次的行可以列入不予处罚清单");
            }

            var excluded = new List<DiscoverySource>();
            var notes = new List<string>();
            foreach (var part in SpreadsheetValues.List(row, DiscretionImportColumns.Exclusions))
            {
                var bare = part.Replace("发现的除外", "", StringComparison.Ordinal).Replace("的除外", "", StringComparison.Ordinal).Replace("除外", "", StringComparison.Ordinal)
                    .Replace("发现", "", StringComparison.Ordinal).Trim();
                var source = Enum.GetValues<DiscoverySource>().Cast<DiscoverySource?>().FirstOrDefault(s => DiscretionNames.Of(s!.Value) == bare || (bare == "双随机" && s == DiscoverySource.RandomInspection));
                if (source is { } s)
                {
                    excluded.Add(s);
                }
                else
                {
                    notes.Add(part);
                }
            }

            var days = Amount(row, DiscretionImportColumns.CorrectWithinDays);
            noPenalty = new NoPenaltyContent(
                code,
                head?.Violation ?? "（同事项）",
                "《中华人民共和国行政处罚法》第三十三条第一款；" + tier.Circumstances,
                YesNo(row, DiscretionImportColumns.FirstTimeOnly) ?? true,
                DiscretionNames.ParseHarm(row[DiscretionImportColumns.HarmLimit], "harmLimit") ?? HarmLevel.None,
                days is { } d ? (d == Math.Floor(d) && d <= 365 ? (int)d : throw Input.Invalid("discretion.no-penalty-days", "correctWithinDays", "改正期限应为 0 至 365 的整数日")) : null,
                row[DiscretionImportColumns.FollowUp] ?? "对当事人进行教育",
                excluded,
                notes.Count == 0 ? null : string.Join("；", notes),
                null,
                SpreadsheetValues.Date(row, DiscretionImportColumns.ValidUntil, "validUntil"),
                "导入的不予处罚清单");
            DiscretionContentRules.NoPenalty(noPenalty, [code]);
        }

        return new RowData(row, code, head, tier, noPenalty);
    }

    private static decimal? Amount(SpreadsheetRow row, string header)
    {
        var text = row[header];
        if (text is null)
        {
            return null;
        }

        var t = text.Replace("元", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal).Trim();
        var factor = 1m;
        if (t.EndsWith('万'))
        {
            factor = 10000m;
            t = t[..^1];
        }

        return decimal.TryParse(t, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) && v >= 0
            ? v * factor
            : throw Input.Invalid("validation.number", header, $"{header}“{text}”不是有效的金额，应填写数字，如 5000");
    }

    private static decimal? Multiple(SpreadsheetRow row, string header)
    {
        var text = row[header];
        if (text is null)
        {
            return null;
        }

        return decimal.TryParse(text.Replace("倍", "", StringComparison.Ordinal).Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var v) && v >= 0
            ? v
            : throw Input.Invalid("validation.number", header, $"{header}“{text}”不是有效的倍数，应填写数字，如 5");
    }

    private static bool? YesNo(SpreadsheetRow row, string header) => row[header] switch
    {
        null => null,
        "是" or "Y" or "y" or "yes" or "true" or "√" => true,
        "否" or "N" or "n" or "no" or "false" => false,
        var other => throw Input.Invalid("validation.yes-no", header, $"{header}应填写“是”或“否”，而不是“{other}”"),
    };

    private static async Task<string> CopyAsync(Stream source, MemoryStream target, CancellationToken ct)
    {
        var chunk = new byte[81920];
        int read;
        while ((read = await source.ReadAsync(chunk, ct)) > 0)
        {
            if (target.Length + read > MaxFileBytes)
            {
                throw new DomainRuleException("spreadsheet.too-large", $"文件过大：裁量基准文件最多 {MaxFileBytes / 1024 / 1024} MB") { Fields = ["file"] };
            }

            await target.WriteAsync(chunk.AsMemory(0, read), ct);
        }

        target.Position = 0;
        var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(target, ct));
        target.Position = 0;
        return hash;
    }

    private static string Format(string fileName, Stream content) =>
        SpreadsheetReader.DetectFormat(content, fileName) == SpreadsheetFormat.Xlsx ? "xlsx" : "csv";
}

/// <summary>The import template of a baseline (Chinese headers, 填写说明, an example row).</summary>
public sealed record GetDiscretionImportTemplate;

public sealed class GetDiscretionImportTemplateHandler(WeijianDb db)
{
    public Task<SpreadsheetFile> HandleAsync(GetDiscretionImportTemplate query, CancellationToken ct)
    {
        db.Actor.Require(DiscretionAccess.Readers);
        using var buffer = new MemoryStream();
        SpreadsheetTemplate.Write(buffer, "裁量基准", DiscretionImportColumns.All);
        return Task.FromResult(new SpreadsheetFile("裁量基准导入模板.xlsx", Workbooks.ContentType, buffer.ToArray()));
    }
}

/// <summary>The error workbook of a baseline import (rejected rows with 行号 and 错误原因), for the importing organisation's administrators.</summary>
public sealed record GetDiscretionImportErrors(Guid Id);

public sealed class GetDiscretionImportErrorsHandler(WeijianDb db)
{
    public async Task<SpreadsheetFile> HandleAsync(GetDiscretionImportErrors query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        db.Actor.Require(DiscretionAccess.Importers);
        var found = await db.Set<SpreadsheetImport>().AsNoTracking()
            .Where(i => i.Id == query.Id && i.Kind == ImportDiscretionBaselineHandler.ImportKind)
            .Select(i => new { i.FileName, i.ErrorWorkbook })
            .SingleOrDefaultAsync(ct);
        return found?.ErrorWorkbook is { } bytes
            ? new SpreadsheetFile($"{Path.GetFileNameWithoutExtension(found.FileName)}-错误清单.xlsx", Workbooks.ContentType, bytes)
            : throw DomainRuleException.NotFound("spreadsheet.no-error-workbook", found is null ? "导入记录不存在或不属于本单位" : "这次导入没有被拒绝的行，没有错误清单");
    }
}
