using System.Globalization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Organizations;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Registry.Entities;

namespace Weijian.Inspections.Plans;

/// <summary>A stratum as entered: specialty × optional sub-type × optional region (prefix of the 6-digit code), a ratio or a quota.</summary>
public sealed record PlanStratumInput(string? Specialty, string? SubType, string? RegionCode, decimal? Ratio, int? Quota, IReadOnlyList<string>? ItemCodes = null);

/// <summary>A row of the weight table: a risk tier and/or a credit grade (empty matches any) and its multiplier.</summary>
public sealed record RiskWeightInput(string? RiskTier, string? CreditGrade, decimal? Multiplier);

/// <summary>
/// 起草年度随机抽查计划 (R-INS-4) at the actor's level: items from the 随机抽查事项清单 (R-INS-2), strata with a ratio or a
/// quota (R-INS-6), the risk-weight table (default <see cref="RiskWeighting.Default"/> when none is given), a deadline.
/// </summary>
public sealed record DraftPlan(
    int? Year, string? Title, string? Level, string? Kind, DateOnly? Deadline, string? Notes, IReadOnlyList<string>? ItemCodes,
    IReadOnlyList<PlanStratumInput>? Strata, IReadOnlyList<RiskWeightInput>? RiskWeights = null);

public sealed class DraftPlanHandler(WeijianDb db, TimeProvider clock)
{
    public const decimal MaxMultiplier = 10m;

    public async Task<PlanView> HandleAsync(DraftPlan command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.Require(PlanRoles.Planners);
        var org = await OrganizationScope.ActorOrganizationAsync(db, ct);
        var today = ChinaClock.Today(clock);
        var year = Input.Required(command.Year, "year", "计划年度");
        if (year < today.Year - 1 || year > today.Year + 1)
        {
            throw Input.Invalid("validation.year", "year", $"计划年度应在{today.Year - 1}至{today.Year + 1}年之间");
        }

        var title = Input.Text(command.Title, "title", "计划名称", InspectionPlan.TitleMax);
        var level = InspectionNames.Parse<PlanLevel>(command.Level, InspectionNames.Of, "level", "计划层级");
        CheckLevel(org, level);
        var kind = string.IsNullOrWhiteSpace(command.Kind)
            ? InspectionKind.Random
            : InspectionNames.Parse<InspectionKind>(command.Kind, InspectionNames.Of, "kind", "检查类型");
        if (kind is not (InspectionKind.Random or InspectionKind.SpecialCampaign))
        {
            throw Input.Invalid("validation.plan-kind", "kind", "计划只能是双随机抽查或专项行动；投诉、转办、复查、许可核查由单位直接立检查任务");
        }

        var deadline = Input.Required(command.Deadline, "deadline", "完成时限");
        if (deadline.Year != year)
        {
            throw Input.Invalid("validation.deadline", "deadline", "完成时限应在计划年度内");
        }

        var notes = Input.OptionalText(command.Notes, "notes", "说明", InspectionPlan.NotesMax);
        var available = (await PlanItemSource.AvailableAsync(db, today, ct)).ToDictionary(i => i.Code, StringComparer.Ordinal);
        var codes = (command.ItemCodes ?? []).Select(c => c?.Trim() ?? "").Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (codes.Count == 0)
        {
            throw Input.Invalid("validation.required", "itemCodes", "请从随机抽查事项清单中选择抽查事项");
        }

        var unknown = codes.Where(c => !available.ContainsKey(c)).ToList();
        if (unknown.Count > 0)
        {
            throw Input.Invalid("inspection-plan.unknown-item", "itemCodes", $"随机抽查事项清单中没有：{string.Join("、", unknown)}");
        }

        var items = codes.Select(c => available[c]).ToList();
        var strata = Strata(command.Strata, items);
        var weights = Weights(command.RiskWeights);
        var now = clock.GetUtcNow();
        var plan = InspectionPlan.Draft(org.Id, year, title, level, kind, deadline, notes, items, strata, weights, now, db.Actor.Name);
        db.Set<InspectionPlan>().Add(plan);
        db.Audit(org.Id, InspectionAuditActions.PlanDrafted, InspectionAuditActions.PlanSubject, plan.Id.ToString(), new
        {
            plan.Title,
            plan.Year,
            Level = InspectionNames.Of(level),
            Deadline = deadline,
            Items = codes,
            Strata = strata.Select(s => new { s.Label, s.Ratio, s.Quota }).ToList(),
            Weights = weights.Select(w => $"{w.RiskTier?.ToString() ?? "*"}/{w.CreditGrade ?? "*"}×{w.Multiplier.ToString(CultureInfo.InvariantCulture)}").ToList(),
        });
        await db.SaveChangesAsync(ct);
        return PlanView.From(plan, new Dictionary<Guid, string>());
    }

