using System.Text.Json;
using System.Text.Json.Serialization;

namespace Weijian.Inspections;

/// <summary>
/// Child records of the inspection aggregates are stored as JSON text and replaced whole by their aggregate (the shape
/// of <c>Enforcement/PenaltyCases</c>): one serializer setting for all of them, enums as their code names.
/// </summary>
internal static class InspectionJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static IReadOnlyList<T> List<T>(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<T>>(json, Options) ?? [];

    public static string Write<T>(IEnumerable<T> items) => JsonSerializer.Serialize(items.ToList(), Options);
}
