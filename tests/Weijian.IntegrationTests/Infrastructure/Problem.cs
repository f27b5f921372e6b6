using System.Net;
using System.Text.Json;

namespace Weijian.IntegrationTests.Infrastructure;

/// <summary>Reads an RFC 9457 problem-details response.</summary>
public sealed record Problem(HttpStatusCode Status, string Code, string Title, IReadOnlyList<string> Fields, string ContentType)
{
    public static async Task<Problem> ReadAsync(HttpResponseMessage response)
    {
        var json = await response.Content.ReadAsStringAsync();
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var fields = root.TryGetProperty("fields", out var f) ? f.EnumerateArray().Select(e => e.GetString()!).ToList() : [];
        return new Problem(
            response.StatusCode,
            root.TryGetProperty("code", out var c) ? c.GetString()! : "",
            root.TryGetProperty("title", out var t) ? t.GetString()! : "",
            fields,
            response.Content.Headers.ContentType?.MediaType ?? "");
    }
}
