using System.Diagnostics;

namespace Migrationsverwaltung.Benchmarks.Views;

/// <summary>
/// Commands at a target rate, open loop: command slot k is due at start + k / rate and is taken by the next free
/// client (a client sends one command at a time; when all are busy the slots fall behind, which shows as an achieved
/// rate below the target; no new command starts after the run's length). A client's slots alternate between
/// receiving an application for a new case (a seeded person of the team) and registering it (file number, status
/// token), over HTTP or in process (<see cref="ILoadClient"/>). Meanwhile the async projections' lag is sampled every second.
/// </summary>
public sealed class SustainedLoad(IReadOnlyList<ILoadClient> clients, ProjectionLagProbe probe)
{
    /// <param name="MaxLagSeconds">Largest age of the oldest not yet applied event over all samples (an upper bound, see <see cref="ProjectionLagProbe"/>).</param>
    /// <param name="EventsPerSecond">Events appended per second during the load (all streams).</param>
    public sealed record Result(int Commands, double CommandsPerSecond, double CommandP50, double CommandP95, double MaxLagSeconds,
        double P95LagSeconds, long MaxEventsBehind, long P95EventsBehind, double EventsPerSecond, double DrainSeconds);

    public async Task<Result> RunAsync(double targetPerSecond, TimeSpan length)
    {
        var eventsBefore = await probe.LastSequenceAsync();
        long nextSlot = -1;
        var clock = Stopwatch.StartNew();
        var latencies = new List<double>[clients.Count];
        var lagSamples = new List<(double Seconds, long Behind)>();
        using var stopSampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stopSampling.IsCancellationRequested)
            {
                var samples = await probe.ReadAsync();
                lock (lagSamples)
                {
                    lagSamples.Add((samples.Max(s => s.OldestUnappliedSeconds), samples.Max(s => s.EventsBehind)));
                }
                Report.Note($"views: load {clock.Elapsed.TotalSeconds:0}s: " + string.Join(", ", samples.Select(s => $"{s.Projection} {s.EventsBehind} behind, oldest {s.OldestUnappliedSeconds:0.0} s")));
                try
                {
                    await Task.Delay(1000, stopSampling.Token);
                }
                catch (OperationCanceledException)
                {
                }
            }
        });

        async Task<TimeSpan?> SlotAsync()
        {
            var slot = Interlocked.Increment(ref nextSlot);
            var due = TimeSpan.FromSeconds(slot / targetPerSecond);
            if (due >= length || clock.Elapsed >= length)
            {
                return null;
            }
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }
            return due;
        }

        await Task.WhenAll(clients.Select((client, index) => Task.Run(async () =>
        {
            var own = latencies[index] = [];
            for (var n = 0; ; n++)
            {
                if (await SlotAsync() is null)
                {
                    return;
                }
                var sent = Stopwatch.GetTimestamp();
                await client.ReceiveAsync(n);
                own.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                if (await SlotAsync() is null)
                {
                    return;
                }
                sent = Stopwatch.GetTimestamp();
                await client.RegisterLastAsync();
                own.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
            }
        })));
        var sent = clock.Elapsed;
        var eventsPerSecond = (await probe.LastSequenceAsync() - eventsBefore) / sent.TotalSeconds;
        var all = latencies.SelectMany(l => l).ToList();
        int underLoad;
        lock (lagSamples)
        {
            underLoad = lagSamples.Count;
        }

        var drain = Stopwatch.StartNew();
        await probe.WaitUntilCaughtUpAsync(TimeSpan.FromMinutes(10));
        var drainSeconds = drain.Elapsed.TotalSeconds;
        await stopSampling.CancelAsync();
        await sampler;
        var lags = lagSamples.Select(s => s.Seconds).ToList();
        Report.Note($"views: load: {all.Count} commands by {clients.Count} clients in {sent.TotalSeconds:0.0} s (target {targetPerSecond:0}/s for {length.TotalSeconds:0} s); " +
                    $"{underLoad} lag samples under load, {lagSamples.Count - underLoad} while draining; {Report.Load()}");
        return new Result(all.Count, all.Count / sent.TotalSeconds, Stats.Percentile(all, 50), Stats.Percentile(all, 95),
            lags.Max(), Stats.Percentile(lags, 95), lagSamples.Max(s => s.Behind), (long)Stats.Percentile(lagSamples.Select(s => (double)s.Behind).ToList(), 95),
            eventsPerSecond, drainSeconds);
    }
}
