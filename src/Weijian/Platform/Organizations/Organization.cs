using Weijian.Platform.Rules;

namespace Weijian.Platform.Organizations;

/// <summary>
/// A node of the organisation tree: province → city → county bureau → enforcement agency.
/// Organisations are the tenants; they are never deleted, only deactivated with a reason.
/// </summary>
public sealed class Organization
{
    private Organization()
    {
    }

    public Guid Id { get; private set; }

    public Guid? ParentId { get; private set; }

    /// <summary>Materialised path of ids ("/root/child/…/self/") so a subtree is one indexed prefix query.</summary>
    public string Path { get; private set; } = "";

    public int Depth { get; private set; }

    public OrganizationKind Kind { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>地区简称 used in document numbers (R-PEN-33), e.g. "冷".</summary>
    public string ShortName { get; private set; } = "";

    /// <summary>6-digit administrative region code (GB/T 2260), e.g. 431103.</summary>
    public string RegionCode { get; private set; } = "";

    public bool IsActive { get; private set; } = true;

    public string? DeactivationReason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static Organization CreateRoot(string name, string shortName, string regionCode, DateTimeOffset now) =>
        Create(null, OrganizationKind.Province, name, shortName, regionCode, now);

    public Organization AddChild(OrganizationKind kind, string name, string shortName, string regionCode, DateTimeOffset now)
    {
        if (!IsActive)
        {
            throw DomainRuleException.Conflict("organization.inactive-parent", $"上级单位“{Name}”已停用，不能新增下级单位");
        }

        if (!OrganizationKinds.MayContain(Kind, kind))
        {
            throw new DomainRuleException(
                "organization.invalid-hierarchy",
                $"{OrganizationKinds.ChineseName(Kind)}下不能设立{OrganizationKinds.ChineseName(kind)}")
            { Fields = ["kind"] };
        }

        return Create(this, kind, name, shortName, regionCode, now);
    }

    public void Rename(string name, string shortName, string regionCode)
    {
        Name = Input.Text(name, "name", "单位名称", 100);
        ShortName = Input.Text(shortName, "shortName", "地区简称", 10);
        RegionCode = Input.RegionCode(regionCode, "regionCode");
    }

    public void Deactivate(string reason)
    {
        if (!IsActive)
        {
            throw DomainRuleException.Conflict("organization.already-inactive", "该单位已停用");
        }

        DeactivationReason = Input.Text(reason, "reason", "停用原因", 200);
        IsActive = false;
    }

    public bool IsInSubtreeOf(Organization ancestor) => Path.StartsWith(ancestor.Path, StringComparison.Ordinal);

    private static Organization Create(Organization? parent, OrganizationKind kind, string name, string shortName, string regionCode, DateTimeOffset now)
    {
        var org = new Organization
        {
            Id = Guid.CreateVersion7(now),
            ParentId = parent?.Id,
            Kind = kind,
            Depth = parent is null ? 0 : parent.Depth + 1,
            CreatedAt = now,
        };
        org.Rename(name, shortName, regionCode);
        org.Path = (parent?.Path ?? "/") + org.Id.ToString("N") + "/";
        return org;
    }
}

public enum OrganizationKind
{
    Province,
    City,
    CountyBureau,
    EnforcementAgency,
}

public static class OrganizationKinds
{
    public static string ChineseName(OrganizationKind kind) => kind switch
    {
        OrganizationKind.Province => "省级卫生健康委员会",
        OrganizationKind.City => "市级卫生健康委员会",
        OrganizationKind.CountyBureau => "区县卫生健康局",
        OrganizationKind.EnforcementAgency => "卫生健康综合监督执法机构",
        _ => kind.ToString(),
    };

    /// <summary>The tree is province → city → county bureau; every health authority may have its own enforcement agency.</summary>
    public static bool MayContain(OrganizationKind parent, OrganizationKind child) => (parent, child) switch
    {
        (OrganizationKind.Province, OrganizationKind.City) => true,
        (OrganizationKind.City, OrganizationKind.CountyBureau) => true,
        (not OrganizationKind.EnforcementAgency, OrganizationKind.EnforcementAgency) => true,
        _ => false,
    };
}
