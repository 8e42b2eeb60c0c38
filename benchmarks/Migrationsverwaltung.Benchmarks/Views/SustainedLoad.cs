using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;

namespace Migrationsverwaltung.Benchmarks.Views;

/// <summary>
/// Commands over HTTP at a target rate, open loop: command slot k is due at start + k / rate and is taken by the
/// next free client (a client sends one command at a time; when all are busy the slots fall behind, which shows as
/// an achieved rate below the target; no new command starts after the run's length). A client's slots alternate between receiving an application for a new case
/// (<c>POST /api/v1/cases</c>, a seeded person of the team) and registering it (<c>POST …/registration</c>,
/// If-Match 1: file number, status token). Meanwhile the async projections' lag is sampled every second.
/// </summary>
public sealed class SustainedLoad(IReadOnlyList<HttpClient> clients, SeededData data, ProjectionLagProbe probe)
{
    /// <param name="MaxLagSeconds">Largest age of the oldest not yet applied event over all samples (an upper bound, see <see cref="ProjectionLagProbe"/>).</param>
    /// <param name="EventsPerSecond">Events appended per second during the load (all streams).</param>
    public sealed record Result(int Commands, double CommandsPerSecond, double CommandP50, double CommandP95, double MaxLagSeconds,
        double P95LagSeconds, long MaxEventsBehind, long P95EventsBehind, double EventsPerSecond, double DrainSeconds);

    public async Task<Result> RunAsync(double targetPerSecond, TimeSpan length)
    {
        var today = Domain.Calendar.BerlinTime.DateOf(DateTimeOffset.UtcNow);
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
                using var created = await client.PostAsJsonAsync("/api/v1/cases", new
                {
                    personId = data.PersonIds[(index * 7919 + n) % data.PersonIds.Count], officeId = data.OfficeId, teamId = data.TeamId,
                    titleCode = "NE_9", kind = "FirstIssue", channel = "Online", receivedOn = today,
                });
                own.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                if (created.StatusCode != HttpStatusCode.Created)
                {
                    throw new InvalidOperationException($"receive application: {(int)created.StatusCode}: {await created.Content.ReadAsStringAsync()}");
                }
                if (await SlotAsync() is null)
                {
                    return;
                }
                using var register = new HttpRequestMessage(HttpMethod.Post, $"{created.Headers.Location}/registration");
                register.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
                sent = Stopwatch.GetTimestamp();
                using var registered = await client.SendAsync(register);
                own.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                if (registered.StatusCode != HttpStatusCode.OK)
                {
                    throw new InvalidOperationException($"registration: {(int)registered.StatusCode}: {await registered.Content.ReadAsStringAsync()}");
                }
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
