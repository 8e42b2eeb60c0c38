using System.Net;
using System.Text.Json.Nodes;
using Migrationsverwaltung.Api.Tests.Http;
using Migrationsverwaltung.Api.Tests.Views.Dashboard;

namespace Migrationsverwaltung.Api.Tests.Views.Backlog;

/// <summary>The service standard in the backlog view, on known bookings (docs in DashboardBookings): waits, percentiles, the 14-day share and the fast lane.</summary>
public sealed class BacklogServiceStandardTests : ViewsTestBase
{
    [Test]
    public async Task Given_waits_of_4_5_and_21_days_When_the_team_lead_reads_the_service_standard_Then_median_p90_and_share_are_those_of_the_bookings()
    {
        await DashboardBookings.SeedAsync(Database, PinnedToday, await DashboardBookings.CasesAsync(new ViewStories(Services, Clock)));
        var lead = await TeamLeadAsync();

        using var response = await lead.GetAsync("/api/v1/backlog/service-standard");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var standard = await response.JsonAsync();
        var services = standard["services"]!.AsArray().ToDictionary(s => s!["service"]!.GetValue<string>(), s => s!.AsObject());
        var biometrics = services["biometrics"];
        var handover = services["eat_handover"];
        var emergency = standard["emergency"]!;

        Assert.Multiple(() =>
        {
            Assert.That(standard["from"]!.GetValue<string>(), Is.EqualTo("2026-07-13"), "Monday of the week 11 weeks before 2026-09-30");
            Assert.That(biometrics["appointments"]!.GetValue<int>(), Is.EqualTo(3), "the cancelled booking does not count");
            Assert.That(biometrics["medianDays"]!.GetValue<double>(), Is.EqualTo(5).Within(1e-9));
            Assert.That(biometrics["p90Days"]!.GetValue<double>(), Is.EqualTo(5 + 0.8 * 16).Within(1e-9), "between 5 and 21 days at rank 1.8");
            Assert.That(biometrics["shareWithin14Days"]!.GetValue<double>(), Is.EqualTo(2 / 3.0).Within(1e-9));
            Assert.That(handover["appointments"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(handover["shareWithin14Days"]!.GetValue<double>(), Is.EqualTo(1));
            Assert.That(services["counselling"]["medianDays"], Is.Null, "no appointment, no figure");
            Assert.That((emergency["lodged"]!.GetValue<int>(), emergency["declined"]!.GetValue<int>(), emergency["waiting"]!.GetValue<int>()), Is.EqualTo((2, 1, 1)));
            Assert.That(emergency["shareWithinOneWorkingDay"]!.GetValue<double>(), Is.EqualTo(0.5), "the declined one was answered at once; the waiting one not yet");
        });
    }

    [Test]
    public async Task A_team_filter_counts_only_that_team_s_cases_and_bad_parameters_are_a_400()
    {
        await DashboardBookings.SeedAsync(Database, PinnedToday, await DashboardBookings.CasesAsync(new ViewStories(Services, Clock)));
        var lead = await TeamLeadAsync();

        using var other = await lead.GetAsync($"/api/v1/backlog/service-standard?teamId={OtherTeam}");
        using var badWeeks = await lead.GetAsync("/api/v1/backlog/service-standard?weeks=0");
        using var badTeam = await lead.GetAsync("/api/v1/backlog/service-standard?teamId=x");
        using var caseworker = await (await CaseworkerAsync()).GetAsync("/api/v1/backlog/service-standard");

        Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var standard = await other.JsonAsync();
        Assert.Multiple(() =>
        {
            Assert.That(standard["services"]!.AsArray().Sum(s => s!["appointments"]!.GetValue<int>()), Is.Zero, "the seeded bookings belong to no case of that team");
            Assert.That(standard["emergency"]!["lodged"]!.GetValue<int>(), Is.Zero);
            Assert.That(badWeeks.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(badTeam.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(caseworker.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        });
    }
}
