using System.Net;
using System.Text.Json.Nodes;
using Migrationsverwaltung.Api.Cases.Intake;
using Migrationsverwaltung.Api.Tests.Cases;
using Migrationsverwaltung.Api.Tests.Http;
using Migrationsverwaltung.Api.Tests.Views.Dashboard;
using Migrationsverwaltung.Api.Views.Backlog;
using Migrationsverwaltung.Domain.Calendar;
using Migrationsverwaltung.Domain.Common;
using Npgsql;
using V = Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Api.Tests.Views.Backlog;

/// <summary>
/// Two immigration offices in one database: office A (the base's, teams "Team 1" and "Aufenthalt Nord") and office B
/// with one team. A team lead sees only their office's teams in every backlog answer and on the dashboard, a team of
/// the other office is a 403, an auditor sees both offices. The summary cache is on (and the clock pinned, so nothing
/// expires during the class): an answer for office A must never be served to office B.
/// </summary>
public sealed class BacklogOfficeScopeTests : ViewsTestBase
{
    private static readonly Guid OfficeB = Guid.Parse("0b0b0b0b-0000-0000-0000-00000000000b");
    private static readonly Guid TeamB = Guid.Parse("7e7e7e7e-0000-0000-0000-00000000000b");

    private readonly List<Guid> _casesA = [];
    private readonly List<Guid> _casesB = [];

    internal override string BacklogSummaryCacheMilliseconds => "600000";

    [OneTimeSetUp]
    public async Task TwoOfficesWithCases()
    {
        var admin = new CaseDriver(Services, new Actor("admin-1", Role.Administration, Guid.Empty));
        await admin.SendAsync(new Organisation.EstablishOffice.Command { OfficeId = OfficeB, ExpectedVersion = 0, AuthorityCode = "05170048", FileNumberPrefix = "ABW", Name = "Ausländerbehörde Wesel" });
        await admin.SendAsync(new Organisation.FormTeam.Command { OfficeId = OfficeB, ExpectedVersion = 1, TeamId = TeamB, Name = "Team Wesel" });

        var stories = new ViewStories(Services, Clock);
        var overdueA = await stories.ReceivedAsync("AE_16B", PinnedToday.AddDays(-50), "sb-1");
        await stories.DocumentsRequestedAsync(overdueA, PinnedToday.AddDays(-40), PinnedToday.AddDays(-10));
        _casesA.Add(overdueA.CaseId);
        _casesA.Add((await stories.ReceivedAsync("AE_28", PinnedToday.AddDays(-20), "sb-2")).CaseId);
        var bookedA = await DashboardBookings.CasesAsync(stories);
        _casesA.AddRange(bookedA);

        var overdueB = await ReceivedInOfficeBAsync("AE_16B", PinnedToday.AddDays(-30));
        await stories.DocumentsRequestedAsync(overdueB, PinnedToday.AddDays(-25), PinnedToday.AddDays(-5));
        _casesB.Add(overdueB.CaseId);
        var bookedB = await ReceivedInOfficeBAsync("NE_9", PinnedToday.AddDays(-100));
        _casesB.Add(bookedB.CaseId);

        await DashboardBookings.SeedAsync(Database, PinnedToday, bookedA);
        await CounsellingBookingAsync(bookedB.CaseId);
        await WaitForAsyncProjectionsAsync(BacklogProjection.ProjectionName);
    }

