using Migrationsverwaltung.Api.Views.Backlog;
using Migrationsverwaltung.Api.Views.Dashboard;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Deadlines;

namespace Migrationsverwaltung.Api.Tests.Views.Dashboard;

/// <summary>The page as text, without a database: every value escaped, no script, no inline style, empty lists readable.</summary>
public sealed class DashboardPageTests
{
    private const string Script = "<script>alert(1)</script>";
    private const string Attribute = "\"><img src=x onerror=alert(1)>";
    private static readonly DateOnly Today = new(2026, 9, 30);
    private static readonly Guid Team = Guid.Parse("7e7e7e7e-0000-0000-0000-000000000001");

    [Test]
    public void Given_hostile_texts_in_every_field_When_the_page_is_rendered_Then_all_of_them_are_escaped()
    {
        var buckets = AgeBuckets.All.ToDictionary(b => b.Key, _ => 1);
        var summary = new GetBacklogSummary.Summary(Today, null, AgeBuckets.All, 4, buckets, [new(Team, 4, buckets)],
            [new(Team, Script, Attribute, AgeBuckets.UnderTwoWeeks, 1)]);
        var flow = new GetBacklogFlow.Flow(Today, Today.AddDays(-2), Today, null, [new(Today.AddDays(-2), 1, 2, 3)],
            [new(Script, new GetBacklogFlow.LeadTime(1, 10.5, 20), null)]);
        var risk = new GetBacklogRisks.RiskCase(Guid.NewGuid(), Attribute, Team, Script, Script, Attribute, Today.AddDays(-100), Today.AddDays(-1), DeadlineState.Overdue);
        var risks = new GetBacklogRisks.Risks(Today, null, [new("inaction_lawsuit", DeadlineKind.InactionLawsuitRisk, Script, "warning", 1, 1, [risk])]);
        var workload = new GetBacklogWorkload.Workload(Today, Today.AddDays(4), null, [new(Team, Script, 4, 1, 1)]);

        var standard = new GetBacklogServiceStandard.Standard(Today, Today.AddDays(-2), Today, null, [new("biometrics", Script, 2, 1.5, 3, 0.5)],
            new GetBacklogServiceStandard.EmergencyFigures(2, 1, 1, 0, 2, 1));
        var html = DashboardPage.Render(new DashboardData(summary, flow, risks, workload, standard), filtered: false, new Actor("tl-1", Role.Teamleitung, Team));

        Assert.That(html, Does.Not.Contain("<script").And.Not.Contain("<img").And.Not.Contain("alert(1)</"));
        Assert.That(html, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt;"));
        Assert.That(html, Does.Contain("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
        Assert.That(html, Does.Not.Contain(" style=").And.Not.Contain("<style"), "no inline styles: the CSP allows only the style sheet");
        Assert.That(html, Does.Contain("10,5").And.Contain("data-value=\"10.5\""), "German on the page, invariant in the data attribute");
        Assert.That(html, Does.StartWith("<!DOCTYPE html><html lang=\"de\">"));
    }

    [Test]
    public void Given_no_open_case_When_the_page_is_rendered_Then_each_section_says_so_instead_of_an_empty_chart()
    {
        var none = AgeBuckets.All.ToDictionary(b => b.Key, _ => 0);
        var data = new DashboardData(
            new GetBacklogSummary.Summary(Today, null, AgeBuckets.All, 0, none, [], []),
            new GetBacklogFlow.Flow(Today, Today.AddDays(-2), Today, null, [new(Today.AddDays(-2), 0, 0, 0)], []),
            new GetBacklogRisks.Risks(Today, null, [new("documents_overdue", DeadlineKind.MissingDocuments, "Frist für Unterlagen abgelaufen", "overdue", 0, 0, [])]),
            new GetBacklogWorkload.Workload(Today, Today.AddDays(4), null, []),
            new GetBacklogServiceStandard.Standard(Today, Today.AddDays(-2), Today, null, [new("biometrics", "Vorsprache (Biometrie)", 0, null, null, null)],
                new GetBacklogServiceStandard.EmergencyFigures(0, 0, 0, 0, 0, null)));

        var html = DashboardPage.Render(data, filtered: false, new Actor("rev-1", Role.Revision, Guid.Empty));

        Assert.That(html, Does.Contain("Keine offenen Verfahren."));
        Assert.That(html, Does.Contain("In diesem Zeitraum wurde nichts entschieden oder ausgehändigt."));
        Assert.That(html, Does.Contain("data-count=\"0\""));
        Assert.That(html, Does.Contain("keine Termine"));
    }
}
