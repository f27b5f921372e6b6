namespace Weijian.Registry.Entities;

/// <summary>The supervision specialties a county works (R-INS-5: about 11).</summary>
public enum Specialty
{
    PublicPlaces,
    DrinkingWater,
    SchoolHealth,
    OccupationalHealth,
    RadiationHealth,
    MedicalCare,
    InfectiousDisease,
    DisinfectionProducts,
    TablewareDisinfection,
    MaternalChildHealth,
    WaterProducts,
}

/// <summary>A sub-type of a specialty: a code that is stored, the Chinese name users see, and an optional class (类别).</summary>
public sealed record EntitySubType(string Code, string Name, string? Class = null);

public static class Specialties
{
    public static readonly IReadOnlyList<Specialty> All = Enum.GetValues<Specialty>();

    public static string ChineseName(Specialty specialty) => specialty switch
    {
        Specialty.PublicPlaces => "公共场所",
        Specialty.DrinkingWater => "生活饮用水",
        Specialty.SchoolHealth => "学校卫生",
        Specialty.OccupationalHealth => "职业卫生",
        Specialty.RadiationHealth => "放射卫生",
        Specialty.MedicalCare => "医疗卫生",
        Specialty.InfectiousDisease => "传染病防治",
        Specialty.DisinfectionProducts => "消毒产品",
        Specialty.TablewareDisinfection => "餐饮具集中消毒",
        Specialty.MaternalChildHealth => "妇幼/计划生育",
        Specialty.WaterProducts => "涉水产品",
        _ => specialty.ToString(),
    };

    /// <summary>Parses the code (PublicPlaces) or the Chinese name (公共场所); null when neither.</summary>
    public static Specialty? Parse(string? value)
    {
        var v = value?.Trim();
        if (string.IsNullOrEmpty(v))
        {
            return null;
        }

        foreach (var s in All)
        {
            if (string.Equals(s.ToString(), v, StringComparison.OrdinalIgnoreCase) || ChineseName(s) == v)
            {
                return s;
            }
        }

        return null;
    }

    /// <summary>The sub-types of a specialty, in display order.</summary>
    public static IReadOnlyList<EntitySubType> SubTypes(Specialty specialty) => SubTypeLists[specialty];

    /// <summary>Finds a sub-type of the specialty by code or Chinese name.</summary>
    public static EntitySubType? FindSubType(Specialty specialty, string? value)
    {
        var v = value?.Trim();
        return string.IsNullOrEmpty(v)
            ? null
            : SubTypes(specialty).FirstOrDefault(t => string.Equals(t.Code, v, StringComparison.OrdinalIgnoreCase) || t.Name == v);
    }

    /// <summary>The Chinese name of a stored sub-type code (the code itself if unknown).</summary>
    public static string SubTypeName(Specialty specialty, string code) =>
        SubTypes(specialty).FirstOrDefault(t => t.Code == code)?.Name ?? code;

    private const string Lodging = "住宿与交际场所";
    private const string Bathing = "洗浴与美容场所";
    private const string Entertainment = "文化娱乐场所";
    private const string Sports = "体育与游乐场所";
    private const string Culture = "文化交流场所";
    private const string Shopping = "购物场所";
    private const string Transit = "就诊与交通场所";

