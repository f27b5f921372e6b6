using Weijian.Platform.Rules;
using Weijian.Registry.Entities;

namespace Weijian.Enforcement.Discretion;

/// <summary>
/// 裁量档次 (R-DIS-2, R-DIS-3), from the mildest to the heaviest. Baselines name tiers differently (轻微/一般/较重/严重);
/// an import maps them onto these five, whose legal meaning is fixed by 行政处罚法 Art.30–33: 减轻 is below the statutory
/// minimum, 从轻 is within the range towards its lower end, 从重 towards its upper end.
/// </summary>
public enum DiscretionTier
{
    /// <summary>不予处罚 (Art.33).</summary>
    NoPenalty,

    /// <summary>减轻处罚: below the statutory minimum or a lighter kind of penalty.</summary>
    Reduced,

    /// <summary>从轻处罚.</summary>
    Lighter,

    /// <summary>一般.</summary>
    Standard,

    /// <summary>从重处罚.</summary>
    Heavier,
}

/// <summary>
/// The penalty types of R-PEN-1 (行政处罚法 Art.9) other than the fine itself, which a tier states as a range. 行政拘留 is
/// left out (police only). 责令改正 is not a penalty (Art.28) and is ordered in every case, so it is not listed either.
/// </summary>
public enum PenaltyMeasure
{
    /// <summary>警告.</summary>
    Warning,

    /// <summary>通报批评.</summary>
    CirculatedCriticism,

    /// <summary>没收违法所得 (R-PEN-8: mandatory whenever there are illegal gains).</summary>
    ConfiscateIllegalGains,

    /// <summary>没收非法财物 (e.g. 药品、医疗器械 of unlicensed practice).</summary>
    ConfiscateIllegalProperty,

    /// <summary>暂扣许可证件.</summary>
    SuspendLicense,

    /// <summary>降低资质等级.</summary>
    LowerQualification,

    /// <summary>吊销许可证件 (卫生许可证, 医疗机构执业许可证, 医师执业证书 …).</summary>
    RevokeLicense,

    /// <summary>限制开展生产经营活动.</summary>
    RestrictOperations,

    /// <summary>责令停产停业 (公共场所 责令停业整顿).</summary>
    SuspendOperations,

    /// <summary>责令关闭.</summary>
    OrderClosure,

    /// <summary>限制从业.</summary>
    RestrictPractice,

    /// <summary>责令暂停执业活动 (医师法 Art.55–57: 六个月以上一年以下), a penalty "set by law" (Art.9(6)).</summary>
    SuspendPractice,
}

/// <summary>危害后果: 无 / 轻微 / 严重.</summary>
public enum HarmLevel
{
    None,
    Minor,
    Serious,
}

/// <summary>How the party corrected the violation (R-PEN-10 "及时改正" = immediately or within the ordered period).</summary>
public enum CorrectionStatus
{
    /// <summary>未改正.</summary>
    NotCorrected,

    /// <summary>当场（立即）改正.</summary>
    Immediately,

    /// <summary>在责令改正期限内改正.</summary>
    WithinOrderedPeriod,

    /// <summary>逾期后改正.</summary>
    AfterOrderedPeriod,
}

/// <summary>Mitigating facts of 行政处罚法 Art.30–32 (R-PEN-10).</summary>
public enum MitigatingFact
{
    /// <summary>主动消除或者减轻违法行为危害后果 (Art.32(1), mandatory).</summary>
    HarmRemedied,

    /// <summary>受他人胁迫或者诱骗实施违法行为 (Art.32(2), mandatory).</summary>
    Coerced,

    /// <summary>主动供述行政机关尚未掌握的违法行为 (Art.32(3), mandatory).</summary>
    ConfessedUnknownViolation,

    /// <summary>配合行政机关查处违法行为有立功表现 (Art.32(4), mandatory).</summary>
    MeritoriousCooperation,

    /// <summary>已满十四周岁不满十八周岁的未成年人 (Art.30, mandatory).</summary>
    MinorAged14To18,

    /// <summary>法律、法规、规章规定其他应当从轻或者减轻的 (Art.32(5), mandatory).</summary>
    OtherStatutoryMitigation,

