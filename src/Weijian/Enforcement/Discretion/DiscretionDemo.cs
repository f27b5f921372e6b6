using Weijian.Platform.Demo;

namespace Weijian.Enforcement.Discretion;

/// <summary>Demo: the shipped sample baseline (national), loaded once the demo's organisations exist (migrate ran before they did).</summary>
public sealed class DiscretionDemo : IDemoContribution
{
    public int Order => 40;

    public async Task SeedAsync(IServiceProvider services, IReadOnlyList<DemoBureau> bureaus, CancellationToken ct) =>
        await DiscretionSampleLoader.EnsureLoadedAsync(services, ct);
}
