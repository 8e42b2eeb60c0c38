using System.Net;
using System.Text.Json.Nodes;
using Migrationsverwaltung.Api.Tests.Cases;
using Migrationsverwaltung.Api.Tests.Http;
using Migrationsverwaltung.Api.Views.Backlog;

namespace Migrationsverwaltung.Api.Tests.Views.Backlog;

/// <summary>The age buckets on pinned days: each boundary day on both sides, and the same rows a day later without a new event.</summary>
public sealed class BacklogAgeBucketTests : ViewsTestBase
{
    [Test]
    public async Task Given_cases_received_on_the_boundary_days_When_the_summary_is_read_today_and_tomorrow_Then_each_falls_in_its_bucket()
    {
        var stories = new ViewStories(Services, Clock);
        var today = PinnedToday; // 2026-09-30; three months earlier: 2026-06-30
        foreach (var age in new[] { 0, 13, 14, 41, 42 })
        {
            await stories.ReceivedAsync("AE_28", today.AddDays(-age));
        }
        await stories.ReceivedAsync("AE_28", new DateOnly(2026, 7, 1)); // one day short of 3 months
        await stories.ReceivedAsync("AE_28", new DateOnly(2026, 6, 30)); // exactly 3 months
        await stories.ReceivedAsync("AE_16B", new DateOnly(2026, 5, 2));
        await WaitForAsyncProjectionsAsync(BacklogProjection.ProjectionName);
        var lead = await TeamLeadAsync();

        var summary = await SummaryAsync(lead);
        Assert.That(summary["asOf"]!.GetValue<string>(), Is.EqualTo("2026-09-30"));
        Assert.That(Buckets(summary), Is.EqualTo(new[] { 2, 2, 2, 2 }), "0,13 | 14,41 | 42,2026-07-01 | 2026-06-30,2026-05-02");
        Assert.That(summary["totalOpen"]!.GetValue<int>(), Is.EqualTo(8));

        Clock.SetDay(today.AddDays(1));
        var tomorrow = await SummaryAsync(lead);
        Assert.That(tomorrow["asOf"]!.GetValue<string>(), Is.EqualTo("2026-10-01"));
        Assert.That(Buckets(tomorrow), Is.EqualTo(new[] { 1, 2, 2, 3 }), "13→14 days, 41→42 days and 2026-07-01 reaches 3 months");

        var rows = tomorrow["rows"]!.AsArray().Select(r => (r!["titleCode"]!.GetValue<string>(), r["status"]!.GetValue<string>(), r["ageBucket"]!.GetValue<string>(), r["count"]!.GetValue<int>())).ToList();
        Assert.That(rows, Does.Contain(("AE_16B", "Registered", AgeBuckets.OverThreeMonths, 1)));
        Assert.That(rows, Does.Contain(("AE_28", "Registered", AgeBuckets.OverThreeMonths, 2)));
        Assert.That(tomorrow["byTeam"]!.AsArray().Single()!["teamId"]!.GetValue<Guid>(), Is.EqualTo(CaseDriver.Team));
    }

    [Test]
    public async Task A_team_filter_narrows_the_summary_and_a_bad_team_id_is_a_400()
    {
        var lead = await TeamLeadAsync();

        using var otherResponse = await lead.GetAsync($"/api/v1/backlog?teamId={OtherTeam}");
        Assert.That(otherResponse.StatusCode, Is.EqualTo(HttpStatusCode.OK), await otherResponse.Content.ReadAsStringAsync());
        var other = await otherResponse.JsonAsync();
        using var bad = await lead.GetAsync("/api/v1/backlog?teamId=team-1");

        Assert.That(other["totalOpen"]!.GetValue<int>(), Is.Zero);
        Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await bad.JsonAsync())["errors"]!["teamId"]![0]!.GetValue<string>(), Does.Contain("UUID"));
    }

    [Test]
    public async Task Office_wide_the_rows_come_when_asked_for_a_team_by_default_and_a_bad_flag_is_a_400()
    {
        await new ViewStories(Services, Clock).ReceivedAsync("AE_28", PinnedToday.AddDays(-3));
        await WaitForAsyncProjectionsAsync(BacklogProjection.ProjectionName);
        var lead = await TeamLeadAsync();

        var officeWide = await JsonOfAsync(lead, "/api/v1/backlog");
        var officeWideRows = await JsonOfAsync(lead, "/api/v1/backlog?rows=true");
        var team = await JsonOfAsync(lead, $"/api/v1/backlog?teamId={CaseDriver.Team}");
        var teamTotals = await JsonOfAsync(lead, $"/api/v1/backlog?teamId={CaseDriver.Team}&rows=false");
        using var bad = await lead.GetAsync("/api/v1/backlog?rows=yes");

        Assert.Multiple(async () =>
        {
            Assert.That(officeWide["rows"], Is.Null, "office-wide: totals by team and bucket only");
            Assert.That(officeWide["totalOpen"]!.GetValue<int>(), Is.EqualTo(officeWideRows["totalOpen"]!.GetValue<int>()).And.GreaterThan(0));
            Assert.That(officeWideRows["rows"]!.AsArray().Sum(r => r!["count"]!.GetValue<int>()), Is.EqualTo(officeWide["totalOpen"]!.GetValue<int>()));
            Assert.That(team["rows"]!.AsArray(), Is.Not.Empty, "a team's summary has its rows");
            Assert.That(teamTotals["rows"], Is.Null);
            Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await bad.Content.ReadAsStringAsync(), Does.Contain("true oder false"));
        });
    }

    [Test]
    public async Task The_whole_cube_goes_gzip_compressed_to_a_client_that_accepts_it_and_reads_the_same()
    {
        await new ViewStories(Services, Clock).ReceivedAsync("AE_28", PinnedToday.AddDays(-3));
        await WaitForAsyncProjectionsAsync(BacklogProjection.ProjectionName);
        var lead = await TeamLeadAsync();
        var plain = await JsonOfAsync(lead, "/api/v1/backlog?rows=true");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/backlog?rows=true");
        request.Headers.AcceptEncoding.ParseAdd("gzip, br;q=0.5");
        using var compressed = await lead.SendAsync(request);
        var bytes = await compressed.Content.ReadAsByteArrayAsync();
        using var refused = new HttpRequestMessage(HttpMethod.Get, "/api/v1/backlog?rows=true");
        refused.Headers.AcceptEncoding.ParseAdd("gzip;q=0");
        using var uncompressed = await lead.SendAsync(refused);

        Assert.That(compressed.Content.Headers.ContentEncoding, Is.EqualTo(new[] { "gzip" }));
        Assert.That(compressed.Headers.Vary, Does.Contain("Accept-Encoding"));
        await using var gunzip = new System.IO.Compression.GZipStream(new MemoryStream(bytes), System.IO.Compression.CompressionMode.Decompress);
        var inflated = System.Text.Json.Nodes.JsonNode.Parse(gunzip)!.AsObject();
        Assert.That(System.Text.Json.Nodes.JsonNode.DeepEquals(inflated, plain), Is.True, "the same answer, compressed");
        Assert.That(uncompressed.Content.Headers.ContentEncoding, Is.Empty, "q=0 refuses gzip");
    }

    private static async Task<JsonObject> JsonOfAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    private static int[] Buckets(JsonObject summary) =>
        AgeBuckets.All.Select(b => summary["byAgeBucket"]![b.Key]!.GetValue<int>()).ToArray();

    private static async Task<JsonObject> SummaryAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/api/v1/backlog?rows=true");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }
}
