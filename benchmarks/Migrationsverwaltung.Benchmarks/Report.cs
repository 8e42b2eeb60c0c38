using System.Globalization;

namespace Migrationsverwaltung.Benchmarks;

/// <summary>Figures go to stdout as "BENCH name value unit"; everything for humans goes to stderr.</summary>
public static class Report
{
    public static void Figure(string name, double value, string unit)
    {
        var format = unit switch
        {
            "ms" => "0.000",
            "x" => "0.00",
            "s" => "0.00",
            "MiB/s" or "MiB" => "0.0",
            _ => "0",
        };
        Console.Out.WriteLine($"BENCH {name} {value.ToString(format, CultureInfo.InvariantCulture)} {unit}");
        Console.Out.Flush();
    }

    public static void Note(string text) => Console.Error.WriteLine(text);

    /// <summary>
    /// The machine's load averages (1, 5, 15 min): the figures are only comparable when nothing else ran, and on
    /// shared development machines other builds and tests often do.
    /// </summary>
    public static string Load() =>
        File.Exists("/proc/loadavg") ? "load " + string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "load n/a";

    public static string Join(IEnumerable<double> values, string format = "0") =>
        string.Join(", ", values.Select(v => v.ToString(format, CultureInfo.InvariantCulture)));
}

public static class Stats
{
    public static double Median(IReadOnlyCollection<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>Nearest-rank percentile (p in 0..100) of the values.</summary>
    public static double Percentile(IReadOnlyCollection<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
