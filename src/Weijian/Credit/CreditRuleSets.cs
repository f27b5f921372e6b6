using System.Text.Json;
using System.Text.Json.Serialization;
using Weijian.Platform.Rules;

namespace Weijian.Credit;

/// <summary>失信程度 (R-CRD-2): 轻微 / 一般 / 严重. Records under the old rule set (R-CRD-1) carry none.</summary>
public enum CreditSeverity
{
    Minor,
    General,
    Serious,
}

/// <summary>Where an adverse credit record comes from.</summary>
public enum CreditSource
{
    /// <summary>行政处罚 (R-CRD-1/2/4).</summary>
    Penalty,

    /// <summary>虚假承诺 found after a license granted on 告知承诺 (R-LIC-11, R-CRD-6).</summary>
    FalseCommitment,
}

/// <summary>A publication period in whole months from the decision date.</summary>
public sealed record CreditPeriod(int MinMonths, int MaxMonths);

/// <summary>
/// One version of the national (or a jurisdiction's) publication rules, in force from a date: R-CRD-1 (国家发展改革委令第58号,
/// until 2026-03-31) and R-CRD-2 (信用修复管理办法, from 2026-04-01) ship in <c>data/credit/rule-sets.json</c>. A new
/// version is a new entry with its effective date; records keep the code of the version applied (docs/adr/0010).
/// </summary>
public sealed record CreditRuleSet(
    string Code,
    string RuleId,
    string Name,
    DateOnly EffectiveFrom,
    bool Graded,
    CreditPeriod? DefaultPeriod,
    IReadOnlyDictionary<string, CreditPeriod> TypePeriods,
    IReadOnlyDictionary<string, int> FieldMinimumMonths,
    IReadOnlyDictionary<CreditSeverity, CreditPeriod?> GradePeriods,
    IReadOnlyList<string> MinorTypes,
    IReadOnlyList<string> SeriousTypes,
    CreditSeverity? FalseCommitmentGrade);

/// <summary>
/// What the publication rules look at: the decision date, the penalty types (<c>Warning</c>, <c>Criticism</c>, <c>Fine</c>,
/// <c>Confiscation</c> and the other measures by their code), the money, the procedure and the field of the violation.
/// </summary>
public sealed record CreditFacts(
    CreditSource Source,
    DateOnly DecidedOn,
    IReadOnlyList<string> PenaltyTypes,
    decimal Money,
    bool SimpleProcedure,
    string? Field);

/// <summary>The outcome: grade (null under R-CRD-1), whether published, and the window (R-CRD-4).</summary>
public sealed record CreditWindow(
    string RuleSetCode,
    string RuleSetName,
    string RuleId,
    CreditSeverity? Severity,
    bool Published,
    DateOnly PublishFrom,
    DateOnly? MinUntil,
    DateOnly? MaxUntil);

/// <summary>The shipped, versioned rule sets, and the pure computation of a record's grade and window.</summary>
public sealed class CreditRuleSets
{
    private readonly List<CreditRuleSet> _sets;

    public CreditRuleSets(IEnumerable<CreditRuleSet> sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        _sets = [.. sets.OrderBy(s => s.EffectiveFrom)];
        if (_sets.Count == 0)
        {
            throw new ArgumentException("At least one credit rule set is needed.", nameof(sets));
        }
    }

