using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Weijian.Platform.Authorization;
using Weijian.Platform.Demo;
using Weijian.Platform.Organizations;
using Weijian.Platform.Persistence;
using Weijian.Registry.Entities;
using Weijian.Web.Cli;
using Weijian.Web.Hosting;

namespace Weijian.Bench;

/// <summary>
/// Issue #8 load fixture (<c>bench/reports/run</c>): a province of 湖南省 at the seed bureaus' volumes for the figure engine's
/// benchmark. The demo (migrate + <see cref="DemoData.EnsureAsync"/> with the full demo register, 2 000 entities per bureau)
/// makes a year of realistic records in every module for 冷水滩区 and 零陵区 through the handlers; the other cities and counties
/// (up to <c>counties</c> county bureaus: 永州's eleven, then the real counties of the other thirteen cities, round-robin) are
/// created through <see cref="CreateOrganizationHandler"/>. Then every tenant-owned table's 冷水滩区 rows are CLONED in SQL
/// into every county bureau, several copies per county (<see cref="Targets"/>: per table, to reach the seeds' volumes), with
/// every uuid column mapped by <c>md5(id || ':county:copy')</c> so references inside a copy stay consistent, the
/// organisation set to the target county, and the text (or integer) columns of a unique index suffixed (offset) so it holds.
/// Child tables without an organisation column (penalty_case_discussions …) are cloned with their parents' mapped ids.
/// Dates are kept, so every copy lies in the demo's years (this one and the last). It is a load fixture, not a use case:
/// FK and trigger checks are off during the load (<c>session_replication_role = replica</c>), secondary indexes are dropped
/// and rebuilt from their definitions, then <c>VACUUM ANALYZE</c>.
/// usage: <c>reports-data CONNECTION-STRING [--counties N]</c> (the database must exist and be empty).
/// </summary>
public static class ReportsData
{
    public const int DefaultCounties = 100;

    /// <summary>About the rows a seed bureau's year makes in every table together (100 counties ≈ 10 million rows).</summary>
    private const int RowsPerCounty = 100_000;

    /// <summary>Rows per county a seed bureau's year holds (/work/shared/seeds), for the tables the brief names.</summary>
    private static readonly Dictionary<string, int> Targets = new(StringComparer.Ordinal)
    {
        ["licence_applications"] = 5000,
        ["licenses"] = 3000,
        ["regulated_entities"] = 5000,
        ["inspections"] = 2000,
        ["inspection_targets"] = 2000,
        ["penalty_cases"] = 225,
        ["enforcement_disclosures"] = 3000,
        ["credit_records"] = 200,
    };

    /// <summary>Tables that follow another's copies, so the joins the figures make (targets → tasks, evaluations → cases) hold.</summary>
    private static readonly Dictionary<string, string> Follows = new(StringComparer.Ordinal)
    {
        ["inspection_tasks"] = "inspection_targets",
        ["random_draws"] = "inspection_targets",
        ["visit_confirmations"] = "inspections",
        ["visit_complaints"] = "inspections",
        ["case_file_evaluations"] = "penalty_cases",
        ["commitment_verifications"] = "licenses",
        ["entity_replies"] = "penalty_cases",
    };

