using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;
using Weijian.Platform.Authorization;
using Weijian.Platform.Demo;
using Weijian.Platform.Organizations;
using Weijian.Platform.Persistence;
using Weijian.Platform.Publication;
using Weijian.Registry.Entities;
using Weijian.Web.Cli;
using Weijian.Web.Hosting;

namespace Weijian.Bench;

/// <summary>
/// Issue #7 load fixture (<c>bench/portal/run</c>): a PostgreSQL database holding 1 000 000 published
/// <see cref="EnforcementDisclosure"/> rows across the bureaus of 湖南省 (the demo's province, 永州市 and its two demo
/// county bureaus, plus the other 13 city bureaus and the other 9 永州 counties, created through
/// <see cref="CreateOrganizationHandler"/>), then written by binary COPY — not through the handlers: it is a load
/// fixture. Rows are shaped as the disclosure subscribers write them (PenaltyDisclosureSubscriber,
/// LicensingDisclosureSubscriber): the same field labels in the same order, parties from <see cref="EntityDemo.Details"/>
/// (organisations with their credit code; natural persons masked as 张某某, R-TRS-4), decisions 2022–2026, about 5 % published
/// late and 0.3 % withdrawn with a reason (R-PEN-32).
/// <para>
/// The demo county bureau 冷水滩区 holds 250 000 of them (a deliberate worst case: a county publishes a few thousand
/// decisions a year), 零陵区 100 000, each other city bureau 35 000 and each other county about 21 700. Secondary indexes
/// are dropped during the load and rebuilt from their migration definitions, then <c>VACUUM ANALYZE</c>.
/// </para>
/// usage: <c>dotnet run -c Release --project bench/Weijian.Bench -- portal-data CONNECTION-STRING</c> (the database must exist and be empty).
/// </summary>
public static class PortalData
{
    public const int Records = 1_000_000;

    internal static readonly (string Name, string Short, string Region)[] Cities =
    [
        ("长沙市卫生健康委员会", "长", "430100"), ("株洲市卫生健康委员会", "株", "430200"), ("湘潭市卫生健康委员会", "潭", "430300"),
        ("衡阳市卫生健康委员会", "衡", "430400"), ("邵阳市卫生健康委员会", "邵", "430500"), ("岳阳市卫生健康委员会", "岳", "430600"),
        ("常德市卫生健康委员会", "常", "430700"), ("张家界市卫生健康委员会", "张", "430800"), ("益阳市卫生健康委员会", "益", "430900"),
        ("郴州市卫生健康委员会", "郴", "431000"), ("怀化市卫生健康委员会", "怀", "431200"), ("娄底市卫生健康委员会", "娄", "431300"),
        ("湘西土家族苗族自治州卫生健康委员会", "湘西", "433100"),
    ];

    internal static readonly (string Name, string Short, string Region)[] Counties =
    [
        ("永州市东安县卫生健康局", "东", "431122"), ("永州市双牌县卫生健康局", "双", "431123"), ("永州市道县卫生健康局", "道", "431124"),
        ("永州市江永县卫生健康局", "江永", "431125"), ("永州市宁远县卫生健康局", "宁", "431126"), ("永州市蓝山县卫生健康局", "蓝", "431127"),
        ("永州市新田县卫生健康局", "新", "431128"), ("永州市江华瑶族自治县卫生健康局", "江华", "431129"), ("祁阳市卫生健康局", "祁", "431181"),
    ];

