using Microsoft.Extensions.DependencyInjection;
using Weijian.Platform.Authorization;
using Weijian.Platform.Demo;
using Weijian.Registry.Provisions;

namespace Weijian.Registry.Catalogs;

/// <summary>
/// Demo: the provision library (if not loaded yet) and the starter catalogues in both demo bureaus, in force from
/// 2025-01-01 so that lists "in force on a date" have a history to show.
/// </summary>
public sealed class CatalogDemo : IDemoContribution
{
    public static readonly DateOnly StarterEffectiveFrom = new(2025, 1, 1);

    public int Order => 10;

    public async Task SeedAsync(IServiceProvider services, IReadOnlyList<DemoBureau> bureaus, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(bureaus);
        await ProvisionLoader.EnsureLoadedAsync(services, ct);
        foreach (var bureau in bureaus)
        {
            await using var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = Actor.System("演示数据");
            await scope.ServiceProvider.GetRequiredService<LoadStarterCatalogHandler>()
                .HandleAsync(new LoadStarterCatalog(null, StarterEffectiveFrom, bureau.OrganizationId), ct);
        }
    }
}
