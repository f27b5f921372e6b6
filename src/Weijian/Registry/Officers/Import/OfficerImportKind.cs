using Weijian.Platform.Persistence;
using Weijian.Platform.Spreadsheets;
using Weijian.Registry.Entities;

namespace Weijian.Registry.Officers.Import;

/// <summary>
/// 执法人员 as an import kind of the spreadsheet engine: one row per officer keyed by 执法证号 within the organisation,
/// applied through <see cref="UpsertOfficerByCredentialNumberHandler.StageAsync"/> (its validation of R-OFF-6: a
/// credential has an issuing authority and a validity interval; identical particulars change nothing, so re-importing a
/// file changes nothing). Status changes (暂扣/注销) need a reason and are not imported; an empty 关联用户名 keeps the
/// existing account link.
/// </summary>
public sealed class OfficerImportKind : ISpreadsheetImportKind
{
    public const string NameHeader = "姓名";
    public const string CredentialNumberHeader = "执法证号";
    public const string IssuingAuthorityHeader = "发证机关";
    public const string CategoryHeader = "执法类别";
    public const string AreaHeader = "执法区域";
    public const string ValidFromHeader = "有效期起";
    public const string ValidUntilHeader = "有效期至";
    public const string SpecialtiesHeader = "执法专业";
    public const string UserNameHeader = "关联用户名";
    public const string NotesHeader = "备注";

    private static readonly IReadOnlyList<SpreadsheetColumn> TemplateColumns =
    [
        new(NameHeader, "执法人员姓名", Required: true, Example: "张卫东"),
        new(CredentialNumberHeader, "行政执法证号（省级人民政府颁发，R-OFF-2）；本单位内唯一，重复导入时按此识别同一人员；只能包含汉字、字母、数字和连字符", Required: true, Example: "湘A-431103-0001"),
        new(IssuingAuthorityHeader, "发证机关", Required: true, Example: "湖南省人民政府"),
        new(CategoryHeader, "执法类别", Example: "卫生健康"),
        new(AreaHeader, "执法区域", Example: "永州市冷水滩区"),
        new(ValidFromHeader, "执法证有效期起始日期", Required: true, Example: "2024-01-01", Kind: SpreadsheetCellKind.Date),
        new(ValidUntilHeader, "执法证有效期截止日期，不能早于有效期起", Required: true, Example: "2029-12-31", Kind: SpreadsheetCellKind.Date),
        new(SpecialtiesHeader, "可执法的专业类别，多个用顿号“、”分隔", AllowedValues: string.Join("、", Specialties.All.Select(Specialties.ChineseName)), Example: "公共场所、生活饮用水"),
        new(UserNameHeader, "本单位系统账号的用户名（选填）；填写后与该账号关联，不填则保持原有关联", Example: "lst.officer1"),
        new(NotesHeader, "备注"),
    ];

    public string Kind => "officers";

    public string Title => "执法人员";

    public IReadOnlyList<SpreadsheetColumn> Columns => TemplateColumns;

    public IReadOnlyList<string> Roles => OfficerAccess.EditorRoles;

    public string? KeyOf(SpreadsheetRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row[CredentialNumberHeader];
    }

    public async Task<ImportRowOutcome> StageAsync(WeijianDb db, Guid organizationId, SpreadsheetRow row, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(row);
        var command = new UpsertOfficerByCredentialNumber(
            row[CredentialNumberHeader],
            row[NameHeader],
            row[IssuingAuthorityHeader],
            row[CategoryHeader],
            row[AreaHeader],
            SpreadsheetValues.Date(row, ValidFromHeader, "validFrom"),
            SpreadsheetValues.Date(row, ValidUntilHeader, "validUntil"),
            SpreadsheetValues.List(row, SpecialtiesHeader),
            row[NotesHeader],
            row[UserNameHeader],
            db.Actor.IsSystem ? organizationId : null);
        var result = await UpsertOfficerByCredentialNumberHandler.StageAsync(db, command, now, ct);
        return result.Outcome switch
        {
            UpsertOutcome.Created => ImportRowOutcome.Created,
            UpsertOutcome.Updated => ImportRowOutcome.Updated,
            _ => ImportRowOutcome.Unchanged,
        };
    }
}