    /// <summary>Penalty decisions a county health bureau publishes (公共场所, 饮用水, 医疗机构, 医疗废物, 职业卫生, 学校卫生).</summary>
    private static readonly (string Cause, string Facts, string Violated, string Basis, string Terms, decimal Fine)[] Penalties =
    [
        ("未按规定对顾客用品用具进行清洗、消毒、保洁", "经现场检查，该单位未按规定对顾客使用的毛巾、拖鞋进行清洗消毒，现场未见消毒记录。",
            "《公共场所卫生管理条例实施细则》第十四条", "《公共场所卫生管理条例实施细则》第三十六条", "警告；罚款", 2000m),
        ("安排未获得有效健康合格证明的从业人员从事直接为顾客服务工作", "该单位2名从业人员未取得有效健康合格证明，从事直接为顾客服务的工作。",
            "《公共场所卫生管理条例实施细则》第十条", "《公共场所卫生管理条例实施细则》第三十八条", "警告；罚款", 1000m),
        ("使用非卫生技术人员从事医疗卫生技术工作", "该机构使用1名未取得执业资格的人员从事护理工作。",
            "《医疗机构管理条例》第二十七条", "《医疗机构管理条例》第四十七条", "罚款", 10000m),
        ("未按规定对医疗废物进行分类收集", "现场检查发现医疗废物与生活垃圾混放，未按类别分置于专用包装物或者容器。",
            "《医疗废物管理条例》第十六条", "《医疗废物管理条例》第四十六条", "警告；罚款", 5000m),
        ("供水单位未取得卫生许可证而擅自供水", "该单位未取得生活饮用水卫生许可证，向周边居民集中供水。",
            "《生活饮用水卫生监督管理办法》第七条", "《生活饮用水卫生监督管理办法》第二十六条", "责令限期改进；罚款", 5000m),
        ("未按规定组织劳动者进行职业健康检查", "该单位未组织接触噪声作业的12名劳动者进行在岗期间职业健康检查。",
            "《中华人民共和国职业病防治法》第三十五条", "《中华人民共和国职业病防治法》第七十一条", "警告；罚款", 50000m),
        ("未取得医疗机构执业许可证擅自执业", "当事人未取得医疗机构执业许可证，在其住所开展输液等诊疗活动。",
            "《中华人民共和国基本医疗卫生与健康促进法》第三十八条", "《中华人民共和国基本医疗卫生与健康促进法》第九十九条", "没收违法所得；没收药品、医疗器械；罚款", 50000m),
    ];

    private static readonly (string Item, string Prefix)[] Licenses =
    [
        ("公共场所卫生许可", "卫公证字"), ("生活饮用水供水单位卫生许可", "卫水证字"), ("医疗机构执业登记", "医机证字"),
        ("放射诊疗许可", "放射证字"), ("消毒产品生产企业卫生许可", "卫消证字"),
    ];

    private static readonly string[] OtherDecisions = ["责令限期改正", "行政强制措施（查封、扣押）", "不予行政处罚决定"];

    private static readonly string[] Columns =
    [
        "id", "organization_id", "kind", "source_type", "source_id", "decision_number", "title", "decided_on", "party_name", "party_is_natural_person",
        "party_credit_code", "fields_json", "document_id", "due", "published_on", "published_by", "withdrawal_reason", "withdrawal_text",
        "withdrawal_requested_on", "withdrawal_due", "withdrawn_on", "retention_end", "offline_on", "created_at",
    ];

    private static readonly DateOnly FirstDecision = new(2022, 1, 1);
    private static readonly DateOnly LastDecision = new(2026, 11, 30);

    private sealed record Target(Guid Id, string Name, string Short, string Region, int Count);

    public static async Task<int> RunAsync(string connectionString)
    {
        var settings = DatabaseSettings.Resolve(Path.Combine(Path.GetTempPath(), "weijian-bench-portal"), connectionString);
        await using var app = WeijianWebApp.Build(new WebSettings(settings, "http://127.0.0.1:0", JsonLogs: false));
        await WeijianCli.MigrateAsync(app.Services, default);
        var demo = await DemoData.EnsureAsync(app.Services, DemoData.RandomPassword(), default);
        Console.WriteLine($"// demo loaded (created: {demo.Created})");
        var targets = await BureausAsync(app.Services);
        var existing = 0;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = Actor.System("基准测试");
            existing = await scope.ServiceProvider.GetRequiredService<WeijianDb>().Set<EnforcementDisclosure>().IgnoreQueryFilters().CountAsync(d => d.PublishedOn != null);
        }

        // The demo's own published decisions count toward the million; the biggest bureau gives up the difference.
        targets[0] = targets[0] with { Count = targets[0].Count - existing };
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        var indexes = new List<(string Name, string Definition)>();
        await using (var cmd = new NpgsqlCommand("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'enforcement_disclosures' AND indexname <> 'pk_enforcement_disclosures'", conn))
        await using (var reader = await cmd.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in indexes)
        {
            await using var drop = new NpgsqlCommand($"DROP INDEX \"{name}\"", conn);
            await drop.ExecuteNonQueryAsync();
        }

