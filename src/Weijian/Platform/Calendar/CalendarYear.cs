using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Weijian.Platform.Rules;

namespace Weijian.Platform.Calendar;

/// <summary>
/// One year's 放假调休 schedule from the State Council General Office notice (R-CAL-8; 2025: R-CAL-9;
/// 2026: R-CAL-10), as shipped in <c>data/calendar/{year}.json</c>. <see cref="Parse(string)"/> and
/// <see cref="ToJson"/> are inverse: the shipped files are exactly <c>ToJson()</c> of their content.
/// </summary>
public sealed record CalendarYear(
    int Year,
    string Source,
    string RuleId,
    IReadOnlyList<HolidaySpan> Holidays,
    IReadOnlyList<AdjustedWorkday> AdjustedWorkdays)
{
    public const string InvalidFileCode = "calendar.invalid-file";

    private const string DateFormat = "yyyy-MM-dd";

    private static readonly string[] _rootProperties = ["year", "source", "ruleId", "holidays", "adjustedWorkdays"];
    private static readonly string[] _holidayProperties = ["name", "from", "to"];
    private static readonly string[] _adjustedWorkdayProperties = ["name", "date"];

    /// <summary>
    /// Reads and validates a calendar file. Throws <see cref="DomainRuleException"/> with code
    /// <c>calendar.invalid-file</c> and a Chinese message naming the problem.
    /// </summary>
    public static CalendarYear Parse(string json) => Parse(json, fileName: null);

    internal static CalendarYear Parse(string json, string? fileName)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            var year = Read(json);
            year.ValidateCore();
            return year;
        }
        catch (CalendarFileProblem problem)
        {
            var prefix = fileName is null ? "日历文件无效" : $"日历文件“{fileName}”无效";
            throw new DomainRuleException(InvalidFileCode, $"{prefix}：{problem.Message}");
        }
    }

    /// <summary>The canonical file text: UTF-8 JSON, 2-space indent, LF line ends, final newline, Chinese unescaped.</summary>
    public string ToJson()
    {
        var options = new JsonWriterOptions
        {
            Indented = true,
            IndentSize = 2,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            writer.WriteStartObject();
            writer.WriteNumber("year", Year);
            writer.WriteString("source", Source);
            writer.WriteString("ruleId", RuleId);
            writer.WriteStartArray("holidays");
            foreach (var holiday in Holidays)
            {
                writer.WriteStartObject();
                writer.WriteString("name", holiday.Name);
                writer.WriteString("from", CalendarText.Iso(holiday.From));
                writer.WriteString("to", CalendarText.Iso(holiday.To));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("adjustedWorkdays");
            foreach (var workday in AdjustedWorkdays)
            {
                writer.WriteStartObject();
                writer.WriteString("name", workday.Name);
                writer.WriteString("date", CalendarText.Iso(workday.Date));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Value equality, including the holiday and adjusted-workday lists (in order).</summary>
    public bool Equals(CalendarYear? other) =>
        other is not null
        && Year == other.Year
        && Source == other.Source
        && RuleId == other.RuleId
        && Holidays.SequenceEqual(other.Holidays)
        && AdjustedWorkdays.SequenceEqual(other.AdjustedWorkdays);

    public override int GetHashCode() => HashCode.Combine(Year, Source, RuleId, Holidays.Count, AdjustedWorkdays.Count);

    /// <summary>
    /// The consistency checks of R-CAL-8/R-CAL-11: every date inside <see cref="Year"/>, from ≤ to, adjusted
    /// workdays only on Saturday/Sunday, no date both holiday and adjusted workday, no date listed twice.
    /// </summary>
    internal void Validate()
    {
        try
        {
            ValidateCore();
        }
        catch (CalendarFileProblem problem)
        {
            throw new DomainRuleException(InvalidFileCode, $"日历数据无效：{problem.Message}");
        }
    }

    private void ValidateCore()
    {
        if (Year is < 1 or > 9999)
        {
            throw new CalendarFileProblem($"年份{Year}超出范围（1–9999）");
        }

        if (string.IsNullOrWhiteSpace(Source))
        {
            throw new CalendarFileProblem($"{Year}年日历缺少来源（source，放假通知的名称）");
        }

        if (string.IsNullOrWhiteSpace(RuleId))
        {
            throw new CalendarFileProblem($"{Year}年日历缺少规则编号（ruleId）");
        }

        if (Holidays is null || AdjustedWorkdays is null)
        {
            throw new CalendarFileProblem($"{Year}年日历缺少放假安排（holidays）或调休上班日（adjustedWorkdays）列表");
        }

        var holidayByDate = new Dictionary<DateOnly, string>();
        foreach (var holiday in Holidays)
        {
            if (holiday is null || string.IsNullOrWhiteSpace(holiday.Name))
            {
                throw new CalendarFileProblem($"{Year}年日历中有放假安排缺少名称");
            }

            CheckInYear(holiday.From, $"放假安排“{holiday.Name}”的开始日");
            CheckInYear(holiday.To, $"放假安排“{holiday.Name}”的结束日");
            if (holiday.From > holiday.To)
            {
                throw new CalendarFileProblem(
                    $"放假安排“{holiday.Name}”的开始日{CalendarText.Iso(holiday.From)}晚于结束日{CalendarText.Iso(holiday.To)}");
            }

            foreach (var date in holiday.Dates())
            {
                if (!holidayByDate.TryAdd(date, holiday.Name))
                {
                    throw new CalendarFileProblem(
                        $"{CalendarText.Iso(date)}同时属于放假安排“{holidayByDate[date]}”和“{holiday.Name}”");
                }
            }
        }

        var adjustedDates = new HashSet<DateOnly>();
        foreach (var workday in AdjustedWorkdays)
        {
            if (workday is null || string.IsNullOrWhiteSpace(workday.Name))
            {
                throw new CalendarFileProblem($"{Year}年日历中有调休上班日缺少名称");
            }

            var date = workday.Date;
            CheckInYear(date, $"调休上班日“{workday.Name}”");
            if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                throw new CalendarFileProblem(
                    $"调休上班日{CalendarText.Iso(date)}（{workday.Name}）是{CalendarText.WeekdayName(date.DayOfWeek)}；调休上班日只能是星期六或星期日");
            }

            if (holidayByDate.TryGetValue(date, out var holidayName))
            {
                throw new CalendarFileProblem(
                    $"{CalendarText.Iso(date)}既是放假日（{holidayName}）又是调休上班日（{workday.Name}）");
            }

            if (!adjustedDates.Add(date))
            {
                throw new CalendarFileProblem($"调休上班日{CalendarText.Iso(date)}重复列出");
            }
        }
    }

    private void CheckInYear(DateOnly date, string what)
    {
        if (date.Year != Year)
        {
            throw new CalendarFileProblem($"{what}{CalendarText.Iso(date)}不在{Year}年内");
        }
    }

    private static CalendarYear Read(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new CalendarFileProblem(
                $"不是有效的JSON（第{(ex.LineNumber ?? 0) + 1}行第{(ex.BytePositionInLine ?? 0) + 1}个字节附近）");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new CalendarFileProblem("顶层必须是一个JSON对象");
            }

            CheckProperties(root, _rootProperties, "顶层");
            if (!root.TryGetProperty("year", out var yearElement))
            {
                throw new CalendarFileProblem("缺少年份（year）");
            }

            if (yearElement.ValueKind != JsonValueKind.Number || !yearElement.TryGetInt32(out var year))
            {
                throw new CalendarFileProblem("年份（year）必须是整数，例如 2026");
            }

            var source = RequiredString(root, "source", "来源（source）");
            var ruleId = RequiredString(root, "ruleId", "规则编号（ruleId）");

            var holidays = new List<HolidaySpan>();
            var index = 0;
            foreach (var item in RequiredArray(root, "holidays", "放假安排（holidays）"))
            {
                var where = $"holidays[{index}]";
                if (item.ValueKind != JsonValueKind.Object)
                {
                    throw new CalendarFileProblem($"{where}必须是一个JSON对象");
                }

                CheckProperties(item, _holidayProperties, where);
                holidays.Add(new HolidaySpan(
                    RequiredString(item, "name", $"{where}.name（名称）"),
                    RequiredDate(item, "from", $"{where}.from（开始日）"),
                    RequiredDate(item, "to", $"{where}.to（结束日）")));
                index++;
            }

            var adjustedWorkdays = new List<AdjustedWorkday>();
            index = 0;
            foreach (var item in RequiredArray(root, "adjustedWorkdays", "调休上班日（adjustedWorkdays）"))
            {
                var where = $"adjustedWorkdays[{index}]";
                if (item.ValueKind != JsonValueKind.Object)
                {
                    throw new CalendarFileProblem($"{where}必须是一个JSON对象");
                }

                CheckProperties(item, _adjustedWorkdayProperties, where);
                adjustedWorkdays.Add(new AdjustedWorkday(
                    RequiredString(item, "name", $"{where}.name（名称）"),
                    RequiredDate(item, "date", $"{where}.date（日期）")));
                index++;
            }

            return new CalendarYear(year, source, ruleId, holidays.AsReadOnly(), adjustedWorkdays.AsReadOnly());
        }
    }

    private static void CheckProperties(JsonElement element, string[] allowed, string where)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                throw new CalendarFileProblem(
                    $"{where}有未知字段“{property.Name}”；允许的字段：{string.Join("、", allowed)}");
            }

            if (!seen.Add(property.Name))
            {
                throw new CalendarFileProblem($"{where}的字段“{property.Name}”重复出现");
            }
        }
    }

    private static string RequiredString(JsonElement element, string name, string what)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            throw new CalendarFileProblem($"缺少{what}");
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            throw new CalendarFileProblem($"{what}必须是非空字符串");
        }

        return value.GetString()!;
    }

    private static JsonElement.ArrayEnumerator RequiredArray(JsonElement element, string name, string what)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            throw new CalendarFileProblem($"缺少{what}");
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new CalendarFileProblem($"{what}必须是数组");
        }

        return value.EnumerateArray();
    }

    private static DateOnly RequiredDate(JsonElement element, string name, string what)
    {
        var text = RequiredString(element, name, what);
        if (!DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new CalendarFileProblem($"{what}“{text}”不是yyyy-MM-dd格式的有效日期");
        }

        return date;
    }

    /// <summary>Internal signal carrying the Chinese description of what is wrong; surfaced as a DomainRuleException.</summary>
    private sealed class CalendarFileProblem(string message) : Exception(message);
}
