namespace Migrationsverwaltung.Api.Views.Dashboard;

/// <summary>Horizontal stacked bars, one row per label, the total written at the end of each bar, a value axis below.</summary>
internal static class StackedBars
{
    public sealed record Segment(string CssClass, int Value, string Tooltip, params (string Name, string? Value)[] Data);

    public sealed record Row(string Label, IReadOnlyList<Segment> Segments);

    private const int Width = 760;
    private const int TotalWidth = 50;
    private const int RowHeight = 30;
    private const int BarHeight = 20;
    private const int Top = 8;
    private const int AxisHeight = 26;

    public static void Write(Html html, string id, string title, string description, IReadOnlyList<Row> rows, int labelWidth = 190)
    {
        var plot = Width - labelWidth - TotalWidth;
        var scale = Svg.Scale.For(rows.Select(r => r.Segments.Sum(s => s.Value)).DefaultIfEmpty(0).Max());
        var height = Top + rows.Count * RowHeight + AxisHeight;
        Svg.Open(html, id, Width, height, title, description);
        var axisY = Top + rows.Count * RowHeight;
        foreach (var tick in scale.Ticks())
        {
            var x = labelWidth + scale.Length(tick, plot);
            Svg.Line(html, x, Top, x, axisY, "grid");
            Svg.Label(html, x, axisY + 16, Format.Count((int)tick), "middle", "tick");
        }
        for (var i = 0; i < rows.Count; i++)
        {
            var y = Top + i * RowHeight + (RowHeight - BarHeight) / 2.0;
            Svg.Label(html, labelWidth - 8, y + BarHeight - 5, rows[i].Label, "end");
            var x = (double)labelWidth;
            foreach (var segment in rows[i].Segments.Where(s => s.Value > 0))
            {
                var length = scale.Length(segment.Value, plot);
                Svg.Bar(html, x, y, length, BarHeight, segment.CssClass, segment.Tooltip, segment.Data);
                x += length;
            }
            Svg.Label(html, x + 6, y + BarHeight - 5, Format.Count(rows[i].Segments.Sum(s => s.Value)), "start", "value");
        }
        Svg.Line(html, labelWidth, axisY, labelWidth + plot, axisY, "axis");
        Svg.Close(html);
    }
}