        var started = TimeProvider.System.GetTimestamp();
        await using (var writer = await conn.BeginBinaryImportAsync($"COPY enforcement_disclosures ({string.Join(", ", Columns)}) FROM STDIN (FORMAT BINARY)"))
        {
            var rng = new SplitMix(20261207);
            var lst = new DemoBureau(Guid.Empty, "永州市冷水滩区卫生健康局", "lst", "431103");
            var serial = 0;
            foreach (var t in targets)
            {
                var bureau = lst with { RegionCode = t.Region };
                var district = t.Name.Replace("卫生健康委员会", "", StringComparison.Ordinal).Replace("卫生健康局", "", StringComparison.Ordinal);
                for (var i = 0; i < t.Count; i++)
                {
                    await WriteRowAsync(writer, t, bureau, district, serial++, rng);
                }

                Console.WriteLine($"// {t.Name}: {t.Count} disclosures");
            }

            await writer.CompleteAsync();
        }

        Console.WriteLine($"// COPY done in {TimeProvider.System.GetElapsedTime(started).TotalSeconds:0} s; rebuilding {indexes.Count} indexes");
        foreach (var (_, definition) in indexes)
        {
            await using var create = new NpgsqlCommand(definition, conn) { CommandTimeout = 0 };
            await create.ExecuteNonQueryAsync();
        }

        await using (var vacuum = new NpgsqlCommand("VACUUM ANALYZE", conn) { CommandTimeout = 0 })
        {
            await vacuum.ExecuteNonQueryAsync();
        }

