using System.Globalization;
using System.Text.Json;
using Weijian.Platform.Audit;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Deadlines;
using Weijian.Platform.Organizations;

namespace Weijian.Web.Pages;

/// <summary>One line of an audit payload, ready to show: a Chinese label and a readable value.</summary>
public sealed record PayloadLine(string Label, string Value);

/// <summary>Formatting shared by the pages: Beijing time, dates, hashes, subject types and audit payloads in Chinese.</summary>
public static class Display
{
    private static readonly Dictionary<string, string> _labels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["name"] = "名称",
        ["shortName"] = "地区简称",
        ["regionCode"] = "行政区划代码",
        ["kind"] = "单位类型",
        ["parentId"] = "上级单位",
        ["userName"] = "用户名",
        ["displayName"] = "姓名",
        ["roles"] = "角色",
        ["email"] = "电子邮箱",
        ["phoneNumber"] = "联系电话",
        ["reason"] = "原因",
        ["deactivationReason"] = "停用原因",
        ["channel"] = "登录渠道",
        ["before"] = "修改前",
        ["after"] = "修改后",
        ["unlocked"] = "解除锁定",
        ["lockoutEnd"] = "锁定至",
        ["title"] = "期限事项",
        ["subjectType"] = "对象类型",
        ["subjectId"] = "对象编号",
        ["ruleId"] = "规则编号",
        ["legalBasis"] = "法律依据",
        ["unit"] = "计算单位",
        ["count"] = "期限",
        ["start"] = "起算日",
        ["due"] = "届满日",
        ["assigneeId"] = "承办人",
        ["year"] = "年度",
        ["source"] = "来源",
        ["status"] = "状态",
        ["from"] = "自",
        ["to"] = "至",
    };

    private static readonly Dictionary<string, string> _subjectTypes = new(StringComparer.Ordinal)
    {
        ["Organization"] = "单位",
        ["User"] = "用户",
        ["DeadlineClock"] = "期限",
        ["CalendarYear"] = "节假日安排",
        ["CalendarYearRecord"] = "节假日安排",
        ["CatalogItem"] = "清单事项",
        ["LegalDocumentSet"] = "法律法规库",
    };

    /// <summary>An instant as Beijing time, "yyyy-MM-dd HH:mm".</summary>
    public static string Time(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, ChinaClock.TimeZone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>An instant as Beijing time with seconds, for titles and details.</summary>
    public static string TimeWithSeconds(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, ChinaClock.TimeZone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Weekday(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Monday => "星期一",
        DayOfWeek.Tuesday => "星期二",
        DayOfWeek.Wednesday => "星期三",
        DayOfWeek.Thursday => "星期四",
        DayOfWeek.Friday => "星期五",
        DayOfWeek.Saturday => "星期六",
        _ => "星期日",
    };

    public static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>The first 12 hex digits of a hash (the full hash goes in a title attribute).</summary>
    public static string ShortHash(string hash) => hash.Length > 12 ? hash[..12] : hash;

    /// <summary>
    /// The last 8 characters of a record id, enough to tell records apart on screen (time-ordered ids share their
    /// leading characters, so the start would not do).
    /// </summary>
    public static string ShortId(string id) => id.Length > 8 ? "…" + id[^8..] : id;

    /// <summary>"用户 · 李建国" when the subject's name is known, else "用户 · …3e78ca0".</summary>
    public static string Subject(string subjectType, string subjectId, IReadOnlyDictionary<SubjectRef, string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var name = names.TryGetValue(new SubjectRef(subjectType, subjectId), out var known) ? known : ShortId(subjectId);
        return $"{SubjectTypeName(subjectType)} · {name}";
    }

    public static string SubjectTypeName(string subjectType) =>
        _subjectTypes.TryGetValue(subjectType, out var name) ? name : AuditActions.SubjectTypeName(subjectType) ?? subjectType;

    public static string UnitName(string unit) =>
        DeadlineUnitNames.TryParse(unit, out var parsed) ? parsed.ToChineseName() : unit;

    /// <summary>Indentation (full-width spaces) for an organisation in a select list.</summary>
    public static string Indent(int depth) => new('\u3000', Math.Max(depth, 0));

    /// <summary>Payload fields that hold the id of another record, and that record's subject type.</summary>
    private static readonly Dictionary<string, string> _references = new(StringComparer.OrdinalIgnoreCase)
    {
        ["parentId"] = "Organization",
        ["assigneeId"] = "User",
    };

    /// <summary>The organisations and users a payload refers to by id (上级单位, 承办人), to be named on screen.</summary>
    public static IEnumerable<SubjectRef> ReferencedSubjects(string payload)
    {
        var found = new List<SubjectRef>();
        try
        {
            using var doc = JsonDocument.Parse(payload);
            if (doc.RootElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in doc.RootElement.EnumerateObject())
                {
                    if (_references.TryGetValue(property.Name, out var type) && property.Value.ValueKind == JsonValueKind.String)
                    {
                        found.Add(new SubjectRef(type, property.Value.GetString()!));
                    }
                }
            }
        }
        catch (JsonException)
        {
            // not JSON: nothing referenced
        }

        return found;
    }

    /// <summary>An audit payload (canonical JSON) as label/value lines; nested objects become "修改前 · 姓名".</summary>
    public static IReadOnlyList<PayloadLine> PayloadLines(string payload) => PayloadLines(payload, null);

    /// <summary>As <see cref="PayloadLines(string)"/>, naming referenced records (上级单位, 承办人) from <paramref name="names"/>.</summary>
    public static IReadOnlyList<PayloadLine> PayloadLines(string payload, IReadOnlyDictionary<SubjectRef, string>? names)
    {
        var lines = new List<PayloadLine>();
        try
        {
            using var doc = JsonDocument.Parse(payload);
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("before", out var before) && before.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("after", out var after) && after.ValueKind == JsonValueKind.Object)
            {
                Changes(before, after, lines);
            }
            else
            {
                Flatten(root, "", "", lines);
            }

            if (names is not null)
            {
                NameReferences(root, lines, names);
            }
        }
        catch (JsonException)
        {
            lines.Add(new PayloadLine("内容", payload));
        }

        return lines;
    }

    /// <summary>The payload indented, for a "原始数据" disclosure.</summary>
    public static string PrettyJson(string payload)
    {
        try
        {
            using var doc = JsonDocument.Parse(payload);
            return JsonSerializer.Serialize(doc.RootElement, _pretty);
        }
        catch (JsonException)
        {
            return payload;
        }
    }

    private static readonly JsonSerializerOptions _pretty = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static void NameReferences(JsonElement root, List<PayloadLine> lines, IReadOnlyDictionary<SubjectRef, string> names)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in root.EnumerateObject())
        {
            if (_references.TryGetValue(property.Name, out var type) && property.Value.ValueKind == JsonValueKind.String
                && names.TryGetValue(new SubjectRef(type, property.Value.GetString()!), out var name))
            {
                var label = Label(property.Name);
                var index = lines.FindIndex(l => l.Label == label);
                if (index >= 0)
                {
                    lines[index] = new PayloadLine(label, name);
                }
            }
        }
    }

    /// <summary>A correction recorded as {before, after}: one line per changed field, "旧值 → 新值".</summary>
    private static void Changes(JsonElement before, JsonElement after, List<PayloadLine> lines)
    {
        var keys = before.EnumerateObject().Select(p => p.Name)
            .Concat(after.EnumerateObject().Select(p => p.Name))
            .Distinct(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var old = before.TryGetProperty(key, out var o) ? Value(o, key) : "（空）";
            var now = after.TryGetProperty(key, out var n) ? Value(n, key) : "（空）";
            if (old != now && !(o.ValueKind == JsonValueKind.Array && n.ValueKind == JsonValueKind.Array && SameSet(o, n)))
            {
                lines.Add(new PayloadLine(Label(key), $"{old} → {now}"));
            }
        }

        if (lines.Count == 0)
        {
            lines.Add(new PayloadLine("变更", "（内容未变化）"));
        }
    }

    private static bool SameSet(JsonElement a, JsonElement b) =>
        a.EnumerateArray().Select(e => e.GetRawText()).Order(StringComparer.Ordinal)
            .SequenceEqual(b.EnumerateArray().Select(e => e.GetRawText()).Order(StringComparer.Ordinal));

    private static void Flatten(JsonElement element, string key, string label, List<PayloadLine> lines)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                var name = Label(property.Name);
                Flatten(property.Value, property.Name, label.Length == 0 ? name : $"{label} · {name}", lines);
            }

            return;
        }

        lines.Add(new PayloadLine(label.Length == 0 ? "内容" : label, Value(element, key)));
    }

    private static string Label(string key) => _labels.TryGetValue(key, out var label) ? label : AuditActions.FieldLabel(key) ?? key;

    private static string Value(JsonElement element, string key) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => "（空）",
        JsonValueKind.True => "是",
        JsonValueKind.False => "否",
        JsonValueKind.Number => element.GetRawText(),
        JsonValueKind.Array => element.GetArrayLength() == 0
            ? "（无）"
            : string.Join("、", element.EnumerateArray().Select(e => Value(e, key))),
        JsonValueKind.String => StringValue(element.GetString() ?? "", key),
        _ => element.GetRawText(),
    };

    private static string StringValue(string value, string key)
    {
        if (key.Equals("roles", StringComparison.OrdinalIgnoreCase))
        {
            return Roles.ChineseName(value);
        }

        if (key.Equals("kind", StringComparison.OrdinalIgnoreCase) && Enum.TryParse<OrganizationKind>(value, out var kind))
        {
            return OrganizationKinds.ChineseName(kind);
        }

        if (key.Equals("unit", StringComparison.OrdinalIgnoreCase))
        {
            return UnitName(value);
        }

        if (key.Equals("channel", StringComparison.OrdinalIgnoreCase))
        {
            return value switch
            {
                "web" => "网页",
                "api" => "接口",
                "cli" => "命令行",
                _ => value,
            };
        }

        if (key.Equals("subjectType", StringComparison.OrdinalIgnoreCase))
        {
            return SubjectTypeName(value);
        }

        if (value.Length > 10 && value.Contains('T', StringComparison.Ordinal)
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return TimeWithSeconds(instant);
        }

        return value.Length == 0 ? "（空）" : value;
    }
}
