namespace Migrationsverwaltung.Api.Views.Dashboard;

/// <summary>Workload per caseworker (the team's pool first): a table (data-team, data-caseworker, data-measure, data-count).</summary>
internal static class WorkloadSection
{
    public const string Id = "arbeitslast";

    public static void Write(Html html, DashboardData data, IReadOnlyDictionary<Guid, string> teams)
    {
        var workload = data.Workload;
        html.Open("section", ("id", Id), ("aria-labelledby", $"{Id}-heading"))
            .Element("h2", "Arbeitslast je Sachbearbeitung", ("id", $"{Id}-heading"))
            .Element("p", $"Fällig diese Woche: eine laufende Frist endet bis Sonntag, {Format.Date(workload.WeekEndsOn)}; überfällig: eine Frist ist abgelaufen.");
        if (workload.Caseworkers.Count == 0)
        {
            html.Element("p", "Keine offenen Verfahren.", ("class", "empty")).Close("section");
            return;
        }
        html.Open("table", ("class", "numbers"), ("data-table", "workload"))
            .Element("caption", "Tabelle: offene Verfahren je Sachbearbeitung")
            .Open("thead").Open("tr");
        foreach (var column in new[] { "Team", "Sachbearbeitung", "offen", "diese Woche fällig", "überfällig" })
        {
            html.Element("th", column, ("scope", "col"));
        }
        html.Close("tr").Close("thead").Open("tbody");
        foreach (var load in workload.Caseworkers)
        {
            var who = load.Caseworker ?? "";
            html.Open("tr", ("data-team", load.TeamId.ToString()), ("data-caseworker", who))
                .Element("td", teams.GetValueOrDefault(load.TeamId, load.TeamId.ToString()))
                .Element("th", load.Caseworker ?? "nicht zugewiesen (Teampool)", ("scope", "row"));
            foreach (var (measure, count) in new[] { ("open", load.Open), ("dueThisWeek", load.DueThisWeek), ("overdue", load.Overdue) })
            {
                html.Element("td", Format.Count(count), ("data-measure", measure), ("data-count", Format.Invariant(count)));
            }
            html.Close("tr");
        }
        html.Close("tbody").Close("table").Close("section");
    }
}
