using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Enforcement.Discretion;

/// <summary>
/// Finding the baseline that governs a case. For an organisation the candidates are the versions of the organisation, of
/// its ancestors and the national sample; on a date the nearest jurisdiction with a version in force wins (a county's own
/// baseline over the province's, the province's over the sample).
/// </summary>
public static class DiscretionBaselines
{
    /// <summary>
    /// R-PEN-9 (从旧兼从轻): the item <paramref name="itemCode"/> as it stood in the version in force for
    /// <paramref name="organizationId"/> on the date of the act and on the date of the decision. Feed the result to
    /// <see cref="DiscretionProposal.Propose(DiscretionResolution, DiscretionCircumstances)"/>, which applies the later one only
    /// when it is lighter. Reads reference data only; the calling handler checks the actor's permission.
    /// </summary>
    public static async Task<DiscretionResolution> ResolveAsync(
        WeijianDb db, Guid organizationId, string itemCode, DateOnly actDate, DateOnly decisionDate, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var code = DiscretionContentRules.ValidCode(itemCode, "itemCode");
        if (decisionDate < actDate)
        {
            throw Input.Invalid("discretion.decision-before-act", "decisionDate", "决定日期不能早于违法行为发生日期");
        }

        var chain = (await DiscretionAccess.AncestryAsync(db, organizationId, ct)).ToList();
        var versions = await db.Set<DiscretionBaseline>().AsNoTracking()
            .Where(b => b.JurisdictionId == null || chain.Contains(b.JurisdictionId.Value))
            .ToListAsync(ct);
        var atAct = InForce(versions, chain, actDate);
        var atDecision = InForce(versions, chain, decisionDate);
        if (atAct is null && atDecision is null)
        {
            throw DomainRuleException.NotFound(
                "discretion.no-baseline-in-force", $"{Day(actDate)}和{Day(decisionDate)}都没有适用于本单位的裁量基准，请先导入本省裁量基准");
        }

        var ids = new[] { atAct?.Id, atDecision?.Id }.OfType<Guid>().Distinct().ToList();
        var items = await db.Set<DiscretionItem>().AsNoTracking().Where(i => ids.Contains(i.BaselineId) && i.Code == code).ToListAsync(ct);
        var lists = await db.Set<NoPenaltyItem>().AsNoTracking().Where(n => ids.Contains(n.BaselineId) && n.ItemCode == code).ToListAsync(ct);
        var names = await JurisdictionNamesAsync(db, versions.Where(v => v.Id == atAct?.Id || v.Id == atDecision?.Id), ct);

        DiscretionVersionItem? Pick(DiscretionBaseline? version, DateOnly on) =>
            version is null || items.FirstOrDefault(i => i.BaselineId == version.Id) is not { } item
                ? null
                : new DiscretionVersionItem(
                    DiscretionBaselineSummary.From(version, names(version.JurisdictionId), on),
                    item.Content(),
                    lists.Where(n => n.BaselineId == version.Id).Select(n => n.Content()).ToList());

        var resolution = new DiscretionResolution(code, actDate, decisionDate, Pick(atAct, actDate), Pick(atDecision, decisionDate));
        if (resolution.AtAct is null && resolution.AtDecision is null)
        {
            var label = (atAct ?? atDecision)!;
            throw DomainRuleException.NotFound("discretion.item-not-found", $"适用的裁量基准“{label.Title}（{label.VersionLabel}）”中没有编码为 {code} 的事项");
        }

        return resolution;
    }

    /// <summary>The version in force on <paramref name="date"/> of the nearest jurisdiction in <paramref name="chain"/> (nearest first), else national.</summary>
    public static DiscretionBaseline? InForce(IEnumerable<DiscretionBaseline> versions, IReadOnlyList<Guid> chain, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(versions);
        ArgumentNullException.ThrowIfNull(chain);
        return versions
            .Where(v => v.IsInForceOn(date) && (v.JurisdictionId is null || chain.Contains(v.JurisdictionId.Value)))
            .OrderBy(v => v.JurisdictionId is { } j ? chain.ToList().IndexOf(j) : int.MaxValue)
            .ThenByDescending(v => v.EffectiveFrom)
            .FirstOrDefault();
    }

    /// <summary>Names of the jurisdictions of some versions ("全国（示例）" for national).</summary>
    internal static async Task<Func<Guid?, string>> JurisdictionNamesAsync(WeijianDb db, IEnumerable<DiscretionBaseline> versions, CancellationToken ct)
    {
        var ids = versions.Select(v => v.JurisdictionId).OfType<Guid>().Distinct().ToList();
        var names = await db.Organizations.IgnoreQueryFilters().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return id => id is { } j ? names.GetValueOrDefault(j, "（已不存在的单位）") : "全国（示例）";
    }

    private static string Day(DateOnly d) => d.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
}