    /// <summary>尚未完全丧失辨认或者控制自己行为能力的精神病人、智力残疾人 (Art.31: 可以, not mandatory).</summary>
    LimitedCapacity,
}

/// <summary>Aggravating facts (从重情节) baselines commonly list; R-PEN-35 (Art.49) for emergencies.</summary>
public enum AggravatingFact
{
    /// <summary>拒不改正（经责令改正拒不改正）.</summary>
    RefusedCorrection,

    /// <summary>多次违法 (also derived from the prior violations the caller counts, see the baseline's threshold).</summary>
    RepeatedViolation,

    /// <summary>造成严重危害后果 (also derived from 危害后果 = 严重).</summary>
    SeriousConsequences,

    /// <summary>妨碍、阻挠执法，隐匿、销毁证据.</summary>
    ObstructedEnforcement,

    /// <summary>突发事件期间违反应对措施 (Art.49: 依法快速、从重处罚).</summary>
    DuringEmergency,
}

/// <summary>How the violation came to light; a no-penalty list may exclude some (R-DIS-5: 双随机抽查发现的除外).</summary>
public enum DiscoverySource
{
    /// <summary>日常监督检查.</summary>
    RoutineInspection,

    /// <summary>双随机抽查.</summary>
    RandomInspection,

    /// <summary>投诉举报.</summary>
    Complaint,

    /// <summary>移送、交办.</summary>
    Referral,

    /// <summary>其他.</summary>
    Other,
}

/// <summary>Chinese names of the discretion enums and parsing of a value given as identifier or Chinese name.</summary>
public static class DiscretionNames
{
    public static string Of(DiscretionTier v) => v switch
    {
        DiscretionTier.NoPenalty => "不予处罚",
        DiscretionTier.Reduced => "减轻",
        DiscretionTier.Lighter => "从轻",
        DiscretionTier.Standard => "一般",
        DiscretionTier.Heavier => "从重",
        _ => v.ToString(),
    };

    public static string Of(PenaltyMeasure v) => v switch
    {
        PenaltyMeasure.Warning => "警告",
        PenaltyMeasure.CirculatedCriticism => "通报批评",
        PenaltyMeasure.ConfiscateIllegalGains => "没收违法所得",
        PenaltyMeasure.ConfiscateIllegalProperty => "没收非法财物",
        PenaltyMeasure.SuspendLicense => "暂扣许可证件",
        PenaltyMeasure.LowerQualification => "降低资质等级",
        PenaltyMeasure.RevokeLicense => "吊销许可证件",
        PenaltyMeasure.RestrictOperations => "限制开展生产经营活动",
        PenaltyMeasure.SuspendOperations => "责令停产停业",
        PenaltyMeasure.OrderClosure => "责令关闭",
        PenaltyMeasure.RestrictPractice => "限制从业",
        PenaltyMeasure.SuspendPractice => "责令暂停执业活动",
        _ => v.ToString(),
    };

    public static string Of(HarmLevel v) => v switch
    {
        HarmLevel.None => "无危害后果",
        HarmLevel.Minor => "危害后果轻微",
        HarmLevel.Serious => "危害后果严重",
        _ => v.ToString(),
    };

    public static string Of(CorrectionStatus v) => v switch
    {
        CorrectionStatus.NotCorrected => "未改正",
        CorrectionStatus.Immediately => "当场改正",
        CorrectionStatus.WithinOrderedPeriod => "在责令改正期限内改正",
        CorrectionStatus.AfterOrderedPeriod => "逾期后改正",
        _ => v.ToString(),
    };

    public static string Of(MitigatingFact v) => v switch
    {
        MitigatingFact.HarmRemedied => "主动消除或者减轻违法行为危害后果",
        MitigatingFact.Coerced => "受他人胁迫或者诱骗实施违法行为",
        MitigatingFact.ConfessedUnknownViolation => "主动供述行政机关尚未掌握的违法行为",
        MitigatingFact.MeritoriousCooperation => "配合行政机关查处违法行为有立功表现",
        MitigatingFact.MinorAged14To18 => "已满十四周岁不满十八周岁的未成年人",
        MitigatingFact.OtherStatutoryMitigation => "法律、法规、规章规定其他应当从轻或者减轻的情形",
        MitigatingFact.LimitedCapacity => "尚未完全丧失辨认或者控制自己行为能力的精神病人、智力残疾人",
        _ => v.ToString(),
    };

