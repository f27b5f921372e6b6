namespace Weijian.Platform.Organizations;

public sealed record OrganizationView(
    Guid Id, Guid? ParentId, string Kind, string KindName, string Name, string ShortName, string RegionCode, int Depth, bool IsActive, string? DeactivationReason)
{
    public static OrganizationView From(Organization o) =>
        new(o.Id, o.ParentId, o.Kind.ToString(), OrganizationKinds.ChineseName(o.Kind), o.Name, o.ShortName, o.RegionCode, o.Depth, o.IsActive, o.DeactivationReason);
}
