using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Persistence;
using Weijian.Platform.Spreadsheets;

namespace Weijian.Registry.Entities;

/// <summary>
/// 监管对象 as an import kind of the spreadsheet engine (<see cref="ISpreadsheetImportKind"/>): the template columns with
/// their 填写说明, the key (统一社会信用代码 / 身份证号, normalised as stored) and the staging of one row — validated
/// like a form (<see cref="EntityDetails.Validate"/>), then registered or corrected keyed by its code within the
/// organisation (<see cref="UpsertEntityByKeyHandler"/>'s rules: identical details change nothing, so re-importing a
/// file changes nothing). A blank 行政区划代码 takes the importing organisation's.
/// </summary>
public sealed class EntityImportKind : ISpreadsheetImportKind
{
    public const string NameHeader = "名称";
    public const string PartyKindHeader = "主体类型";
    public const string CreditCodeHeader = "统一社会信用代码/身份证号";
    public const string LegalRepresentativeHeader = "法定代表人（负责人）";
    public const string AddressHeader = "地址";
    public const string RegionCodeHeader = "行政区划代码";
    public const string SpecialtyHeader = "专业类别";
    public const string SubTypeHeader = "具体类型";
    public const string BusinessScaleHeader = "经营规模";
    public const string RiskTierHeader = "风险等级";
    public const string CreditGradeHeader = "信用等级";
    public const string HygieneGradeHeader = "量化分级";
    public const string ContactPersonHeader = "联系人";
    public const string ContactPhoneHeader = "联系电话";
    public const string NotesHeader = "备注";

    private static readonly IReadOnlyList<SpreadsheetColumn> TemplateColumns =
    [
        new(NameHeader, "监管对象名称（单位全称或个体经营者字号）", Required: true, Example: "冷水滩区阳光宾馆"),
        new(PartyKindHeader, "单位或个人；不填时按证件号自动判断（有效身份证号为个人，否则为单位）", AllowedValues: "单位、个人", Example: "单位"),
        new(CreditCodeHeader, "单位填18位统一社会信用代码（GB 32100-2015，含校验码），个人填18位居民身份证号（GB 11643-1999）；本单位内不能重复，重复导入时按此识别同一对象", Required: true, Example: "91350100M000100Y43"),
        new(LegalRepresentativeHeader, "单位必填；个人可不填", Example: "李建国"),
        new(AddressHeader, "经营地址", Required: true, Example: "永州市冷水滩区凤凰路18号"),
        new(RegionCodeHeader, "6位行政区划代码；不填时为本单位的行政区划代码", Example: "431103"),
        new(SpecialtyHeader, "监管专业类别", Required: true, AllowedValues: string.Join("、", Specialties.All.Select(Specialties.ChineseName)), Example: "公共场所"),
        new(SubTypeHeader, "该专业类别下的具体类型（公共场所为7类28种）", Required: true,
            AllowedValues: string.Join("；", Specialties.All.Select(s => $"{Specialties.ChineseName(s)}：{string.Join("、", Specialties.SubTypes(s).Select(t => t.Name))}")), Example: "宾馆"),
        new(BusinessScaleHeader, "经营规模", AllowedValues: EntityNames.Choices<BusinessScale>(EntityNames.Of), Example: "小型"),
        new(RiskTierHeader, "分级分类监管风险等级", AllowedValues: EntityNames.Choices<RiskTier>(EntityNames.Of), Example: "低风险"),
        new(CreditGradeHeader, "信用等级（如 A、B、C、D）", Example: "A"),
        new(HygieneGradeHeader, "公共场所卫生监督量化分级；其他专业不填", AllowedValues: "A级、B级、C级", Example: "B级"),
        new(ContactPersonHeader, "联系人姓名", Example: "王丽华"),
        new(ContactPhoneHeader, "联系电话", Example: "0746-8221234"),
        new(NotesHeader, "备注"),
    ];

    public string Kind => "entities";

    public string Title => "监管对象";

    public IReadOnlyList<SpreadsheetColumn> Columns => TemplateColumns;

    public IReadOnlyList<string> Roles => EntityRegister.WriteRoles;

    public string? KeyOf(SpreadsheetRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var code = row[CreditCodeHeader];
        return code is null ? null : CreditCode.Normalize(code);
    }

    public async Task<ImportRowOutcome> StageAsync(WeijianDb db, Guid organizationId, SpreadsheetRow row, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(row);
        var region = row[RegionCodeHeader]
            ?? await db.Organizations.Where(o => o.Id == organizationId).Select(o => o.RegionCode).SingleOrDefaultAsync(ct);
        var details = Details(row, region).Validate();
        var existing = await db.Set<RegulatedEntity>().SingleOrDefaultAsync(e => e.OrganizationId == organizationId && e.CreditCode == details.CreditCode, ct);
        return UpsertEntityByKeyHandler.Apply(db, organizationId, existing, details, now).Outcome switch
        {
            UpsertOutcome.Created => ImportRowOutcome.Created,
            UpsertOutcome.Updated => ImportRowOutcome.Updated,
            _ => ImportRowOutcome.Unchanged,
        };
    }

    /// <summary>A row's cells as entity details (also what an export writes back, column for column).</summary>
    public static EntityDetails Details(SpreadsheetRow row, string? defaultRegionCode)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(
            row[PartyKindHeader],
            row[NameHeader],
            row[CreditCodeHeader],
            row[LegalRepresentativeHeader],
            row[AddressHeader],
            row[RegionCodeHeader] ?? defaultRegionCode,
            row[SpecialtyHeader],
            row[SubTypeHeader],
            row[BusinessScaleHeader],
            row[RiskTierHeader],
            row[CreditGradeHeader],
            row[HygieneGradeHeader],
            row[ContactPersonHeader],
            row[ContactPhoneHeader],
            row[NotesHeader]);
    }
}
