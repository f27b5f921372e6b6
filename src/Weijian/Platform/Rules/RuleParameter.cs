using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Authorization;
using Weijian.Platform.Organizations;
using Weijian.Platform.Persistence;

namespace Weijian.Platform.Rules;

/// <summary>
/// A legal value that is set per jurisdiction or is unverified nationally (rules.md, "Design consequences" 1):
/// e.g. the yearly training hours of R-OFF-4, hearing thresholds of R-PEN-18. Values are never edited: a new value
/// is a new row with its effective date; the value in force on the date of the act applies.
/// </summary>
public sealed class RuleParameter
{
    public Guid Id { get; set; }

    /// <summary>Catalogue key, see <see cref="RuleParameterCatalog"/>.</summary>
    public string Key { get; set; } = "";

    /// <summary>The organisation whose subtree the value applies to; null = national.</summary>
    public Guid? JurisdictionId { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    /// <summary>Invariant-culture text of the value (a decimal for numeric parameters).</summary>
    public string Value { get; set; } = "";

    /// <summary>The document that set the value (e.g. a provincial notice), shown next to it.</summary>
    public string Source { get; set; } = "";

    public DateTimeOffset RecordedAt { get; set; }

    public string RecordedBy { get; set; } = "";
}

/// <summary>A parameter the code knows about, with its rule id and the default used where no row applies.</summary>
public sealed record RuleParameterDefinition(string Key, string RuleId, string Name, string Unit, decimal Default, string DefaultSource);

public static class RuleParameterCatalog
{
    /// <summary>R-OFF-4: "≥60 学时/年" is attributed to 国办发〔2023〕27号 but unverified; older local rules say 40.</summary>
    public static readonly RuleParameterDefinition OfficerTrainingHoursPerYear = new(
        "officer.training-hours-per-year", "R-OFF-4", "执法人员年度培训学时要求", "学时", 60m, "R-OFF-4 默认值（国办发〔2023〕27号常见引述，未核实）");

    /// <summary>
    /// Every parameter the program knows: the public static <see cref="RuleParameterDefinition"/> fields of the library,
    /// wherever the module that uses them declares them (Platform must not reference modules).
    /// </summary>
    public static readonly IReadOnlyList<RuleParameterDefinition> All = typeof(RuleParameterCatalog).Assembly.GetTypes()
        .SelectMany(t => t.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static))
        .Where(f => f.FieldType == typeof(RuleParameterDefinition))
        .Select(f => (RuleParameterDefinition)f.GetValue(null)!)
        .DistinctBy(d => d.Key)
        .OrderBy(d => d.Key, StringComparer.Ordinal)
        .ToList();

    public static RuleParameterDefinition Find(string key) =>
        All.FirstOrDefault(d => d.Key == key)
        ?? throw Input.Invalid("rule-parameter.unknown", "key", $"未知的规则参数：{key}");
}

/// <summary>The value of a parameter in force for an organisation on a date, and where it comes from.</summary>
public sealed record RuleParameterValue(RuleParameterDefinition Definition, decimal Value, DateOnly? EffectiveFrom, string Source, Guid? JurisdictionId);

public static class RuleParameters
{
    /// <summary>
    /// The most specific jurisdiction wins (the organisation itself, then its ancestors, then national); within it the
    /// latest value effective on <paramref name="date"/>; else the catalogue default.
    /// </summary>
    public static async Task<RuleParameterValue> ResolveAsync(WeijianDb db, RuleParameterDefinition definition, Guid organizationId, DateOnly date, CancellationToken ct)
    {
        var path = await db.Organizations.IgnoreQueryFilters().Where(o => o.Id == organizationId).Select(o => o.Path).SingleAsync(ct);
        var ancestors = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList();
        var rows = await db.RuleParameters.AsNoTracking()
            .Where(p => p.Key == definition.Key && p.EffectiveFrom <= date && (p.JurisdictionId == null || ancestors.Contains(p.JurisdictionId.Value)))
            .ToListAsync(ct);
        var best = rows
            .OrderByDescending(p => p.JurisdictionId is { } j ? ancestors.IndexOf(j) : -1)
            .ThenByDescending(p => p.EffectiveFrom)
            .FirstOrDefault();
        return best is null
            ? new RuleParameterValue(definition, definition.Default, null, definition.DefaultSource, null)
            : new RuleParameterValue(definition, decimal.Parse(best.Value, CultureInfo.InvariantCulture), best.EffectiveFrom, best.Source, best.JurisdictionId);
    }
}

/// <summary>A 系统管理员 sets a parameter for their organisation's subtree from a date on (e.g. a provincial notice).</summary>
public sealed record SetRuleParameter(string? Key, Guid? JurisdictionId, DateOnly? EffectiveFrom, decimal? Value, string? Source);

public sealed class SetRuleParameterHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<RuleParameterValue> HandleAsync(SetRuleParameter command, CancellationToken ct)
    {
        db.Actor.Require(Roles.SystemAdministrator);
        var definition = RuleParameterCatalog.Find(Input.Text(command.Key, "key", "参数", 100));
        var jurisdiction = await OrganizationScope.AdministeredAsync(db, Input.Required(command.JurisdictionId, "jurisdictionId", "适用单位"), ct);
        var from = Input.Required(command.EffectiveFrom, "effectiveFrom", "生效日期");
        var value = Input.Required(command.Value, "value", "参数值");
        if (value < 0)
        {
            throw Input.Invalid("validation.negative", "value", "参数值不能为负数");
        }

        var row = new RuleParameter
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            Key = definition.Key,
            JurisdictionId = jurisdiction.Id,
            EffectiveFrom = from,
            Value = value.ToString(CultureInfo.InvariantCulture),
            Source = Input.Text(command.Source, "source", "依据文件", 200),
            RecordedAt = clock.GetUtcNow(),
            RecordedBy = db.Actor.Name,
        };
        db.RuleParameters.Add(row);
        db.Audit(jurisdiction.Id, "rule-parameter.set", nameof(RuleParameter), row.Id.ToString(), new
        {
            row.Key,
            definition.RuleId,
            row.EffectiveFrom,
            row.Value,
            row.Source,
        });
        await db.SaveChangesAsync(ct);
        return await RuleParameters.ResolveAsync(db, definition, jurisdiction.Id, from, ct);
    }
}
