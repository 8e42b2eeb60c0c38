namespace Migrationsverwaltung.Api.Views.Dashboard;

/// <summary>
/// Inline SVG drawn on the server: an accessible chart frame (role img, title and description), bars with a
/// tooltip, labels and a value axis with round steps. Colours come from classes in dashboard.css (no inline style).
/// </summary>
internal static class Svg
{
    public static void Open(Html html, string id, int width, int height, string title, string description)
    {
        html.Open("svg", ("xmlns", "http://www.w3.org/2000/svg"), ("id", id), ("class", "chart"), ("viewBox", $"0 0 {width} {height}"),
                ("width", Format.Invariant(width)), ("height", Format.Invariant(height)), ("role", "img"), ("aria-labelledby", $"{id}-title {id}-desc"))
            .Element("title", title, ("id", $"{id}-title"))
            .Element("desc", description, ("id", $"{id}-desc"));
    }

    public static void Close(Html html) => html.Close("svg");

    public static void Bar(Html html, double x, double y, double width, double height, string cssClass, string tooltip, params (string Name, string? Value)[] data)
    {
        html.Open("rect", [("x", Format.Invariant(x)), ("y", Format.Invariant(y)), ("width", Format.Invariant(Math.Max(width, 0))),
                ("height", Format.Invariant(height)), ("class", cssClass), .. data])
            .Element("title", tooltip)
            .Close("rect");
    }

    public static void Label(Html html, double x, double y, string text, string anchor = "start", string cssClass = "label") =>
        html.Element("text", text, ("x", Format.Invariant(x)), ("y", Format.Invariant(y)), ("text-anchor", anchor), ("class", cssClass));

    public static void Line(Html html, double x1, double y1, double x2, double y2, string cssClass) =>
        html.Empty("line", ("x1", Format.Invariant(x1)), ("y1", Format.Invariant(y1)), ("x2", Format.Invariant(x2)), ("y2", Format.Invariant(y2)), ("class", cssClass));

    /// <summary>A value axis from 0 to a round maximum (1, 2 or 5 × 10ⁿ steps, at most about five of them).</summary>
    public sealed record Scale(double Max, double Step)
    {
        public static Scale For(double largest)
        {
            if (largest <= 0)
            {
                return new Scale(1, 1);
            }
            var rough = largest / 5;
            var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
            var step = new[] { 1, 2, 5, 10 }.Select(f => f * magnitude).First(s => s >= rough);
            step = Math.Max(step, 1);
            return new Scale(Math.Ceiling(largest / step) * step, step);
        }

        public IEnumerable<double> Ticks()
        {
            for (var tick = 0.0; tick <= Max + Step / 2; tick += Step)
            {
                yield return tick;
            }
        }

        public double Length(double value, double full) => value / Max * full;
    }
}
