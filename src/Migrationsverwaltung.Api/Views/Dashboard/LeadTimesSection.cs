using Migrationsverwaltung.Api.Views.Backlog;
using Migrationsverwaltung.Domain.Catalogue;

namespace Migrationsverwaltung.Api.Views.Dashboard;

/// <summary>
/// Lead times per title type, median and 90th percentile in days: a bar per title and stretch (the 90th percentile
/// light, the median dark over it), then the table (data-title, data-measure, data-value).
/// </summary>
internal static class LeadTimesSection
{
    public const string Id = "laufzeiten";

    private static readonly (string Key, string Label, Func<GetBacklogFlow.TitleLeadTimes, GetBacklogFlow.LeadTime?> Of)[] Stretches =
    [
        ("receivedToDecision", "Eingang → Entscheidung", t => t.ReceivedToDecision),
        ("decisionToHandover", "Entscheidung → Aushändigung", t => t.DecisionToHandover),
    ];

    private const int Width = 760;
    private const int LabelWidth = 300;
    private const int ValueWidth = 140;
    private const int RowHeight = 28;
    private const int Top = 8;
    private const int AxisHeight = 26;

    public static void Write(Html html, DashboardData data)
    {
        var flow = data.Flow;
        html.Open("section", ("id", Id), ("aria-labelledby", $"{Id}-heading"))
            .Element("h2", "Laufzeiten je Titelart", ("id", $"{Id}-heading"))
            .Open("p").Text($"In Tagen, für Entscheidungen und Aushändigungen vom {Format.Date(flow.From)} bis {Format.Date(flow.To)}: Median und 90. Perzentil (9 von 10 Verfahren waren nicht länger).").Close("p");
        if (flow.LeadTimes.Count == 0)
        {
            html.Element("p", "In diesem Zeitraum wurde nichts entschieden oder ausgehändigt.", ("class", "empty")).Close("section");
            return;
        }
        html.Open("ul", ("class", "legend"), ("aria-label", "Legende"))
            .Open("li").Element("span", "", ("class", "swatch lead-median"), ("aria-hidden", "true")).Text("Median").Close("li")
            .Open("li").Element("span", "", ("class", "swatch lead-p90"), ("aria-hidden", "true")).Text("90. Perzentil").Close("li")
            .Close("ul").Open("figure");
        Chart(html, flow.LeadTimes);
        html.Element("figcaption", "Laufzeiten je Titelart und Abschnitt: Median (dunkel) und 90. Perzentil (hell).").Close("figure");
        Table(html, flow.LeadTimes);
        html.Close("section");
    }

    public static string TitleLabel(string code) =>
        TitleCatalogues.Current.Contains(code) ? $"{code} ({TitleCatalogues.Current.Title(code).LegalBasis})" : code;

    private static void Chart(Html html, IReadOnlyList<GetBacklogFlow.TitleLeadTimes> titles)
    {
        var rows = titles.SelectMany(t => Stretches.Select(s => (Title: t.TitleCode, s.Key, s.Label, Time: s.Of(t)))).ToList();
        var scale = Svg.Scale.For(rows.Select(r => r.Time?.P90Days ?? 0).DefaultIfEmpty(0).Max());
        var plot = Width - LabelWidth - ValueWidth;
        var axisY = Top + rows.Count * RowHeight;
        Svg.Open(html, $"{Id}-chart", Width, axisY + AxisHeight, "Laufzeiten je Titelart in Tagen",
            "Balken je Titelart und Abschnitt: Median und 90. Perzentil in Tagen. Die Zahlen stehen in der Tabelle darunter.");
        foreach (var tick in scale.Ticks())
        {
            var x = LabelWidth + scale.Length(tick, plot);
            Svg.Line(html, x, Top, x, axisY, "grid");
            Svg.Label(html, x, axisY + 16, Format.Count((int)tick), "middle", "tick");
        }
        for (var i = 0; i < rows.Count; i++)
        {
            var (title, key, label, time) = rows[i];
            var y = Top + i * RowHeight + 4;
            Svg.Label(html, LabelWidth - 8, y + 15, $"{title} · {label}", "end");
            if (time is null)
            {
                Svg.Label(html, LabelWidth + 6, y + 15, "keine Fälle", "start", "value");
                continue;
            }
            Svg.Bar(html, LabelWidth, y, scale.Length(time.P90Days, plot), 20, "lead-p90", $"{title}, {label}: 90. Perzentil {Format.Days(time.P90Days)} Tage",
                ("data-title", title), ("data-measure", $"{key}.p90Days"), ("data-value", Format.Invariant(time.P90Days)));
            Svg.Bar(html, LabelWidth, y + 5, scale.Length(time.MedianDays, plot), 10, "lead-median", $"{title}, {label}: Median {Format.Days(time.MedianDays)} Tage",
                ("data-title", title), ("data-measure", $"{key}.medianDays"), ("data-value", Format.Invariant(time.MedianDays)));
            Svg.Label(html, Width - ValueWidth + 8, y + 15, $"{Format.Days(time.MedianDays)} / {Format.Days(time.P90Days)} Tage", "start", "value");
        }
        Svg.Line(html, LabelWidth, axisY, LabelWidth + plot, axisY, "axis");
        Svg.Close(html);
    }

    private static void Table(Html html, IReadOnlyList<GetBacklogFlow.TitleLeadTimes> titles)
    {
        html.Open("table", ("class", "numbers"), ("data-table", "lead-times"))
            .Element("caption", "Tabelle: Laufzeiten je Titelart in Tagen")
            .Open("thead").Open("tr").Element("th", "Titelart", ("scope", "col"), ("rowspan", "2"));
        foreach (var stretch in Stretches)
        {
            html.Element("th", stretch.Label, ("scope", "colgroup"), ("colspan", "3"));
        }
        html.Close("tr").Open("tr");
        foreach (var _ in Stretches)
        {
            html.Element("th", "Anzahl", ("scope", "col")).Element("th", "Median", ("scope", "col")).Element("th", "90. Perzentil", ("scope", "col"));
        }
        html.Close("tr").Close("thead").Open("tbody");
        foreach (var title in titles)
        {
            html.Open("tr", ("data-title", title.TitleCode)).Element("th", TitleLabel(title.TitleCode), ("scope", "row"));
            foreach (var stretch in Stretches)
            {
                var time = stretch.Of(title);
                html.Element("td", Format.Count(time?.Count ?? 0), ("data-title", title.TitleCode), ("data-measure", $"{stretch.Key}.count"), ("data-value", Format.Invariant(time?.Count ?? 0)));
                html.Element("td", time is null ? "–" : Format.Days(time.MedianDays), ("data-title", title.TitleCode), ("data-measure", $"{stretch.Key}.medianDays"),
                    ("data-value", time is null ? "" : Format.Invariant(time.MedianDays)));
                html.Element("td", time is null ? "–" : Format.Days(time.P90Days), ("data-title", title.TitleCode), ("data-measure", $"{stretch.Key}.p90Days"),
                    ("data-value", time is null ? "" : Format.Invariant(time.P90Days)));
            }
            html.Close("tr");
        }
        html.Close("tbody").Close("table");
    }
}
