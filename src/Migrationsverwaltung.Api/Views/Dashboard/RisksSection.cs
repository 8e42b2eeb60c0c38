using Migrationsverwaltung.Api.Views.Backlog;
using Migrationsverwaltung.Domain.Cases;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Deadlines;

namespace Migrationsverwaltung.Api.Views.Dashboard;

/// <summary>
/// The seven risk lists: a bar per risk (overdue and in warning), the overview table (data-risk, data-total,
/// data-overdue), then per non-empty list its most urgent cases, each linked to the case where the viewer may open
/// it: a team lead sees the whole office's backlog but opens only the own team's cases (the case-details view
/// answers 403 otherwise); the Revision opens every case.
/// </summary>
internal static class RisksSection
{
    public const string Id = "risiken";

    /// <summary>The case-details view: state, deadlines, timeline and the next steps (its read is access-logged there).</summary>
    public static string CaseLink(Guid caseId) => $"/api/v1/cases/{caseId}/details";

    public static void Write(Html html, DashboardData data, IReadOnlyDictionary<Guid, string> teams, Actor viewer)
    {
        var lists = data.Risks.Lists;
        html.Open("section", ("id", Id), ("aria-labelledby", $"{Id}-heading"))
            .Element("h2", "Risiken", ("id", $"{Id}-heading"))
            .Element("p", "Offene Verfahren, bei denen eine Frist droht oder abgelaufen ist; die dringendsten zuerst (frühester letzter Tag).")
            .Open("ul", ("class", "legend"), ("aria-label", "Legende"))
            .Open("li").Element("span", "", ("class", "swatch risk-overdue"), ("aria-hidden", "true")).Text("überfällig").Close("li")
            .Open("li").Element("span", "", ("class", "swatch risk-warning"), ("aria-hidden", "true")).Text("Vorwarnung").Close("li")
            .Close("ul").Open("figure");
        var rows = lists.Select(list => new StackedBars.Row(list.Label,
        [
            new StackedBars.Segment("risk-overdue", list.Overdue, $"{list.Label}: {Format.Count(list.Overdue)} überfällig", ("data-risk", list.Key), ("data-part", "overdue"), ("data-count", Format.Invariant(list.Overdue))),
            new StackedBars.Segment("risk-warning", list.Total - list.Overdue, $"{list.Label}: {Format.Count(list.Total - list.Overdue)} in der Vorwarnung", ("data-risk", list.Key), ("data-part", "warning"), ("data-count", Format.Invariant(list.Total - list.Overdue))),
        ])).ToList();
        StackedBars.Write(html, $"{Id}-chart", "Verfahren je Risiko", "Balken je Risiko: überfällige und in der Vorwarnung befindliche Verfahren. Die Zahlen stehen in der Tabelle darunter.", rows, labelWidth: 370);
        html.Element("figcaption", "Verfahren je Risiko: überfällig (dunkel) und in der Vorwarnung (hell).").Close("figure");
        Overview(html, lists);
        foreach (var list in lists.Where(l => l.Cases.Count > 0))
        {
            Cases(html, list, teams, viewer);
        }
        html.Close("section");
    }

    private static void Overview(Html html, IReadOnlyList<GetBacklogRisks.RiskList> lists)
    {
        html.Open("table", ("class", "numbers"), ("data-table", "risks"))
            .Element("caption", "Tabelle: Verfahren je Risiko")
            .Open("thead").Open("tr")
            .Element("th", "Risiko", ("scope", "col")).Element("th", "Verfahren", ("scope", "col")).Element("th", "davon überfällig", ("scope", "col"))
            .Close("tr").Close("thead").Open("tbody");
        foreach (var list in lists)
        {
            html.Open("tr", ("data-risk", list.Key)).Open("th", ("scope", "row"));
            if (list.Cases.Count > 0)
            {
                html.Element("a", list.Label, ("href", $"#{Id}-{list.Key}"));
            }
            else
            {
                html.Text(list.Label);
            }
            html.Close("th")
                .Element("td", Format.Count(list.Total), ("data-risk", list.Key), ("data-part", "total"), ("data-count", Format.Invariant(list.Total)))
                .Element("td", Format.Count(list.Overdue), ("data-risk", list.Key), ("data-part", "overdue"), ("data-count", Format.Invariant(list.Overdue)))
                .Close("tr");
        }
        html.Close("tbody").Close("table");
    }

    public static bool MayOpen(Actor viewer, Guid caseTeam) => viewer.Role == Role.Revision || viewer.TeamId == caseTeam;

    private static void Cases(Html html, GetBacklogRisks.RiskList list, IReadOnlyDictionary<Guid, string> teams, Actor viewer)
    {
        html.Open("table", ("class", "cases"), ("id", $"{Id}-{list.Key}"), ("data-risk-cases", list.Key))
            .Open("caption").Text(list.Label).Text(list.Total > list.Cases.Count ? $" (die {Format.Count(list.Cases.Count)} dringendsten von {Format.Count(list.Total)})" : $" ({Format.Count(list.Total)})").Close("caption")
            .Open("thead").Open("tr");
        foreach (var column in new[] { "Aktenzeichen", "Team", "Sachbearbeitung", "Verfahrensstand", "Titelart", "Eingang", "Letzter Tag", "Stand" })
        {
            html.Element("th", column, ("scope", "col"));
        }
        html.Close("tr").Close("thead").Open("tbody");
        foreach (var risk in list.Cases)
        {
            html.Open("tr", ("data-case", risk.CaseId.ToString()), ("data-team", risk.TeamId.ToString()), ("data-state", risk.State.ToString()))
                .Open("th", ("scope", "row"));
            if (MayOpen(viewer, risk.TeamId))
            {
                html.Element("a", risk.FileNumber ?? "ohne Aktenzeichen", ("href", CaseLink(risk.CaseId)));
            }
            else
            {
                html.Text(risk.FileNumber ?? "ohne Aktenzeichen").Element("small", " (anderes Team)", ("class", "id"));
            }
            html.Close("th")
                .Element("td", teams.GetValueOrDefault(risk.TeamId, risk.TeamId.ToString()))
                .Element("td", risk.Caseworker ?? "nicht zugewiesen")
                .Element("td", Enum.TryParse<CaseStatus>(risk.Status, out var status) ? status.German() : risk.Status)
                .Element("td", risk.TitleCode)
                .Open("td").Element("time", Format.Date(risk.ReceivedOn), ("datetime", Format.IsoDate(risk.ReceivedOn))).Close("td")
                .Open("td").Element("time", Format.Date(risk.LastDay), ("datetime", Format.IsoDate(risk.LastDay))).Close("td")
                .Element("td", risk.State == DeadlineState.Overdue ? "überfällig" : "Vorwarnung", ("class", risk.State == DeadlineState.Overdue ? "overdue" : "warning"))
                .Close("tr");
        }
        html.Close("tbody").Close("table");
    }
}
