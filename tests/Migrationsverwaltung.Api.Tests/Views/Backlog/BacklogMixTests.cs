using System.Net;
using System.Text.Json.Nodes;
using Migrationsverwaltung.Api.Tests.Cases;
using Migrationsverwaltung.Api.Tests.Http;
using Migrationsverwaltung.Api.Views.Backlog;

namespace Migrationsverwaltung.Api.Tests.Views.Backlog;

/// <summary>Risks, workload, flow and lead times over the realistic mix (ViewStories.MixAsync), and the rebuild from zero.</summary>
public sealed class BacklogMixTests : ViewsTestBase
{
    private IReadOnlyList<CaseDriver> _mix = [];

    private CaseDriver Case(int index) => _mix[index];

    [OneTimeSetUp]
    public async Task DriveTheMix()
    {
        _mix = await new ViewStories(Services, Clock).MixAsync();
        await WaitForAsyncProjectionsAsync(BacklogProjection.ProjectionName);
    }

    [Test]
    public async Task A_rebuild_from_zero_equals_the_incrementally_built_tables()
    {
        var tables = new[] { "views.backlog_fold", BacklogProjection.OpenCases, BacklogProjection.Deadlines, BacklogProjection.Flow };
        var before = await SnapshotAsync(tables);
        Assert.That(before[BacklogProjection.OpenCases], Has.Count.EqualTo(11), "13 cases, one closed, one withdrawn");
        Assert.That(before[BacklogProjection.Flow], Has.Count.EqualTo(13));

        await RebuildAsyncProjectionAsync(BacklogProjection.ProjectionName);

        Assert.That(await SnapshotAsync(tables), Is.EqualTo(before));
    }