    /// <summary>Tenant tables not cloned: accounts, per-organisation settings and singletons (one per organisation and year).</summary>
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "identity_users", "organizations", "annual_reports", "audit_checkpoints", "rule_parameters", "calendar_years", "open_data_feeds",
        "spreadsheet_import", "officer_codes", "data_protection_keys",
    };

    /// <summary>County bureaus per city of 湖南省 (real 区/县/县级市 with their region codes), 永州市's other nine in <see cref="PortalData"/>.</summary>
    private static readonly (string City, (string Name, string Region)[] Counties)[] CityCounties =
    [
        ("长沙市", [("芙蓉区", "430102"), ("天心区", "430103"), ("岳麓区", "430104"), ("开福区", "430105"), ("雨花区", "430111"), ("望城区", "430112"), ("长沙县", "430121"), ("浏阳市", "430181"), ("宁乡市", "430182")]),
        ("株洲市", [("荷塘区", "430202"), ("芦淞区", "430203"), ("石峰区", "430204"), ("天元区", "430211"), ("渌口区", "430212"), ("攸县", "430223"), ("茶陵县", "430224"), ("炎陵县", "430225"), ("醴陵市", "430281")]),
        ("湘潭市", [("雨湖区", "430302"), ("岳塘区", "430304"), ("湘潭县", "430321"), ("湘乡市", "430381"), ("韶山市", "430382")]),
        ("衡阳市", [("珠晖区", "430405"), ("雁峰区", "430406"), ("石鼓区", "430407"), ("蒸湘区", "430408"), ("南岳区", "430412"), ("衡阳县", "430421"), ("衡南县", "430422"), ("衡山县", "430423"), ("衡东县", "430424"), ("祁东县", "430426"), ("耒阳市", "430481"), ("常宁市", "430482")]),
        ("邵阳市", [("双清区", "430502"), ("大祥区", "430503"), ("北塔区", "430511"), ("新邵县", "430522"), ("邵阳县", "430523"), ("隆回县", "430524"), ("洞口县", "430525"), ("绥宁县", "430527"), ("新宁县", "430528"), ("城步苗族自治县", "430529"), ("武冈市", "430581"), ("邵东市", "430582")]),
        ("岳阳市", [("岳阳楼区", "430602"), ("云溪区", "430603"), ("君山区", "430611"), ("岳阳县", "430621"), ("华容县", "430623"), ("湘阴县", "430624"), ("平江县", "430626"), ("汨罗市", "430681"), ("临湘市", "430682")]),
        ("常德市", [("武陵区", "430702"), ("鼎城区", "430703"), ("安乡县", "430721"), ("汉寿县", "430722"), ("澧县", "430723"), ("临澧县", "430724"), ("桃源县", "430725"), ("石门县", "430726"), ("津市市", "430781")]),
        ("张家界市", [("永定区", "430802"), ("武陵源区", "430811"), ("慈利县", "430821"), ("桑植县", "430822")]),
        ("益阳市", [("资阳区", "430902"), ("赫山区", "430903"), ("南县", "430921"), ("桃江县", "430922"), ("安化县", "430923"), ("沅江市", "430981")]),
        ("郴州市", [("北湖区", "431002"), ("苏仙区", "431003"), ("桂阳县", "431021"), ("宜章县", "431022"), ("永兴县", "431023"), ("嘉禾县", "431024"), ("临武县", "431025"), ("汝城县", "431026"), ("桂东县", "431027"), ("安仁县", "431028"), ("资兴市", "431081")]),
        ("怀化市", [("鹤城区", "431202"), ("中方县", "431221"), ("沅陵县", "431222"), ("辰溪县", "431223"), ("溆浦县", "431224"), ("会同县", "431225"), ("麻阳苗族自治县", "431226"), ("新晃侗族自治县", "431227"), ("芷江侗族自治县", "431228"), ("靖州苗族侗族自治县", "431229"), ("通道侗族自治县", "431230"), ("洪江市", "431281")]),
        ("娄底市", [("娄星区", "431302"), ("双峰县", "431321"), ("新化县", "431322"), ("冷水江市", "431381"), ("涟源市", "431382")]),
        ("湘西土家族苗族自治州", [("吉首市", "433101"), ("泸溪县", "433122"), ("凤凰县", "433123"), ("花垣县", "433124"), ("保靖县", "433125"), ("古丈县", "433126"), ("永顺县", "433127"), ("龙山县", "433130")]),
    ];

    /// <summary>A county bureau the data goes to; <see cref="FirstCopy"/> is 1 for the demo counties, whose own records are copy 0.</summary>
    private sealed record County(Guid Id, string Name, int Index, int FirstCopy);

    private sealed record Column(string Name, bool IsUuid, bool IsText, bool IsInteger, int MaxLength);

    public static async Task<int> RunAsync(string connectionString, int counties)
    {
        if (counties < 2)
        {
            Console.Error.WriteLine("--counties must be at least 2 (the demo's two county bureaus)");
            return 2;
        }

        // The full demo register (as `weijian demo` sets it): the demo then loads a full year of cases.
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(EntityDemo.ScaleVariable)))
        {
            Environment.SetEnvironmentVariable(EntityDemo.ScaleVariable, "2000");
        }

        var started = TimeProvider.System.GetTimestamp();
        var settings = DatabaseSettings.Resolve(Path.Combine(Path.GetTempPath(), "weijian-bench-reports"), connectionString);
        List<County> targets;
        await using (var app = WeijianWebApp.Build(new WebSettings(settings, "http://127.0.0.1:0", JsonLogs: false)))
        {
            await WeijianCli.MigrateAsync(app.Services, default);
            var demo = await DemoData.EnsureAsync(app.Services, DemoData.RandomPassword(), default);
            Console.WriteLine($"// demo loaded (created: {demo.Created}) in {Elapsed(started)} s");
            targets = await CountiesAsync(app.Services, counties);
        }

        Console.WriteLine($"// {targets.Count} county bureaus in {Elapsed(started)} s");
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await CloneAsync(conn, targets);
        Console.WriteLine($"// cloned in {Elapsed(started)} s; VACUUM ANALYZE");
        await ExecuteAsync(conn, "VACUUM ANALYZE");
        await PrintRowsAsync(conn);
        Console.WriteLine($"// load: {Elapsed(started)} s");
        return 0;
    }

    private static long Elapsed(long started) => (long)TimeProvider.System.GetElapsedTime(started).TotalSeconds;

    private static async Task<List<County>> CountiesAsync(IServiceProvider services, int counties)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = Actor.System("基准测试");
        var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
        var orgs = await db.Organizations.IgnoreQueryFilters().AsNoTracking().ToListAsync();
        var province = orgs.Single(o => o.Kind == OrganizationKind.Province);
        var yongzhou = orgs.Single(o => o.RegionCode == "431100" && o.Kind == OrganizationKind.City);
        var create = scope.ServiceProvider.GetRequiredService<CreateOrganizationHandler>();

        async Task<Guid> EnsureAsync(Guid parent, OrganizationKind kind, string name, string shortName, string region) =>
            orgs.FirstOrDefault(o => o.Name == name)?.Id
            ?? (await create.HandleAsync(new CreateOrganization(parent, kind.ToString(), name, shortName, region), default)).Id;

        var result = new List<County>
        {
            new(orgs.Single(o => o.RegionCode == "431103" && o.Kind == OrganizationKind.CountyBureau).Id, "永州市冷水滩区卫生健康局", 0, 1),
            new(orgs.Single(o => o.RegionCode == "431102" && o.Kind == OrganizationKind.CountyBureau).Id, "永州市零陵区卫生健康局", 1, 1),
        };
        foreach (var (name, shortName, region) in PortalData.Counties.Take(counties - result.Count))
        {
            result.Add(new(await EnsureAsync(yongzhou.Id, OrganizationKind.CountyBureau, name, shortName, region), name, result.Count, 0));
        }

        var cityIds = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var (name, shortName, region) in PortalData.Cities)
        {
            cityIds[name.Replace("卫生健康委员会", "", StringComparison.Ordinal)] = await EnsureAsync(province.Id, OrganizationKind.City, name, shortName, region);
        }

        // Round-robin over the other cities, so each gets counties and the province's tree has its real breadth.
        for (var round = 0; result.Count < counties; round++)
        {
            var added = false;
            foreach (var (city, list) in CityCounties)
            {
                if (round >= list.Length || result.Count >= counties)
                {
                    continue;
                }

                var (county, region) = list[round];
                // A 县级市 is named without its city (浏阳市卫生健康局), a 区 or 县 with it (长沙市芙蓉区卫生健康局).
                var name = (county.EndsWith('市') ? county : city + county) + "卫生健康局";
                result.Add(new(await EnsureAsync(cityIds[city], OrganizationKind.CountyBureau, name, county[..Math.Min(2, county.Length - 1)], region), name, result.Count, 0));
                added = true;
            }

            if (!added)
            {
                throw new InvalidOperationException($"only {result.Count} county bureaus are listed");
            }
        }

        return result;
    }

    private static async Task CloneAsync(NpgsqlConnection conn, List<County> counties)
    {
        var source = counties[0].Id;
        var tables = await ListAsync(conn, """
            SELECT c.table_name FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
            WHERE c.table_schema = 'public' AND c.column_name = 'organization_id' AND t.table_type = 'BASE TABLE' ORDER BY 1
            """);
        tables = [.. tables.Where(t => !Skipped.Contains(t))];
        var demoRows = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var t in tables)
        {
            demoRows[t] = await ScalarAsync(conn, $"SELECT count(*) FROM \"{t}\" WHERE organization_id = '{source}'");
        }

        // Copies per table: the seeds' volume ÷ the demo county's; the tables whose rows the figures join follow their partner,
        // and the others (documents, clocks, audit entries …) one common number of copies that fills a county to about
        // RowsPerCounty rows.
        var copies = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (t, target) in Targets)
        {
            copies[t] = demoRows.GetValueOrDefault(t) is > 0 and var n ? (int)Math.Max(1, Math.Round(target / (double)n, MidpointRounding.AwayFromZero)) : 1;
        }

        foreach (var (t, partner) in Follows)
        {
            copies[t] = copies[partner];
        }

        var fixedRows = copies.Sum(c => demoRows.GetValueOrDefault(c.Key) * c.Value);
        var otherRows = tables.Where(t => !copies.ContainsKey(t)).Sum(t => demoRows[t]);
        var others = otherRows == 0 ? 1 : (int)Math.Max(1, Math.Round((RowsPerCounty - fixedRows) / (double)otherRows));
        foreach (var t in tables.Where(t => !copies.ContainsKey(t)))
        {
            copies[t] = others;
        }

        Console.WriteLine($"// 冷水滩区 (demo) rows and copies per county: {string.Join(", ", tables.Where(t => demoRows[t] > 0).Select(t => $"{t} {demoRows[t]}×{copies[t]}"))}");
        var children = new List<(string Child, string Column, string Parent)>();
        await using (var cmd = new NpgsqlCommand("""
            SELECT c.conrelid::regclass::text, a.attname, c.confrelid::regclass::text FROM pg_constraint c
            JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
            WHERE c.contype = 'f' AND array_length(c.conkey, 1) = 1
              AND NOT EXISTS (SELECT 1 FROM pg_attribute o WHERE o.attrelid = c.conrelid AND o.attname = 'organization_id' AND NOT o.attisdropped)
            """, conn))
        await using (var reader = await cmd.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var parent = reader.GetString(2).Trim('"');
                if (tables.Contains(parent))
                {
                    children.Add((reader.GetString(0).Trim('"'), reader.GetString(1), parent));
                }
            }
        }

        var all = tables.Concat(children.Select(c => c.Child)).Distinct().ToList();
        var indexes = new List<string>();
        foreach (var t in all)
        {
            indexes.AddRange(await ListAsync(conn, $"""
                SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i WHERE i.indrelid = '"{t}"'::regclass AND NOT i.indisunique AND NOT i.indisprimary
                """));
            await ExecuteAsync(conn, $"""
                DO $$ DECLARE r record; BEGIN
                  FOR r IN SELECT i.indexrelid::regclass AS name FROM pg_index i WHERE i.indrelid = '"{t}"'::regclass AND NOT i.indisunique AND NOT i.indisprimary
                  LOOP EXECUTE 'DROP INDEX ' || r.name; END LOOP; END $$
                """);
        }

        // The clone map: (target organisation, county index, copy) for each copy a county gets of a table.
        string Map(int copiesOfTable) => string.Join(", ", counties.SelectMany(c => Enumerable.Range(c.FirstCopy, Math.Max(0, copiesOfTable - c.FirstCopy))
            .Select(k => $"('{c.Id}'::uuid, ':{c.Index}:{k}', {(c.Index * 16) + k + 1})")));

        await ExecuteAsync(conn, "SET session_replication_role = replica");
        foreach (var t in tables)
        {
            var map = Map(copies[t]);
            if (demoRows[t] == 0 || map.Length == 0)
            {
                continue;
            }

            var clock = TimeProvider.System.GetTimestamp();
            var n = await ExecuteAsync(conn, await InsertAsync(conn, t, map, $"s.organization_id = '{source}'"));
            Console.WriteLine($"// {t}: +{n} rows ({TimeProvider.System.GetElapsedTime(clock).TotalSeconds:0.0} s)");
        }

        foreach (var (child, column, parent) in children)
        {
            var map = Map(copies[parent]);
            if (map.Length == 0)
            {
                continue;
            }

            var n = await ExecuteAsync(conn, await InsertAsync(conn, child, map, $"s.\"{column}\" IN (SELECT id FROM \"{parent}\" WHERE organization_id = '{source}')"));
            Console.WriteLine($"// {child} (rows of {parent}): +{n} rows");
        }

        await ExecuteAsync(conn, "SET session_replication_role = origin");
        Console.WriteLine($"// rebuilding {indexes.Count} indexes");
        foreach (var definition in indexes)
        {
            await ExecuteAsync(conn, definition);
        }
    }

    /// <summary>
    /// INSERT … SELECT of a table's source rows once per (organisation, tag) of the map: every uuid column mapped by
    /// <c>md5(value || tag)</c>, the organisation replaced, and the columns of a unique index that no mapped uuid makes unique
    /// suffixed with the tag (text; a value too long for its column with the tag becomes the md5 of both, cut to the column)
    /// or offset by it (integer); identity and generated columns are left to the database.
    /// </summary>
    private static async Task<string> InsertAsync(NpgsqlConnection conn, string table, string map, string where)
    {
        var columns = new List<Column>();
        await using (var cmd = new NpgsqlCommand($"""
            SELECT a.attname, a.atttypid = 'uuid'::regtype, a.atttypid IN ('text'::regtype, 'varchar'::regtype),
                   a.atttypid IN ('int4'::regtype, 'int8'::regtype), CASE WHEN a.atttypid = 'varchar'::regtype THEN a.atttypmod - 4 ELSE 0 END,
                   a.attidentity <> '' OR a.attgenerated <> '' OR coalesce(pg_get_expr(d.adbin, d.adrelid), '') LIKE 'nextval%'
            FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE a.attrelid = '"{table}"'::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum
            """, conn))
        await using (var reader = await cmd.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                if (!reader.GetBoolean(5))
                {
                    columns.Add(new(reader.GetString(0), reader.GetBoolean(1), reader.GetBoolean(2), reader.GetBoolean(3), reader.GetInt32(4)));
                }
            }
        }

        var uniques = new List<string[]>();
        await using (var cmd = new NpgsqlCommand($"""
            SELECT array(SELECT a.attname FROM pg_attribute a WHERE a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey))::text[]
            FROM pg_index i WHERE i.indrelid = '"{table}"'::regclass AND i.indisunique AND NOT i.indisprimary
            """, conn))
        await using (var reader = await cmd.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                uniques.Add(reader.GetFieldValue<string[]>(0));
            }
        }

        var byName = columns.ToDictionary(c => c.Name, StringComparer.Ordinal);
        var suffixed = new HashSet<string>(StringComparer.Ordinal);
        var offset = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unique in uniques)
        {
            var cols = unique.Where(byName.ContainsKey).Select(n => byName[n]).ToList();
            if (cols.Any(c => c.IsUuid && c.Name != "organization_id"))
            {
                continue;
            }

            var text = cols.Where(c => c.IsText).ToList();
            if (text.Count > 0)
            {
                suffixed.UnionWith(text.Select(c => c.Name));
            }
            else
            {
                offset.UnionWith(cols.Where(c => c.IsInteger).Select(c => c.Name));
            }
        }

        var select = new StringBuilder();
        foreach (var c in columns)
        {
            var q = $"s.\"{c.Name}\"";
            select.Append(select.Length == 0 ? "" : ", ").Append(
                c.Name == "organization_id" ? "m.org"
                : c.IsUuid ? $"md5({q}::text || m.tag)::uuid"
                : suffixed.Contains(c.Name) ? (c.MaxLength > 0
                    ? $"CASE WHEN length({q}) + length(m.tag) <= {c.MaxLength} THEN {q} || m.tag ELSE left(md5({q} || m.tag), {c.MaxLength}) END"
                    : $"{q} || m.tag")
                : offset.Contains(c.Name) ? $"{q} + (10000 * m.n)"
                : q);
        }

        if (suffixed.Count + offset.Count > 0)
        {
            Console.WriteLine($"//   {table}: unique columns made distinct per copy: {string.Join(", ", suffixed.Concat(offset))}");
        }

        var names = string.Join(", ", columns.Select(c => $"\"{c.Name}\""));
        return $"INSERT INTO \"{table}\" ({names}) SELECT {select} FROM \"{table}\" s CROSS JOIN (VALUES {map}) AS m(org, tag, n) WHERE {where}";
    }

    private static async Task PrintRowsAsync(NpgsqlConnection conn)
    {
        var tables = await ListAsync(conn, """
            SELECT relname FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace ORDER BY relname
            """);
        long total = 0;
        Console.WriteLine("rows per table:");
        foreach (var t in tables)
        {
            var n = await ScalarAsync(conn, $"SELECT count(*) FROM \"{t}\"");
            total += n;
            if (n >= 1000)
            {
                Console.WriteLine($"  {t,-32} {n,12:N0}");
            }
        }

        Console.WriteLine($"  {"total (all tables)",-32} {total,12:N0}");
        var size = await ListAsync(conn, "SELECT pg_size_pretty(pg_database_size(current_database()))");
        Console.WriteLine($"  database size: {size[0]}");
    }

    private static async Task<List<string>> ListAsync(NpgsqlConnection conn, string sql)
    {
        var result = new List<string>();
        await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 0 };
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            result.Add(reader.GetString(0));
        }

        return result;
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection conn, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 0 };
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection conn, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 0 };
        return await cmd.ExecuteNonQueryAsync();
    }
}
