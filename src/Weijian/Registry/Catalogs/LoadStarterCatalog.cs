using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Calendar;
using Weijian.Platform.Organizations;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Registry.Catalogs;

/// <summary>
/// Copies the shipped starter catalogues (<c>data/catalogs/</c>: a county health bureau's 权责清单, 随机抽查事项清单 and
/// 音像记录事项清单) into a bureau, in force from <see cref="EffectiveFrom"/> (default today). Items whose code the bureau
/// already has are left alone, so loading twice adds nothing; the bureau edits its copy afterwards. A signed-in
/// 系统管理员/局领导/法制审核人员 loads into their own bureau; the system actor (demo) names the bureau.
/// </summary>
public sealed record LoadStarterCatalog(string? Kind = null, DateOnly? EffectiveFrom = null, Guid? OrganizationId = null);

public sealed record StarterCatalogResult(int Added, int AlreadyPresent, IReadOnlyDictionary<string, int> AddedByKind);

public sealed class LoadStarterCatalogHandler(WeijianDb db, TimeProvider clock)
{
    public string Directory { get; set; } = StarterCatalogs.DefaultDirectory;

    public async Task<StarterCatalogResult> HandleAsync(LoadStarterCatalog command, CancellationToken ct)
    {
        db.Actor.Require(CatalogAccess.Editors);
        Guid orgId;
        if (db.Actor.IsSystem)
        {
            orgId = Input.Required(command.OrganizationId, "organizationId", "单位");
            await OrganizationScope.VisibleAsync(db, orgId, ct);
        }
        else
        {
            orgId = db.Actor.RequireOrganization();
            if (command.OrganizationId is { } other && other != orgId)
            {
                throw DomainRuleException.NotFound("tenancy.cross-organization-write", "记录不存在或不属于本单位");
            }
        }

        var kinds = command.Kind is null ? Enum.GetValues<CatalogKind>() : [CatalogNames.ParseKind(command.Kind)];
        var from = command.EffectiveFrom ?? ChinaClock.Today(clock);
        var now = clock.GetUtcNow();
        var added = new Dictionary<string, int>();
        var present = 0;
        foreach (var kind in kinds)
        {
            var starter = StarterCatalogs.Load(Directory, kind);
            var codes = await db.Set<CatalogItem>().IgnoreQueryFilters()
                .Where(i => i.OrganizationId == orgId && i.Kind == kind).Select(i => i.Code).ToListAsync(ct);
            var have = codes.ToHashSet(StringComparer.Ordinal);
            var count = 0;
            foreach (var (code, content) in starter.Items)
            {
                if (!have.Add(code))
                {
                    present++;
                    continue;
                }

                var item = CatalogItem.Create(orgId, kind, code, content, from, $"载入示范清单（{starter.Source}）", now, db.Actor.Name);
                db.Set<CatalogItem>().Add(item);
                db.Audit(orgId, "catalog-item.created", nameof(CatalogItem), item.Id.ToString(), new
                {
                    Kind = CatalogNames.ChineseName(kind),
                    item.Code,
                    EffectiveFrom = from,
                    Source = "示范清单",
                    Content = CatalogAccess.Payload(content),
                });
                count++;
            }

            added[CatalogNames.WireName(kind)] = count;
        }

        if (added.Values.Sum() > 0)
        {
            await db.SaveChangesAsync(ct);
        }

        return new StarterCatalogResult(added.Values.Sum(), present, added);
    }
}

/// <summary>A starter catalogue file: its source note and validated items keyed by code.</summary>
public sealed record StarterCatalog(CatalogKind Kind, string Source, IReadOnlyList<(string Code, CatalogItemContent Content)> Items);

public static class StarterCatalogs
{
    /// <summary>The directory next to the program, where the build copies <c>data/catalogs/*.json</c>.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "catalogs");

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static StarterCatalog Load(string directory, CatalogKind kind)
    {
        var path = Path.Combine(directory, CatalogNames.WireName(kind) + ".json");
        return File.Exists(path)
            ? Parse(File.ReadAllText(path, Encoding.UTF8), kind)
            : throw new DomainRuleException("catalog.starter-missing", $"找不到示范清单文件：{path}");
    }

    /// <summary>Parses and validates a starter file with the same rules as a user's input; a bad item names its code.</summary>
    public static StarterCatalog Parse(string json, CatalogKind kind)
    {
        StarterFile? file;
        try
        {
            file = JsonSerializer.Deserialize<StarterFile>(json, Options);
        }
        catch (JsonException e)
        {
            throw new DomainRuleException("catalog.starter-invalid", $"示范清单不是有效的 JSON：{e.Message}");
        }

        if (file?.Items is not { Count: > 0 })
        {
            throw new DomainRuleException("catalog.starter-invalid", "示范清单中没有事项");
        }

        var items = new List<(string, CatalogItemContent)>();
        foreach (var i in file.Items)
        {
            try
            {
                var code = CatalogItemContent.ValidCode(i.Code);
                if (items.Any(x => x.Item1 == code))
                {
                    throw new DomainRuleException("catalog.starter-invalid", "编码重复");
                }

                items.Add((code, CatalogItemContent.Validate(kind, i.ToFields())));
            }
            catch (DomainRuleException e)
            {
                throw new DomainRuleException("catalog.starter-invalid", $"示范清单事项 {i.Code} 有误：{e.Message}");
            }
        }

        return new StarterCatalog(kind, file.Source ?? "示范清单", items);
    }

    private sealed class StarterFile
    {
        public string? Source { get; set; }

        public List<StarterItem>? Items { get; set; }
    }

    private sealed class StarterItem
    {
        public string? Code { get; set; }

        public string? Name { get; set; }

        public string? LegalBasis { get; set; }

        public List<ProvisionReference>? Provisions { get; set; }

        public string? PowerType { get; set; }

        public string? ResponsibleUnit { get; set; }

        public string? Responsibilities { get; set; }

        public string? Accountability { get; set; }

        public string? Specialty { get; set; }

        public string? Level { get; set; }

        public string? Targets { get; set; }

        public string? CheckContent { get; set; }

        public List<string>? ChecklistLines { get; set; }

        public string? Activity { get; set; }

        public bool? ContinuousRecording { get; set; }

        public string? RecordingRequirement { get; set; }

        public CatalogItemFields ToFields() => new(
            Name, LegalBasis, Provisions, PowerType, ResponsibleUnit, Responsibilities, Accountability, Specialty, Level, Targets, CheckContent,
            ChecklistLines, Activity, ContinuousRecording, RecordingRequirement);
    }
}
