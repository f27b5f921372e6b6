using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Primitives;
using Weijian.Licensing.Applications;
using Weijian.Platform.Rules;

namespace Weijian.Web.Pages.Licensing.Applications;

/// <summary>What the application pages share: dates, badges and turning a posted action form into the action's command record.</summary>
public static class ApplicationDisplay
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly HashSet<string> ListFields = ["staff", "corrections"];

    private static readonly HashSet<string> BoolFields = ["commitmentSigned", "requested"];

    public static IReadOnlyList<(string Value, string Text)> StatusChoices { get; } =
        [("", "全部状态"), .. Enum.GetValues<ApplicationStatus>().Select(s => (s.ToString(), ApplicationNames.Of(s)))];

    public static string Date(DateOnly? date) => date is { } d ? Display.Date(d) : "—";

    public static string Percent(decimal? share) => share is { } s ? (s * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "—";

    public static string Badge(string status) => status switch
    {
        nameof(ApplicationStatus.Granted) => "badge-green",
        nameof(ApplicationStatus.Refused) or nameof(ApplicationStatus.NotAccepted) => "badge-red",
        nameof(ApplicationStatus.Withdrawn) => "badge-grey",
        _ => "badge-blue",
    };

    /// <summary>
    /// A posted action form as the action's command: camelCase field names as in the API body, <c>staff</c> and
    /// <c>corrections</c> as lists (one per line or repeated), <c>material:名称</c> as the checklist ticks, empty fields as null.
    /// </summary>
    public static object Command(ApplicationAction action, Guid id, IEnumerable<KeyValuePair<string, StringValues>> form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var body = new JsonObject { ["applicationId"] = id.ToString() };
        var materials = new JsonArray();
        foreach (var (key, values) in form)
        {
            if (key.StartsWith("__", StringComparison.Ordinal) || key == "act")
            {
                continue;
            }

            if (key.StartsWith("material:", StringComparison.Ordinal))
            {
                materials.Add(new JsonObject { ["name"] = key["material:".Length..], ["state"] = values.ToString() });
                continue;
            }

            if (ListFields.Contains(key))
            {
                var items = values.SelectMany(v => (v ?? "").Split('\n', '、', '，', ',')).Select(v => v.Trim()).Where(v => v.Length > 0);
                body[key] = new JsonArray([.. items.Select(v => (JsonNode)JsonValue.Create(v))]);
                continue;
            }

            var value = values.ToString().Trim();
            if (value.Length == 0)
            {
                continue;
            }

            body[key] = BoolFields.Contains(key) ? JsonValue.Create(value is "true" or "on") : JsonValue.Create(value);
        }

        if (materials.Count > 0)
        {
            body["materials"] = materials;
        }

        try
        {
            return body.Deserialize(ApplicationCommands.CommandType(action), Json)!;
        }
        catch (JsonException e)
        {
            throw Input.Invalid("validation.form", e.Path?.TrimStart('$', '.') ?? "form", "填写的内容格式不正确，请检查日期和选项");
        }
    }
}
