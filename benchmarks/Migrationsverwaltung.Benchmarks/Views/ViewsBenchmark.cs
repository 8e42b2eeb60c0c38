using Npgsql;

namespace Migrationsverwaltung.Benchmarks.Views;

/// <summary>
/// Issue 6's benchmark over HTTP: a fresh database seeded by <c>mvw seed</c> with <c>--cases</c> cases, the real API
/// as a process of its own (the benchmark client exempt from the status lookup's rate limit), 8 clients with
/// development tokens. Latency of the backlog summary (team lead), the first inbox page (caseworkers of the team
/// with the most open cases) and the public status lookup (seeded tokens), with the backlog summary's reuse at
/// its default and off; then commands at a sustained rate while the async projections' lag is sampled.
/// Goals are printed as PASS/MISS lines; timing never fails the run.
/// </summary>
public sealed class ViewsBenchmark(BenchOptions options)
{
    private const int Clients = 8;

    private TimeSpan WarmUp => options.Quick ? TimeSpan.FromSeconds(3) : TimeSpan.FromSeconds(5);
    private TimeSpan Measured => options.Quick ? TimeSpan.FromSeconds(8) : TimeSpan.FromSeconds(20);

    public async Task RunAsync()
    {
        var seeded = options.SeededDatabase is not null;
        var connectionString = options.SeededDatabase ?? await BenchDatabase.CreateAsync(options, "bench_views");
        var work = Directory.CreateTempSubdirectory("mvw-bench-views-").FullName;
        try
        {
            Report.Note(seeded ? $"views: the seeded database as it is; {Report.Load()}" : $"views: seeding {options.ViewsCases:N0} cases with mvw seed; {Report.Load()}");
            var data = seeded
                ? await SeededData.ReadAsync(connectionString, options.StatusTokensFile!, TimeSpan.Zero)
                : await SeededData.CreateAsync(connectionString, options.ViewsCases, work);
            var cases = seeded ? await CountCasesAsync(connectionString) : options.ViewsCases;
            Report.Note($"views: {cases:N0} cases, seeded in {data.SeedTime.TotalSeconds:0} s (0: seeded beforehand); {data.OpenCases:N0} open cases; team {data.TeamId} (office {data.OfficeId}) has {data.TeamOpenCases} open, " +
                        $"caseworkers {string.Join(", ", data.Caseworkers)}; {data.StatusTokens.Count} status tokens; {Report.Load()}");
            Report.Figure("views_cases", cases, "cases");
            if (!seeded)
            {
                Report.Figure("views_seed_seconds", data.SeedTime.TotalSeconds, "s");
            }

            await using var dataSource = NpgsqlDataSource.Create(connectionString);
            var probe = new ProjectionLagProbe(dataSource);

            await using (var api = await StartApiAsync(connectionString, probe, cacheMilliseconds: null))
            {
                LatencyRun.Verdict(await BacklogAsync(api, data, "views_backlog_summary"), 20);
                // The whole cube office-wide (rows=true) and one team's summary with its rows, for comparison.
                LatencyRun.Verdict(await BacklogAsync(api, data, "views_backlog_summary_rows", "?rows=true"), 20);
                LatencyRun.Verdict(await BacklogAsync(api, data, "views_backlog_summary_team", $"?teamId={data.TeamId}"), 20);
                LatencyRun.Verdict(await InboxAsync(api, data), 20);
                LatencyRun.Verdict(await StatusAsync(api, data), 5);
            }
            await using (var api = await StartApiAsync(connectionString, probe, cacheMilliseconds: 0))
            {
                LatencyRun.Verdict(await BacklogAsync(api, data, "views_backlog_summary_nocache"), 20);

                if (options.LoadModes.Contains("http"))
                {
                    var writers = new List<ILoadClient>();
                    for (var i = 0; i < options.LoadClients; i++)
                    {
                        var (team, n) = (data.Writers[i % data.Writers.Count], i / data.Writers.Count);
                        writers.Add(new HttpLoadClient(await api.ClientAsync(team.Caseworkers[n % team.Caseworkers.Count], "Sachbearbeitung", team.TeamId), team, n));
                    }
                    await LoadAsync("views_load", "over HTTP", writers, data, probe);
                }
                if (options.LoadModes.Contains("inprocess"))
                {
                    // The API process keeps running the async projections; the commands come through its pipeline built in this process.
                    using var composition = Api.Infrastructure.ApiComposition.Build(
                        $"--ConnectionStrings:EventStore={connectionString}", "--EventStore:Daemon:Enabled=false", "--Samples:Seed=false", "--Serilog:MinimumLevel:Default=Warning");
                    var writers = Enumerable.Range(0, options.LoadClients)
                        .Select(i => (ILoadClient)new InProcessLoadClient(composition.Services, data.Writers[i % data.Writers.Count], i / data.Writers.Count)).ToList();
                    await LoadAsync("views_load_inprocess", "in process (the API's MediatR pipeline, no HTTP)", writers, data, probe);
                }
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task<int> CountCasesAsync(string connectionString)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        return (int)await BenchDatabase.ScalarAsync<long>(dataSource, "SELECT count(*) FROM views.case_directory");
    }

    private async Task LoadAsync(string name, string how, IReadOnlyList<ILoadClient> writers, SeededData data, ProjectionLagProbe probe)
    {
        Report.Note($"views: sustained load {how}: target {options.LoadRate} commands/s for {options.LoadSeconds} s with {writers.Count} clients " +
                    $"spread over the largest team of each of {data.Writers.Count} offices ({string.Join(", ", data.Writers.Select(w => w.TeamId))})");
        var load = await new SustainedLoad(writers, probe).RunAsync(options.LoadRate, TimeSpan.FromSeconds(options.LoadSeconds));
        Report.Figure($"{name}_target", options.LoadRate, "commands/s");
        Report.Figure($"{name}_achieved", load.CommandsPerSecond, "commands/s");
        Report.Figure($"{name}_commands", load.Commands, "commands");
        Report.Figure($"{name}_command_p50", load.CommandP50, "ms");
        Report.Figure($"{name}_command_p95", load.CommandP95, "ms");
        Report.Figure($"{name}_lag_max", load.MaxLagSeconds, "s");
        Report.Figure($"{name}_lag_p95", load.P95LagSeconds, "s");
        Report.Figure($"{name}_events_behind_max", load.MaxEventsBehind, "events");
        Report.Figure($"{name}_events_behind_p95", load.P95EventsBehind, "events");
        Report.Figure($"{name}_append_rate", load.EventsPerSecond, "events/s");
        // Events behind ÷ append rate: the lag as the time the daemon needs to reach the head at the current rate.
        Report.Figure($"{name}_lag_by_events_max", load.MaxEventsBehind / Math.Max(1, load.EventsPerSecond), "s");
        Report.Figure($"{name}_drain", load.DrainSeconds, "s");
        Console.Out.WriteLine(
            $"GOAL {name} achieved {load.CommandsPerSecond:0} of {options.LoadRate} commands/s: {(load.CommandsPerSecond >= 0.95 * options.LoadRate ? "PASS" : "MISS")}");
        Console.Out.WriteLine(
            $"GOAL {name}_lag max {load.MaxLagSeconds:0.0} s (oldest unapplied event's age), p95 {load.P95LagSeconds:0.0} s, " +
            $"events behind max {load.MaxEventsBehind} = {load.MaxEventsBehind / Math.Max(1, load.EventsPerSecond):0.00} s at {load.EventsPerSecond:0} events/s; < 2 s: " +
            (load.MaxLagSeconds < 2 ? "PASS" : load.MaxEventsBehind / Math.Max(1, load.EventsPerSecond) < 2 ? "MISS by the age, PASS by events behind" : "MISS") +
            (load.CommandsPerSecond < 0.95 * options.LoadRate ? " (at the achieved rate, not the target)" : ""));
    }

    private static async Task<ApiProcess> StartApiAsync(string connectionString, ProjectionLagProbe probe, int? cacheMilliseconds)
    {
        var settings = new Dictionary<string, string> { ["StatusLookup__UnlimitedClients__0"] = "127.0.0.1" };
        if (cacheMilliseconds is { } ms)
        {
            settings["Views__BacklogSummaryCacheMilliseconds"] = ms.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        var api = await ApiProcess.StartAsync(connectionString, settings);
        await probe.WaitUntilCaughtUpAsync(TimeSpan.FromMinutes(10));
        Report.Note($"views: API process {api.ProcessId} ready at {api.Address}, backlog summary reuse " +
                    $"{(cacheMilliseconds is { } c ? $"{c} ms" : "at its default")}; async projections caught up; {Report.Load()}");
        return api;
    }

    private async Task<LatencyRun.Result> BacklogAsync(ApiProcess api, SeededData data, string name, string query = "")
    {
        var clients = new List<HttpClient>();
        for (var i = 0; i < Clients; i++)
        {
            clients.Add(await api.ClientAsync($"tl-bench-{i}", "Teamleitung", data.TeamId));
        }
        return await LatencyRun.RunAsync(name, clients, (_, _) => $"/api/v1/backlog{query}", WarmUp, Measured);
    }

    private async Task<LatencyRun.Result> InboxAsync(ApiProcess api, SeededData data)
    {
        var clients = new List<HttpClient>();
        for (var i = 0; i < Clients; i++)
        {
            clients.Add(await api.ClientAsync(data.Caseworkers[i % data.Caseworkers.Count], "Sachbearbeitung", data.TeamId));
        }
        return await LatencyRun.RunAsync("views_inbox_first_page", clients, (_, _) => "/api/v1/inbox", WarmUp, Measured);
    }

    private async Task<LatencyRun.Result> StatusAsync(ApiProcess api, SeededData data)
    {
        var clients = Enumerable.Range(0, Clients).Select(_ => api.AnonymousClient()).ToList();
        var tokens = data.StatusTokens;
        return await LatencyRun.RunAsync("views_status_lookup", clients,
            (client, n) => $"/api/v1/status/{tokens[(int)((client * 1237 + n) % tokens.Count)]}", WarmUp, Measured);
    }
}
