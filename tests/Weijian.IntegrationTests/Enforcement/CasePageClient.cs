using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Weijian.IntegrationTests.Infrastructure;
using Weijian.Registry.Entities;

namespace Weijian.IntegrationTests.Enforcement;

/// <summary>
/// What the penalty-case page tests share: a cookie-signed-in browser-like client (pages use the sign-in cookie), the
/// antiforgery token of a form, and arranging a party and a case through the public API.
/// </summary>
internal static partial class CasePageClient
{
    public static async Task<HttpClient> SignInAsync(ServerFixture server, string userName)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = server.BaseAddress };
        var page = await client.GetStringAsync("Account/Login");
        var response = await client.PostAsync("Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = ServerFixture.Password,
            ["__RequestVerificationToken"] = Token(page),
        }));
        response.EnsureSuccessStatusCode();
        return client;
    }

    public static string Token(string html) => TokenPattern().Match(html).Groups[1].Value;

    /// <summary>The labels of the action buttons on a case page, in order (empty when the page offers none).</summary>
    public static IReadOnlyList<string> ActionLabels(string html)
    {
        var nav = ActionBar().Match(html);
        return nav.Success ? [.. ActionLink().Matches(nav.Groups[1].Value).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value).Trim())] : [];
    }

    /// <summary>A new organisation (a hotel) in the signed-in user's register, so each test has its own party.</summary>
    public static async Task<Guid> NewPartyAsync(HttpClient api, string first16, string name)
    {
        var response = await api.PostAsJsonAsync("api/v1/entities", new
        {
            partyKind = "单位",
            name,
            creditCode = CreditCode.Complete(first16 + "X"),
            legalRepresentative = "周建华",
            address = "永州市冷水滩区凤凰路28号",
            regionCode = "431103",
            specialty = "公共场所",
            subType = "宾馆",
        });
        return await IdAsync(response);
    }

    public static async Task<Guid> RegisterAsync(HttpClient api, Guid entityId, string cause)
    {
        var response = await api.PostAsJsonAsync("api/v1/cases", new
        {
            entityId,
            source = "Inspection",
            cause,
            summary = "日常监督检查发现该单位未按规定对公共用品用具进行清洗消毒。",
            actDate = Weijian.Platform.Calendar.ChinaClock.Today(TimeProvider.System).AddDays(-20),
        });
        return await IdAsync(response);
    }

    /// <summary>The officer-register ids of the given demo accounts (the handlers for 立案 and on-site acts).</summary>
    public static async Task<IReadOnlyList<Guid>> OfficerIdsAsync(HttpClient api, params string[] userNames)
    {
        using var doc = JsonDocument.Parse(await api.GetStringAsync("api/v1/officers?pageSize=100"));
        var byUser = doc.RootElement.GetProperty("items").EnumerateArray()
            .Where(o => o.GetProperty("userName").ValueKind == JsonValueKind.String)
            .ToDictionary(o => o.GetProperty("userName").GetString()!, o => o.GetProperty("id").GetGuid());
        return [.. userNames.Select(u => byUser[u])];
    }

    public static async Task ActAsync(HttpClient api, Guid caseId, string action, object body)
    {
        var response = await api.PostAsJsonAsync($"api/v1/cases/{caseId}/actions/{action}", body);
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
    }

    private static async Task<Guid> IdAsync(HttpResponseMessage response)
    {
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.GetProperty("id").GetGuid();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<nav class=\"case-actions\"[^>]*>(.*?)</nav>", RegexOptions.Singleline)]
    private static partial Regex ActionBar();

    [GeneratedRegex("<a class=\"btn[^\"]*\" href=\"[^\"]*\">([^<]+)</a>")]
    private static partial Regex ActionLink();
}
