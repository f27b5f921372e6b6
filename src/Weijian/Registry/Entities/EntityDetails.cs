using System.Text.RegularExpressions;
using Weijian.Platform.Rules;

namespace Weijian.Registry.Entities;

/// <summary>
/// The fields of a regulated entity as entered (form, API body, spreadsheet row). Enumerations are given as code
/// (PublicPlaces, High, A) or Chinese name (公共场所, 高风险, A级). <see cref="Validate"/> checks them with field-named
/// Chinese errors. When <see cref="PartyKind"/> is empty it is inferred: a valid 居民身份证号 means 个人, else 单位.
/// </summary>
public sealed partial record EntityDetails(
    string? PartyKind,
    string? Name,
    string? CreditCode,
    string? LegalRepresentative,
    string? Address,
    string? RegionCode,
    string? Specialty,
    string? SubType,
    string? BusinessScale = null,
    string? RiskTier = null,
    string? CreditGrade = null,
    string? HygieneGrade = null,
    string? ContactPerson = null,
    string? ContactPhone = null,
    string? Notes = null)
{
    public ValidEntityDetails Validate()
    {
        var name = Input.Text(Name, "name", "名称", 200);
        var code = (CreditCode ?? "").Trim().ToUpperInvariant();
        var kind = ParseKind(code);
        code = ValidCode(kind, code);

        var legal = kind == Entities.PartyKind.Organization
            ? Input.Text(LegalRepresentative, "legalRepresentative", "法定代表人（负责人）", 50)
            : Input.OptionalText(LegalRepresentative, "legalRepresentative", "经营者", 50);
        var address = Input.Text(Address, "address", "地址", 300);
        var region = Input.RegionCode(RegionCode, "regionCode");

        if (string.IsNullOrWhiteSpace(Specialty))
        {
            throw Input.Invalid("validation.required", "specialty", "专业类别不能为空");
        }

        var specialty = Specialties.Parse(Specialty)
            ?? throw Input.Invalid("validation.specialty", "specialty", $"专业类别“{Specialty.Trim()}”不正确，应为：{string.Join("、", Specialties.All.Select(Specialties.ChineseName))}");
        if (string.IsNullOrWhiteSpace(SubType))
        {
            throw Input.Invalid("validation.required", "subType", "具体类型不能为空");
        }

        var subType = Specialties.FindSubType(specialty, SubType)
            ?? throw Input.Invalid(
                "validation.sub-type",
                "subType",
                $"“{SubType.Trim()}”不是{Specialties.ChineseName(specialty)}的具体类型，应为：{string.Join("、", Specialties.SubTypes(specialty).Select(t => t.Name))}");

        var scale = Parse<BusinessScale>(BusinessScale, EntityNames.Of, "validation.business-scale", "businessScale", "经营规模");
        var risk = Parse<RiskTier>(RiskTier, EntityNames.Of, "validation.risk-tier", "riskTier", "风险等级");
        var grade = Parse<HygieneGrade>(HygieneGrade, EntityNames.Of, "validation.hygiene-grade", "hygieneGrade", "量化分级");
        if (grade is not null && specialty != Entities.Specialty.PublicPlaces)
        {
            // R-INS-12: 量化分级 A/B/C is the 公共场所 grading.
            throw Input.Invalid("entity.hygiene-grade-public-places-only", "hygieneGrade", "量化分级（A/B/C）只适用于公共场所");
        }

        var phone = Input.OptionalText(ContactPhone, "contactPhone", "联系电话", 30);
        if (phone is not null && !PhonePattern().IsMatch(phone))
        {
            throw Input.Invalid("validation.phone", "contactPhone", "联系电话只能包含数字、空格、“-”、“+”和括号，如 0746-8221234 或 13807461234");
        }

        return new ValidEntityDetails(
            kind,
            name,
            code,
            legal,
            address,
            region,
            specialty,
            subType.Code,
            scale,
            risk,
            Input.OptionalText(CreditGrade, "creditGrade", "信用等级", 10),
            grade,
            Input.OptionalText(ContactPerson, "contactPerson", "联系人", 50),
            phone,
            Input.OptionalText(Notes, "notes", "备注", 1000));
    }

    private PartyKind ParseKind(string code)
    {
        if (string.IsNullOrWhiteSpace(PartyKind))
        {
            return ResidentIdNumber.IsValid(code) ? Entities.PartyKind.Individual : Entities.PartyKind.Organization;
        }

        return Parse<PartyKind>(PartyKind, EntityNames.Of, "validation.party-kind", "partyKind", "主体类型")!.Value;
    }

    private static string ValidCode(PartyKind kind, string code)
    {
        if (kind == Entities.PartyKind.Organization)
        {
            if (code.Length == 0)
            {
                throw Input.Invalid("validation.required", "creditCode", "统一社会信用代码不能为空");
            }

            if (code.Length != Entities.CreditCode.Length || code.Any(c => !Entities.CreditCode.Alphabet.Contains(c, StringComparison.Ordinal)))
            {
                throw Input.Invalid("validation.credit-code", "creditCode", $"统一社会信用代码“{code}”格式不正确：应为18位数字或大写字母（不含I、O、S、V、Z）");
            }

            return Entities.CreditCode.IsValid(code)
                ? code
                : throw Input.Invalid("validation.credit-code", "creditCode", $"统一社会信用代码“{code}”校验码不正确，请核对（GB 32100-2015）");
        }

        if (code.Length == 0)
        {
            throw Input.Invalid("validation.required", "creditCode", "身份证号码不能为空");
        }

        if (code.Length != ResidentIdNumber.Length || !code[..17].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(code[17]) || code[17] == 'X'))
        {
            throw Input.Invalid("validation.id-number", "creditCode", $"身份证号码“{code}”格式不正确：应为18位，前17位为数字，末位为数字或X");
        }

        return ResidentIdNumber.IsValid(code)
            ? code
            : throw Input.Invalid("validation.id-number", "creditCode", $"身份证号码“{code}”校验码或出生日期不正确，请核对（GB 11643-1999）");
    }

    private static T? Parse<T>(string? value, Func<T, string> chinese, string code, string field, string label)
        where T : struct, Enum =>
        EntityNames.TryParse(value, chinese, out var result)
            ? result
            : throw Input.Invalid(code, field, $"{label}“{value!.Trim()}”不正确，应为：{EntityNames.Choices(chinese)}");

    [GeneratedRegex(@"^[0-9+\-() ]{5,30}$")]
    private static partial Regex PhonePattern();
}

/// <summary>Entity fields that passed <see cref="EntityDetails.Validate"/>.</summary>
public sealed record ValidEntityDetails(
    PartyKind PartyKind,
    string Name,
    string CreditCode,
    string? LegalRepresentative,
    string Address,
    string RegionCode,
    Specialty Specialty,
    string SubType,
    BusinessScale? BusinessScale,
    RiskTier? RiskTier,
    string? CreditGrade,
    HygieneGrade? HygieneGrade,
    string? ContactPerson,
    string? ContactPhone,
    string? Notes);
