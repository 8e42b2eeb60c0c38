namespace Migrationsverwaltung.Api.Views.Dashboard;

/// <summary>New, decided and handed-over cases per ISO week: grouped columns, then the table (data-week, data-series, data-count).</summary>
internal static class WeeklyFlowSection
{
    public const string Id = "durchsatz";

    private static readonly (string Key, string Label, string CssClass)[] Series =
    [
        ("new", "Neu eingegangen", "series-new"),
        ("decided", "Entschieden", "series-decided"),
        ("handedOver", "Ausgehändigt", "series-handed-over"),
    ];

    private const int Width = 760;
    private const int Left = 44;
    private const int Top = 10;
    private const int PlotHeight = 200;
    private const int Bottom = 40;

    public static void Write(Html html, DashboardData data)
    {
        var flow = data.Flow;
        html.Open("section", ("id", Id), ("aria-labelledby", $"{Id}-heading"))
            .Element("h2", $"Durchsatz je Woche (letzte {flow.Weeks.Count} Wochen)", ("id", $"{Id}-heading"))
            .Open("p").Text($"Vom {Format.Date(flow.From)} bis {Format.Date(flow.To)}; die letzte Woche zählt bis heute. Entschieden = stattgegeben oder abgelehnt; ausgehändigt = ausgehändigt oder direkt zugestellt.").Close("p");
        html.Open("ul", ("class", "legend"), ("aria-label", "Legende"));
        foreach (var (_, label, css) in Series)
        {
            html.Open("li").Element("span", "", ("class", $"swatch {css}"), ("aria-hidden", "true")).Text(label).Close("li");
        }
        html.Close("ul").Open("figure");
        Chart(html, flow);
        html.Element("figcaption", "Neu eingegangene, entschiedene und ausgehändigte Verfahren je Kalenderwoche.").Close("figure");
        Table(html, flow);
        html.Close("section");
    }

    private static int[] Values(Backlog.GetBacklogFlow.Week week) => [week.New, week.Decided, week.HandedOver];

    private static void Chart(Html html, Backlog.GetBacklogFlow.Flow flow)
    {
        var scale = Svg.Scale.For(flow.Weeks.SelectMany(Values).DefaultIfEmpty(0).Max());
        var plotWidth = Width - Left - 10;
        var group = plotWidth / (double)Math.Max(flow.Weeks.Count, 1);
        var bar = group / (Series.Length + 1);
        var baseline = Top + PlotHeight;
        Svg.Open(html, $"{Id}-chart", Width, Top + PlotHeight + Bottom, "Durchsatz je Kalenderwoche",
            "Säulen je Woche: neu eingegangen, entschieden, ausgehändigt. Die Zahlen stehen in der Tabelle darunter.");
        foreach (var tick in scale.Ticks())
        {
            var y = baseline - scale.Length(tick, PlotHeight);
            Svg.Line(html, Left, y, Left + plotWidth, y, "grid");
            Svg.Label(html, Left - 6, y + 4, Format.Count((int)tick), "end", "tick");
        }
        for (var w = 0; w < flow.Weeks.Count; w++)
        {
            var week = flow.Weeks[w];
            var x = Left + w * group + bar / 2;
            var values = Values(week);
            for (var s = 0; s < Series.Length; s++)
            {
                var height = scale.Length(values[s], PlotHeight);
                Svg.Bar(html, x + s * bar, baseline - height, bar, height, Series[s].CssClass,
                    $"{Format.Week(week.WeekStart)}, {Series[s].Label}: {Format.Count(values[s])}",
                    ("data-week", Format.IsoDate(week.WeekStart)), ("data-series", Series[s].Key), ("data-count", Format.Invariant(values[s])));
            }
            Svg.Label(html, Left + w * group + group / 2, baseline + 16, Format.Week(week.WeekStart), "middle", "tick");
        }
        Svg.Line(html, Left, baseline, Left + plotWidth, baseline, "axis");
        Svg.Close(html);
    }

    private static void Table(Html html, Backlog.GetBacklogFlow.Flow flow)
    {
        html.Open("table", ("class", "numbers"), ("data-table", "weekly-flow"))
            .Element("caption", "Tabelle: Durchsatz je Kalenderwoche")
            .Open("thead").Open("tr").Element("th", "Woche", ("scope", "col"));
        foreach (var (_, label, _) in Series)
        {
            html.Element("th", label, ("scope", "col"));
        }
        html.Close("tr").Close("thead").Open("tbody");
        foreach (var week in flow.Weeks)
        {
            html.Open("tr", ("data-week", Format.IsoDate(week.WeekStart)))
                .Element("th", $"{Format.Week(week.WeekStart)} (ab {Format.Date(week.WeekStart)})", ("scope", "row"));
            var values = Values(week);
            for (var s = 0; s < Series.Length; s++)
            {
                html.Element("td", Format.Count(values[s]), ("data-week", Format.IsoDate(week.WeekStart)), ("data-series", Series[s].Key), ("data-count", Format.Invariant(values[s])));
            }
            html.Close("tr");
        }
        html.Close("tbody").Close("table");
    }
}
