using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Weijian.Platform.Authorization;
using Weijian.Platform.Persistence;

namespace Weijian.Web.Hosting;

/// <summary>
/// Keeps the data-protection key ring in the database, so cookies and API tokens issued by one web node are
/// accepted by every other (DESIGN "Scale": no state outside the database).
/// </summary>
public sealed class DatabaseXmlRepository(IServiceScopeFactory scopes) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
        return db.DataProtectionKeys.Select(k => k.Xml).ToList().Select(XElement.Parse).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var scope = SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
        db.DataProtectionKeys.Add(new DataProtectionKeyRecord { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChangesAsync().GetAwaiter().GetResult();
    }

    private IServiceScope SystemScope()
    {
        var scope = scopes.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = Actor.System("数据保护密钥");
        return scope;
    }
}