    [Test]
    public async Task Each_risk_list_names_the_cases_at_risk_today()
    {
        var risks = await GetAsync("/api/v1/backlog/risks");

        Assert.That(risks["lists"]!.AsArray().Select(l => l!["key"]!.GetValue<string>()), Is.EqualTo(RiskKinds.All.Select(r => r.Key)));
        Assert.That(Listed(risks, "inaction_lawsuit"), Is.EquivalentTo(new[] { Case(4).CaseId, Case(10).CaseId }), "undecided for 6 weeks or more");
        Assert.That(Listed(risks, "ba_consent_fiction_due"), Is.EqualTo(new[] { Case(3).CaseId }));
        Assert.That(Listed(risks, "documents_overdue"), Is.EqualTo(new[] { Case(2).CaseId }));
        Assert.That(Listed(risks, "hearing_overdue"), Is.EqualTo(new[] { Case(4).CaseId }));
        Assert.That(Listed(risks, "eat_production_overdue"), Is.EqualTo(new[] { Case(5).CaseId }));
        Assert.That(Listed(risks, "eat_not_collected"), Is.EqualTo(new[] { Case(6).CaseId }));
        Assert.That(Listed(risks, "fiktionsbescheinigung_expiring"), Is.EqualTo(new[] { Case(11).CaseId }));
        var inaction = List(risks, "inaction_lawsuit");
        Assert.That(inaction["total"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(inaction["cases"]![0]!["fileNumber"]!.GetValue<string>(), Does.StartWith("ABH-2026-"));
        Assert.That(List(risks, "ba_consent_fiction_due")["cases"]![0]!["state"]!.GetValue<string>(), Is.EqualTo("Warning"));
        var limited = await GetAsync("/api/v1/backlog/risks?limit=1");
        Assert.That(List(limited, "inaction_lawsuit")["cases"]!.AsArray(), Has.Count.EqualTo(1));
        Assert.That(List(limited, "inaction_lawsuit")["total"]!.GetValue<int>(), Is.EqualTo(2));
    }

    [Test]
    public async Task Workload_counts_open_due_this_week_and_overdue_per_caseworker_and_the_pool()
    {
        var workload = await GetAsync($"/api/v1/backlog/workload?teamId={CaseDriver.Team}");

        Assert.That(workload["weekEndsOn"]!.GetValue<string>(), Is.EqualTo("2026-10-04"));
        var rows = workload["caseworkers"]!.AsArray().ToDictionary(r => r!["caseworker"]?.GetValue<string>() ?? "(pool)", r => r!);
        Assert.That(rows.Keys, Is.EqualTo(new[] { "(pool)", "sb-1", "sb-2" }));
        Assert.That(Counts(rows["sb-1"]), Is.EqualTo((5, 2)), "two overdue: documents, hearing");
        Assert.That(Counts(rows["sb-2"]), Is.EqualTo((3, 2)), "production and parked overdue");
        Assert.That(Counts(rows["(pool)"]), Is.EqualTo((2, 1)), "pickup overdue");
        Assert.That(rows.Values.Select(r => r["dueThisWeek"]!.GetValue<int>()), Is.EqualTo(new[] { 0, 0, 1 }), "only the BA fiction ends this week (Thursday)");
    }

    [Test]
    public async Task Flow_counts_per_week_and_lead_times_per_title_over_12_weeks()
    {
        var flow = await GetAsync("/api/v1/backlog/flow");

        var weeks = flow["weeks"]!.AsArray();
        Assert.That(weeks, Has.Count.EqualTo(12));
        Assert.That(weeks[0]!["weekStart"]!.GetValue<string>(), Is.EqualTo("2026-07-13"));
        Assert.That(weeks[^1]!["weekStart"]!.GetValue<string>(), Is.EqualTo("2026-09-28"));
        Assert.That(Sum(weeks, "new"), Is.EqualTo(9), "received on or after 2026-07-13");
        Assert.That(Sum(weeks, "decided"), Is.EqualTo(3), "granted 50, 40 and 30 days ago; the one 80 days ago is outside");
        Assert.That(Sum(weeks, "handedOver"), Is.EqualTo(2));
        var leadTimes = flow["leadTimes"]!.AsArray().ToDictionary(t => t!["titleCode"]!.GetValue<string>(), t => t!);
        Assert.That(leadTimes["NE_9"]["receivedToDecision"]!["medianDays"]!.GetValue<double>(), Is.EqualTo(70));
        Assert.That(leadTimes["AE_28"]["receivedToDecision"]!["medianDays"]!.GetValue<double>(), Is.EqualTo(30));
        var handover = leadTimes["AE_28"]["decisionToHandover"]!;
        Assert.That((handover["count"]!.GetValue<int>(), handover["medianDays"]!.GetValue<double>(), handover["p90Days"]!.GetValue<double>()),
            Is.EqualTo((2, 28.5, 33.7)).Within(1e-9).Or.EqualTo((2, 28.5, 33.699999999999996)));
        Assert.That(leadTimes["NE_9"]["decisionToHandover"], Is.Null);
        Assert.That(Sum((await GetAsync($"/api/v1/backlog/flow?teamId={OtherTeam}&weeks=4"))["weeks"]!.AsArray(), "new"), Is.Zero,
            "the moved case was received in team 1's week; it counts for its team now, 40 days ago, outside 4 weeks");
    }

    [Test]
    public async Task The_summary_counts_each_open_case_once_by_team()
    {
        var summary = await GetAsync("/api/v1/backlog?rows=true");

        Assert.That(summary["totalOpen"]!.GetValue<int>(), Is.EqualTo(11));
        var teams = summary["byTeam"]!.AsArray().ToDictionary(t => t!["teamId"]!.GetValue<Guid>(), t => t!["total"]!.GetValue<int>());
        Assert.That(teams, Is.EquivalentTo(new Dictionary<Guid, int> { [CaseDriver.Team] = 10, [OtherTeam] = 1 }));
        Assert.That(summary["rows"]!.AsArray().Sum(r => r!["count"]!.GetValue<int>()), Is.EqualTo(11));
    }

    private static (int Open, int Overdue) Counts(JsonNode row) => (row["open"]!.GetValue<int>(), row["overdue"]!.GetValue<int>());

    private static int Sum(JsonArray weeks, string field) => weeks.Sum(w => w![field]!.GetValue<int>());

    private static JsonNode List(JsonObject risks, string key) => risks["lists"]!.AsArray().Single(l => l!["key"]!.GetValue<string>() == key)!;

    private static Guid[] Listed(JsonObject risks, string key) => List(risks, key)["cases"]!.AsArray().Select(c => c!["caseId"]!.GetValue<Guid>()).ToArray();

    private async Task<JsonObject> GetAsync(string path)
    {
        using var response = await (await TeamLeadAsync()).GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }
}
