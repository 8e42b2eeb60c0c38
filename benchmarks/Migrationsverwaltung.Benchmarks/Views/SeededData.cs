using System.Diagnostics;
using Npgsql;

namespace Migrationsverwaltung.Benchmarks.Views;

/// <summary>
/// A database filled by <c>mvw seed</c> (a process of its own: the real event store, the API's projections, the
/// async ones caught up) and what the benchmark reads from it: the team with the most open cases, its office,
/// its caseworkers with the most cases, some of its persons, and the status tokens the seeding wrote.
/// </summary>
public sealed record SeededData(
    Guid OfficeId, Guid TeamId, int TeamOpenCases, IReadOnlyList<string> Caseworkers, IReadOnlyList<Guid> PersonIds,
    IReadOnlyList<string> StatusTokens, int OpenCases, TimeSpan SeedTime)
{
    public const string CliVariable = "MIGRATIONSVERWALTUNG_BENCH_MVW";

    public static async Task<SeededData> CreateAsync(string connectionString, int cases, string workDirectory)
    {
        var mvw = Environment.GetEnvironmentVariable(CliVariable);
        if (string.IsNullOrEmpty(mvw) || !File.Exists(mvw))
        {
            throw new InvalidOperationException($"{CliVariable} must name mvw.dll (./bench.sh sets it).");
        }
        var tokensFile = Path.Combine(workDirectory, "status-tokens.txt");
        var start = new ProcessStartInfo("dotnet", [mvw, "seed", "--connection-string", connectionString, "--cases", cases.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--seed", "42", "--status-tokens", tokensFile, "--json"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        var started = Stopwatch.StartNew();
        using var seed = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        // Progress goes to our stderr as it comes; the JSON report is kept.
        var report = await seed.StandardOutput.ReadToEndAsync();
        await seed.WaitForExitAsync();
        if (seed.ExitCode != 0)
        {
            throw new InvalidOperationException($"mvw seed exited with {seed.ExitCode}");
        }
        Report.Note($"views: mvw seed report: {report.Replace('\n', ' ')}");
        return await ReadAsync(connectionString, tokensFile, started.Elapsed);
    }

    /// <summary>What the benchmark needs from a seeded database (given by --seeded-database, or just seeded).</summary>
    public static async Task<SeededData> ReadAsync(string connectionString, string tokensFile, TimeSpan seedTime)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var (teamId, teamOpen) = await SingleAsync(dataSource,
            "SELECT team_id, count(*)::int FROM views.inbox_cases GROUP BY team_id ORDER BY count(*) DESC, team_id LIMIT 1",
            r => (r.GetGuid(0), r.GetInt32(1)));
        var officeId = await SingleAsync(dataSource,
            $"SELECT stream_id FROM event_store.mt_events WHERE type = 'team_formed' AND data->>'team_id' = '{teamId}' LIMIT 1", r => r.GetGuid(0));
        var caseworkers = await ListAsync(dataSource,
            $"SELECT caseworker FROM views.inbox_cases WHERE team_id = '{teamId}' AND caseworker IS NOT NULL GROUP BY caseworker ORDER BY count(*) DESC, caseworker LIMIT 8",
            r => r.GetString(0));
        var persons = await ListAsync(dataSource,
            $"SELECT person_id FROM views.case_directory WHERE team_id = '{teamId}' GROUP BY person_id ORDER BY person_id LIMIT 2000", r => r.GetGuid(0));
        var open = await SingleAsync(dataSource, "SELECT count(*)::int FROM views.inbox_cases", r => r.GetInt32(0));
        var tokens = File.ReadAllLines(tokensFile).Where(l => l.Length > 0).ToList();
        if (caseworkers.Count == 0 || persons.Count == 0 || tokens.Count == 0)
        {
            throw new InvalidOperationException($"the seeded data lack caseworkers ({caseworkers.Count}), persons ({persons.Count}) or status tokens ({tokens.Count})");
        }
        return new SeededData(officeId, teamId, teamOpen, caseworkers, persons, tokens, open, seedTime);
    }

    private static async Task<T> SingleAsync<T>(NpgsqlDataSource dataSource, string sql, Func<NpgsqlDataReader, T> read) =>
        (await ListAsync(dataSource, sql, read)) is [var single] ? single : throw new InvalidOperationException($"no row: {sql}");

    private static async Task<List<T>> ListAsync<T>(NpgsqlDataSource dataSource, string sql, Func<NpgsqlDataReader, T> read)
    {
        await using var command = dataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }
        return rows;
    }
}
