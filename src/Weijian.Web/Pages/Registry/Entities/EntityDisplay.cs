using Weijian.Registry.Entities;

namespace Weijian.Web.Pages.Registry.Entities;

/// <summary>How the entity pages show statuses, codes and choices.</summary>
public static class EntityDisplay
{
    public const string SubjectType = EntityRegister.SubjectType;

    public static string StatusBadge(EntityStatus status) => status switch
    {
        EntityStatus.Operating => "badge-green",
        EntityStatus.Suspended => "badge-amber",
        _ => "badge-gray",
    };

    public static string RiskBadge(RiskTier? tier) => tier switch
    {
        RiskTier.High => "badge-red",
        RiskTier.Medium => "badge-amber",
        RiskTier.Low => "badge-green",
        _ => "badge-gray",
    };

    /// <summary>ID numbers of individuals are shown masked in lists (personal information); credit codes in full.</summary>
    public static string Code(RegulatedEntityView e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.PartyKind == PartyKind.Individual ? ResidentIdNumber.Mask(e.CreditCode) : e.CreditCode;
    }

    public static string CodeLabel(PartyKind kind) => kind == PartyKind.Individual ? "身份证号码" : "统一社会信用代码";

    public static bool MayWrite(Weijian.Platform.Authorization.Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return EntityRegister.WriteRoles.Any(actor.IsInRole);
    }

    public static IEnumerable<(string Value, string Name)> Choices<T>(Func<T, string> chinese)
        where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => (v.ToString(), chinese(v)));
}
