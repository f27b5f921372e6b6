using Weijian.Platform.Calendar;
using Weijian.Platform.Rules;
using static Weijian.Tests.Calendar.ShippedCalendar;

namespace Weijian.Tests.Calendar;

public sealed class CalendarFileTests : IDisposable
{
    private const string Valid2026 = """
        {
          "year": 2026,
          "source": "测试通知",
          "ruleId": "R-CAL-10",
          "holidays": [
            { "name": "元旦", "from": "2026-01-01", "to": "2026-01-03" }
          ],
          "adjustedWorkdays": [
            { "name": "元旦调休上班", "date": "2026-01-04" }
          ]
        }
        """;

    private readonly string _tempDirectory = Path.Combine(Path.GetTempPath(), "weijian-calendar-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_tempDirectory))
        {
            Directory.Delete(_tempDirectory, recursive: true);
        }
    }

    // R-CAL-8: the shipped files are in the canonical form ToJson writes, named after their year.
    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    public void Each_shipped_file_is_named_after_its_year_and_is_exactly_its_canonical_json(int year)
    {
        var text = File.ReadAllText(Path.Combine(CalendarDirectory, $"{year}.json"));

        var parsed = CalendarYear.Parse(text);

        parsed.Year.ShouldBe(year);
        parsed.ToJson().ShouldBe(text);
    }

    // R-CAL-10: the 2026 file is the notice of 2025-11-04, block by block.
    [Fact]
    public void The_2026_file_matches_the_State_Council_notice_of_2025_11_04()
    {
        var y = Official.Years.Single(c => c.Year == 2026);

        y.RuleId.ShouldBe("R-CAL-10");
        y.Holidays.ShouldBe(
        [
            new HolidaySpan("元旦", D("2026-01-01"), D("2026-01-03")),
            new HolidaySpan("春节", D("2026-02-15"), D("2026-02-23")),
            new HolidaySpan("清明节", D("2026-04-04"), D("2026-04-06")),
            new HolidaySpan("劳动节", D("2026-05-01"), D("2026-05-05")),
            new HolidaySpan("端午节", D("2026-06-19"), D("2026-06-21")),
            new HolidaySpan("中秋节", D("2026-09-25"), D("2026-09-27")),
            new HolidaySpan("国庆节", D("2026-10-01"), D("2026-10-07")),
        ]);
        y.AdjustedWorkdays.Select(a => a.Date).ShouldBe(
            [D("2026-01-04"), D("2026-02-14"), D("2026-02-28"), D("2026-05-09"), D("2026-09-20"), D("2026-10-10")]);
    }

    // R-CAL-9: the 2025 file is 国办发明电〔2024〕12号, block by block.
    [Fact]
    public void The_2025_file_matches_notice_guobanfamingdian_2024_12()
    {
        var y = Official.Years.Single(c => c.Year == 2025);

        y.RuleId.ShouldBe("R-CAL-9");
        y.Holidays.Select(h => (h.From, h.To)).ShouldBe(
        [
            (D("2025-01-01"), D("2025-01-01")),
            (D("2025-01-28"), D("2025-02-04")),
            (D("2025-04-04"), D("2025-04-06")),
            (D("2025-05-01"), D("2025-05-05")),
            (D("2025-05-31"), D("2025-06-02")),
            (D("2025-10-01"), D("2025-10-08")),
        ]);
        y.AdjustedWorkdays.Select(a => a.Date).ShouldBe(
            [D("2025-01-26"), D("2025-02-08"), D("2025-04-27"), D("2025-09-28"), D("2025-10-11")]);
    }

