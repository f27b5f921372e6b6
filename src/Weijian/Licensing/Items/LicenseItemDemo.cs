using Microsoft.Extensions.DependencyInjection;
using Weijian.Platform.Authorization;
using Weijian.Platform.Demo;

namespace Weijian.Licensing.Items;

/// <summary>Demo (Order 60): each demo bureau's licensing list is the national starter set, loaded through its handler.</summary>
public sealed class LicenseItemDemo : IDemoContribution
{
    public int Order => 60;

    public async Task SeedAsync(IServiceProvider services, IReadOnlyList<DemoBureau> bureaus, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(bureaus);
        foreach (var b in bureaus)
        {
            await using var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = Actor.System("演示数据");
            await scope.ServiceProvider.GetRequiredService<LoadStarterLicenseItemsHandler>().HandleAsync(new LoadStarterLicenseItems(b.OrganizationId), ct);
        }
    }
}
