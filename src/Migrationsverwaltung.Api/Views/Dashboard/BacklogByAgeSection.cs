using Migrationsverwaltung.Api.Views.Backlog;

namespace Migrationsverwaltung.Api.Views.Dashboard;

/// <summary>Open cases by team and age bucket: stacked bars, then the same numbers as a table (data-team, data-bucket, data-count).</summary>
internal static class BacklogByAgeSection
{
    public const string Id = "rueckstand";

    public static void Write(Html html, DashboardData data, IReadOnlyDictionary<Guid, string> teams)
    {
        var summary = data.Summary;
        html.Open("section", ("id", Id), ("aria-labelledby", $"{Id}-heading"), ("data-total-open", Format.Invariant(summary.TotalOpen)))
            .Element("h2", "Offene Verfahren nach Alter und Team", ("id", $"{Id}-heading"))
            .Open("p").Text($"{Format.Count(summary.TotalOpen)} offene Verfahren; das Alter zählt ab Eingang des Antrags und wird für den heutigen Tag berechnet.").Close("p");
        if (summary.ByTeam.Count == 0)
        {
            html.Element("p", "Keine offenen Verfahren.", ("class", "empty")).Close("section");
            return;
        }
        Legend(html, summary.AgeBuckets);
        html.Open("figure");
        var rows = summary.ByTeam.Select(team => new StackedBars.Row(teams[team.TeamId], summary.AgeBuckets.Select((bucket, index) =>
                new StackedBars.Segment($"bucket-{index}", team.ByAgeBucket[bucket.Key], $"{teams[team.TeamId]}, {bucket.Label}: {Format.Count(team.ByAgeBucket[bucket.Key])}",
                    ("data-team", team.TeamId.ToString()), ("data-bucket", bucket.Key), ("data-count", Format.Invariant(team.ByAgeBucket[bucket.Key]))))
            .ToList())).ToList();
        StackedBars.Write(html, $"{Id}-chart", "Offene Verfahren je Team nach Altersklasse",
            "Gestapelte Balken: je Team die offenen Verfahren, unterteilt nach Alter seit Eingang. Die Zahlen stehen in der Tabelle darunter.", rows);
        html.Element("figcaption", "Offene Verfahren je Team, gestapelt nach Altersklasse (0–2 Wochen links, über 3 Monate rechts).").Close("figure");
        Table(html, summary, teams);
        html.Close("section");
    }

    private static void Legend(Html html, IReadOnlyList<AgeBuckets.Bucket> buckets)
    {
        html.Open("ul", ("class", "legend"), ("aria-label", "Legende"));
        for (var i = 0; i < buckets.Count; i++)
        {
            html.Open("li").Element("span", "", ("class", $"swatch bucket-{i}"), ("aria-hidden", "true")).Text(buckets[i].Label).Close("li");
        }
        html.Close("ul");
    }

    private static void Table(Html html, GetBacklogSummary.Summary summary, IReadOnlyDictionary<Guid, string> teams)
    {
        html.Open("table", ("class", "numbers"), ("data-table", "age-by-team"))
            .Element("caption", "Tabelle: offene Verfahren je Team und Altersklasse")
            .Open("thead").Open("tr").Element("th", "Team", ("scope", "col"));
        foreach (var bucket in summary.AgeBuckets)
        {
            html.Element("th", bucket.Label, ("scope", "col"));
        }
        html.Element("th", "Summe", ("scope", "col")).Close("tr").Close("thead").Open("tbody");
        foreach (var team in summary.ByTeam)
        {
            html.Open("tr", ("data-team", team.TeamId.ToString()))
                .Open("th", ("scope", "row")).Text(teams[team.TeamId]).Open("br").Element("small", team.TeamId.ToString(), ("class", "id"))
                .Open("br").Element("a", "nur dieses Team", ("href", $"{DashboardEndpoints.Path}?teamId={team.TeamId}")).Close("th");
            Counts(html, summary, team.TeamId.ToString(), team.ByAgeBucket, team.Total);
            html.Close("tr");
        }
        html.Close("tbody").Open("tfoot").Open("tr", ("data-team", "all")).Element("th", "Alle Teams", ("scope", "row"));
        Counts(html, summary, "all", summary.ByAgeBucket, summary.TotalOpen);
        html.Close("tr").Close("tfoot").Close("table");
    }

    private static void Counts(Html html, GetBacklogSummary.Summary summary, string team, IReadOnlyDictionary<string, int> byBucket, int total)
    {
        foreach (var bucket in summary.AgeBuckets)
        {
            html.Element("td", Format.Count(byBucket[bucket.Key]), ("data-team", team), ("data-bucket", bucket.Key), ("data-count", Format.Invariant(byBucket[bucket.Key])));
        }
        html.Element("td", Format.Count(total), ("data-team", team), ("data-bucket", "total"), ("data-count", Format.Invariant(total)));
    }
}