    private static readonly Dictionary<Specialty, IReadOnlyList<EntitySubType>> SubTypeLists = new()
    {
        // R-INS-13: the 7 classes / 28 types of public places (公共场所卫生管理条例 Art.2).
        [Specialty.PublicPlaces] =
        [
            new("hotel", "宾馆", Lodging),
            new("restaurant", "饭馆", Lodging),
            new("inn", "旅店", Lodging),
            new("guesthouse", "招待所", Lodging),
            new("carter-inn", "车马店", Lodging),
            new("cafe", "咖啡馆", Lodging),
            new("bar", "酒吧", Lodging),
            new("teahouse", "茶座", Lodging),
            new("bathhouse", "公共浴室", Bathing),
            new("barbershop", "理发店", Bathing),
            new("beauty-salon", "美容店", Bathing),
            new("theater", "影剧院", Entertainment),
            new("video-hall", "录像厅（室）", Entertainment),
            new("game-hall", "游艺厅（室）", Entertainment),
            new("dance-hall", "舞厅", Entertainment),
            new("concert-hall", "音乐厅", Entertainment),
            new("stadium", "体育场（馆）", Sports),
            new("swimming-venue", "游泳场（馆）", Sports),
            new("park", "公园", Sports),
            new("exhibition-hall", "展览馆", Culture),
            new("museum", "博物馆", Culture),
            new("art-gallery", "美术馆", Culture),
            new("library", "图书馆", Culture),
            new("shopping-mall", "商场（店）", Shopping),
            new("bookstore", "书店", Shopping),
            new("clinic-waiting-room", "候诊室", Transit),
            new("passenger-waiting-room", "候车（机、船）室", Transit),
            new("public-transport", "公共交通工具", Transit),
        ],
        [Specialty.DrinkingWater] =
        [
            new("central-supply", "集中式供水单位"),
            new("secondary-supply", "二次供水单位"),
            new("self-built-supply", "自建设施供水单位"),
            new("quality-pipe-supply", "分质供水单位"),
            new("water-vending", "现制现售饮用水经营单位"),
        ],
        [Specialty.SchoolHealth] =
        [
            new("primary-school", "小学"),
            new("junior-middle-school", "初级中学"),
            new("senior-middle-school", "高级中学"),
            new("nine-year-school", "九年一贯制学校"),
            new("vocational-school", "中等职业学校"),
            new("college", "高等学校"),
            new("special-school", "特殊教育学校"),
        ],
        [Specialty.OccupationalHealth] =
        [
            new("mining", "采矿业用人单位"),
            new("manufacturing", "制造业用人单位"),
            new("chemical", "化工用人单位"),
            new("construction", "建筑施工用人单位"),
            new("utilities", "电力、燃气及水生产供应用人单位"),
            new("occupational-health-service", "职业卫生技术服务机构"),
            new("occupational-exam-institution", "职业健康检查机构"),
            new("other-employer", "其他用人单位"),
        ],
        [Specialty.RadiationHealth] =
        [
            new("x-ray-diagnosis", "X射线影像诊断"),
            new("dental-x-ray", "口腔X射线诊断"),
            new("interventional-radiology", "介入放射学"),
            new("nuclear-medicine", "核医学"),
            new("radiotherapy", "放射治疗"),
            new("radiation-health-service", "放射卫生技术服务机构"),
        ],
        [Specialty.MedicalCare] =
        [
            new("general-hospital", "综合医院"),
            new("tcm-hospital", "中医医院"),
            new("integrated-hospital", "中西医结合医院"),
            new("specialty-hospital", "专科医院"),
            new("township-health-center", "乡镇卫生院"),
            new("community-health-center", "社区卫生服务中心"),
            new("community-health-station", "社区卫生服务站"),
            new("outpatient-department", "门诊部"),
            new("clinic", "诊所"),
            new("dental-clinic", "口腔诊所"),
            new("village-clinic", "村卫生室"),
            new("maternal-child-hospital", "妇幼保健院"),
            new("medical-beauty", "医疗美容机构"),
            new("nursing-home", "护理院"),
            new("medical-laboratory", "医学检验实验室"),
            new("infirmary", "医务室"),
        ],
        [Specialty.InfectiousDisease] =
        [
            new("medical-institution", "医疗机构"),
            new("disease-control", "疾病预防控制机构"),
            new("vaccination-unit", "预防接种单位"),
            new("blood-station", "采供血机构"),
            new("pathogen-laboratory", "病原微生物实验室"),
        ],
        [Specialty.DisinfectionProducts] =
        [
            new("disinfectant-maker", "消毒剂生产企业"),
            new("disinfection-device-maker", "消毒器械生产企业"),
            new("hygiene-product-maker", "卫生用品生产企业"),
            new("disinfection-product-seller", "消毒产品经营单位"),
            new("disinfection-service", "消毒服务机构"),
        ],
        [Specialty.TablewareDisinfection] =
        [
            new("tableware-disinfection-service", "餐饮具集中消毒服务单位"),
        ],
        [Specialty.MaternalChildHealth] =
        [
            new("maternal-child-institution", "妇幼保健机构"),
            new("midwifery-institution", "助产技术服务机构"),
            new("prenatal-diagnosis", "产前诊断机构"),
            new("premarital-exam", "婚前医学检查机构"),
            new("family-planning-service", "计划生育技术服务机构"),
            new("assisted-reproduction", "人类辅助生殖技术机构"),
        ],
        [Specialty.WaterProducts] =
        [
            new("water-treatment-device-maker", "水质处理器生产企业"),
            new("water-pipe-material-maker", "输配水设备生产企业"),
            new("water-treatment-chemical-maker", "水处理剂生产企业"),
            new("water-product-seller", "涉水产品经营单位"),
        ],
    };
}