        Console.WriteLine($"// ready in {TimeProvider.System.GetElapsedTime(started).TotalSeconds:0} s");
        return 0;
    }

    private static async Task<List<Target>> BureausAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = Actor.System("基准测试");
        var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
        var orgs = await db.Organizations.IgnoreQueryFilters().AsNoTracking().ToListAsync();
        var province = orgs.Single(o => o.Kind == OrganizationKind.Province);
        var yongzhou = orgs.Single(o => o.RegionCode == "431100" && o.Kind == OrganizationKind.City);
        var create = scope.ServiceProvider.GetRequiredService<CreateOrganizationHandler>();
        var targets = new List<Target>
        {
            new(orgs.Single(o => o.RegionCode == "431103" && o.Kind == OrganizationKind.CountyBureau).Id, "永州市冷水滩区卫生健康局", "冷", "431103", 250_000),
            new(orgs.Single(o => o.RegionCode == "431102" && o.Kind == OrganizationKind.CountyBureau).Id, "永州市零陵区卫生健康局", "零", "431102", 100_000),
            new(yongzhou.Id, yongzhou.Name, "永", "431100", 35_000),
        };
        foreach (var (name, shortName, region) in Cities)
        {
            var id = orgs.FirstOrDefault(o => o.Name == name)?.Id
                ?? (await create.HandleAsync(new CreateOrganization(province.Id, nameof(OrganizationKind.City), name, shortName, region), default)).Id;
            targets.Add(new(id, name, shortName, region, 35_000));
        }

        var rest = Records - targets.Sum(t => t.Count);
        for (var i = 0; i < Counties.Length; i++)
        {
            var (name, shortName, region) = Counties[i];
            var id = orgs.FirstOrDefault(o => o.Name == name)?.Id
                ?? (await create.HandleAsync(new CreateOrganization(yongzhou.Id, nameof(OrganizationKind.CountyBureau), name, shortName, region), default)).Id;
            targets.Add(new(id, name, shortName, region, rest / Counties.Length + (i < rest % Counties.Length ? 1 : 0)));
        }

        return targets;
    }

    private static async Task WriteRowAsync(NpgsqlBinaryImporter w, Target t, DemoBureau bureau, string district, int serial, SplitMix rng)
    {
        var party = EntityDemo.Details(bureau, district, serial % 400_000);
        var person = party.PartyKind == "个人";
        var partyName = person ? Redaction.MaskName(party.LegalRepresentative!, 1) : party.Name!;
        // A natural person's decision stays online 2 years (R-TRS-5), so the online ones are recent.
        var span = person ? 700 : LastDecision.DayNumber - FirstDecision.DayNumber + 1;
        var decided = LastDecision.AddDays(-(int)(rng.Next() % (ulong)span));
        var due = decided.AddDays(9);
        var published = rng.Next() % 20 == 0 ? due.AddDays(1 + (int)(rng.Next() % 10)) : decided.AddDays(1 + (int)(rng.Next() % 9));
        var year = decided.Year.ToString(CultureInfo.InvariantCulture);
        var n = (serial % 5000) + 1;
        var roll = rng.Next() % 100;
        DisclosureKind kind;
        string number, title, sourceType;
        List<DisclosureField> fields;
        if (roll < 35)
        {
            var p = Penalties[rng.Next() % (ulong)Penalties.Length];
            var fine = p.Fine * (1 + (rng.Next() % 3));
            kind = DisclosureKind.PenaltyDecision;
            sourceType = "PenaltyCase";
            number = $"{t.Short}卫罚〔{year}〕{n}号";
            title = $"{partyName}{p.Cause}行政处罚决定";
            fields =
            [
                new("执法机关", t.Name), new("案由", p.Cause), new("适用程序", "一般程序"), new("主要违法事实", p.Facts), new("违反的法律规定", p.Violated),
                new("处罚依据", p.Basis), new("处罚内容", $"{p.Terms}{fine:0}元"), new("罚没金额（元）", fine.ToString("0.00", CultureInfo.InvariantCulture)),
            ];
        }
        else if (roll < 93)
        {
            var l = Licenses[rng.Next() % (ulong)Licenses.Length];
            kind = DisclosureKind.LicensingDecision;
            sourceType = "LicenseApplication";
            number = $"{t.Short}卫许〔{year}〕{n}号";
            title = $"{partyName}{l.Item}行政许可决定";
            fields =
            [
                new("许可机关", t.Name), new("许可事项", l.Item), new("许可决定", "准予行政许可"),
                new("许可证号", $"湘{l.Prefix}〔{year}〕第{t.Region}{n:D6}号"),
            ];
        }
        else
        {
            var what = OtherDecisions[rng.Next() % (ulong)OtherDecisions.Length];
            kind = DisclosureKind.OtherDecision;
            sourceType = "PenaltyCase";
            number = $"{t.Short}卫决〔{year}〕{n}号";
            title = $"{partyName}{what}决定";
            fields = [new("执法机关", t.Name), new("决定类别", what), new("决定内容", $"{what}，详见决定书")];
        }

        var withdrawn = rng.Next() % 1000 < 3;
        var retention = published.AddYears(person ? 2 : 5);
        await w.StartRowAsync();
        await w.WriteAsync(Guid.CreateVersion7(new DateTimeOffset(decided.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)), NpgsqlDbType.Uuid);
        await w.WriteAsync(t.Id, NpgsqlDbType.Uuid);
        await w.WriteAsync(kind.ToString(), NpgsqlDbType.Varchar);
        await w.WriteAsync(sourceType, NpgsqlDbType.Varchar);
        await w.WriteAsync(Guid.CreateVersion7().ToString(), NpgsqlDbType.Varchar);
        await w.WriteAsync(number, NpgsqlDbType.Varchar);
        await w.WriteAsync(title.Length > 200 ? title[..200] : title, NpgsqlDbType.Varchar);
        await w.WriteAsync(decided, NpgsqlDbType.Date);
        await w.WriteAsync(partyName, NpgsqlDbType.Varchar);
        await w.WriteAsync(person, NpgsqlDbType.Boolean);
        await w.WriteAsync(person ? "" : party.CreditCode!, NpgsqlDbType.Varchar);
        await w.WriteAsync(ChildRecordsJson.Write(fields), NpgsqlDbType.Text);
        await w.WriteNullAsync();
        await w.WriteAsync(due, NpgsqlDbType.Date);
        await w.WriteAsync(published, NpgsqlDbType.Date);
        await w.WriteAsync(t.Short + "公示员", NpgsqlDbType.Varchar);
        if (withdrawn)
        {
            var asked = published.AddDays(30 + (int)(rng.Next() % 200));
            await w.WriteAsync(nameof(WithdrawalReason.Revoked), NpgsqlDbType.Varchar);
            await w.WriteAsync($"{asked:yyyy年M月d日}经行政复议撤销原决定", NpgsqlDbType.Varchar);
            await w.WriteAsync(asked, NpgsqlDbType.Date);
            await w.WriteAsync(asked.AddDays(3), NpgsqlDbType.Date);
            await w.WriteAsync(asked.AddDays(1), NpgsqlDbType.Date);
        }
        else
        {
            for (var i = 0; i < 5; i++)
            {
                await w.WriteNullAsync();
            }
        }

        await w.WriteAsync(retention, NpgsqlDbType.Date);
        await w.WriteNullAsync();
        await w.WriteAsync(new DateTimeOffset(decided.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero), NpgsqlDbType.TimestampTz);
    }

    /// <summary>SplitMix64: a deterministic, seeded sequence for the fixture (System.Random is banned in this code base).</summary>
    private sealed class SplitMix(ulong seed)
    {
        private ulong _state = seed;

        public ulong Next()
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