    // R-CAL-8: the 2024 file is 国办发明电〔2023〕7号; only the 2024 day of the 2023-12-30..2024-01-01 元旦 break is in it.
    [Fact]
    public void The_2024_file_matches_notice_guobanfamingdian_2023_7()
    {
        var y = Official.Years.Single(c => c.Year == 2024);

        y.Holidays.Select(h => (h.Name, h.From, h.To)).ShouldBe(
        [
            ("元旦", D("2024-01-01"), D("2024-01-01")),
            ("春节", D("2024-02-10"), D("2024-02-17")),
            ("清明节", D("2024-04-04"), D("2024-04-06")),
            ("劳动节", D("2024-05-01"), D("2024-05-05")),
            ("端午节", D("2024-06-08"), D("2024-06-10")),
            ("中秋节", D("2024-09-15"), D("2024-09-17")),
            ("国庆节", D("2024-10-01"), D("2024-10-07")),
        ]);
        y.AdjustedWorkdays.Select(a => a.Date).ShouldBe(
        [
            D("2024-02-04"), D("2024-02-18"), D("2024-04-07"), D("2024-04-28"),
            D("2024-05-11"), D("2024-09-14"), D("2024-09-29"), D("2024-10-12"),
        ]);
    }

    // R-CAL-8, R-CAL-11: Parse reads HOLIDAY spans and ADJUSTED_WORKDAY entries; ToJson writes them back unchanged.
    [Fact]
    public void Parsing_then_writing_a_schedule_round_trips()
    {
        var parsed = CalendarYear.Parse(Valid2026);

        parsed.ShouldBe(new CalendarYear(
            2026,
            "测试通知",
            "R-CAL-10",
            [new HolidaySpan("元旦", D("2026-01-01"), D("2026-01-03"))],
            [new AdjustedWorkday("元旦调休上班", D("2026-01-04"))]));
        CalendarYear.Parse(parsed.ToJson()).ShouldBe(parsed);
        parsed.ToJson().ShouldContain("\"source\": \"测试通知\"");
        parsed.ToJson().ShouldEndWith("}\n");
    }

    // R-CAL-8, R-CAL-11: a broken file is refused with calendar.invalid-file and a message naming the problem.
    [Theory]
    [InlineData("""{ "year": 2026, """, "不是有效的JSON")]
    [InlineData("""[]""", "顶层必须是一个JSON对象")]
    [InlineData("""{ "source": "x", "ruleId": "R", "holidays": [], "adjustedWorkdays": [] }""", "缺少年份（year）")]
    [InlineData("""{ "year": "2026", "source": "x", "ruleId": "R", "holidays": [], "adjustedWorkdays": [] }""", "年份（year）必须是整数")]
    [InlineData("""{ "year": 2026, "ruleId": "R", "holidays": [], "adjustedWorkdays": [] }""", "缺少来源（source）")]
    [InlineData("""{ "year": 2026, "source": "x", "ruleId": "R", "adjustedWorkdays": [] }""", "缺少放假安排（holidays）")]
    [InlineData("""{ "year": 2026, "source": "x", "ruleId": "R", "holidays": [], "adjustedWorkDays": [] }""", "未知字段“adjustedWorkDays”")]
    [InlineData("""{ "year": 2026, "source": "x", "ruleId": "R", "holidays": [ { "name": "元旦", "from": "2026-1-1", "to": "2026-01-03" } ], "adjustedWorkdays": [] }""", "holidays[0].from（开始日）“2026-1-1”不是yyyy-MM-dd格式的有效日期")]
    [InlineData("""{ "year": 2026, "source": "x", "ruleId": "R", "holidays": [ { "name": "元旦", "from": "2025-12-31", "to": "2026-01-03" } ], "adjustedWorkdays": [] }""", "放假安排“元旦”的开始日2025-12-31不在2026年内")]
    [InlineData("""{ "year": 2026, "source": "x", "ruleId": "R", "holidays": [ { "name": "元旦", "from": "2026-01-03", "to": "2026-01-01" } ], "adjustedWorkdays": [] }""", "开始日2026-01-03晚于结束日2026-01-01")]
    [InlineData("""{ "year": 2026, "source": "x", "ruleId": "R", "holidays": [ { "name": "甲", "from": "2026-01-01", "to": "2026-01-03" }, { "name": "乙", "from": "2026-01-03", "to": "2026-01-05" } ], "adjustedWorkdays": [] }""", "2026-01-03同时属于放假安排“甲”和“乙”")]
    [InlineData("""{ "year": 2026, "source": "x", "ruleId": "R", "holidays": [], "adjustedWorkdays": [ { "name": "调休", "date": "2026-01-05" } ] }""", "调休上班日2026-01-05（调休）是星期一；调休上班日只能是星期六或星期日")]
    [InlineData("""{ "year": 2026, "source": "x", "ruleId": "R", "holidays": [], "adjustedWorkdays": [ { "name": "调休", "date": "2027-01-02" } ] }""", "调休上班日“调休”2027-01-02不在2026年内")]
    [InlineData("""{ "year": 2026, "source": "x", "ruleId": "R", "holidays": [ { "name": "元旦", "from": "2026-01-01", "to": "2026-01-03" } ], "adjustedWorkdays": [ { "name": "调休", "date": "2026-01-03" } ] }""", "2026-01-03既是放假日（元旦）又是调休上班日（调休）")]
    [InlineData("""{ "year": 2026, "source": "x", "ruleId": "R", "holidays": [], "adjustedWorkdays": [ { "name": "调休", "date": "2026-01-04" }, { "name": "调休", "date": "2026-01-04" } ] }""", "调休上班日2026-01-04重复列出")]
    public void A_broken_calendar_file_is_refused_with_a_message_naming_the_problem(string json, string problem)
    {
        var ex = Should.Throw<DomainRuleException>(() => CalendarYear.Parse(json));

        ex.Code.ShouldBe("calendar.invalid-file");
        ex.Message.ShouldStartWith("日历文件无效：");
        ex.Message.ShouldContain(problem);
    }

