using Microsoft.AspNetCore.Identity;

namespace Weijian.Platform.Users;

/// <summary>
/// A person who signs in. Belongs to exactly one organisation; never deleted — deactivated with a reason.
/// Not an <c>ITenantOwned</c> row with a query filter: sign-in must find a user by name before any tenant is known
/// (docs/adr/0004); user queries are scoped explicitly by the user-administration handlers.
/// </summary>
public sealed class User : IdentityUser<Guid>
{
    public Guid OrganizationId { get; set; }

    /// <summary>姓名.</summary>
    public string DisplayName { get; set; } = "";

    public bool IsActive { get; set; } = true;

    public string? DeactivationReason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

public sealed class Role : IdentityRole<Guid>
{
}
