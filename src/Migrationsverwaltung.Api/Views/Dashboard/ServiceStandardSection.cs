using Migrationsverwaltung.Api.Views.Backlog;

namespace Migrationsverwaltung.Api.Views.Dashboard;

/// <summary>
/// The service standard: per service a bar for the share of requests with an appointment within 14 days (the
/// standard line at 100 %), then the table (data-service, data-measure, data-value) and the fast lane's figures
/// (data-emergency).
/// </summary>
internal static class ServiceStandardSection
{
    public const string Id = "servicestandard";

    private const int Width = 760;
    private const int LabelWidth = 220;
    private const int ValueWidth = 160;
    private const int RowHeight = 28;
    private const int Top = 8;
    private const int AxisHeight = 26;

    public static void Write(Html html, DashboardData data)
    {
        var standard = data.ServiceStandard;
        html.Open("section", ("id", Id), ("aria-labelledby", $"{Id}-heading"))
            .Element("h2", "Servicestandard Termine", ("id", $"{Id}-heading"))
            .Element("p", $"Wartezeit von der Anfrage bis zum Termin in Tagen, für Anfragen vom {Format.Date(standard.From)} bis {Format.Date(standard.To)}: Median, 90. Perzentil und Anteil mit Termin binnen 14 Tagen (Ziel: alle).");
        Chart(html, standard.Services);
        Table(html, standard.Services);
        Emergency(html, standard.Emergency);
        html.Close("section");
    }

    private static void Chart(Html html, IReadOnlyList<GetBacklogServiceStandard.ServiceFigures> services)
    {
        var plot = Width - LabelWidth - ValueWidth;
        var axisY = Top + services.Count * RowHeight;
        html.Open("figure");
        Svg.Open(html, $"{Id}-chart", Width, axisY + AxisHeight, "Anteil der Termine binnen 14 Tagen je Terminart",
            "Balken je Terminart: Anteil der Anfragen mit Termin binnen 14 Tagen, in Prozent. Die Zahlen stehen in der Tabelle darunter.");
        foreach (var tick in new[] { 0, 25, 50, 75, 100 })
        {
            var x = LabelWidth + plot * tick / 100.0;
            Svg.Line(html, x, Top, x, axisY, "grid");
            Svg.Label(html, x, axisY + 16, $"{tick} %", "middle", "tick");
        }
        for (var i = 0; i < services.Count; i++)
        {
            var service = services[i];
            var y = Top + i * RowHeight + 4;
            Svg.Label(html, LabelWidth - 8, y + 15, service.Label, "end");
            if (service.ShareWithin14Days is not { } share)
            {
                Svg.Label(html, LabelWidth + 6, y + 15, "keine Termine", "start", "value");
                continue;
            }
            Svg.Bar(html, LabelWidth, y, plot * share, 20, share >= 1 ? "standard-met" : "standard-missed", $"{service.Label}: {Percent(share)} binnen 14 Tagen",
                ("data-service", service.Service), ("data-measure", "shareWithin14Days"), ("data-value", Format.Invariant(share)));
            Svg.Label(html, Width - ValueWidth + 8, y + 15, $"{Percent(share)} · {Format.Count(service.Appointments)} Termine", "start", "value");
        }
        Svg.Line(html, LabelWidth, axisY, LabelWidth + plot, axisY, "axis");
        Svg.Close(html);
        html.Element("figcaption", "Anteil der Anfragen mit Termin binnen 14 Tagen je Terminart (grün: Standard erreicht).").Close("figure");
    }

    private static void Table(Html html, IReadOnlyList<GetBacklogServiceStandard.ServiceFigures> services)
    {
        html.Open("table", ("class", "numbers"), ("data-table", "service-standard"))
            .Element("caption", "Tabelle: Wartezeit bis zum Termin je Terminart")
            .Open("thead").Open("tr");
        foreach (var column in new[] { "Terminart", "Termine", "Median (Tage)", "90. Perzentil (Tage)", "binnen 14 Tagen" })
        {
            html.Element("th", column, ("scope", "col"));
        }
        html.Close("tr").Close("thead").Open("tbody");
        foreach (var service in services)
        {
            html.Open("tr", ("data-service", service.Service)).Element("th", service.Label, ("scope", "row"))
                .Element("td", Format.Count(service.Appointments), ("data-service", service.Service), ("data-measure", "appointments"), ("data-value", Format.Invariant(service.Appointments)));
            foreach (var (measure, value, text) in new[]
            {
                ("medianDays", service.MedianDays, service.MedianDays is { } m ? Format.Days(m) : "–"),
                ("p90Days", service.P90Days, service.P90Days is { } p ? Format.Days(p) : "–"),
                ("shareWithin14Days", service.ShareWithin14Days, service.ShareWithin14Days is { } s ? Percent(s) : "–"),
            })
            {
                html.Element("td", text, ("data-service", service.Service), ("data-measure", measure), ("data-value", value is { } v ? Format.Invariant(v) : ""));
            }
            html.Close("tr");
        }
        html.Close("tbody").Close("table");
    }

    private static void Emergency(Html html, GetBacklogServiceStandard.EmergencyFigures emergency)
    {
        html.Element("h3", "Notfallanfragen (Schnellspur)")
            .Open("table", ("class", "numbers"), ("data-table", "emergency"))
            .Element("caption", "Tabelle: Notfallanfragen im Zeitraum")
            .Open("tbody");
        foreach (var (measure, label, value, text) in new[]
        {
            ("lodged", "gestellt", (double?)emergency.Lodged, Format.Count(emergency.Lodged)),
            ("slotsGiven", "Notfalltermin vergeben", emergency.SlotsGiven, Format.Count(emergency.SlotsGiven)),
            ("declined", "begründet abgelehnt", emergency.Declined, Format.Count(emergency.Declined)),
            ("waiting", "wartend", emergency.Waiting, Format.Count(emergency.Waiting)),
            ("shareWithinOneWorkingDay", "binnen eines Arbeitstags beantwortet", emergency.ShareWithinOneWorkingDay,
                emergency.ShareWithinOneWorkingDay is { } share ? Percent(share) : "–"),
        })
        {
            html.Open("tr").Element("th", label, ("scope", "row"))
                .Element("td", text, ("data-emergency", measure), ("data-value", value is { } v ? Format.Invariant(v) : "")).Close("tr");
        }
        html.Close("tbody").Close("table");
    }

    private static string Percent(double share) => $"{Format.Days(share * 100)} %";
}
