using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Api.Views.Dashboard;

/// <summary>
/// The whole page: German, readable without JavaScript and without the style sheet, every chart followed by a
/// table with the same numbers; the root carries the date the numbers are for (data-as-of).
/// </summary>
internal static class DashboardPage
{
    private static readonly (string Id, string Label)[] Sections =
    [
        (BacklogByAgeSection.Id, "Offene Verfahren"),
        (WeeklyFlowSection.Id, "Durchsatz"),
        (LeadTimesSection.Id, "Laufzeiten"),
        (RisksSection.Id, "Risiken"),
        (WorkloadSection.Id, "Arbeitslast"),
        (ServiceStandardSection.Id, "Servicestandard"),
    ];

    public static string Render(DashboardData data, bool filtered, Actor viewer)
    {
        var teams = data.TeamLabels();
        var asOf = data.Summary.AsOf;
        var html = new Html().Constant("<!DOCTYPE html>")
            .Open("html", ("lang", "de"))
            .Open("head")
            .Open("meta", ("charset", "utf-8"))
            .Open("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"))
            .Element("title", $"Rückstände und Durchsatz – Stand {Format.Date(asOf)}")
            .Open("link", ("rel", "stylesheet"), ("href", DashboardEndpoints.StyleSheetPath))
            .Close("head")
            .Open("body")
            .Open("header")
            .Element("h1", "Rückstände und Durchsatz")
            .Open("p").Text("Stand: ").Element("time", Format.Date(asOf), ("datetime", Format.IsoDate(asOf)))
            .Text(filtered && data.Summary.TeamId is { } team ? $" · nur {teams.GetValueOrDefault(team, "ein Team ohne offene Verfahren")} ({team}) · " : viewer.Role == Role.Revision ? " · alle Teams aller Behörden" : " · alle Teams der Behörde");
        if (filtered)
        {
            html.Element("a", "alle Teams anzeigen", ("href", DashboardEndpoints.Path));
        }
        html.Close("p").Open("nav", ("aria-label", "Abschnitte")).Open("ul");
        foreach (var (id, label) in Sections)
        {
            html.Open("li").Element("a", label, ("href", $"#{id}")).Close("li");
        }
        html.Close("ul").Close("nav").Close("header")
            .Open("main", ("data-as-of", Format.IsoDate(asOf)), ("data-team-filter", data.Summary.TeamId?.ToString() ?? ""));
        BacklogByAgeSection.Write(html, data, teams);
        WeeklyFlowSection.Write(html, data);
        LeadTimesSection.Write(html, data);
        RisksSection.Write(html, data, teams, viewer);
        WorkloadSection.Write(html, data, teams);
        ServiceStandardSection.Write(html, data);
        html.Close("main")
            .Open("footer").Open("p")
            .Text("Die Zahlen kommen aus denselben Abfragen wie GET /api/v1/backlog, /backlog/flow, /backlog/risks, /backlog/workload und /backlog/service-standard (Projektion „backlog“, Terminbuchungen). Teams ohne erfassten Namen sind nach ihrer Kennung nummeriert.")
            .Close("p").Close("footer")
            .Close("body").Close("html");
        return html.ToString();
    }
}
