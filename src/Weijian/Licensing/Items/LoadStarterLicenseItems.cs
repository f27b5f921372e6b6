using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Authorization;
using Weijian.Platform.Organizations;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Registry.Entities;

namespace Weijian.Licensing.Items;

/// <summary>
/// Copies the national starter set of licensing items (<c>data/licensing/items.json</c>: 公共场所卫生许可 新办/变更/延续/注销,
/// 医疗机构执业登记/变更/校验, 诊所备案, 医师/护士执业注册, 放射诊疗许可, 供水单位卫生许可, 消毒产品生产企业卫生许可, 母婴保健
/// 技术服务执业许可) into a bureau's list as <see cref="LicenseItem"/> rows. Items whose code the bureau already has are left
/// alone, so loading twice adds nothing; the bureau revises its copy afterwards (R-LIC-10, R-LIC-14).
/// </summary>
public sealed record LoadStarterLicenseItems(Guid? OrganizationId = null);

public sealed record StarterLicenseItemsResult(int Added, int AlreadyPresent);

public sealed class LoadStarterLicenseItemsHandler(WeijianDb db, TimeProvider clock)
{
    public string Directory { get; set; } = StarterLicenseItems.DefaultDirectory;

    public async Task<StarterLicenseItemsResult> HandleAsync(LoadStarterLicenseItems command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.Require(Roles.SystemAdministrator, Roles.BureauHead);
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

        var starter = StarterLicenseItems.Load(Directory);
        var have = (await db.Set<LicenseItem>().IgnoreQueryFilters().Where(i => i.OrganizationId == orgId).Select(i => i.Code).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        var added = 0;
        foreach (var content in starter)
        {
            if (!have.Add(content.Code))
            {
                continue;
            }

            var item = LicenseItem.Create(orgId, content, now);
            db.Set<LicenseItem>().Add(item);
            db.Audit(orgId, "licence-item.starter-loaded", nameof(LicenseItem), item.Id.ToString(), new
            {
                item.Code,
                item.Name,
                item.StatutoryDays,
                item.PromisedDays,
                item.CommitmentAllowed,
                Source = "示范事项清单",
            });
            added++;
        }

        if (added > 0)
        {
            await db.SaveChangesAsync(ct);
        }

        return new StarterLicenseItemsResult(added, starter.Count - added);
    }
}

/// <summary>Reads and checks the shipped starter set; a bad item names its code.</summary>
public static class StarterLicenseItems
{
    /// <summary>Next to the program, where the build copies <c>data/licensing/items.json</c>.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "licensing");

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static IReadOnlyList<LicenseItemContent> Load(string directory)
    {
        var path = Path.Combine(directory, "items.json");
        return File.Exists(path)
            ? Parse(File.ReadAllText(path, Encoding.UTF8))
            : throw new DomainRuleException("licensing.starter-missing", $"找不到示范许可事项文件：{path}");
    }

    public static IReadOnlyList<LicenseItemContent> Parse(string json)
    {
        StarterFile? file;
        try
        {
            file = JsonSerializer.Deserialize<StarterFile>(json, Options);
        }
        catch (JsonException e)
        {
            throw new DomainRuleException("licensing.starter-invalid", $"示范许可事项不是有效的 JSON：{e.Message}");
        }

        if (file?.Items is not { Count: > 0 })
        {
            throw new DomainRuleException("licensing.starter-invalid", "示范许可事项清单中没有事项");
        }

        var list = new List<LicenseItemContent>();
        foreach (var i in file.Items)
        {
            var content = i.ToContent();
            if (Problems(content).FirstOrDefault() is { } problem)
            {
                throw new DomainRuleException("licensing.starter-invalid", $"示范许可事项 {i.Code} 有误：{problem}");
            }

            if (list.Any(x => x.Code == content.Code))
            {
                throw new DomainRuleException("licensing.starter-invalid", $"示范许可事项编码 {i.Code} 重复");
            }

            list.Add(content);
        }

        return list;
    }

    /// <summary>
    /// What makes a guide incoherent: promised time longer than the statutory one (R-LIC-14), 告知承诺 without the
    /// obligations the 承诺书 is made from (R-LIC-11), no key material, 容缺 without a due period or a material that may be missing.
    /// </summary>
    public static IEnumerable<string> Problems(LicenseItemContent c)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (string.IsNullOrWhiteSpace(c.Code) || c.Code.Length > LicenseItem.CodeMax)
        {
            yield return "缺少事项编码";
        }

        if (string.IsNullOrWhiteSpace(c.Name) || string.IsNullOrWhiteSpace(c.LegalBasis) || string.IsNullOrWhiteSpace(c.Conditions))
        {
            yield return "缺少名称、设定依据或受理条件";
        }

        if (c.StatutoryDays < 1)
        {
            yield return "法定办结时限至少1个工作日";
        }

        if (c.PromisedDays < 0 || c.PromisedDays > c.StatutoryDays)
        {
            yield return "承诺办结时限不得超过法定办结时限（R-LIC-14）";
        }

        if (c.CommitmentAllowed && string.IsNullOrWhiteSpace(c.CommitmentObligations))
        {
            yield return "适用告知承诺的事项须列明承诺内容（R-LIC-11）";
        }

        if (!c.Materials.Any(m => m.Key))
        {
            yield return "至少有一项核心材料";
        }

        if (c.Materials.Any(m => m.Key && m.MayBeMissing))
        {
            yield return "核心材料不得容缺（R-LIC-14）";
        }

        if (c.AllowRongque && (c.RongqueDueDays < 1 || !c.Materials.Any(m => m.MayBeMissing)))
        {
            yield return "容缺受理须有补齐时限和可容缺的材料（R-LIC-14）";
        }

        if (c.ValidityYears is < 1)
        {
            yield return "有效期至少1年";
        }
    }

    private sealed class StarterFile
    {
        public string? Source { get; set; }

        public List<StarterItem>? Items { get; set; }
    }

    private sealed class StarterItem
    {
        public string Code { get; set; } = "";

        public string Name { get; set; } = "";

        public LicenseItemKind Kind { get; set; }

        public Specialty Specialty { get; set; }

        public string LicenseType { get; set; } = "";

        public string LegalBasis { get; set; } = "";

        public string Conditions { get; set; } = "";

        public string? QuantityLimit { get; set; }

        public int StatutoryDays { get; set; }

        public int PromisedDays { get; set; }

        public string? Fees { get; set; }

        public bool CommitmentAllowed { get; set; }

        public string? CommitmentObligations { get; set; }

        public bool SiteCheckRequired { get; set; }

        public bool AllowRongque { get; set; }

        public int RongqueDueDays { get; set; }

        public int? ValidityYears { get; set; }

        public string AcceptingUnit { get; set; } = "";

        public string ApprovingUnit { get; set; } = "";

        public string? ServiceChannel { get; set; }

        public List<LicenseMaterial>? Materials { get; set; }

        public List<LicenseStep>? Steps { get; set; }

        public LicenseItemContent ToContent() => new(
            Code.Trim(), Name.Trim(), Kind, Specialty, LicenseType, LegalBasis, Conditions, QuantityLimit, StatutoryDays, PromisedDays, Fees,
            CommitmentAllowed, CommitmentObligations, SiteCheckRequired, AllowRongque, RongqueDueDays, ValidityYears, AcceptingUnit, ApprovingUnit,
            ServiceChannel, Materials ?? [], Steps ?? []);
    }
}
