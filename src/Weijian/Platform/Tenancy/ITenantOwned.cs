namespace Weijian.Platform.Tenancy;

/// <summary>
/// A row owned by one organisation (DESIGN principle 4). The DbContext gives every such entity a query filter
/// scoping it to the acting user's organisation and rejects writes into another organisation.
/// </summary>
public interface ITenantOwned
{
    Guid OrganizationId { get; }
}
