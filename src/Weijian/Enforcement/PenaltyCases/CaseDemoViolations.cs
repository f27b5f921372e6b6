using Weijian.Registry.Entities;

namespace Weijian.Enforcement.PenaltyCases;

/// <summary>
/// One kind of violation the demo cases are made of: the 案由, what the officers found and heard, the facts, the provision
/// violated and the penalty provision with the penalties it allows. Texts carry placeholders filled per case:
/// {当事人} party name, {地址} address, {类别} sub-type name, {起始日} act date, {受理日} receipt date.
/// </summary>
/// <param name="Code">Stable key used by the demo recipes.</param>
/// <param name="Specialty">The case's specialty (statistics count it here).</param>
/// <param name="PartySpecialty">Where the party is registered (an unlicensed beauty injection is a medical case against a 美容店).</param>
/// <param name="PartySubTypes">Preferred sub-types of the party, most plausible first; any of the specialty when none is registered.</param>
/// <param name="Warning">The penalty provision gives a 警告.</param>
/// <param name="WarningAlone">The 警告 may stand alone (the fine is optional, "可以并处"): usable for the summary procedure's warning.</param>
/// <param name="Fines">Typical fines within the provision's range for the general procedure (empty: no fine).</param>
/// <param name="SummaryFineOrganization">A fine the summary procedure may impose on an organisation (≤¥3 000, R-PEN-23), 0 when none.</param>
/// <param name="SummaryFineIndividual">A fine the summary procedure may impose on an individual (≤¥200, R-PEN-23), 0 when none.</param>
/// <param name="ContinuingDays">Days the act had lasted before discovery (a continuing act, R-PEN-7), 0 for a one-off act.</param>
internal sealed record DemoViolation(
    string Code,
    Specialty Specialty,
    Specialty PartySpecialty,
    string[] PartySubTypes,
    string Cause,
    string Finding,
    string Admission,
    string Facts,
    string Evidence,
    string Violated,
    string Basis,
    bool Warning,
    bool WarningAlone,
    decimal[] Fines,
    decimal SummaryFineOrganization,
    decimal SummaryFineIndividual,
    int ContinuingDays,
    decimal ConfiscatedGains = 0,
    string? ConfiscatedProperty = null,
    decimal ConfiscatedPropertyValue = 0,
    string? OtherMeasures = null)
{
    public static DemoViolation Find(string code) => All.Single(v => v.Code == code);

    public static readonly IReadOnlyList<DemoViolation> All =
    [
        new(
            "PP-LICENCE", Specialty.PublicPlaces, Specialty.PublicPlaces, ["hotel", "inn", "bathhouse", "beauty-salon", "barbershop", "teahouse"],
            "未取得公共场所卫生许可证擅自营业",
            "检查时{当事人}正在营业，现场有顾客。经营者未能出示公共场所卫生许可证，自述原许可证到期后未申请延续。已拍照、录像固定证据，当场下达卫生监督意见书，责令立即停止营业并限期办理卫生许可证。",
            "被询问人承认自{起始日}起在未取得有效公共场所卫生许可证的情况下从事{类别}经营，未能提供完整的营业账目。",
            "当事人{当事人}自{起始日}起，在未取得公共场所卫生许可证的情况下，在{地址}擅自从事{类别}经营活动，至{受理日}被查处。",
            "现场检查笔录、询问笔录、营业执照复印件、现场照片及执法记录仪视频、卫生监督意见书",
            "《公共场所卫生管理条例》第八条、《公共场所卫生管理条例实施细则》第二十二条第二款",
            "《公共场所卫生管理条例实施细则》第三十五条第一款",
            true, false, [1000m, 1500m, 2000m, 3000m, 500m], 0, 0, 90),
        new(
            "PP-HEALTH-CERT", Specialty.PublicPlaces, Specialty.PublicPlaces, ["hotel", "bathhouse", "barbershop", "beauty-salon", "swimming-venue", "restaurant"],
            "安排未获得有效健康合格证明的从业人员从事直接为顾客服务工作",
            "现场在岗从业人员共6名，其中2名直接为顾客服务的从业人员未能出示有效的健康合格证明。当场下达卫生监督意见书，责令相关人员立即离岗并限期办理健康合格证明。",
            "被询问人承认上述2名从业人员系近期招聘，入职时未组织健康检查。",
            "当事人{当事人}安排2名未获得有效健康合格证明的从业人员从事直接为顾客服务的工作，至{受理日}被查处。",
            "现场检查笔录、询问笔录、从业人员花名册、营业执照复印件、现场照片及执法记录仪视频",
            "《公共场所卫生管理条例》第七条、《公共场所卫生管理条例实施细则》第十条",
            "《公共场所卫生管理条例实施细则》第三十八条",
            true, false, [500m, 800m, 1000m, 2000m], 500m, 0, 30),
        new(
            "PP-DISINFECTION", Specialty.PublicPlaces, Specialty.PublicPlaces, ["barbershop", "beauty-salon", "bathhouse", "hotel", "inn"],
            "未按照规定对顾客用品用具进行清洗、消毒、保洁",
            "检查发现{当事人}供顾客使用的毛巾、拖鞋与已使用的混放，消毒间未见消毒记录，保洁柜内物品未经消毒。当场下达卫生监督意见书，责令立即改正。",
            "被询问人承认近期顾客较多，未按规定对顾客用品用具逐客清洗、消毒。",
            "当事人{当事人}未按照规定对顾客用品用具进行清洗、消毒、保洁，于{受理日}被查处。",
            "现场检查笔录、询问笔录、现场照片及执法记录仪视频",
            "《公共场所卫生管理条例实施细则》第十四条",
            "《公共场所卫生管理条例实施细则》第三十六条第（二）项",
            true, true, [1000m, 1500m, 2000m, 500m], 800m, 200m, 0),
        new(
            "PP-TESTING", Specialty.PublicPlaces, Specialty.PublicPlaces, ["hotel", "swimming-venue", "shopping-mall", "theater", "bathhouse"],
            "未按照规定对公共场所的空气、微小气候、水质等进行卫生检测",
            "{当事人}未能提供本年度公共场所卫生检测报告，现场亦未公示检测结果。当场下达卫生监督意见书，责令限期委托有资质的机构检测。",
            "被询问人承认本年度未委托检测机构对经营场所进行卫生检测。",
            "当事人{当事人}未按照规定对经营场所的空气、微小气候、水质等进行卫生检测，于{受理日}被查处。",
            "现场检查笔录、询问笔录、现场照片及执法记录仪视频",
            "《公共场所卫生管理条例实施细则》第十九条第一款",
            "《公共场所卫生管理条例实施细则》第三十六条第（一）项",
            true, true, [1000m, 2000m, 500m], 1000m, 200m, 0),
        new(
            "PP-RECORDS", Specialty.PublicPlaces, Specialty.PublicPlaces, ["hotel", "restaurant", "inn", "teahouse", "bathhouse"],
            "未按照规定建立卫生管理制度和卫生管理档案",
            "{当事人}未能出示卫生管理制度，未建立从业人员健康检查、培训考核及用品用具消毒等卫生管理档案。当场下达卫生监督意见书，责令限期改正。",
            "被询问人承认未建立卫生管理档案，表示将在期限内整改。",
            "当事人{当事人}未按照规定建立卫生管理制度和卫生管理档案，于{受理日}被查处；经复查已在责令改正期限内改正。",
            "现场检查笔录、询问笔录、卫生监督意见书、复查记录",
            "《公共场所卫生管理条例实施细则》第七条、第八条",
            "《公共场所卫生管理条例实施细则》第三十七条第（一）项",
            true, false, [1000m], 0, 0, 0),
        new(
            "W-LICENCE", Specialty.DrinkingWater, Specialty.DrinkingWater, ["secondary-supply", "water-vending", "self-built-supply"],
            "供水单位未取得卫生许可证而擅自供水",
            "{当事人}正在向用户供水，现场未能出示生活饮用水卫生许可证。执法人员现场采集水样送检，并下达卫生监督意见书，责令限期办理卫生许可证。",
            "被询问人承认供水设施投入使用后未申请卫生许可。",
            "当事人{当事人}自{起始日}起，在未取得卫生许可证的情况下擅自供水，至{受理日}被查处。",
            "现场检查笔录、询问笔录、采样记录、水质检验报告、现场照片及执法记录仪视频",
            "《生活饮用水卫生监督管理办法》第七条",
            "《生活饮用水卫生监督管理办法》第二十六条第（三）项",
            false, false, [2000m, 3000m, 5000m], 0, 0, 120),
        new(
            "W-STAFF", Specialty.DrinkingWater, Specialty.DrinkingWater, ["central-supply", "secondary-supply", "water-vending"],
            "安排未取得体检合格证明的人员从事直接供、管水工作",
            "{当事人}直接从事供、管水工作的3名人员中，1名未能出示有效的健康体检合格证明。当场下达卫生监督意见书，责令立即调离。",
            "被询问人承认该名人员体检合格证明已过期，未及时复检。",
            "当事人{当事人}安排1名未取得有效体检合格证明的人员从事直接供、管水工作，于{受理日}被查处。",
            "现场检查笔录、询问笔录、供管水人员名单、现场照片及执法记录仪视频",
            "《生活饮用水卫生监督管理办法》第十一条第一款",
            "《生活饮用水卫生监督管理办法》第二十五条",
            false, false, [500m, 800m], 500m, 200m, 0),
        new(
            "S-LIGHTING", Specialty.SchoolHealth, Specialty.SchoolHealth, ["primary-school", "junior-middle-school", "nine-year-school"],
            "教室采光照明不符合国家卫生标准",
            "抽检{当事人}教室4间，其中2间课桌面平均照度低于国家卫生标准要求，黑板未设局部照明。当场下达卫生监督意见书，责令限期改进。",
            "被询问人（学校分管负责人）承认照明设施老化，尚未列入维修计划。",
            "当事人{当事人}2间教室课桌面平均照度不符合《中小学校教室采光和照明卫生标准》，于{受理日}被查处。",
            "现场检查笔录、询问笔录、现场检测记录、现场照片及执法记录仪视频",
            "《学校卫生工作条例》第六条第一款",
            "《学校卫生工作条例》第三十三条",
            true, true, [], 0, 0, 0),
        new(
            "O-EXAM", Specialty.OccupationalHealth, Specialty.OccupationalHealth, ["manufacturing", "chemical", "mining", "construction"],
            "未按照规定组织劳动者进行职业健康检查",
            "{当事人}存在粉尘、噪声职业病危害，接触职业病危害的劳动者42名，现场未能提供上岗前和在岗期间职业健康检查报告。当场下达卫生监督意见书，责令限期改正。",
            "被询问人承认近两年未组织接害劳动者进行在岗期间职业健康检查。",
            "当事人{当事人}未按照规定组织接触职业病危害的劳动者进行上岗前和在岗期间职业健康检查，于{受理日}被查处。",
            "现场检查笔录、询问笔录、劳动者花名册、职业病危害因素检测报告、现场照片及执法记录仪视频",
            "《中华人民共和国职业病防治法》第三十五条第一款",
            "《中华人民共和国职业病防治法》第七十一条第（四）项",
            true, true, [50000m], 0, 0, 0),
        new(
            "O-HAZARD", Specialty.OccupationalHealth, Specialty.OccupationalHealth, ["manufacturing", "chemical", "construction"],
            "工作场所职业病危害因素的强度或者浓度超过国家职业卫生标准",
            "{当事人}打磨车间粉尘浓度经检测超过国家职业卫生标准，防尘设施未正常运行。当场下达卫生监督意见书，责令限期治理。",
            "被询问人承认除尘设备损坏后未及时维修。",
            "当事人{当事人}打磨车间粉尘浓度超过国家职业卫生标准，于{受理日}被查处。",
            "现场检查笔录、询问笔录、职业病危害因素检测报告、现场照片及执法记录仪视频",
            "《中华人民共和国职业病防治法》第十五条第（一）项",
            "《中华人民共和国职业病防治法》第七十二条第（一）项",
            true, true, [], 0, 0, 0),
        new(
            "O-TRAINING", Specialty.OccupationalHealth, Specialty.OccupationalHealth, ["manufacturing", "construction", "utilities", "other-employer"],
            "未按照规定组织劳动者进行职业卫生培训",
            "{当事人}未能提供劳动者上岗前和在岗期间职业卫生培训记录。当场下达卫生监督意见书，责令限期改正。",
            "被询问人承认本年度未组织职业卫生培训。",
            "当事人{当事人}未按照规定组织劳动者进行职业卫生培训，于{受理日}被查处；经复查已在责令改正期限内组织培训。",
            "现场检查笔录、询问笔录、复查记录",
            "《中华人民共和国职业病防治法》第三十四条第二款",
            "《中华人民共和国职业病防治法》第七十条第（四）项",
            true, true, [], 0, 0, 0),
        new(
            "M-UNQUALIFIED", Specialty.MedicalCare, Specialty.MedicalCare, ["outpatient-department", "dental-clinic", "clinic", "community-health-station"],
            "使用非卫生技术人员从事医疗卫生技术工作",
            "检查时{当事人}1名未取得护士执业证书的人员正在为患者进行静脉输液。当场下达卫生监督意见书，责令立即停止其从事医疗卫生技术工作。",
            "被询问人承认该人员为中专在读实习生，未取得任何卫生技术人员资格，已独立从事输液操作约两个月。",
            "当事人{当事人}自{起始日}起使用1名非卫生技术人员从事静脉输液等医疗卫生技术工作，至{受理日}被查处。",
            "现场检查笔录、询问笔录、排班表、输液记录、现场照片及执法记录仪视频",
            "《医疗机构管理条例》第二十七条",
            "《医疗机构管理条例》第四十七条",
            false, false, [10000m, 12000m, 15000m], 0, 0, 60),
        new(
            "M-SCOPE", Specialty.MedicalCare, Specialty.MedicalCare, ["outpatient-department", "community-health-station", "clinic"],
            "诊疗活动超出登记的诊疗科目范围",
            "{当事人}《医疗机构执业许可证》核准的诊疗科目为内科、外科、预防保健科，现场查见其开展注射美容项目的治疗记录和收费记录。",
            "被询问人承认开展注射美容项目未办理医疗美容科诊疗科目登记，共收费1860元。",
            "当事人{当事人}超出登记的诊疗科目范围开展注射美容诊疗活动，违法所得1860元，于{受理日}被查处。",
            "现场检查笔录、询问笔录、医疗机构执业许可证副本、治疗记录及收费票据、现场照片及执法记录仪视频",
            "《医疗机构管理条例》第二十六条",
            "《医疗机构管理条例》第四十六条",
            true, false, [10000m], 0, 0, 45, ConfiscatedGains: 1860m),
        new(
            "M-UNLICENSED", Specialty.MedicalCare, Specialty.PublicPlaces, ["beauty-salon", "barbershop", "bathhouse"],
            "未取得医疗机构执业许可证擅自执业（开展医疗美容注射）",
            "根据举报，执法人员在{当事人}二楼包间查见正在为顾客注射玻尿酸的操作人员，现场有玻尿酸注射液、肉毒毒素及一次性注射器等。该场所未取得《医疗机构执业许可证》。已拍照、录像固定证据。",
            "被询问人承认自{起始日}起在店内为顾客注射玻尿酸等，共收取费用3860元，本人未取得医师资格。",
            "当事人{当事人}未取得《医疗机构执业许可证》，自{起始日}起在{地址}擅自开展医疗美容注射诊疗活动，违法所得3860元，至{受理日}被查处。",
            "现场检查笔录、询问笔录、先行登记保存物品清单、收费记录、顾客证言、药品检验报告、现场照片及执法记录仪视频",
            "《中华人民共和国基本医疗卫生与健康促进法》第三十八条第一款、《医疗机构管理条例》第二十三条",
            "《中华人民共和国基本医疗卫生与健康促进法》第九十九条第一款",
            false, false, [50000m], 0, 0, 75, ConfiscatedGains: 3860m,
            ConfiscatedProperty: "玻尿酸注射液12支、肉毒毒素2瓶、一次性注射器30支", ConfiscatedPropertyValue: 2400m, OtherMeasures: "责令停止执业活动"),
        new(
            "M-ILLEGAL-REPEAT", Specialty.MedicalCare, Specialty.PublicPlaces, ["beauty-salon", "barbershop", "bathhouse"],
            "未取得医疗机构执业许可证擅自执业（再次非法行医）",
            "根据举报，执法人员在{当事人}查见经营者本人正在为顾客进行针灸、静脉注射等诊疗活动，现场有药品、输液器具和处方。该场所未取得《医疗机构执业许可证》，经营者未取得医师资格。",
            "被询问人承认本人未取得医师资格，此前已两次因非法行医受到行政处罚，本次于{起始日}起重新开展诊疗活动。",
            "当事人{当事人}经营者未取得医师资格，曾两次因非法行医受到行政处罚，自{起始日}起再次擅自开展诊疗活动，于{受理日}被查处。",
            "现场检查笔录、询问笔录、既往行政处罚决定书、处方及收费记录、现场照片及执法记录仪视频",
            "《中华人民共和国基本医疗卫生与健康促进法》第三十八条第一款",
            "《中华人民共和国基本医疗卫生与健康促进法》第九十九条第一款",
            false, false, [50000m], 0, 0, 40, ConfiscatedGains: 2600m),
        new(
            "I-WASTE-SORTING", Specialty.InfectiousDisease, Specialty.MedicalCare, ["clinic", "dental-clinic", "village-clinic", "community-health-station", "outpatient-department"],
            "未将医疗废物按照类别分置于专用包装物或者容器",
            "检查发现{当事人}治疗室内使用后的注射器、棉签与生活垃圾混放于普通垃圾桶，未使用医疗废物专用包装袋和利器盒。当场下达卫生监督意见书，责令立即改正。",
            "被询问人承认未对工作人员进行医疗废物分类培训，专用包装物用完后未及时补充。",
            "当事人{当事人}未将医疗废物按照类别分置于专用包装物或者容器，于{受理日}被查处。",
            "现场检查笔录、询问笔录、现场照片及执法记录仪视频",
            "《医疗废物管理条例》第十六条第一款",
            "《医疗废物管理条例》第四十六条第（二）项",
            true, true, [1000m, 2000m, 3000m], 1000m, 200m, 0),
        new(
            "I-WASTE-REGISTER", Specialty.InfectiousDisease, Specialty.MedicalCare, ["clinic", "village-clinic", "community-health-station", "township-health-center"],
            "未对医疗废物进行登记",
            "{当事人}未能提供近三个月医疗废物交接登记资料。当场下达卫生监督意见书，责令限期改正。",
            "被询问人承认医疗废物由处置单位收运时未进行登记。",
            "当事人{当事人}未对医疗废物的来源、种类、重量、交接时间等进行登记，于{受理日}被查处；经复查已在责令改正期限内改正。",
            "现场检查笔录、询问笔录、复查记录",
            "《医疗废物管理条例》第十二条第一款",
            "《医疗废物管理条例》第四十五条第（四）项",
            true, true, [], 0, 0, 0),
        new(
            "I-STERILISATION", Specialty.InfectiousDisease, Specialty.MedicalCare, ["dental-clinic", "clinic", "outpatient-department"],
            "使用的医疗器械未达到灭菌要求",
            "检查发现{当事人}复用的口腔器械未进行灭菌处理，灭菌器无运行记录，抽样送检的器械无菌检测不合格。当场下达卫生监督意见书，责令立即改正。",
            "被询问人承认灭菌器故障期间仅对器械进行了浸泡消毒。",
            "当事人{当事人}使用的进入人体组织的口腔器械未达到灭菌要求，于{受理日}被查处。",
            "现场检查笔录、询问笔录、抽样记录、检验报告、现场照片及执法记录仪视频",
            "《消毒管理办法》第六条",
            "《消毒管理办法》第四十一条",
            false, false, [2000m, 3000m], 0, 0, 0),
    ];
}
