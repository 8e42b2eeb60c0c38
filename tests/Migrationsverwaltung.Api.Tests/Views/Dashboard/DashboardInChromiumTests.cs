using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Migrationsverwaltung.Api.Tests.Auth;
using Migrationsverwaltung.Api.Tests.Cases;
using Migrationsverwaltung.Api.Tests.Deploy;
using Migrationsverwaltung.Api.Tests.Http;
using Migrationsverwaltung.Api.Views.Backlog;

namespace Migrationsverwaltung.Api.Tests.Views.Dashboard;

/// <summary>
/// The dashboard in a real headless Chromium against the app on a real Kestrel port (127.0.0.1, the clock pinned):
/// every number on the page, read from the rendered DOM, equals the backlog endpoints' answer; the screenshot is
/// kept in the test results (and as docs/dashboard.png).
/// </summary>
[Category("Browser")]
public sealed class DashboardInChromiumTests : ViewsTestBase
{
    internal override void BeforeStart(WebApplicationFactory<Program> app) => app.UseKestrel(0);

    private string BaseAddress => Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    [Test]
    public async Task Given_cases_of_two_teams_When_a_team_lead_opens_the_dashboard_in_Chromium_Then_every_number_equals_the_backlog_endpoints()
    {
        await DashboardSeed.SeedAsync(new ViewStories(Services, Clock));
        await DashboardBookings.SeedAsync(Database, PinnedToday, await DashboardBookings.CasesAsync(new ViewStories(Services, Clock)));
        await WaitForAsyncProjectionsAsync(BacklogProjection.ProjectionName);
        var lead = await TeamLeadAsync();
        var summary = await JsonAsync(lead, "/api/v1/backlog");
        var flow = await JsonAsync(lead, "/api/v1/backlog/flow");
        var risks = await JsonAsync(lead, "/api/v1/backlog/risks?limit=20");
        var workload = await JsonAsync(lead, "/api/v1/backlog/workload");
        var standard = await JsonAsync(lead, "/api/v1/backlog/service-standard");
        Assert.That(BaseAddress, Does.StartWith("http://127.0.0.1:"), "a real port the browser can reach");
        // The seed gives something to compare in every section: a test that compares empty pages proves nothing.
        Assert.That(summary["byTeam"]!.AsArray(), Has.Count.EqualTo(2));
        Assert.That(summary["totalOpen"]!.GetValue<int>(), Is.GreaterThan(10));
        Assert.That(flow["leadTimes"]!.AsArray(), Is.Not.Empty);
        Assert.That(risks["lists"]!.AsArray().Count(l => l!["total"]!.GetValue<int>() > 0), Is.GreaterThanOrEqualTo(3));

        await using var chromium = await Chromium.LaunchAsync();
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress,
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Authorization"] = lead.DefaultRequestHeaders.Authorization!.ToString() },
            ViewportSize = new ViewportSize { Width = 1100, Height = 900 },
            Locale = "de-DE",
        });
        var page = await context.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, message) => console.Add($"{message.Type}: {message.Text}");
        var response = await page.GotoAsync("/dashboard");

        Assert.That(response!.Status, Is.EqualTo(200), await response.TextAsync());
        Assert.That(await response.HeaderValueAsync("content-security-policy"), Does.Contain("style-src 'self'").And.Not.Contain("script-src"));
        Assert.That(console.Where(m => m.Contains("Content Security Policy", StringComparison.Ordinal)), Is.Empty, "nothing the CSP had to refuse");
        Assert.That(await page.Locator("script").CountAsync(), Is.Zero);
        Assert.That(await page.Locator("main").GetAttributeAsync("data-as-of"), Is.EqualTo(summary["asOf"]!.GetValue<string>()));
        Assert.That(await page.Locator("rect.bucket-3").First.EvaluateAsync<string>("e => getComputedStyle(e).fill"), Is.EqualTo("rgb(178, 24, 43)"),
            "the style sheet loaded under the CSP");
        Assert.That(await page.Locator("svg.chart").CountAsync(), Is.EqualTo(5));
        Assert.That(await page.Locator("table caption").CountAsync(), Is.GreaterThanOrEqualTo(5), "a table with a caption behind each chart");

        var ageTable = await CellsAsync(page, "table[data-table=age-by-team] td[data-bucket]");
        Assert.That(Counts(ageTable, "team", "bucket"), Is.EquivalentTo(ExpectedAgeCells(summary)));
        Assert.That(await page.Locator("table[data-table=age-by-team] tbody th").AllInnerTextsAsync(), Has.Some.Contains("Aufenthalt Nord"), "teams by the name they were formed with");
        var ageBars = await CellsAsync(page, "#rueckstand-chart rect[data-bucket]");
        Assert.That(Counts(ageBars, "team", "bucket"), Is.EquivalentTo(ExpectedAgeCells(summary).Where(c => c.Value > 0 && !c.Key.StartsWith("all|", StringComparison.Ordinal) && !c.Key.EndsWith("|total", StringComparison.Ordinal))));

        var flowTable = await CellsAsync(page, "table[data-table=weekly-flow] td[data-series]");
        Assert.That(Counts(flowTable, "week", "series"), Is.EquivalentTo(ExpectedFlowCells(flow)));
        var flowBars = await CellsAsync(page, "#durchsatz-chart rect[data-series]");
        Assert.That(Counts(flowBars, "week", "series"), Is.EquivalentTo(ExpectedFlowCells(flow)));

        var leadTable = await CellsAsync(page, "table[data-table=lead-times] td[data-measure]");
        Assert.That(leadTable.ToDictionary(c => $"{c["title"]}|{c["measure"]}", c => c["value"]), Is.EquivalentTo(ExpectedLeadTimeCells(flow)));
        Assert.That(leadTable.Where(c => c["value"] != "").Select(c => Number(c["text"])), Is.EqualTo(leadTable.Where(c => c["value"] != "").Select(c => double.Parse(c["value"], CultureInfo.InvariantCulture))),
            "the visible numbers are the data-* numbers");

        var riskTable = await CellsAsync(page, "table[data-table=risks] td[data-part]");
        Assert.That(Counts(riskTable, "risk", "part"), Is.EquivalentTo(ExpectedRiskCells(risks)));
        foreach (var list in risks["lists"]!.AsArray())
        {
            var key = list!["key"]!.GetValue<string>();
            var expected = list["cases"]!.AsArray().Select(c => c!["caseId"]!.GetValue<string>()).ToList();
            var rows = await CellsAsync(page, $"table[data-risk-cases={key}] tr[data-case]");
            Assert.That(rows.Select(r => r["case"]), Is.EqualTo(expected), key);
        }
        // The lead sees both teams' risks but opens only the own team's cases: only those are links.
        var linked = await CellsAsync(page, "table[data-risk-cases] tr[data-case]:has(a)");
        var unlinked = await CellsAsync(page, "table[data-risk-cases] tr[data-case]:not(:has(a))");
        Assert.That(linked.Select(r => r["team"]).Distinct(), Is.EqualTo(new[] { CaseDriver.Team.ToString() }));
        Assert.That(unlinked.Select(r => r["team"]).Distinct(), Is.EqualTo(new[] { OtherTeam.ToString() }));

        var workloadRows = await CellsAsync(page, "table[data-table=workload] td[data-measure]");
        Assert.That(workloadRows.Select(c => $"{c["measure"]}={c["count"]}"), Is.EqualTo(ExpectedWorkloadCells(workload)));

        var standardTable = await CellsAsync(page, "table[data-table=service-standard] td[data-measure]");
        Assert.That(standardTable.ToDictionary(c => $"{c["service"]}|{c["measure"]}", c => c["value"]), Is.EquivalentTo(ExpectedServiceStandardCells(standard)));
        var standardBars = await CellsAsync(page, "#servicestandard-chart rect[data-service]");
        Assert.That(standardBars.ToDictionary(c => c["service"], c => c["value"]),
            Is.EquivalentTo(ExpectedServiceStandardCells(standard).Where(c => c.Key.EndsWith("|shareWithin14Days", StringComparison.Ordinal) && c.Value != "")
                .ToDictionary(c => c.Key.Split('|')[0], c => c.Value)));
        var emergencyTable = await CellsAsync(page, "table[data-table=emergency] td[data-emergency]");
        Assert.That(emergencyTable.ToDictionary(c => c["emergency"], c => c["value"]), Is.EquivalentTo(ExpectedEmergencyCells(standard)));
        Assert.That(standard["services"]!.AsArray().Single(s => s!["service"]!.GetValue<string>() == "biometrics")!["appointments"]!.GetValue<int>(), Is.EqualTo(3),
            "the seeded bookings are on the page (the cancelled one does not count)");

        await SaveScreenshotAsync(page);

        // A risk links to its case; the browser follows it with the same token.
        var link = page.Locator("table[data-risk-cases] a").First;
        var caseId = await link.EvaluateAsync<string>("a => a.closest('tr').dataset.case");
        var caseResponse = await page.GotoAsync((await link.GetAttributeAsync("href"))!);
        Assert.That(caseResponse!.Status, Is.EqualTo(200));
        Assert.That((await caseResponse.JsonAsync())!.Value.GetProperty("caseId").GetString(), Is.EqualTo(caseId));
    }

    [Test]
    public async Task The_dashboard_is_for_team_leads_and_auditors_and_a_bad_team_id_is_a_400()
    {
        var caseworker = await CaseworkerAsync();
        var auditor = await ClientAsync("rev-1", "Revision");
        var lead = await TeamLeadAsync();

        using var forbidden = await caseworker.GetAsync("/dashboard");
        using var audit = await auditor.GetAsync("/dashboard");
        using var anonymous = await App.CreateClient().GetAsync("/dashboard");
        using var bad = await lead.GetAsync("/dashboard?teamId=<script>");
        using var narrowed = await lead.GetAsync($"/dashboard?teamId={OtherTeam}");
        using var css = await App.CreateClient().GetAsync("/dashboard/dashboard.css");

        Assert.That(forbidden.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(audit.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(audit.Content.Headers.ContentType!.ToString(), Is.EqualTo("text/html; charset=utf-8"));
        Assert.That(audit.Headers.CacheControl!.NoStore, Is.True);
        Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await bad.JsonAsync())["errors"]!["teamId"]![0]!.GetValue<string>(), Does.Contain("UUID"));
        Assert.That(await narrowed.Content.ReadAsStringAsync(), Does.Contain($"data-team-filter=\"{OtherTeam}\""));
        Assert.That(css.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(css.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/css"));
    }

    private static async Task<JsonObject> JsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), path);
        return await response.JsonAsync();
    }

    /// <summary>Per element: its data-* attributes (camelCase, as in element.dataset) and its visible text as "text".</summary>
    private static async Task<List<Dictionary<string, string>>> CellsAsync(IPage page, string selector) =>
        [.. await page.Locator(selector).EvaluateAllAsync<Dictionary<string, string>[]>(
            "elements => elements.map(e => Object.assign({ text: (e.tagName === 'rect' ? e.dataset.count : e.textContent.trim()) }, e.dataset))")];

    /// <summary>"a|b" → count, checking on the way that the visible number is the data-count.</summary>
    private static Dictionary<string, int> Counts(List<Dictionary<string, string>> cells, string first, string second)
    {
        foreach (var cell in cells)
        {
            Assert.That(Number(cell["text"]), Is.EqualTo(int.Parse(cell["count"], CultureInfo.InvariantCulture)), $"visible text of {cell[first]}|{cell[second]}");
        }
        return cells.ToDictionary(c => $"{c[first]}|{c[second]}", c => int.Parse(c["count"], CultureInfo.InvariantCulture));
    }

    /// <summary>A German number as shown on the page: "1.234", "40,5".</summary>
    private static double Number(string text) =>
        double.Parse(text.Replace(".", "", StringComparison.Ordinal).Replace(',', '.'), CultureInfo.InvariantCulture);

    private static Dictionary<string, int> ExpectedAgeCells(JsonObject summary)
    {
        var cells = new Dictionary<string, int>();
        foreach (var team in summary["byTeam"]!.AsArray())
        {
            var id = team!["teamId"]!.GetValue<string>();
            foreach (var (bucket, count) in team["byAgeBucket"]!.AsObject())
            {
                cells[$"{id}|{bucket}"] = count!.GetValue<int>();
            }
            cells[$"{id}|total"] = team["total"]!.GetValue<int>();
        }
        foreach (var (bucket, count) in summary["byAgeBucket"]!.AsObject())
        {
            cells[$"all|{bucket}"] = count!.GetValue<int>();
        }
        cells["all|total"] = summary["totalOpen"]!.GetValue<int>();
        return cells;
    }

    private static Dictionary<string, int> ExpectedFlowCells(JsonObject flow) =>
        flow["weeks"]!.AsArray().SelectMany(w => new[] { "new", "decided", "handedOver" }
                .Select(series => ($"{w!["weekStart"]!.GetValue<string>()}|{series}", w[series]!.GetValue<int>())))
            .ToDictionary(c => c.Item1, c => c.Item2);

    private static Dictionary<string, string> ExpectedLeadTimeCells(JsonObject flow)
    {
        var cells = new Dictionary<string, string>();
        foreach (var title in flow["leadTimes"]!.AsArray())
        {
            var code = title!["titleCode"]!.GetValue<string>();
            foreach (var stretch in new[] { "receivedToDecision", "decisionToHandover" })
            {
                var time = title[stretch];
                cells[$"{code}|{stretch}.count"] = time is null ? "0" : time["count"]!.GetValue<int>().ToString(CultureInfo.InvariantCulture);
                cells[$"{code}|{stretch}.medianDays"] = time is null ? "" : Invariant(time["medianDays"]!.GetValue<double>());
                cells[$"{code}|{stretch}.p90Days"] = time is null ? "" : Invariant(time["p90Days"]!.GetValue<double>());
            }
        }
        return cells;
    }

    private static string Invariant(double value) => Math.Round(value, 2).ToString(CultureInfo.InvariantCulture);

    private static Dictionary<string, int> ExpectedRiskCells(JsonObject risks) =>
        risks["lists"]!.AsArray().SelectMany(l => new[]
            {
                ($"{l!["key"]!.GetValue<string>()}|total", l["total"]!.GetValue<int>()),
                ($"{l["key"]!.GetValue<string>()}|overdue", l["overdue"]!.GetValue<int>()),
            })
            .ToDictionary(c => c.Item1, c => c.Item2);

    private static List<string> ExpectedWorkloadCells(JsonObject workload) =>
        [.. workload["caseworkers"]!.AsArray().SelectMany(c => new[] { "open", "dueThisWeek", "overdue" }.Select(m => $"{m}={c![m]!.GetValue<int>()}"))];

    /// <summary>Into this assembly's test results folder (kept by ./test.sh), attached to the test, and as docs/dashboard.png.</summary>
    private static Dictionary<string, string> ExpectedServiceStandardCells(JsonObject standard) =>
        standard["services"]!.AsArray().SelectMany(s => new[] { "appointments", "medianDays", "p90Days", "shareWithin14Days" }.Select(m =>
            KeyValuePair.Create($"{s!["service"]!.GetValue<string>()}|{m}", s[m] is { } value ? Invariant(value.GetValue<double>()) : ""))).ToDictionary();

    private static Dictionary<string, string> ExpectedEmergencyCells(JsonObject standard)
    {
        var emergency = standard["emergency"]!;
        return new[] { "lodged", "slotsGiven", "declined", "waiting", "shareWithinOneWorkingDay" }
            .ToDictionary(m => m, m => emergency[m] is { } value ? Invariant(value.GetValue<double>()) : "");
    }

    private static async Task SaveScreenshotAsync(IPage page)
    {
        var results = Environment.GetEnvironmentVariable("MIGRATIONSVERWALTUNG_TEST_RESULTS") is { Length: > 0 } root
            ? Path.Combine(root, "Migrationsverwaltung.Api.Tests")
            : TestContext.CurrentContext.WorkDirectory;
        Directory.CreateDirectory(results);
        var path = Path.Combine(results, "dashboard.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        TestContext.AddTestAttachment(path, "Das Dashboard in Chromium (Stand 30.09.2026, Testdaten)");
        File.Copy(path, Repository.File("docs", "dashboard.png"), overwrite: true);
        TestContext.Out.WriteLine($"SCREENSHOT {path}");
    }
}