    [Test]
    public async Task The_summary_with_and_without_rows_holds_only_the_callers_office_and_the_cache_does_not_carry_it_to_the_other_office()
    {
        var (leadA, leadB, auditor) = (await TeamLeadAsync(), await LeadOfBAsync(), await AuditorAsync());

        // A, then B and the auditor at once after it: with the cache keyed by day and team only, B would get A's answer.
        var summaryA = await JsonAsync(leadA, "/api/v1/backlog");
        var summaryB = await JsonAsync(leadB, "/api/v1/backlog");
        var summaryAll = await JsonAsync(auditor, "/api/v1/backlog");
        var rowsA = await JsonAsync(leadA, "/api/v1/backlog?rows=true");
        var rowsB = await JsonAsync(leadB, "/api/v1/backlog?rows=true");
        var rowsAll = await JsonAsync(auditor, "/api/v1/backlog?rows=true");

        Assert.Multiple(() =>
        {
            Assert.That(TeamsOf(summaryA["byTeam"]), Is.EquivalentTo(new[] { CaseDriver.Team }));
            Assert.That(summaryA["totalOpen"]!.GetValue<int>(), Is.EqualTo(_casesA.Count));
            Assert.That(TeamsOf(summaryB["byTeam"]), Is.EquivalentTo(new[] { TeamB }));
            Assert.That(summaryB["totalOpen"]!.GetValue<int>(), Is.EqualTo(_casesB.Count));
            Assert.That(TeamsOf(summaryAll["byTeam"]), Is.EquivalentTo(new[] { CaseDriver.Team, TeamB }), "the auditor sees every office");
            Assert.That(summaryAll["totalOpen"]!.GetValue<int>(), Is.EqualTo(_casesA.Count + _casesB.Count));
            Assert.That(TeamsOf(rowsA["rows"]).Distinct(), Is.EquivalentTo(new[] { CaseDriver.Team }));
            Assert.That(rowsA["rows"]!.AsArray().Sum(r => r!["count"]!.GetValue<int>()), Is.EqualTo(_casesA.Count));
            Assert.That(TeamsOf(rowsB["rows"]).Distinct(), Is.EquivalentTo(new[] { TeamB }));
            Assert.That(rowsB["rows"]!.AsArray().Sum(r => r!["count"]!.GetValue<int>()), Is.EqualTo(_casesB.Count));
            Assert.That(TeamsOf(rowsAll["rows"]).Distinct(), Is.EquivalentTo(new[] { CaseDriver.Team, TeamB }));
        });
    }

    [Test]
    public async Task Risks_workload_and_flow_hold_only_the_callers_office()
    {
        var (leadA, leadB, auditor) = (await TeamLeadAsync(), await LeadOfBAsync(), await AuditorAsync());

        var answers = new Dictionary<string, (JsonObject Risks, JsonObject Workload, JsonObject Flow)>();
        foreach (var (name, client) in new[] { ("A", leadA), ("B", leadB), ("all", auditor) })
        {
            answers[name] = (await JsonAsync(client, "/api/v1/backlog/risks"), await JsonAsync(client, "/api/v1/backlog/workload"), await JsonAsync(client, "/api/v1/backlog/flow"));
        }

        Assert.Multiple(() =>
        {
            Assert.That(RiskCases(answers["A"].Risks), Does.Contain(_casesA[0]).And.All.AnyOf(_casesA.Cast<object>().ToArray()), "office A's cases only");
            Assert.That(RiskCases(answers["B"].Risks), Does.Contain(_casesB[0]).And.All.AnyOf(_casesB.Cast<object>().ToArray()), "office B's cases only");
            Assert.That(RiskCases(answers["all"].Risks), Is.SupersetOf(RiskCases(answers["A"].Risks).Concat(RiskCases(answers["B"].Risks))));
            Assert.That(TeamsOf(answers["A"].Workload["caseworkers"]).Distinct(), Is.EquivalentTo(new[] { CaseDriver.Team }));
            Assert.That(answers["A"].Workload["caseworkers"]!.AsArray().Sum(c => c!["open"]!.GetValue<int>()), Is.EqualTo(_casesA.Count));
            Assert.That(TeamsOf(answers["B"].Workload["caseworkers"]).Distinct(), Is.EquivalentTo(new[] { TeamB }));
            Assert.That(answers["B"].Workload["caseworkers"]!.AsArray().Sum(c => c!["open"]!.GetValue<int>()), Is.EqualTo(_casesB.Count));
            Assert.That(TeamsOf(answers["all"].Workload["caseworkers"]).Distinct(), Is.EquivalentTo(new[] { CaseDriver.Team, TeamB }));
            // Received within the 12 weeks: A all of its cases, B only the one of 30 days ago (the other is 100 days old).
            Assert.That(NewInWindow(answers["A"].Flow), Is.EqualTo(_casesA.Count));
            Assert.That(NewInWindow(answers["B"].Flow), Is.EqualTo(1));
            Assert.That(NewInWindow(answers["all"].Flow), Is.EqualTo(_casesA.Count + 1));
            Assert.That(LeadTimeTitles(answers["B"].Flow), Is.Empty, "nothing decided in office B");
        });
    }

