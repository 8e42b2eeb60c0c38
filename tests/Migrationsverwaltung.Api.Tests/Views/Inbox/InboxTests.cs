using System.Net;
using System.Text.Json.Nodes;
using Migrationsverwaltung.Api.Tests.Cases;
using Migrationsverwaltung.Api.Tests.Http;
using Migrationsverwaltung.Api.Views.Inbox;

namespace Migrationsverwaltung.Api.Tests.Views.Inbox;

/// <summary>The caseworker's inbox over the realistic mix: scope, urgency order, filters, keyset paging, bad input.</summary>
public sealed class InboxTests : ViewsTestBase
{
    private IReadOnlyList<CaseDriver> _mix = [];

    [OneTimeSetUp]
    public async Task DriveTheMix()
    {
        var stories = new ViewStories(Services, Clock);
        _mix = await stories.MixAsync();
        var person = await stories.PersonAsync("Al-Rashid", "Omar");
        await stories.ReceivedAsync("AE_28", PinnedToday.AddDays(-7), "sb-3", personId: person);
    }

    [Test]
    public async Task A_rebuild_from_zero_equals_the_inline_built_tables()
    {
        var tables = new[] { "views.inbox_fold", InboxProjection.Cases, InboxProjection.Directory, InboxProjection.Names };
        var before = await SnapshotAsync(tables);
        Assert.That(before[InboxProjection.Directory], Has.Count.GreaterThanOrEqualTo(14));
        Assert.That(before[InboxProjection.Names], Is.Not.Empty);

        await RebuildInlineProjectionAsync(InboxProjection.ProjectionName);

        Assert.That(await SnapshotAsync(tables), Is.EqualTo(before));
    }

    [Test]
    public async Task Given_the_mix_When_sb1_reads_the_inbox_Then_it_holds_their_open_cases_and_the_team_pool_most_urgent_first()
    {
        var page = await PageAsync(await CaseworkerAsync(), "limit=100");

        var items = Items(page);
        Assert.That(items, Is.Not.Empty);
        Assert.That(items.All(i => i["caseworker"] is null || i["caseworker"]!.GetValue<string>() == "sb-1"), Is.True, "mine or unassigned");
        Assert.That(items.Where(i => i["caseworker"] is null).All(i => i["teamId"]!.GetValue<Guid>() == CaseDriver.Team), Is.True, "the pool of my team only");
        var due = items.Select(i => i["nextDeadline"]?["lastDay"]?.GetValue<string>() ?? "9999-12-31").ToList();
        Assert.That(due, Is.Ordered.Using<string>(StringComparer.Ordinal), "earliest last day first, no timer last");
        Assert.That(items[0]["deadlineState"]!.GetValue<string>(), Is.EqualTo(DeadlineStates.Overdue), "overdue on top");
        var statuses = items.Select(i => i["status"]!.GetValue<string>()).ToList();
        Assert.That(statuses, Does.Not.Contain("Closed").And.Not.Contain("Withdrawn"));
        Assert.That(items.Select(i => i["caseId"]!.GetValue<Guid>()), Does.Not.Contain(_mix[^1].CaseId), "moved to the other team");
        Assert.That(page["nextCursor"], Is.Null);
    }

    [Test]
    public async Task A_case_assigned_to_me_is_in_my_inbox_at_once_without_waiting_for_a_daemon()
    {
        var stories = new ViewStories(Services, Clock);
        var fresh = await stories.ReceivedAsync("AE_28", PinnedToday, caseworker: "sb-9");

        var page = await PageAsync(await CaseworkerAsync("sb-9"), "scope=mine");

        Assert.That(Items(page).Select(i => i["caseId"]!.GetValue<Guid>()), Is.EqualTo(new[] { fresh.CaseId }));
        Assert.That(Items(page)[0]["nextDeadline"]!["kind"]!.GetValue<string>(), Is.EqualTo("InactionLawsuitRisk"));
    }