    // R-CAL-8: loading a directory names the bad file.
    [Fact]
    public void Loading_a_directory_with_a_broken_file_names_the_file()
    {
        Directory.CreateDirectory(_tempDirectory);
        File.WriteAllText(Path.Combine(_tempDirectory, "2026.json"), Valid2026);
        File.WriteAllText(Path.Combine(_tempDirectory, "bad.json"), "{");

        var ex = Should.Throw<DomainRuleException>(() => BusinessCalendar.LoadDirectory(_tempDirectory));

        ex.Code.ShouldBe("calendar.invalid-file");
        ex.Message.ShouldStartWith("日历文件“bad.json”无效：不是有效的JSON");
    }

    // R-CAL-8: one schedule per year; two files for the same year are ambiguous and refused.
    [Fact]
    public void Loading_a_directory_with_two_files_for_the_same_year_is_refused()
    {
        Directory.CreateDirectory(_tempDirectory);
        File.WriteAllText(Path.Combine(_tempDirectory, "2026.json"), Valid2026);
        File.WriteAllText(Path.Combine(_tempDirectory, "2026-copy.json"), Valid2026);

        var ex = Should.Throw<DomainRuleException>(() => BusinessCalendar.LoadDirectory(_tempDirectory));

        ex.Code.ShouldBe("calendar.invalid-file");
        ex.Message.ShouldContain("都是2026年的放假安排");
    }

    // R-CAL-8: only *.json files are read.
    [Fact]
    public void Loading_a_directory_reads_only_json_files()
    {
        Directory.CreateDirectory(_tempDirectory);
        File.WriteAllText(Path.Combine(_tempDirectory, "2026.json"), Valid2026);
        File.WriteAllText(Path.Combine(_tempDirectory, "README.md"), "# not a calendar");

        var calendar = BusinessCalendar.LoadDirectory(_tempDirectory);

        calendar.LoadedYears.ShouldBe([2026]);
        calendar.IsWorkingDay(D("2026-01-04")).ShouldBeTrue();
    }

    // R-CAL-8: a missing calendar directory is reported, not treated as "no holidays".
    [Fact]
    public void Loading_a_missing_directory_is_refused()
    {
        var ex = Should.Throw<DomainRuleException>(() => BusinessCalendar.LoadDirectory(_tempDirectory));

        ex.Code.ShouldBe("calendar.directory-not-found");
        ex.Kind.ShouldBe(RuleViolationKind.NotFound);
    }
}