    /// <summary>R-INS-4: national tasks are entered by the province; each other level plans for itself.</summary>
    private static void CheckLevel(Organization org, PlanLevel level)
    {
        var allowed = org.Kind switch
        {
            OrganizationKind.Province => level is PlanLevel.National or PlanLevel.Provincial,
            OrganizationKind.City => level == PlanLevel.City,
            OrganizationKind.CountyBureau => level == PlanLevel.County,
            _ => false,
        };
        if (!allowed)
        {
            throw Input.Invalid("inspection-plan.level-not-allowed", "level", $"{OrganizationKinds.ChineseName(org.Kind)}不能制定{InspectionNames.Of(level)}抽查计划（国家计划由省级录入）");
        }
    }

    internal static List<PlanStratum> Strata(IReadOnlyList<PlanStratumInput>? input, IReadOnlyList<PlanItem> items)
    {
        if (input is not { Count: > 0 })
        {
            throw Input.Invalid("validation.required", "strata", "请至少设置一个抽查分层（专业类别及比例或数量）");
        }

        var strata = new List<PlanStratum>();
        foreach (var s in input)
        {
            var specialty = Specialties.Parse(s.Specialty) ?? throw Input.Invalid("validation.specialty", "strata", "分层的专业类别不正确");
            string? subType = null;
            if (!string.IsNullOrWhiteSpace(s.SubType))
            {
                subType = (Specialties.FindSubType(specialty, s.SubType) ?? throw Input.Invalid("validation.sub-type", "strata", $"{Specialties.ChineseName(specialty)}没有具体类型“{s.SubType.Trim()}”")).Code;
            }

            var region = string.IsNullOrWhiteSpace(s.RegionCode) ? null : s.RegionCode.Trim();
            if (region is not null && (region.Length is < 2 or > 6 || !region.All(char.IsAsciiDigit)))
            {
                throw Input.Invalid("validation.region-code", "strata", "分层的行政区划应为2至6位数字（代码前缀）");
            }

            if ((s.Ratio is null) == (s.Quota is null))
            {
                throw Input.Invalid("inspection-plan.ratio-or-quota", "strata", $"分层“{Specialties.ChineseName(specialty)}”须填写抽查比例或抽查数量（二选一）");
            }

            if (s.Ratio is { } r && (r <= 0m || r > 1m))
            {
                throw Input.Invalid("inspection-plan.ratio-range", "strata", "抽查比例应大于0且不超过100%");
            }

            if (s.Quota is { } q && (q < 1 || q > 100_000))
            {
                throw Input.Invalid("inspection-plan.quota-range", "strata", "抽查数量应为1至100000");
            }

            var mine = items.Where(i => i.Specialty == specialty).Select(i => i.Code).ToList();
            var codes = s.ItemCodes is { Count: > 0 } given ? given.Select(c => c.Trim()).Distinct(StringComparer.Ordinal).ToList() : mine;
            if (codes.Count == 0 || codes.Any(c => !items.Any(i => i.Code == c)))
            {
                throw Input.Invalid("inspection-plan.stratum-items", "strata", $"分层“{Specialties.ChineseName(specialty)}”须对应计划中的抽查事项");
            }

            var stratum = new PlanStratum(specialty, subType, region, s.Ratio, s.Quota, codes);
            if (strata.Any(x => x.Label == stratum.Label))
            {
                throw Input.Invalid("inspection-plan.duplicate-stratum", "strata", $"分层“{stratum.ChineseLabel}”重复");
            }

            strata.Add(stratum);
        }

        return strata;
    }

    internal static List<RiskWeight> Weights(IReadOnlyList<RiskWeightInput>? input)
    {
        if (input is null)
        {
            return [.. RiskWeighting.Default];
        }

        var weights = new List<RiskWeight>();
        foreach (var w in input)
        {
            if (!EntityNames.TryParse<RiskTier>(w.RiskTier, EntityNames.Of, out var tier))
            {
                throw Input.Invalid("validation.risk-tier", "riskWeights", $"风险等级“{w.RiskTier?.Trim()}”不正确");
            }

            var grade = string.IsNullOrWhiteSpace(w.CreditGrade) ? null : w.CreditGrade.Trim().ToUpperInvariant();
            if (grade is { Length: > 5 })
            {
                throw Input.Invalid("validation.credit-grade", "riskWeights", "信用等级不能超过5个字符");
            }

            var m = Input.Required(w.Multiplier, "riskWeights", "权重系数");
            if (m < 0m || m > MaxMultiplier)
            {
                throw Input.Invalid("inspection-plan.weight-range", "riskWeights", $"权重系数应在0至{MaxMultiplier}之间");
            }

            weights.Add(new RiskWeight(tier, grade, m));
        }

        return weights;
    }
}
