using System.Diagnostics;
using System.Net;

namespace Migrationsverwaltung.Benchmarks.Views;

/// <summary>
/// Closed-loop GETs: each client sends its next request when the previous answer is read completely. A warm-up
/// of the same kind first (not counted), then a measured period; every answer must be 200, else the run fails
/// (a benchmark of error pages would be worthless). Latency = send to last byte read, per request.
/// </summary>
public static class LatencyRun
{
    public sealed record Result(string Name, int Requests, double P50, double P95, double P99, double RequestsPerSecond);

    /// <param name="paths">Per client: the path of its n-th request.</param>
    public static async Task<Result> RunAsync(string name, IReadOnlyList<HttpClient> clients, Func<int, long, string> paths, TimeSpan warmUp, TimeSpan measured)
    {
        await PhaseAsync(clients, paths, warmUp, null);
        var latencies = new List<double>[clients.Count];
        var elapsed = await PhaseAsync(clients, paths, measured, latencies);
        var all = latencies.SelectMany(l => l).ToList();
        var result = new Result(name, all.Count, Stats.Percentile(all, 50), Stats.Percentile(all, 95), Stats.Percentile(all, 99), all.Count / elapsed.TotalSeconds);
        Report.Note($"views: {name}: {all.Count} requests by {clients.Count} clients in {elapsed.TotalSeconds:0.0} s; max {all.Max():0.0} ms; {Report.Load()}");
        Report.Figure($"{name}_p50", result.P50, "ms");
        Report.Figure($"{name}_p95", result.P95, "ms");
        Report.Figure($"{name}_p99", result.P99, "ms");
        Report.Figure($"{name}_rps", result.RequestsPerSecond, "req/s");
        return result;
    }

    /// <summary>Prints the goal's verdict; timing never fails the run.</summary>
    public static void Verdict(Result result, double goalP95Milliseconds) =>
        Console.Out.WriteLine(
            $"GOAL {result.Name} p95 {result.P95.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)} ms < {goalP95Milliseconds} ms: " +
            (result.P95 < goalP95Milliseconds ? "PASS" : $"MISS (x{(result.P95 / goalP95Milliseconds).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)})"));

    private static async Task<TimeSpan> PhaseAsync(IReadOnlyList<HttpClient> clients, Func<int, long, string> paths, TimeSpan length, List<double>[]? latencies)
    {
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(clients.Select((client, index) => Task.Run(async () =>
        {
            var own = new List<double>();
            for (long n = 0; clock.Elapsed < length; n++)
            {
                var path = paths(index, n);
                var sent = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead);
                var took = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                }
                own.Add(took);
            }
            if (latencies is not null)
            {
                latencies[index] = own;
            }
        })));
        return clock.Elapsed;
    }
}
