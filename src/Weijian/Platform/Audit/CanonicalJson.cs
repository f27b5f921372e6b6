using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Weijian.Platform.Audit;

/// <summary>
/// Canonical JSON for hashing (after RFC 8785 JCS): object members sorted by the UTF-16 code units of their
/// names, no insignificant whitespace, strings escaped minimally (only '"', '\\' and control characters; other
/// characters — Chinese included — as UTF-8), integers in plain decimal, other numbers in the shortest
/// round-trip form. The same logical value always gives the same bytes, so a hash over it is reproducible by
/// anyone holding the entry (DESIGN principle 3).
/// </summary>
public static class CanonicalJson
{
    private static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web);

    public static string Serialize(JsonNode? node)
    {
        var sb = new StringBuilder();
        Write(sb, node);
        return sb.ToString();
    }

    /// <summary>Serialises any object with web (camelCase) naming, then canonicalises it.</summary>
    public static string FromObject(object? value) =>
        Serialize(value is JsonNode node ? node : JsonSerializer.SerializeToNode(value, SerializerOptions));

    public static string Canonicalize(string json) => Serialize(JsonNode.Parse(json));

    private static void Write(StringBuilder sb, JsonNode? node)
    {
        switch (node)
        {
            case null:
                sb.Append("null");
                break;
            case JsonObject obj:
                sb.Append('{');
                var first = true;
                foreach (var (name, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    if (!first)
                    {
                        sb.Append(',');
                    }

                    first = false;
                    WriteString(sb, name);
                    sb.Append(':');
                    Write(sb, value);
                }

                sb.Append('}');
                break;
            case JsonArray array:
                sb.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(',');
                    }

                    Write(sb, array[i]);
                }

                sb.Append(']');
                break;
            case JsonValue value:
                WriteValue(sb, value);
                break;
        }
    }

    private static void WriteValue(StringBuilder sb, JsonValue value)
    {
        var element = value.TryGetValue<JsonElement>(out var parsed) ? parsed : JsonSerializer.SerializeToElement(value);
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                WriteString(sb, element.GetString()!);
                break;
            case JsonValueKind.True:
                sb.Append("true");
                break;
            case JsonValueKind.False:
                sb.Append("false");
                break;
            case JsonValueKind.Null:
                sb.Append("null");
                break;
            case JsonValueKind.Number:
                if (element.TryGetInt64(out var integer))
                {
                    sb.Append(integer.ToString(CultureInfo.InvariantCulture));
                }
                else if (element.TryGetDecimal(out var dec) && dec == decimal.Truncate(dec) && Math.Abs(dec) < 1e15m)
                {
                    sb.Append(decimal.Truncate(dec).ToString(CultureInfo.InvariantCulture));
                }
                else
                {
                    sb.Append(element.GetDouble().ToString("R", CultureInfo.InvariantCulture));
                }

                break;
            default:
                throw new InvalidOperationException($"Unexpected JSON value kind {element.ValueKind}");
        }
    }

    private static void WriteString(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"':
                    sb.Append("\\\"");
                    break;
                case '\\':
                    sb.Append("\\\\");
                    break;
                case '\b':
                    sb.Append("\\b");
                    break;
                case '\f':
                    sb.Append("\\f");
                    break;
                case '\n':
                    sb.Append("\\n");
                    break;
                case '\r':
                    sb.Append("\\r");
                    break;
                case '\t':
                    sb.Append("\\t");
                    break;
                default:
                    if (c < 0x20)
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('"');
    }
}