    [Test]
    public async Task Pages_of_two_walk_the_whole_inbox_without_repeats_or_gaps_also_when_a_case_arrives_in_between()
    {
        var client = await CaseworkerAsync();
        var all = Items(await PageAsync(client, "limit=100")).Select(i => i["caseId"]!.GetValue<Guid>()).ToList();
        Assert.That(all, Has.Count.GreaterThan(4));

        var walked = new List<Guid>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await PageAsync(client, "limit=2" + (cursor is null ? "" : $"&cursor={cursor}"));
            walked.AddRange(Items(page).Select(i => i["caseId"]!.GetValue<Guid>()));
            cursor = page["nextCursor"]?.GetValue<string>();
            if (pages++ == 0)
            {
                // Received today, so its § 75 timer ends after everything already listed on the first page.
                await new ViewStories(Services, Clock).ReceivedAsync("AE_28", PinnedToday.AddDays(-1), caseworker: "sb-1");
            }
        }
        while (cursor is not null && pages < 50);

        Assert.That(walked, Is.Unique);
        Assert.That(all.Except(walked), Is.Empty, "no case that stayed put was skipped");
        Assert.That(walked, Has.Count.EqualTo(all.Count + 1), "the new case comes on a later page");
    }

    [TestCase("deadlineState=overdue", DeadlineStates.Overdue)]
    [TestCase("deadlineState=warning", DeadlineStates.Warning)]
    [TestCase("deadlineState=ok", DeadlineStates.Ok)]
    public async Task The_deadline_state_filter_keeps_only_cases_in_that_state_today(string filter, string state)
    {
        var all = Items(await PageAsync(await CaseworkerAsync(), "limit=100"));
        var filtered = Items(await PageAsync(await CaseworkerAsync(), $"limit=100&{filter}"));

        Assert.That(filtered.Select(i => i["deadlineState"]!.GetValue<string>()), Is.All.EqualTo(state));
        Assert.That(filtered, Has.Count.EqualTo(all.Count(i => i["deadlineState"]!.GetValue<string>() == state)));
    }

    [Test]
    public async Task Status_title_and_date_of_receipt_filters_combine()
    {
        var client = await CaseworkerAsync();
        var all = Items(await PageAsync(client, "limit=100"));

        var registered = Items(await PageAsync(client, "limit=100&status=Registered&status=HearingPending"));
        var studies = Items(await PageAsync(client, "limit=100&titleCode=AE_16B"));
        var window = Items(await PageAsync(client, $"limit=100&receivedFrom={PinnedToday.AddDays(-31):yyyy-MM-dd}&receivedTo={PinnedToday.AddDays(-13):yyyy-MM-dd}"));

        Assert.That(registered.Select(i => i["status"]!.GetValue<string>()).Distinct(), Is.EquivalentTo(new[] { "Registered", "HearingPending" }));
        Assert.That(studies, Is.Not.Empty);
        Assert.That(studies.Select(i => i["titleCode"]!.GetValue<string>()), Is.All.EqualTo("AE_16B"));
        Assert.That(window, Is.Not.Empty);
        Assert.That(window.Select(i => DateOnly.Parse(i["receivedOn"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)),
            Is.All.InRange(PinnedToday.AddDays(-31), PinnedToday.AddDays(-13)));
        Assert.That(window, Has.Count.LessThan(all.Count));
    }

    [TestCase("cursor=nonsense", "cursor")]
    [TestCase("cursor=djF8MjAyNi0xMy0wMXx4", "cursor")]
    [TestCase("limit=0", "limit")]
    [TestCase("limit=101", "limit")]
    [TestCase("limit=ten", "limit")]
    [TestCase("status=Closed", "status[0]")]
    [TestCase("status=3", "status[0]")]
    [TestCase("deadlineState=late", "deadlineState")]
    [TestCase("receivedFrom=2026-02-30", "receivedFrom")]
    [TestCase("receivedFrom=2026-09-01&receivedTo=2026-08-01", "receivedTo")]
    [TestCase("scope=everyone", "scope")]
    [TestCase("titleCode=ae%2018b", "titleCode")]
    public async Task A_bad_filter_or_cursor_is_a_400_naming_the_parameter(string query, string field)
    {
        using var response = await (await CaseworkerAsync()).GetAsync($"/api/v1/inbox?{query}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That((await response.JsonAsync())["errors"]!.AsObject().Select(e => e.Key), Does.Contain(field));
    }

    private static List<JsonNode> Items(JsonObject page) => page["items"]!.AsArray().Select(i => i!).ToList();

    private static async Task<JsonObject> PageAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync($"/api/v1/inbox?{query}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }
}