    private static readonly Lazy<CreditRuleSets> _shipped = new(() => LoadFile(DefaultPath));

    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "credit", "rule-sets.json");

    /// <summary>The national rule sets shipped in <c>data/credit/rule-sets.json</c>.</summary>
    public static CreditRuleSets Shipped => _shipped.Value;

    public IReadOnlyList<CreditRuleSet> All => _sets;

    public static CreditRuleSets LoadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw DomainRuleException.NotFound("credit.rule-sets-missing", $"未找到信用公示规则文件：{path}");
        }

        var file = JsonSerializer.Deserialize<RuleSetFile>(File.ReadAllText(path), JsonOptions)
            ?? throw Input.Invalid("credit.rule-sets-invalid", "ruleSets", "信用公示规则文件为空");
        return new CreditRuleSets(file.RuleSets.Select(s => s with
        {
            GradePeriods = s.GradePeriods ?? new Dictionary<CreditSeverity, CreditPeriod?>(),
            TypePeriods = s.TypePeriods ?? new Dictionary<string, CreditPeriod>(),
            FieldMinimumMonths = s.FieldMinimumMonths ?? new Dictionary<string, int>(),
            MinorTypes = s.MinorTypes ?? [],
            SeriousTypes = s.SeriousTypes ?? [],
        }));
    }

    /// <summary>The version in force on a date: the latest one effective on or before it (R-CRD-1 vs R-CRD-2 at 2026-04-01).</summary>
    public CreditRuleSet InForceOn(DateOnly date) =>
        _sets.LastOrDefault(s => s.EffectiveFrom <= date)
        ?? throw DomainRuleException.Conflict("credit.no-rule-set", $"{Platform.Documents.DocumentNumbers.ChineseDate(date)}没有施行中的信用信息公示规则");

    /// <summary>
    /// The grade and window of a decision under the rule set in force on its date. <paramref name="seriousMoney"/> is the
    /// jurisdiction's amount from which a fine (with confiscation) counts as 严重 (rule parameter, R-CRD-2).
    /// </summary>
    public CreditWindow Compute(CreditFacts facts, decimal seriousMoney)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var set = InForceOn(facts.DecidedOn);
        var from = facts.DecidedOn;
        if (!set.Graded)
        {
            // R-CRD-1: 3 months–3 years from the decision date; several types → the longest period applies; 1 year minimum
            // in the 特种设备 / 安全生产 / 消防 fields.
            var period = facts.PenaltyTypes.Select(t => set.TypePeriods.GetValueOrDefault(t)).OfType<CreditPeriod>()
                .Append(set.DefaultPeriod ?? throw new InvalidOperationException($"Rule set {set.Code} has no default period."))
                .Aggregate((a, b) => new CreditPeriod(Math.Max(a.MinMonths, b.MinMonths), Math.Max(a.MaxMonths, b.MaxMonths)));
            if (facts.Field is { } field && set.FieldMinimumMonths.TryGetValue(field, out var fieldMin))
            {
                period = period with { MinMonths = Math.Max(period.MinMonths, fieldMin) };
            }

            return new CreditWindow(set.Code, set.Name, set.RuleId, null, true, from, from.AddMonths(period.MinMonths), from.AddMonths(period.MaxMonths));
        }

        var severity = Grade(set, facts, seriousMoney);
        var graded = set.GradePeriods.GetValueOrDefault(severity);
        return graded is null
            ? new CreditWindow(set.Code, set.Name, set.RuleId, severity, false, from, null, null) // R-CRD-2: 轻微 not published
            : new CreditWindow(set.Code, set.Name, set.RuleId, severity, true, from, from.AddMonths(graded.MinMonths), from.AddMonths(graded.MaxMonths));
    }

    /// <summary>
    /// R-CRD-2 grading: a false commitment takes the set's grade (R-CRD-6); revocation, 限制从业, closure or money from the
    /// jurisdiction's serious amount → 严重; 简易程序 or only warnings / 通报批评 → 轻微; anything else (fines, confiscation,
    /// suspensions) → 一般.
    /// </summary>
    public static CreditSeverity Grade(CreditRuleSet set, CreditFacts facts, decimal seriousMoney)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Source == CreditSource.FalseCommitment)
        {
            return set.FalseCommitmentGrade ?? CreditSeverity.Serious;
        }

        if (facts.PenaltyTypes.Any(set.SeriousTypes.Contains) || (seriousMoney > 0 && facts.Money >= seriousMoney))
        {
            return CreditSeverity.Serious;
        }

        if (facts.SimpleProcedure || (facts.PenaltyTypes.Count > 0 && facts.PenaltyTypes.All(set.MinorTypes.Contains)))
        {
            return CreditSeverity.Minor;
        }

        return CreditSeverity.General;
    }

    public static string ChineseName(CreditSeverity? severity) => severity switch
    {
        CreditSeverity.Minor => "轻微",
        CreditSeverity.General => "一般",
        CreditSeverity.Serious => "严重",
        _ => "不分级",
    };

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private sealed record RuleSetFile(IReadOnlyList<CreditRuleSet> RuleSets);
}
