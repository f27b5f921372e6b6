using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Weijian.Platform.Authorization;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Registry.Provisions;

/// <summary>
/// Loads the shipped provision set (<c>data/provisions/</c>) into the database: versions that are missing are added,
/// versions whose shipped data changed are brought up to date (keyed by code + version label), nothing is removed.
/// Idempotent: when nothing changed nothing is written and nothing is audited. The set is national reference data, so
/// the load is recorded once in the root organisation's audit chain. Run by the system actor (migrate, demo) or by a
/// 系统管理员 of the root organisation.
/// </summary>
public sealed record LoadProvisions;

public sealed record LoadProvisionsResult(int Documents, int Versions, int Added, int Updated, int Unchanged, IReadOnlyList<string> Changed);

public sealed class LoadProvisionsHandler(WeijianDb db, TimeProvider clock)
{
    /// <summary>Where the files are read from; tests may point it elsewhere.</summary>
    public string Directory { get; set; } = ProvisionFiles.DefaultDirectory;

    public async Task<LoadProvisionsResult> HandleAsync(LoadProvisions command, CancellationToken ct)
    {
        db.Actor.Require(Roles.SystemAdministrator);
        var root = await db.Organizations.Where(o => o.ParentId == null).OrderBy(o => o.CreatedAt).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct)
            ?? throw new DomainRuleException("provision.no-organization", "尚未创建任何单位，无法记录法律法规库的加载；请先创建单位（或运行 weijian demo）");
        if (!db.Actor.IsSystem && db.Actor.OrganizationId != root)
        {
            throw DomainRuleException.Forbidden("provision.national-data", "法律法规库为全国共用数据，仅根单位的系统管理员可以加载");
        }

        var shipped = ProvisionFiles.LoadDirectory(Directory);
        var codes = shipped.Select(v => v.Code).Distinct().ToList();
        var existing = await db.Set<LegalDocument>().Include(d => d.Articles).Where(d => codes.Contains(d.Code)).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var added = new List<string>();
        var updated = new List<string>();
        foreach (var data in shipped)
        {
            var current = existing.FirstOrDefault(d => d.Code == data.Code && d.VersionLabel == data.VersionLabel);
            if (current is null)
            {
                db.Set<LegalDocument>().Add(LegalDocument.Create(data, now));
                added.Add($"{data.Title}（{data.VersionLabel}）");
            }
            else if (current.ContentHash != data.ContentHash)
            {
                current.Apply(data, now);
                foreach (var article in current.Articles.Where(a => db.Entry(a).State == EntityState.Detached))
                {
                    db.Set<LegalArticle>().Add(article);
                }

                updated.Add($"{data.Title}（{data.VersionLabel}）");
            }
        }

        if (added.Count + updated.Count > 0)
        {
            db.Audit(root, "provisions.loaded", "LegalDocumentSet", "national", new
            {
                Added = added,
                Updated = updated,
                Versions = shipped.Count,
                Articles = shipped.Sum(v => v.Articles.Count),
            });
            await db.SaveChangesAsync(ct);
        }

        return new LoadProvisionsResult(codes.Count, shipped.Count, added.Count, updated.Count, shipped.Count - added.Count - updated.Count, [.. added, .. updated]);
    }
}

/// <summary>Entry point for the host (<c>weijian migrate</c>, demo): loads the shipped set as the system actor when an organisation exists.</summary>
public static class ProvisionLoader
{
    public static async Task<LoadProvisionsResult?> EnsureLoadedAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = Actor.System("法律法规库加载");
        var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
        if (!await db.Organizations.AnyAsync(ct) || !System.IO.Directory.Exists(ProvisionFiles.DefaultDirectory))
        {
            return null;
        }

        return await scope.ServiceProvider.GetRequiredService<LoadProvisionsHandler>().HandleAsync(new LoadProvisions(), ct);
    }
}
