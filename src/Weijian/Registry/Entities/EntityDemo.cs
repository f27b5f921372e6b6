using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Demo;
using Weijian.Platform.Persistence;

namespace Weijian.Registry.Entities;

/// <summary>
/// Demo entities for each demo bureau, across all specialties and sub-types: Chinese names and addresses in the
/// bureau's district, valid credit codes / ID numbers with correct check characters, a few suspended and closed.
/// 60 per bureau (what the tests load); <c>WEIJIAN_DEMO_SCALE=N</c> makes N per bureau. Deterministic: the variety is
/// derived from SHA-256 of the bureau prefix and the index (no PRNG).
/// </summary>
public sealed class EntityDemo : IDemoContribution
{
    public const int DefaultPerBureau = 60;
    public const string ScaleVariable = "WEIJIAN_DEMO_SCALE";

    public int Order => 20;

    public static int PerBureau() =>
        int.TryParse(Environment.GetEnvironmentVariable(ScaleVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : DefaultPerBureau;

    public async Task SeedAsync(IServiceProvider services, IReadOnlyList<DemoBureau> bureaus, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(bureaus);
        var count = PerBureau();
        foreach (var bureau in bureaus)
        {
            var admin = await services.GetRequiredService<WeijianDb>().Users.AsNoTracking()
                .SingleAsync(u => u.UserName == bureau.Prefix + ".admin", ct);
            var actor = new Actor(admin.Id, admin.DisplayName, bureau.OrganizationId, new HashSet<string> { Roles.SystemAdministrator }, false);
            var district = District(bureau);
            for (var start = 0; start < count; start += 500)
            {
                using var scope = services.CreateScope();
                scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = actor;
                var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
                var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
                var rows = Enumerable.Range(start, Math.Min(500, count - start)).Select(i => Details(bureau, district, i).Validate()).ToList();
                await EntityBatch.UpsertAsync(db, bureau.OrganizationId, rows, clock.GetUtcNow(), ct);
            }

            // A few entities that stopped business: 停业 and 注销, with reasons (through the use case, audited).
            using var statusScope = services.CreateScope();
            statusScope.ServiceProvider.GetRequiredService<CurrentActor>().Value = actor;
            var sdb = statusScope.ServiceProvider.GetRequiredService<WeijianDb>();
            var today = ChinaClock.Today(statusScope.ServiceProvider.GetRequiredService<TimeProvider>());
            var close = statusScope.ServiceProvider.GetRequiredService<CloseEntityHandler>();
            var stopped = await sdb.Set<RegulatedEntity>().AsNoTracking().OrderBy(e => e.CreditCode)
                .Where(e => e.Specialty == Specialty.PublicPlaces).Select(e => e.Id).Take(Math.Max(2, count / 25)).ToListAsync(ct);
            for (var i = 0; i < stopped.Count; i++)
            {
                var closed = i % 2 == 1;
                await close.HandleAsync(
                    new CloseEntity(stopped[i], closed ? nameof(EntityStatus.Closed) : nameof(EntityStatus.Suspended), closed ? "经营者申请注销营业执照" : "店面装修，暂停营业", today.AddDays(-(10 + i))),
                    ct);
            }
        }
    }

    /// <summary>The demo entity number <paramref name="i"/> of a bureau.</summary>
    public static EntityDetails Details(DemoBureau bureau, string district, int i)
    {
        ArgumentNullException.ThrowIfNull(bureau);
        var h = SHA256.HashData(Encoding.UTF8.GetBytes($"{bureau.Prefix}:{i}"));
        var specialty = i < Specialties.All.Count ? Specialties.All[i] : Weighted(h[0]);
        var subTypes = Specialties.SubTypes(specialty);
        var subType = i < Specialties.All.Count ? subTypes[0] : subTypes[h[1] % subTypes.Count];
        var places = Places(bureau.Prefix);
        var brand = Brands[h[2] % Brands.Length];
        var town = places.Towns[h[3] % places.Towns.Length];
        var person = Surnames[h[4] % Surnames.Length] + GivenNames[h[5] % GivenNames.Length];
        var individual = subType.Code is "barbershop" or "beauty-salon" or "clinic" or "teahouse" && h[6] % 3 == 0;
        var name = Name(district, brand, town, person, subType, i, h);
        var code = individual ? IdNumber(bureau.RegionCode, i, h) : CreditCodeFor(bureau.RegionCode, subType.Code, i, h);
        var street = places.Streets[h[7] % places.Streets.Length];
        var address = $"永州市{district}{street}{1 + (h[8] % 180)}号";
        var large = subType.Code is "general-hospital" or "tcm-hospital" or "central-supply" or "college" or "shopping-mall" or "maternal-child-hospital";
        var scale = large ? (h[9] % 2 == 0 ? "大型" : "中型") : (h[9] % 3 == 0 ? "小型" : "微型");
        var risk = (h[10] % 10) switch { < 6 => "低风险", < 9 => "中风险", _ => "高风险" };
        var credit = (h[11] % 20) switch { < 10 => "A", < 17 => "B", < 19 => "C", _ => "D" };
        var grade = specialty == Specialty.PublicPlaces ? (h[12] % 20) switch { < 6 => "A级", < 16 => "B级", < 19 => "C级", _ => null } : null;
        var contact = Surnames[h[13] % Surnames.Length] + GivenNames[h[14] % GivenNames.Length];
        var phone = h[15] % 2 == 0
            ? $"0746-{8_000_000 + (BitConverter.ToInt32(h, 16) & 0x7FFFFFFF) % 1_000_000}"
            : $"1{"3578"[h[20] % 4]}{(BitConverter.ToInt32(h, 21) & 0x7FFFFFFF) % 1_000_000_000:D9}";
        return new EntityDetails(
            individual ? "个人" : "单位",
            name,
            code,
            individual ? person : Surnames[h[22] % Surnames.Length] + GivenNames[h[23] % GivenNames.Length],
            address,
            bureau.RegionCode,
            Specialties.ChineseName(specialty),
            subType.Name,
            scale,
            risk,
            credit,
            grade,
            contact,
            phone,
            i % 17 == 5 ? "2025年双随机抽查发现问题，已责令整改" : null);
    }

    /// <summary>"冷水滩区" from "永州市冷水滩区卫生健康局".</summary>
    public static string District(DemoBureau bureau)
    {
        ArgumentNullException.ThrowIfNull(bureau);
        var name = bureau.Name;
        var start = name.IndexOf('市', StringComparison.Ordinal) + 1;
        var end = name.IndexOf("卫生", StringComparison.Ordinal);
        return end > start ? name[start..end] : name;
    }

    private static Specialty Weighted(byte b)
    {
        // 公共场所 and 医疗卫生 make most of a county's register.
        var slot = b % 100;
        foreach (var (s, upTo) in Distribution)
        {
            if (slot < upTo)
            {
                return s;
            }
        }

        return Specialty.PublicPlaces;
    }

    private static readonly (Specialty, int)[] Distribution =
    [
        (Specialty.PublicPlaces, 38), (Specialty.MedicalCare, 58), (Specialty.SchoolHealth, 66), (Specialty.OccupationalHealth, 74),
        (Specialty.DrinkingWater, 79), (Specialty.RadiationHealth, 83), (Specialty.InfectiousDisease, 87), (Specialty.DisinfectionProducts, 90),
        (Specialty.TablewareDisinfection, 93), (Specialty.MaternalChildHealth, 97), (Specialty.WaterProducts, 100),
    ];

    private static string Name(string district, string brand, string town, string person, EntitySubType t, int i, byte[] h)
    {
        var ordinal = Ordinals[h[24] % Ordinals.Length];
        var plain = t.Name.Replace("（", "", StringComparison.Ordinal).Replace("）", "", StringComparison.Ordinal);
        var townShort = town.Replace("街道", "", StringComparison.Ordinal).Replace("镇", "", StringComparison.Ordinal);
        return t.Code switch
        {
            "hotel" => $"{district}{brand}宾馆",
            "restaurant" => $"{district}{brand}饭店",
            "inn" => $"{district}{brand}旅社",
            "guesthouse" => $"{district}{brand}招待所",
            "carter-inn" => $"{district}{townShort}车马店",
            "cafe" => $"{district}{brand}咖啡馆",
            "bar" => $"{district}{brand}酒吧",
            "teahouse" => $"{district}{brand}茶楼",
            "bathhouse" => $"{district}{brand}沐足浴室",
            "barbershop" => $"{district}{person}理发店",
            "beauty-salon" => $"{district}{brand}美容美发店",
            "theater" => $"{district}{brand}影城",
            "video-hall" => $"{district}{brand}录像厅",
            "game-hall" => $"{district}{brand}游艺城",
            "dance-hall" => $"{district}{brand}歌舞厅",
            "concert-hall" => $"永州{brand}音乐厅",
            "stadium" => $"{district}{townShort}体育馆",
            "swimming-venue" => $"{district}{brand}游泳馆",
            "park" => $"{district}{townShort}公园",
            "exhibition-hall" => $"{district}{brand}展览馆",
            "museum" => $"{district}{townShort}民俗博物馆",
            "art-gallery" => $"{district}{brand}美术馆",
            "library" => $"{district}{townShort}图书馆",
            "shopping-mall" => $"{district}{brand}购物广场",
            "bookstore" => $"{district}{brand}书店",
            "clinic-waiting-room" => $"{district}{townShort}卫生院候诊室",
            "passenger-waiting-room" => $"{district}{townShort}汽车站候车室",
            "public-transport" => $"永州市{brand}公共交通有限公司{district}分公司",
            "general-hospital" => $"永州市{district}{ordinal}人民医院",
            "tcm-hospital" => $"永州市{district}中医医院",
            "integrated-hospital" => $"{district}{brand}中西医结合医院",
            "specialty-hospital" => $"{district}{brand}{Specialisms[h[25] % Specialisms.Length]}医院",
            "township-health-center" => $"{district}{townShort}镇卫生院",
            "community-health-center" => $"{district}{town}社区卫生服务中心",
            "community-health-station" => $"{district}{town}{brand}社区卫生服务站",
            "outpatient-department" => $"{district}{brand}门诊部",
            "clinic" => $"{district}{person}诊所",
            "dental-clinic" => $"{district}{brand}口腔诊所",
            "village-clinic" => $"{district}{townShort}{Villages[h[26] % Villages.Length]}村卫生室",
            "maternal-child-hospital" => $"永州市{district}妇幼保健院",
            "medical-beauty" => $"{district}{brand}医疗美容诊所",
            "nursing-home" => $"{district}{brand}护理院",
            "medical-laboratory" => $"永州{brand}医学检验实验室",
            "infirmary" => $"{district}{brand}公司医务室",
            "primary-school" => $"{district}{townShort}{ordinal}小学",
            "junior-middle-school" => $"{district}{townShort}中学",
            "senior-middle-school" => $"永州市{district}{ordinal}中学",
            "nine-year-school" => $"{district}{brand}学校",
            "vocational-school" => $"永州{brand}职业技术学校",
            "college" => $"永州{brand}职业学院",
            "special-school" => $"{district}特殊教育学校",
            "disease-control" => $"永州市{district}疾病预防控制中心",
            "blood-station" => $"永州市中心血站{district}采血点",
            "vaccination-unit" => $"{district}{town}预防接种门诊",
            "central-supply" => $"永州{brand}自来水有限公司",
            "tableware-disinfection-service" => $"永州{brand}餐具消毒有限公司",
            _ when t.Name.EndsWith("企业", StringComparison.Ordinal) || t.Name.EndsWith("单位", StringComparison.Ordinal) =>
                $"永州{brand}{Industry(t.Code)}有限公司",
            _ => $"{district}{brand}{plain}{(i % 3 == 0 ? "" : "")}",
        };
    }

    private static string Industry(string code) => code switch
    {
        "mining" => "矿业",
        "manufacturing" => "机械制造",
        "chemical" => "化工",
        "construction" => "建筑工程",
        "utilities" => "燃气",
        "other-employer" => "实业",
        "disinfectant-maker" => "消毒制品",
        "disinfection-device-maker" => "消毒设备",
        "hygiene-product-maker" => "卫生用品",
        "disinfection-product-seller" => "医疗器械贸易",
        "water-treatment-device-maker" => "净水设备",
        "water-pipe-material-maker" => "管业",
        "water-treatment-chemical-maker" => "水处理剂",
        "water-product-seller" => "水处理设备贸易",
        "secondary-supply" => "物业管理",
        "self-built-supply" => "供水",
        "quality-pipe-supply" => "分质供水",
        "water-vending" => "饮用水",
        _ => "健康产业",
    };

    /// <summary>
    /// A valid 统一社会信用代码: registration authority and type (91 企业, 92 个体工商户, 12 事业单位), the bureau's region
    /// code, an organisation code of 8 digits unique per index plus its GB 11714 check character, and the GB 32100 check.
    /// </summary>
    private static string CreditCodeFor(string region, string subType, int i, byte[] h)
    {
        var prefix = subType switch
        {
            "general-hospital" or "tcm-hospital" or "township-health-center" or "community-health-center" or "maternal-child-hospital"
                or "primary-school" or "junior-middle-school" or "senior-middle-school" or "special-school" or "disease-control" or "library"
                or "museum" or "park" => "12",
            "barbershop" or "teahouse" or "clinic" or "village-clinic" or "beauty-salon" or "inn" => "92",
            _ => "91",
        };
        var body = $"{h[27] % 10}{h[28] % 10}{i % 1_000_000:D6}";
        return CreditCode.Complete(prefix + region + body + OrganizationCodeCheck(body));
    }

    /// <summary>GB 11714-1997 check character of an 8-digit organisation code: 11 − Σ(c·w) mod 11; 10 → X, 11 → 0.</summary>
    private static char OrganizationCodeCheck(string eightDigits)
    {
        int[] weights = [3, 7, 9, 10, 5, 8, 4, 2];
        var sum = 0;
        for (var k = 0; k < 8; k++)
        {
            sum += (eightDigits[k] - '0') * weights[k];
        }

        var c = 11 - (sum % 11);
        return c switch { 10 => 'X', 11 => '0', _ => (char)('0' + c) };
    }

    /// <summary>A valid 居民身份证号: the bureau's region, a birth date unique per index (1960 onwards) and a sequence code.</summary>
    private static string IdNumber(string region, int i, byte[] h)
    {
        var birth = new DateOnly(1960, 1, 1).AddDays(i % 12_000);
        var sequence = (100 + (i / 12_000) * 7 + (h[29] % 7)) % 1000;
        return ResidentIdNumber.Complete(region + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + sequence.ToString("D3", CultureInfo.InvariantCulture));
    }

    private sealed record DistrictPlaces(string[] Towns, string[] Streets);

    private static DistrictPlaces Places(string prefix) => prefix switch
    {
        "ll" => new(
            ["朝阳街道", "南津渡街道", "徐家井街道", "七里店街道", "水口山镇", "珠山镇", "黄田铺镇", "富家桥镇", "邮亭圩镇", "接履桥镇"],
            ["芝山路", "潇湘路", "南津路", "萍洲路", "东山路", "柳子街", "永州大道", "香零路", "零陵中路", "愚溪路"]),
        _ => new(
            ["梅湾街道", "菱角塘街道", "凤凰街道", "杨家桥街道", "珊瑚街道", "高溪市镇", "普利桥镇", "伊塘镇", "岚角山镇", "黄阳司镇"],
            ["零陵北路", "凤凰路", "梅湾路", "湘永路", "逸云路", "育才路", "河西大道", "珊瑚路", "沿江路", "冷水滩大道"]),
    };

    private static readonly string[] Brands =
    [
        "阳光", "金源", "湘江", "潇湘", "和顺", "福瑞", "华美", "康宁", "鑫源", "明珠", "锦绣", "永安", "恒通", "瑞丰", "嘉禾", "东方",
        "天润", "华泰", "金盛", "新世纪", "百合", "翠竹", "九嶷", "舜德", "祥和", "宏达", "博雅", "友谊", "长青", "星光", "蓝天", "玉兰",
    ];

    private static readonly string[] Surnames = ["李", "王", "张", "刘", "陈", "杨", "唐", "蒋", "周", "黄", "邓", "胡", "何", "罗", "谢", "彭", "曾", "郑", "欧阳", "廖"];

    private static readonly string[] GivenNames =
        ["建国", "丽华", "志强", "秀英", "海涛", "晓燕", "文军", "雪梅", "国平", "永红", "小兵", "红梅", "德明", "春生", "桂花", "卫东", "敏", "静", "伟", "芳"];

    private static readonly string[] Ordinals = ["第一", "第二", "第三", "第四", "第五"];

    private static readonly string[] Specialisms = ["眼科", "骨科", "肛肠", "口腔", "精神", "康复", "妇产", "皮肤病"];

    private static readonly string[] Villages = ["新田", "桐子坳", "石岩头", "塘底", "枫木", "大山", "竹园", "长坪", "下河", "山口"];
}
