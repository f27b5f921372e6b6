using System.Text.Json;
using System.Text.Json.Serialization;

namespace Weijian.Platform.Persistence;

/// <summary>
/// Child records of an aggregate stored as JSON text and replaced whole by their aggregate (the shape of
/// <c>Enforcement/PenaltyCases</c>): one serializer setting for every module, enums as their code names, Chinese kept
/// readable in the column.
/// </summary>
public static class ChildRecordsJson
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
