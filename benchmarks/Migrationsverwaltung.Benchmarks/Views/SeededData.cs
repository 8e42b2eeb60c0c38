using System.Diagnostics;
using Npgsql;

namespace Migrationsverwaltung.Benchmarks.Views;

/// <summary>
/// A database filled by <c>mvw seed</c> (a process of its own: the real event store, the API's projections, the
/// async ones caught up) and what the benchmark reads from it: the team with the most open cases, its office,
/// its caseworkers with the most cases, some of its persons, and the status tokens the seeding wrote; for the
/// sustained load the same for the largest team of each of the <see cref="WriterOffices"/> largest offices (so the
/// load is spread over offices as in a shared deployment, each office with its own file-number counter).
/// </summary>
public sealed record SeededData(
    Guid OfficeId, Guid TeamId, int TeamOpenCases, IReadOnlyList<string> Caseworkers, IReadOnlyList<Guid> PersonIds,
    IReadOnlyList<string> StatusTokens, int OpenCases, TimeSpan SeedTime)
{
    public const int WriterOffices = 4;

    /// <summary>A team the sustained load writes for: its office, caseworkers and persons.</summary>
    public sealed record WriterTeam(Guid OfficeId, Guid TeamId, IReadOnlyList<string> Caseworkers, IReadOnlyList<Guid> PersonIds);

    public IReadOnlyList<WriterTeam> Writers { get; init; } = [];

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
        var writers = new List<WriterTeam>();
        foreach (var (office, team) in await ListAsync(dataSource, $"""
            SELECT office_id, team_id FROM (
                SELECT t.office_id, t.team_id, count(*) AS cases, row_number() OVER (PARTITION BY t.office_id ORDER BY count(*) DESC, t.team_id) AS rank
                FROM views.case_directory d JOIN views.teams t USING (team_id) GROUP BY t.office_id, t.team_id) ranked
            WHERE rank = 1 ORDER BY cases DESC, office_id LIMIT {WriterOffices}
            """, r => (r.GetGuid(0), r.GetGuid(1))))
        {
            var workers = await ListAsync(dataSource,
                $"SELECT caseworker FROM views.case_directory WHERE team_id = '{team}' AND caseworker IS NOT NULL GROUP BY caseworker ORDER BY count(*) DESC, caseworker LIMIT 8",
                r => r.GetString(0));
            var people = await ListAsync(dataSource,
                $"SELECT person_id FROM views.case_directory WHERE team_id = '{team}' GROUP BY person_id ORDER BY person_id LIMIT 2000", r => r.GetGuid(0));
            if (workers.Count > 0 && people.Count > 0)
            {
                writers.Add(new WriterTeam(office, team, workers, people));
            }
        }
        return new SeededData(officeId, teamId, teamOpen, caseworkers, persons, tokens, open, seedTime)
        {
            Writers = writers.Count > 0 ? writers : [new WriterTeam(officeId, teamId, caseworkers, persons)],
        };
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
