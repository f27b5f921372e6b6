using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Weijian.IntegrationTests.Infrastructure;
using Weijian.Platform.Authorization;
using Weijian.Platform.Persistence;
using Weijian.Platform.Publication;

namespace Weijian.IntegrationTests.Browser;

/// <summary>
/// Acceptance item 5 of issue #7: an anonymous visitor opens the portal, finds a published penalty decision by searching
/// the party name, opens it, follows the verify link and sees the decision document verified (R-TRS-4). Skipped when
/// /usr/bin/chromium is absent, unless WEIJIAN_TEST_REQUIRE_BROWSER=1 (set by scripts/test).
/// </summary>
public sealed class PortalBrowserTests(SqliteServer server) : IClassFixture<SqliteServer>
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task A_visitor_finds_a_penalty_decision_by_party_name_and_verifies_its_document()
    {
        EnforcementDisclosure decision;
        await using (var scope = server.ScopeAs(Actor.System()))
        {
            var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
            var org = await db.Organizations.Where(o => o.Name == "永州市冷水滩区卫生健康局").Select(o => o.Id).SingleAsync();
            decision = await db.Set<EnforcementDisclosure>()
                .Where(d => d.OrganizationId == org && d.Kind == DisclosureKind.PenaltyDecision && d.PublishedOn != null && d.WithdrawnOn == null && d.DocumentId != null)
                .OrderByDescending(d => d.DecidedOn).FirstAsync();
        }

        await using var session = await LaunchAsync();
        var page = await session.Browser.NewPageAsync(new() { Locale = "zh-CN" });
        // Generous limits, not timing assertions: CI runs many servers on two cores at once.
        page.SetDefaultTimeout(120_000);
        await page.GotoAsync(new Uri(server.BaseAddress, "portal").ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = "永州市冷水滩区卫生健康局", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "执法决定公示", Exact = true }).First.ClickAsync();
        await page.GetByLabel("当事人或文号").FillAsync(decision.PartyName);
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = decision.DecisionNumber }).ClickAsync();
        (await page.Locator("body").InnerTextAsync()).ShouldContain(decision.PartyName);
        await page.GetByRole(AriaRole.Link, new() { Name = "核验决定书真伪" }).ClickAsync();
        await page.WaitForURLAsync($"**/verify/{decision.DocumentId}", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        var body = await page.Locator("body").InnerTextAsync();
        body.ShouldContain("本平台制发过此文书");
        body.ShouldContain(decision.DecisionNumber);
    }

    private static async Task<ChromiumSession> LaunchAsync()
    {
        if (!File.Exists(Chromium))
        {
            if (Environment.GetEnvironmentVariable("WEIJIAN_TEST_REQUIRE_BROWSER") == "1")
            {
                throw new InvalidOperationException("Chromium is required but " + Chromium + " is missing");
            }

            Assert.Skip("Debian's Chromium is not installed (scripts/test installs it)");
        }

        var playwright = await Playwright.CreateAsync();
        return new ChromiumSession(playwright, await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        }));
    }

    private sealed record ChromiumSession(IPlaywright Playwright, IBrowser Browser) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Browser.DisposeAsync();
            Playwright.Dispose();
        }
    }
}
