using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Weijian.Platform.Rules;

namespace Weijian.Inspections.Draws;

/// <summary>
/// The published form of a <see cref="DrawRecord"/> (docs/draw-protocol.md §6): indented UTF-8 JSON with a fixed
/// property order, Chinese texts unescaped, reason codes with their Chinese texts. Reading accepts only that shape.
/// </summary>
public static class DrawRecordJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(DrawRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("protocol", DrawProtocol.Version);
            WriteInput(w, record.Input);
            w.WriteStartObject("commitment");
            w.WriteString("commitmentHash", record.Commitment.CommitmentHash);
            w.WriteString("candidatesHash", record.Commitment.CandidatesHash);
            w.WriteString("officersHash", record.Commitment.OfficersHash);
            w.WriteEndObject();
            w.WriteStartArray("seedInputs");
            foreach (var s in record.SeedInputs)
            {
                w.WriteStartObject();
                w.WriteString("name", s.Name);
                w.WriteString("value", s.Value);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteString("seed", record.Seed);
            w.WriteStartArray("selections");
            foreach (var s in record.Selections)
            {
                w.WriteStartObject();
                w.WriteString("stratum", s.Stratum);
                w.WriteStartArray("selected");
                foreach (var t in s.Selected)
                {
                    w.WriteStartObject();
                    w.WriteNumber("rank", t.Rank);
                    w.WriteString("entityId", t.EntityId);
                    w.WriteString("ticket", t.Ticket);
                    w.WriteStartArray("officers");
                    foreach (var o in t.Officers)
                    {
                        w.WriteStringValue(o);
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("understaffed");
            foreach (var u in record.Understaffed)
            {
                w.WriteStartObject();
                w.WriteString("stratum", u.Stratum);
                w.WriteString("entityId", u.EntityId);
                w.WriteString("reason", DrawReasons.Code(u.Reason));
                w.WriteString("reasonText", DrawReasons.Text(u.Reason));
                w.WriteNumber("eligibleFound", u.EligibleFound);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("skips");
            foreach (var s in record.Skips)
            {
                w.WriteStartObject();
                w.WriteString("entityId", s.EntityId);
                w.WriteString("officerId", s.OfficerId);
                w.WriteString("reason", DrawReasons.Code(s.Reason));
                w.WriteString("reasonText", DrawReasons.Text(s.Reason));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteString("salt", record.Salt);
            w.WriteString("selectionHash", record.SelectionHash);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    public static DrawRecord Read(string json)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json ?? throw Bad("内容为空"));
        }
        catch (JsonException e)
        {
            throw Bad($"不是有效的 JSON（第 {e.LineNumber + 1} 行）");
        }

        using (doc)
        {
            var root = new Node(doc.RootElement, "");
            if (root.Str("protocol") != DrawProtocol.Version)
            {
                throw Bad($"protocol 应为 {DrawProtocol.Version}");
            }

            var input = ReadInput(root.Obj("input"));
            var c = root.Obj("commitment");
            var commitment = new DrawCommitment(
                input.Task, input.WorkloadCap, input.MinOfficers, input.Strata, input.Exclusions, input.SeedInputNames,
                c.Str("candidatesHash"), c.Str("officersHash"), c.Str("commitmentHash"));
            var seedInputs = root.Array("seedInputs", n => new SeedInput(n.Str("name"), n.Str("value")));
            var selections = root.Array("selections", s => new DrawStratumSelection(
                s.Str("stratum"),
                s.Array("selected", t => new DrawSelected(t.Int("rank"), t.Id("entityId"), t.Str("ticket"), t.Array("officers", o => o.AsId())))));
            var understaffed = root.Array("understaffed", u => new DrawUnderstaffed(
                u.Str("stratum"),
                u.Id("entityId"),
                DrawReasons.ParseShortfall(u.Str("reason")) ?? throw Bad($"{u.Path}.reason 不是已知的原因代码"),
                u.Int("eligibleFound")));
            var skips = root.Array("skips", s => new DrawSkip(
                s.Id("entityId"),
                s.Id("officerId"),
                DrawReasons.ParseSkip(s.Str("reason")) ?? throw Bad($"{s.Path}.reason 不是已知的原因代码")));
            return new DrawRecord(input, commitment, seedInputs, root.Str("seed"), selections, understaffed, skips, root.Str("salt"), root.Str("selectionHash"));
        }
    }

    private static void WriteInput(Utf8JsonWriter w, DrawInput input)
    {
        w.WriteStartObject("input");
        w.WriteStartObject("task");
        w.WriteString("taskId", input.Task.TaskId);
        w.WriteNumber("round", input.Task.Round);
        w.WriteString("title", input.Task.Title);
        w.WriteString("plannedDate", Date(input.Task.PlannedDate));
        w.WriteEndObject();
        w.WriteNumber("workloadCap", input.WorkloadCap);
        w.WriteNumber("minOfficers", input.MinOfficers);
        w.WriteStartArray("strata");
        foreach (var s in input.Strata)
        {
            w.WriteStartObject();
            w.WriteString("label", s.Label);
            w.WriteString("specialty", s.Specialty);
            w.WriteNumber("quota", s.Quota);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("exclusions");
        foreach (var e in input.Exclusions)
        {
            w.WriteStartObject();
            w.WriteString("entityId", e.EntityId);
            w.WriteString("reason", e.Reason);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("seedInputNames");
        foreach (var n in input.SeedInputNames)
        {
            w.WriteStringValue(n);
        }

        w.WriteEndArray();
        w.WriteStartArray("officers");
        foreach (var o in input.Officers)
        {
            w.WriteStartObject();
            w.WriteString("officerId", o.OfficerId);
            WriteOptionalDate(w, "credentialValidFrom", o.CredentialValidFrom);
            WriteOptionalDate(w, "credentialValidUntil", o.CredentialValidUntil);
            w.WriteBoolean("statusValid", o.StatusValid);
            w.WriteStartArray("specialties");
            foreach (var s in o.Specialties)
            {
                w.WriteStringValue(s);
            }

            w.WriteEndArray();
            w.WriteStartArray("conflictedEntityIds");
            foreach (var id in o.ConflictedEntityIds)
            {
                w.WriteStringValue(id);
            }

            w.WriteEndArray();
            w.WriteNumber("existingWorkload", o.ExistingWorkload);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("candidates");
        foreach (var c in input.Candidates)
        {
            w.WriteStartObject();
            w.WriteString("entityId", c.EntityId);
            w.WriteString("stratum", c.Stratum);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static DrawInput ReadInput(Node n)
    {
        var t = n.Obj("task");
        var task = new DrawTask(t.Id("taskId"), t.Int("round"), t.Str("title"), t.Date("plannedDate"));
        return new DrawInput(
            task,
            n.Array("strata", s => new DrawStratum(s.Str("label"), s.Str("specialty"), s.Int("quota"))),
            n.Array("candidates", c => new DrawCandidate(c.Id("entityId"), c.Str("stratum"))),
            n.Array("exclusions", e => new DrawExclusion(e.Id("entityId"), e.Str("reason"))),
            n.Array("officers", o => new DrawOfficer(
                o.Id("officerId"),
                o.OptionalDate("credentialValidFrom"),
                o.OptionalDate("credentialValidUntil"),
                o.Bool("statusValid"),
                o.Array("specialties", s => s.AsStr()),
                o.Array("conflictedEntityIds", s => s.AsId()),
                o.Int("existingWorkload"))),
            n.Array("seedInputNames", s => s.AsStr()),
            n.Int("workloadCap"),
            n.Int("minOfficers"));
    }

    private static void WriteOptionalDate(Utf8JsonWriter w, string name, DateOnly? date)
    {
        if (date is { } d)
        {
            w.WriteString(name, Date(d));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DomainRuleException Bad(string message) => new("draw.record-invalid", "抽取记录格式错误：" + message);

    /// <summary>A JSON element with its path, so that every format error names where it is.</summary>
    private readonly record struct Node(JsonElement Element, string Path)
    {
        public Node Obj(string name)
        {
            var p = Child(name);
            return p.Element.ValueKind == JsonValueKind.Object ? p : throw Bad($"{p.Path} 应为对象");
        }

        public string Str(string name) => Child(name).AsStr();

        public int Int(string name)
        {
            var p = Child(name);
            return p.Element.ValueKind == JsonValueKind.Number && p.Element.TryGetInt32(out var v) ? v : throw Bad($"{p.Path} 应为整数");
        }

        public bool Bool(string name)
        {
            var p = Child(name);
            return p.Element.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw Bad($"{p.Path} 应为 true 或 false"),
            };
        }

        public Guid Id(string name) => Child(name).AsId();

        public DateOnly Date(string name) => Child(name).AsDate();

        public DateOnly? OptionalDate(string name)
        {
            var p = Child(name);
            return p.Element.ValueKind == JsonValueKind.Null ? null : p.AsDate();
        }

        public List<T> Array<T>(string name, Func<Node, T> read)
        {
            var p = Child(name);
            if (p.Element.ValueKind != JsonValueKind.Array)
            {
                throw Bad($"{p.Path} 应为数组");
            }

            var list = new List<T>(p.Element.GetArrayLength());
            var i = 0;
            foreach (var e in p.Element.EnumerateArray())
            {
                list.Add(read(new Node(e, $"{p.Path}[{i++}]")));
            }

            return list;
        }

        public string AsStr() =>
            Element.ValueKind == JsonValueKind.String ? Element.GetString()! : throw Bad($"{Path} 应为字符串");

        public Guid AsId() =>
            Guid.TryParseExact(AsStr(), "D", out var id) ? id : throw Bad($"{Path} 应为 GUID（xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx）");

        public DateOnly AsDate() =>
            DateOnly.TryParseExact(AsStr(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d
                : throw Bad($"{Path} 应为日期 yyyy-MM-dd");

        private Node Child(string name)
        {
            var path = Path.Length == 0 ? name : $"{Path}.{name}";
            if (Element.ValueKind != JsonValueKind.Object || !Element.TryGetProperty(name, out var value))
            {
                throw Bad($"缺少字段 {path}");
            }

            return new Node(value, path);
        }
    }
}