    [Test]
    public async Task The_service_standard_counts_only_appointments_of_the_callers_office()
    {
        var (leadA, leadB, auditor) = (await TeamLeadAsync(), await LeadOfBAsync(), await AuditorAsync());

        var a = await JsonAsync(leadA, "/api/v1/backlog/service-standard");
        var b = await JsonAsync(leadB, "/api/v1/backlog/service-standard");
        var all = await JsonAsync(auditor, "/api/v1/backlog/service-standard");

        Assert.Multiple(() =>
        {
            Assert.That(Appointments(a), Is.EqualTo(new Dictionary<string, int> { ["biometrics"] = 3, ["eat_handover"] = 1, ["counselling"] = 0, ["emergency"] = 0 }));
            Assert.That(a["emergency"]!["lodged"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(Appointments(b), Is.EqualTo(new Dictionary<string, int> { ["biometrics"] = 0, ["eat_handover"] = 0, ["counselling"] = 1, ["emergency"] = 0 }));
            Assert.That(b["emergency"]!["lodged"]!.GetValue<int>(), Is.Zero);
            Assert.That(Appointments(all), Is.EqualTo(new Dictionary<string, int> { ["biometrics"] = 3, ["eat_handover"] = 1, ["counselling"] = 1, ["emergency"] = 0 }));
        });
    }

    [Test]
    public async Task A_team_of_the_other_office_is_a_403_with_a_German_message_a_team_of_the_own_office_is_not_and_the_auditor_may_name_any()
    {
        var (leadA, leadB, auditor) = (await TeamLeadAsync(), await LeadOfBAsync(), await AuditorAsync());
        string[] paths = ["/api/v1/backlog", "/api/v1/backlog/risks", "/api/v1/backlog/workload", "/api/v1/backlog/flow", "/api/v1/backlog/service-standard", "/dashboard"];

        foreach (var path in paths)
        {
            using var foreign = await leadA.GetAsync($"{path}?teamId={TeamB}");
            using var foreignToB = await leadB.GetAsync($"{path}?teamId={CaseDriver.Team}");
            using var own = await leadA.GetAsync($"{path}?teamId={OtherTeam}");
            using var audited = await auditor.GetAsync($"{path}?teamId={TeamB}");
            var problem = foreign.StatusCode == HttpStatusCode.Forbidden ? await foreign.JsonAsync() : null;
            Assert.Multiple(() =>
            {
                Assert.That(foreign.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), path);
                Assert.That(foreign.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), path);
                Assert.That(problem?["detail"]?.GetValue<string>(), Is.EqualTo(BacklogScope.OtherOfficeMessage), path);
                Assert.That(foreignToB.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), path);
                Assert.That(own.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{path}: another team of the own office");
                Assert.That(audited.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{path}: the auditor");
            });
        }
        var narrowed = await JsonAsync(auditor, $"/api/v1/backlog?teamId={TeamB}");
        Assert.That(narrowed["totalOpen"]!.GetValue<int>(), Is.EqualTo(_casesB.Count));
    }

    [Test]
    public async Task The_dashboard_of_a_team_lead_of_office_B_shows_office_B_only_the_auditor_s_both_and_a_caller_of_an_unknown_team_gets_an_empty_backlog()
    {
        var leadB = await LeadOfBAsync();
        var stranger = await ClientAsync("tl-unknown", "Teamleitung", Guid.Parse("7e7e7e7e-0000-0000-0000-0000000000ff"));

        using var page = await leadB.GetAsync("/dashboard");
        var html = await page.Content.ReadAsStringAsync();
        using var auditPage = await (await AuditorAsync()).GetAsync("/dashboard");
        var auditHtml = await auditPage.Content.ReadAsStringAsync();
        var empty = await JsonAsync(stranger, "/api/v1/backlog?rows=true");
        var emptyRisks = await JsonAsync(stranger, "/api/v1/backlog/risks");

        Assert.Multiple(() =>
        {
            Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK), html);
            Assert.That(html.Contains($"data-team=\"{TeamB}\"", StringComparison.Ordinal) && html.Contains("Team Wesel", StringComparison.Ordinal), Is.True, "office B's team");
            Assert.That(html.Contains(CaseDriver.Team.ToString(), StringComparison.Ordinal), Is.False, "no team of office A");
            Assert.That(html.Contains(_casesA[0].ToString(), StringComparison.Ordinal), Is.False, "no risk case of office A");
            Assert.That(html.Contains(_casesB[0].ToString(), StringComparison.Ordinal), Is.True, "office B's risk case");
            Assert.That(html.Contains("alle Teams der Behörde", StringComparison.Ordinal), Is.True, "the team lead's scope named");
            Assert.That(auditHtml.Contains("alle Teams aller Behörden", StringComparison.Ordinal), Is.True, "the auditor's scope named");
            Assert.That(auditHtml.Contains(CaseDriver.Team.ToString(), StringComparison.Ordinal) && auditHtml.Contains(TeamB.ToString(), StringComparison.Ordinal), Is.True, "the auditor sees both offices");
            Assert.That(empty["totalOpen"]!.GetValue<int>(), Is.Zero);
            Assert.That(empty["rows"]!.AsArray(), Is.Empty);
            Assert.That(RiskCases(emptyRisks), Is.Empty);
            Assert.That(emptyRisks["lists"]!.AsArray().Sum(l => l!["total"]!.GetValue<int>()), Is.Zero);
        });
    }

    private Task<HttpClient> LeadOfBAsync() => ClientAsync("tl-b", "Teamleitung", TeamB);

    private Task<HttpClient> AuditorAsync() => ClientAsync("rev-1", "Revision", TeamB);

    private async Task<CaseDriver> ReceivedInOfficeBAsync(string title, DateOnly on)
    {
        var d = new CaseDriver(Services, new Actor("sb-b", Role.Sachbearbeitung, TeamB));
        await d.SendAsync(new ReceiveApplication.Command
        {
            CaseId = d.CaseId, ExpectedVersion = 0, PersonId = Guid.NewGuid(), OfficeId = OfficeB, TeamId = TeamB, TitleCode = title,
            Kind = V.ApplicationKind.FirstIssue, Channel = V.ApplicationChannel.Counter, ReceivedOn = on,
        });
        await d.SendAsync((id, v) => new RegisterCase.Command { CaseId = id, ExpectedVersion = v });
        return d;
    }

    /// <summary>One counselling appointment (7 days' wait) for a case of office B, beside the bookings of office A.</summary>
    private async Task CounsellingBookingAsync(Guid caseId)
    {
        var (location, slot) = (Guid.NewGuid(), Guid.NewGuid());
        var startsAt = BerlinTime.StartOf(PinnedToday.AddDays(6)).AddHours(9).ToUniversalTime();
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                Command("INSERT INTO app.appointment_locations (id, name, opening_hours) VALUES ($1, 'Wesel', '[]')", location),
                Command("INSERT INTO app.appointment_slots (id, location_id, service, starts_at, ends_at, capacity, booked) VALUES ($1, $2, 'counselling', $3, $4, 1, 1)",
                    slot, location, startsAt, startsAt.AddMinutes(20)),
                Command("INSERT INTO app.appointment_bookings (id, case_id, service, slot_id, status, requested_at, booked_at) VALUES ($1, $2, 'counselling', $3, 'active', $4, $4)",
                    Guid.NewGuid(), caseId, slot, startsAt.AddDays(-7)),
            },
        };
        await batch.ExecuteNonQueryAsync();
    }

    private static NpgsqlBatchCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }
        return command;
    }

    private static async Task<JsonObject> JsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{path}: {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    private static List<Guid> TeamsOf(JsonNode? list) => [.. list!.AsArray().Select(e => Guid.Parse(e!["teamId"]!.GetValue<string>()))];

    private static List<Guid> RiskCases(JsonObject risks) =>
        [.. risks["lists"]!.AsArray().SelectMany(l => l!["cases"]!.AsArray()).Select(c => Guid.Parse(c!["caseId"]!.GetValue<string>())).Distinct()];

    private static int NewInWindow(JsonObject flow) => flow["weeks"]!.AsArray().Sum(w => w!["new"]!.GetValue<int>());

    private static List<string> LeadTimeTitles(JsonObject flow) => [.. flow["leadTimes"]!.AsArray().Select(t => t!["titleCode"]!.GetValue<string>())];

    private static Dictionary<string, int> Appointments(JsonObject standard) =>
        standard["services"]!.AsArray().ToDictionary(s => s!["service"]!.GetValue<string>(), s => s!["appointments"]!.GetValue<int>());
}
