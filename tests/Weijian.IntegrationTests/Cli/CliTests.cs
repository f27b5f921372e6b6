using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Weijian.IntegrationTests.Infrastructure;
using Weijian.Platform.Authorization;
using Weijian.Platform.Persistence;

namespace Weijian.IntegrationTests.Cli;

/// <summary>The <c>weijian</c> verbs: exit 0 success, 1 check failed, 2 bad usage or rule violation, one line on stderr.</summary>
public abstract class CliTests<TServer>(TServer server) : ServerTests<TServer>(server)
    where TServer : ServerFixture
{
    [Fact]
    public async Task Calendar_due_prints_the_due_date_and_the_counting_rule()
    {
        // R-CAL-11: 20 working days from Monday 2026-03-02 (no holidays in March 2026) end on Monday 2026-03-30.
        var result = await Server.RunCliAsync("calendar", "due", "--from", "2026-03-02", "--count", "20", "--unit", "working");
        result.ExitCode.ShouldBe(0, result.Stderr);
        var lines = result.Stdout.Trim().Split('\n');
        lines[0].ShouldBe("2026-03-30");
        lines[1].ShouldContain("R-CAL-11");
    }

    [Fact]
    public async Task Calendar_due_extends_a_calendar_day_period_that_ends_in_the_national_day_holiday()
    {
        // R-CAL-5/R-CAL-11: 15 calendar days from 2026-09-19 end on 10-04, inside 国庆 10/1–10/7 → the next working day, 10-08.
        var result = await Server.RunCliAsync("calendar", "due", "--from", "2026-09-19", "--count", "15", "--unit", "calendar");
        result.ExitCode.ShouldBe(0, result.Stderr);
        result.Stdout.ShouldStartWith("2026-10-08");
        result.Stdout.ShouldContain("顺延");
    }

    [Fact]
    public async Task Calendar_due_refuses_a_year_without_a_holiday_schedule_with_exit_code_2()
    {
        var result = await Server.RunCliAsync("calendar", "due", "--from", "2027-12-20", "--count", "10", "--unit", "working");
        result.ExitCode.ShouldBe(2);
        result.Stderr.ShouldContain("calendar.year-not-loaded");
        result.Stderr.Trim().Split('\n').Length.ShouldBe(1);
    }

    [Theory]
    [InlineData(new[] { "calendar", "due", "--from", "2026-03-02", "--count", "20", "--unit", "fortnights" }, "deadline.unknown-unit")]
    [InlineData(new[] { "calendar", "due", "--from", "March 2", "--count", "20", "--unit", "working" }, "cli.usage")]
    [InlineData(new[] { "calendar", "due", "--count", "20", "--unit", "working" }, "cli.usage")]
    [InlineData(new[] { "frobnicate" }, "cli.usage")]
    [InlineData(new[] { "audit", "verify", "--colour", "red" }, "cli.usage")]
    public async Task Bad_usage_exits_2_with_one_line_on_stderr_and_no_stack_trace(string[] args, string code)
    {
        var result = await Server.RunCliAsync(args);
        result.ExitCode.ShouldBe(2);
        result.Stderr.ShouldContain(code);
        result.Stderr.ShouldNotContain("   at ");
        result.Stderr.Trim().Split('\n').Length.ShouldBe(1);
    }

    [Fact]
    public async Task Calendar_import_adds_next_years_schedule_which_due_dates_then_use_and_audits_it()
    {
        var file = Path.Combine(Server.DataDirectory, "2027.json");
        await File.WriteAllTextAsync(file, """
            {
              "year": 2027,
              "source": "测试用2027年放假安排",
              "ruleId": "R-CAL-8",
              "holidays": [ { "name": "元旦", "from": "2027-01-01", "to": "2027-01-03" } ],
              "adjustedWorkdays": []
            }
            """);
        var import = await Server.RunCliAsync("calendar", "import", file);
        import.ExitCode.ShouldBe(0, import.Stderr);
        import.Stdout.ShouldContain("2027");

        // 2026-12-31 (Thu) + 1 working day: 2027-01-01 (Fri) is 元旦 and 01-02/03 the weekend → Monday 2027-01-04.
        var due = await Server.RunCliAsync("calendar", "due", "--from", "2026-12-31", "--count", "1", "--unit", "working");
        due.ExitCode.ShouldBe(0, due.Stderr);
        due.Stdout.ShouldStartWith("2027-01-04");

        await using var scope = Server.ScopeAs(Actor.System());
        var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
        (await db.AuditEntries.CountAsync(a => a.Action == "calendar.imported" && a.SubjectId == "2027")).ShouldBe(1);
    }

    [Fact]
    public async Task Calendar_import_of_an_invalid_file_exits_2_and_stores_nothing()
    {
        var file = Path.Combine(Server.DataDirectory, "2028-bad.json");
        var bad = new JsonObject
        {
            ["year"] = 2028,
            ["source"] = "错误文件",
            ["ruleId"] = "R-CAL-8",
            ["holidays"] = new JsonArray(new JsonObject { ["name"] = "元旦", ["from"] = "2029-01-01", ["to"] = "2029-01-01" }),
            ["adjustedWorkdays"] = new JsonArray(),
        };
        await File.WriteAllTextAsync(file, bad.ToJsonString());
        var result = await Server.RunCliAsync("calendar", "import", file);
        result.ExitCode.ShouldBe(2);
        result.Stderr.ShouldContain("calendar.invalid-file");

        await using var scope = Server.ScopeAs(Actor.System());
        (await scope.ServiceProvider.GetRequiredService<WeijianDb>().CalendarYears.AnyAsync(c => c.Year == 2028)).ShouldBeFalse();
    }

    [Fact]
    public async Task User_add_creates_a_user_who_can_then_sign_in()
    {
        var result = await Server.RunCliAsync("user", "add", "--org", "431102", "--user", "ll.newcomer", "--name", "新同事", "--roles", "Officer,LegalReviewer", "--password", "newcomer-pass-1");
        result.ExitCode.ShouldBe(0, result.Stderr);
        result.Stdout.ShouldContain("执法人员、法制审核人员");
        using var client = await Server.SignedInAsync("ll.newcomer", "newcomer-pass-1");
        (await client.GetStringAsync("api/v1/me")).ShouldContain("永州市零陵区卫生健康局");
    }

    [Fact]
    public async Task User_add_with_an_unknown_role_exits_2_and_creates_nobody()
    {
        var result = await Server.RunCliAsync("user", "add", "--org", "431102", "--user", "ll.ghost", "--name", "幽灵", "--roles", "Wizard", "--password", "ghost-pass-12");
        result.ExitCode.ShouldBe(2);
        result.Stderr.ShouldContain("validation.unknown-role");
        await using var scope = Server.ScopeAs(Actor.System());
        (await scope.ServiceProvider.GetRequiredService<WeijianDb>().Users.AnyAsync(u => u.UserName == "ll.ghost")).ShouldBeFalse();
    }

    [Fact]
    public async Task Draw_verify_recomputes_the_published_vector_record_and_exits_0()
    {
        // docs/draw-protocol.md §7: the test-vector record is a complete published draw (R-INS-1); no database is needed.
        var result = await Server.RunCliAsync("draw", "verify", DrawVectors);
        result.ExitCode.ShouldBe(0, result.Stdout + result.Stderr);
        result.Stdout.ShouldStartWith("verified");
    }

    [Theory]
    [InlineData("\"value\": \"3 1 6 6 2 5\"", "\"value\": \"3 1 6 6 2 4\"", "随机种子")]
    [InlineData("\"entityId\": \"e0000000-0000-4000-8000-000000000001\",\n        \"stratum\"", "\"entityId\": \"e0000000-0000-4000-8000-0000000000f1\",\n        \"stratum\"", "候选对象清单")]
    [InlineData("\"ticket\": \"15881972", "\"ticket\": \"15881973", "签号不符")]
    public async Task Draw_verify_names_the_first_difference_of_a_changed_record_and_exits_1(string original, string changed, string named)
    {
        // Acceptance 2 of issue #4: changing the seed, a candidate or a selection makes verification fail and name it.
        var json = await File.ReadAllTextAsync(DrawVectors);
        json.ShouldContain(original);
        var path = Path.Combine(Server.DataDirectory, "draw-" + Guid.NewGuid().ToString("N")[..8] + ".json");
        await File.WriteAllTextAsync(path, json.Replace(original, changed, StringComparison.Ordinal));
        var result = await Server.RunCliAsync("draw", "verify", path);
        result.ExitCode.ShouldBe(1, result.Stdout + result.Stderr);
        result.Stdout.ShouldStartWith("NOT VERIFIED: ");
        result.Stdout.ShouldContain(named);
    }

    [Fact]
    public async Task Draw_verify_of_a_malformed_file_exits_2_with_the_rule_code()
    {
        var path = Path.Combine(Server.DataDirectory, "draw-malformed.json");
        await File.WriteAllTextAsync(path, "{ not json");
        var result = await Server.RunCliAsync("draw", "verify", path);
        result.ExitCode.ShouldBe(2);
        result.Stderr.ShouldContain("draw.record-invalid");
    }

    private static string DrawVectors => Path.Combine(Documents.DocumentSamples.Root(), "docs", "draw-protocol-vectors.json");
}

public sealed class CliTests_Sqlite(SqliteServer server) : CliTests<SqliteServer>(server);

public sealed class CliTests_Postgres(PostgresServer server) : CliTests<PostgresServer>(server);