    /// <summary>The article of 行政处罚法 (2021) that makes the fact a ground for a lighter or reduced penalty.</summary>
    public static string Basis(MitigatingFact v) => v switch
    {
        MitigatingFact.HarmRemedied => "《中华人民共和国行政处罚法》第三十二条第（一）项",
        MitigatingFact.Coerced => "《中华人民共和国行政处罚法》第三十二条第（二）项",
        MitigatingFact.ConfessedUnknownViolation => "《中华人民共和国行政处罚法》第三十二条第（三）项",
        MitigatingFact.MeritoriousCooperation => "《中华人民共和国行政处罚法》第三十二条第（四）项",
        MitigatingFact.MinorAged14To18 => "《中华人民共和国行政处罚法》第三十条",
        MitigatingFact.OtherStatutoryMitigation => "《中华人民共和国行政处罚法》第三十二条第（五）项",
        MitigatingFact.LimitedCapacity => "《中华人民共和国行政处罚法》第三十一条",
        _ => "",
    };

    /// <summary>R-PEN-10: Art.30 and Art.32 say 应当 (shall); Art.31 says 可以 (may).</summary>
    public static bool IsMandatory(MitigatingFact v) => v != MitigatingFact.LimitedCapacity;

    public static string Of(AggravatingFact v) => v switch
    {
        AggravatingFact.RefusedCorrection => "经责令改正拒不改正",
        AggravatingFact.RepeatedViolation => "多次实施同一违法行为",
        AggravatingFact.SeriousConsequences => "造成严重危害后果",
        AggravatingFact.ObstructedEnforcement => "妨碍、阻挠执法或者隐匿、销毁证据",
        AggravatingFact.DuringEmergency => "在突发事件期间违反突发事件应对措施",
        _ => v.ToString(),
    };

    public static string Basis(AggravatingFact v) => v == AggravatingFact.DuringEmergency
        ? "《中华人民共和国行政处罚法》第四十九条"
        : "裁量基准从重情节";

    public static string Of(DiscoverySource v) => v switch
    {
        DiscoverySource.RoutineInspection => "日常监督检查",
        DiscoverySource.RandomInspection => "双随机抽查",
        DiscoverySource.Complaint => "投诉举报",
        DiscoverySource.Referral => "移送、交办",
        DiscoverySource.Other => "其他",
        _ => v.ToString(),
    };

    public static string Of(PartyKind v) => EntityNames.Of(v);

    /// <summary>Parses an enum by identifier or Chinese name (<paramref name="also"/> adds accepted synonyms); null when empty.</summary>
    public static T? Parse<T>(string? value, Func<T, string> chinese, string field, string label, params (string Text, T Value)[] also)
        where T : struct, Enum
    {
        var v = value?.Trim();
        if (string.IsNullOrEmpty(v))
        {
            return null;
        }

        foreach (var e in Enum.GetValues<T>())
        {
            if (string.Equals(e.ToString(), v, StringComparison.OrdinalIgnoreCase) || chinese(e) == v)
            {
                return e;
            }
        }

        foreach (var (text, e) in also)
        {
            if (text == v)
            {
                return e;
            }
        }

        var choices = string.Join("、", Enum.GetValues<T>().Select(chinese));
        throw Input.Invalid("validation.discretion-choice", field, $"{label}“{v}”不正确，应为：{choices}");
    }

    /// <summary>The tier from its identifier, Chinese name or a common synonym (不予/轻微 = 不予处罚, 较重/严重 = 从重).</summary>
    public static DiscretionTier? ParseTier(string? value, string field) => Parse<DiscretionTier>(
        value, Of, field, "裁量档次", ("不予", DiscretionTier.NoPenalty), ("减轻处罚", DiscretionTier.Reduced), ("从轻处罚", DiscretionTier.Lighter),
        ("一般处罚", DiscretionTier.Standard), ("从重处罚", DiscretionTier.Heavier), ("较重", DiscretionTier.Heavier), ("严重", DiscretionTier.Heavier));

