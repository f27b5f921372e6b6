using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Weijian.Platform.Authorization;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Enforcement.Discretion;

/// <summary>
/// Loads the shipped sample baseline (national, <see cref="DiscretionBaseline.IsSample"/>) into the database. Keyed by
/// version label: a label already stored is left alone (a version is never edited — corrected sample data ships under a
/// new label and supersedes the old one from its effective date), so loading twice adds nothing and audits nothing.
/// Recorded in the root organisation's audit chain, like the law library. Run by the system actor (migrate, demo).
/// </summary>
public sealed record LoadSampleDiscretionBaseline;

public sealed record LoadSampleDiscretionBaselineResult(int Added, int AlreadyPresent, IReadOnlyList<string> AddedLabels);

public sealed class LoadSampleDiscretionBaselineHandler(WeijianDb db, TimeProvider clock)
{
    /// <summary>Where the files are read from; tests may point it elsewhere.</summary>
    public string Directory { get; set; } = DiscretionSampleFiles.DefaultDirectory;

    public async Task<LoadSampleDiscretionBaselineResult> HandleAsync(LoadSampleDiscretionBaseline command, CancellationToken ct)
    {
        db.Actor.Require(Roles.SystemAdministrator);
        var root = await db.Organizations.Where(o => o.ParentId == null).OrderBy(o => o.CreatedAt).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct)
            ?? throw new DomainRuleException("discretion.no-organization", "尚未创建任何单位，无法记录裁量基准示例数据的加载；请先创建单位（或运行 weijian demo）");
        if (!db.Actor.IsSystem && db.Actor.OrganizationId != root)
        {
            throw DomainRuleException.Forbidden("discretion.national-data", "裁量基准示例数据为全国共用数据，仅根单位的系统管理员可以加载");
        }

        var shipped = DiscretionSampleFiles.LoadDirectory(Directory).OrderBy(s => s.Content.EffectiveFrom).ToList();
        var national = await db.Set<DiscretionBaseline>().Where(b => b.JurisdictionId == null).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var added = new List<string>();
        foreach (var (content, hash, file) in shipped)
        {
            if (national.Any(b => b.VersionLabel == content.VersionLabel))
            {
                continue;
            }

            national.Where(b => b.EffectiveUntil is null).ToList().ForEach(b => b.SupersedeFrom(content.EffectiveFrom));
            var (version, items, noPenalty) = DiscretionBaseline.Create(null, content, hash, null, now, db.Actor.Name);
            db.Set<DiscretionBaseline>().Add(version);
            db.Set<DiscretionItem>().AddRange(items);
            db.Set<NoPenaltyItem>().AddRange(noPenalty);
            national.Add(version);
            added.Add(content.VersionLabel);
            db.Audit(root, "discretion-baseline.sample-loaded", nameof(DiscretionBaseline), version.Id.ToString(), new
            {
                content.Title,
                content.VersionLabel,
                content.EffectiveFrom,
                File = file,
                Sha256 = hash,
                Items = items.Count,
                NoPenaltyItems = noPenalty.Count,
                Notice = DiscretionBaseline.SampleNotice,
            });
        }

        if (added.Count > 0)
        {
            await db.SaveChangesAsync(ct);
        }

        return new LoadSampleDiscretionBaselineResult(added.Count, shipped.Count - added.Count, added);
    }
}

/// <summary>Entry point for the host (<c>weijian migrate</c>, demo): loads the shipped sample as the system actor when an organisation exists.</summary>
public static class DiscretionSampleLoader
{
    public static async Task<LoadSampleDiscretionBaselineResult?> EnsureLoadedAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = Actor.System("裁量基准示例数据加载");
        var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
        if (!await db.Organizations.AnyAsync(ct) || !System.IO.Directory.Exists(DiscretionSampleFiles.DefaultDirectory))
        {
            return null;
        }

        return await scope.ServiceProvider.GetRequiredService<LoadSampleDiscretionBaselineHandler>().HandleAsync(new LoadSampleDiscretionBaseline(), ct);
    }
}
