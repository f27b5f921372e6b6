using Weijian.Platform.Spreadsheets;
using Weijian.Registry.Entities;

namespace Weijian.Enforcement.Discretion;

/// <summary>
/// The columns of a baseline file: one row per tier (裁量档次) of an item, the item's columns repeated or left blank on its
/// later rows; a 不予处罚 row may also carry the item's 不予处罚清单 conditions.
/// </summary>
public static class DiscretionImportColumns
{
    public const string Code = "事项编码";
    public const string PowerName = "职权名称";
    public const string Violation = "违法行为";
    public const string Specialty = "专业类别";
    public const string Violated = "违法依据";
    public const string Penalty = "处罚依据";
    public const string StatutoryMin = "法定罚款下限（元）";
    public const string StatutoryMax = "法定罚款上限（元）";
    public const string StatutoryMultipleMin = "法定倍数下限";
    public const string StatutoryMultipleMax = "法定倍数上限";
    public const string GainsThreshold = "违法所得计罚起点（元）";
    public const string GainsFloor = "违法所得不足时按（元）计算";
    public const string Cap = "罚款最高限额（元）";
    public const string Severe = "情节严重时可处";
    public const string Note = "说明";
    public const string Tier = "裁量档次";
    public const string Party = "适用对象";
    public const string Circumstances = "裁量情节";
    public const string FineMin = "罚款下限（元）";
    public const string FineMax = "罚款上限（元）";
    public const string MultipleMin = "倍数下限";
    public const string MultipleMax = "倍数上限";
    public const string Measures = "其他处罚";
    public const string Listed = "列入不予处罚清单";
    public const string FirstTimeOnly = "仅限首次违法";
    public const string HarmLimit = "危害后果限度";
    public const string CorrectWithinDays = "改正期限（日）";
    public const string FollowUp = "教育措施";
    public const string Exclusions = "除外情形";
    public const string ValidUntil = "清单有效期至";

    private static readonly string MeasureChoices = string.Join("、", Enum.GetValues<PenaltyMeasure>().Select(DiscretionNames.Of));

    public static readonly IReadOnlyList<SpreadsheetColumn> All =
    [
        new(Code, "事项编码，同一事项的各档次行填写相同编码；只能包含字母、数字和连字符", Required: true, Example: "GGCS-001"),
        new(PowerName, "职权名称（同一事项第一行必填，其后各行可不填）", Required: true, Example: "对未依法取得公共场所卫生许可证擅自营业的行政处罚"),
        new(Violation, "违法行为（同一事项第一行必填）", Required: true, Example: "未依法取得公共场所卫生许可证擅自营业"),
        new(Specialty, "专业类别（同一事项第一行必填）", Required: true, AllowedValues: string.Join("、", Specialties.All.Select(Specialties.ChineseName)), Example: "公共场所"),
        new(Violated, "违法依据，写作《法律法规名称》第X条，多条用“；”分隔", Required: true, Example: "《公共场所卫生管理条例》第八条"),
        new(Penalty, "处罚依据，写作《法律法规名称》第X条第X款", Required: true, Example: "《公共场所卫生管理条例实施细则》第三十五条第一款"),
        new(StatutoryMin, "法律规定的罚款下限（“X元以下”不填）", Example: "500", Kind: SpreadsheetCellKind.Number),
        new(StatutoryMax, "法律规定的罚款上限", Example: "30000", Kind: SpreadsheetCellKind.Number),
        new(StatutoryMultipleMin, "按违法所得倍数计罚时的法定倍数下限", Kind: SpreadsheetCellKind.Number),
        new(StatutoryMultipleMax, "按违法所得倍数计罚时的法定倍数上限", Kind: SpreadsheetCellKind.Number),
        new(GainsThreshold, "违法所得达到该数额才按倍数计罚，不足的按罚款数额（如“违法所得五千元以上的”填 5000）", Kind: SpreadsheetCellKind.Number),
        new(GainsFloor, "违法所得不足该数额时按该数额计算（如“不足一万元的，按一万元计算”填 10000）", Kind: SpreadsheetCellKind.Number),
        new(Cap, "按倍数计罚时的最高限额（如“最高不超过30000元”）", Kind: SpreadsheetCellKind.Number),
        new(Severe, "法律规定情节严重时才可适用的处罚，多个用顿号分隔", AllowedValues: MeasureChoices, Example: "责令停业整顿、吊销许可证件"),
        new(Note, "说明（如条文核对情况）"),
        new(Tier, "裁量档次", Required: true, AllowedValues: string.Join("、", Enum.GetValues<DiscretionTier>().Select(DiscretionNames.Of)), Example: "从轻"),
        new(Party, "仅适用于单位或个人时填写，不填为均适用", AllowedValues: "单位、个人"),
        new(Circumstances, "裁量情节", Required: true, Example: "首次发现，擅自营业时间不足一个月"),
        new(FineMin, "本档次罚款下限", Example: "500", Kind: SpreadsheetCellKind.Number),
        new(FineMax, "本档次罚款上限", Example: "2000", Kind: SpreadsheetCellKind.Number),
        new(MultipleMin, "本档次违法所得倍数下限", Kind: SpreadsheetCellKind.Number),
        new(MultipleMax, "本档次违法所得倍数上限", Kind: SpreadsheetCellKind.Number),
        new(Measures, "罚款以外的处罚，多个用顿号分隔（有违法所得的一律没收，可不填）", AllowedValues: MeasureChoices, Example: "警告"),
        new(Listed, "“不予处罚”档次的行填“是”表示列入不予处罚清单", AllowedValues: "是、否"),
        new(FirstTimeOnly, "不予处罚清单：是否仅限首次违法（不填为是）", AllowedValues: "是、否"),
        new(HarmLimit, "不予处罚清单：危害后果限度", AllowedValues: "无、轻微"),
        new(CorrectWithinDays, "不予处罚清单：应在多少日内改正（0 为当场改正）", Kind: SpreadsheetCellKind.Number),
        new(FollowUp, "不予处罚清单：教育措施", Example: "现场教育、指导约谈、回访检查"),
        new(Exclusions, "不予处罚清单：除外情形，多个用“；”分隔", Example: "双随机抽查发现的除外"),
        new(ValidUntil, "不予处罚清单：有效期截止日期", Kind: SpreadsheetCellKind.Date),
    ];
}