    public static PenaltyMeasure ParseMeasure(string value, string field) =>
        Parse<PenaltyMeasure>(value, Of, field, "处罚种类", ("吊销卫生许可证", PenaltyMeasure.RevokeLicense), ("吊销执业许可证", PenaltyMeasure.RevokeLicense),
            ("吊销医师执业证书", PenaltyMeasure.RevokeLicense), ("责令停业整顿", PenaltyMeasure.SuspendOperations), ("停业整顿", PenaltyMeasure.SuspendOperations),
            ("责令停止执业活动", PenaltyMeasure.SuspendPractice), ("暂停执业活动", PenaltyMeasure.SuspendPractice))
        ?? throw Input.Invalid("validation.required", field, "处罚种类不能为空");

    public static HarmLevel? ParseHarm(string? value, string field) =>
        Parse<HarmLevel>(value, Of, field, "危害后果", ("无", HarmLevel.None), ("轻微", HarmLevel.Minor), ("严重", HarmLevel.Serious));

    public static CorrectionStatus? ParseCorrection(string? value, string field) =>
        Parse<CorrectionStatus>(value, Of, field, "改正情况", ("立即改正", CorrectionStatus.Immediately), ("限期内改正", CorrectionStatus.WithinOrderedPeriod));

    public static PartyKind? ParsePartyKind(string? value, string field) =>
        Parse<PartyKind>(value, EntityNames.Of, field, "当事人类型", ("个体", PartyKind.Individual), ("组织", PartyKind.Organization));

    public static DiscoverySource? ParseDiscovery(string? value, string field) =>
        Parse<DiscoverySource>(value, Of, field, "案件来源", ("双随机", DiscoverySource.RandomInspection), ("双随机抽查发现", DiscoverySource.RandomInspection),
            ("举报", DiscoverySource.Complaint), ("投诉", DiscoverySource.Complaint));

    public static MitigatingFact ParseMitigating(string value, string field) =>
        Parse<MitigatingFact>(value, Of, field, "从轻减轻情节", ("消除危害后果", MitigatingFact.HarmRemedied), ("受胁迫", MitigatingFact.Coerced),
            ("主动供述", MitigatingFact.ConfessedUnknownViolation), ("立功", MitigatingFact.MeritoriousCooperation), ("未成年", MitigatingFact.MinorAged14To18))
        ?? throw Input.Invalid("validation.required", field, "从轻减轻情节不能为空");

    public static AggravatingFact ParseAggravating(string value, string field) =>
        Parse<AggravatingFact>(value, Of, field, "从重情节", ("拒不改正", AggravatingFact.RefusedCorrection), ("多次违法", AggravatingFact.RepeatedViolation),
            ("造成严重后果", AggravatingFact.SeriousConsequences), ("妨碍执法", AggravatingFact.ObstructedEnforcement), ("突发事件期间", AggravatingFact.DuringEmergency))
        ?? throw Input.Invalid("validation.required", field, "从重情节不能为空");

    /// <summary>Severity of a measure, R-PEN-1's order (used to tell the lighter of two proposals, R-PEN-9).</summary>
    public static int Severity(PenaltyMeasure v) => v switch
    {
        PenaltyMeasure.Warning => 1,
        PenaltyMeasure.CirculatedCriticism => 2,
        PenaltyMeasure.ConfiscateIllegalGains => 3,
        PenaltyMeasure.ConfiscateIllegalProperty => 4,
        PenaltyMeasure.SuspendLicense => 5,
        PenaltyMeasure.RestrictOperations => 6,
        PenaltyMeasure.RestrictPractice => 6,
        PenaltyMeasure.SuspendPractice => 7,
        PenaltyMeasure.SuspendOperations => 7,
        PenaltyMeasure.LowerQualification => 8,
        PenaltyMeasure.RevokeLicense => 9,
        PenaltyMeasure.OrderClosure => 10,
        _ => 0,
    };
}
