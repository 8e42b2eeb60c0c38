using System.Globalization;
using Npgsql;

namespace Migrationsverwaltung.Benchmarks;

/// <summary>Command line: --connection CS [--quick] [--only append,catchup,aggregate,documents,views,chain] [--runs N] [--batch-sizes 2000,5000,10000] [--max-auto-prepare N] [--synchronous-commit-off] [--cases N] [--load-rate N] [--load-seconds N] [--load-clients N] [--chain-events N] [--chain-runs N].</summary>
public sealed record BenchOptions
{
    public const string ConnectionVariable = "MIGRATIONSVERWALTUNG_BENCH_DB";

    public required string AdminConnectionString { get; init; }
    public bool Quick { get; init; }
    public IReadOnlySet<string> Only { get; init; } = new HashSet<string> { "append", "catchup", "aggregate", "documents" };
    /// <summary>Runs per side of every comparison: 5 quick, 7 full (the machines here are noisy), or --runs.</summary>
    public int Runs { get; init; } = 7;

    /// <summary>Daemon batch sizes tried in the catch-up benchmark; the best median is the headline.</summary>
    public IReadOnlyList<int> BatchSizes { get; init; } = [2000, 5000, 10000];

    /// <summary>Npgsql's "Max Auto Prepare" for both sides of every comparison (0: Npgsql's default, off).</summary>
    public int MaxAutoPrepare { get; init; }

    /// <summary>
    /// Diagnostic: synchronous_commit off for both sides, so commits do not wait for the WAL flush and the
    /// comparison shows CPU and round-trip costs without the disk's (noisy) fsync latency. Not the headline.
    /// </summary>
    public bool SynchronousCommitOff { get; init; }

    public TimeSpan AppendRunLength => Quick ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(3);
    public int CatchUpEvents => Quick ? 200_000 : 1_000_000;
    public int AggregateLoads => Quick ? 500 : 2000;
    public int AggregateLoadsOfLongStreams => Quick ? 100 : 200;

    /// <summary>Cases the views benchmark seeds (default 200,000; quick 20,000).</summary>
    public int ViewsCases { get; init; } = 200_000;

    /// <summary>Target commands per second of the views benchmark's sustained load, its length and its clients.</summary>
    public int LoadRate { get; init; } = 500;
    public int LoadSeconds { get; init; } = 60;
    public int LoadClients { get; init; } = 16;

    /// <summary>An already seeded database (connection string) and its status-token file: the views benchmark measures it as it is instead of seeding.</summary>
    public string? SeededDatabase { get; init; }
    public string? StatusTokensFile { get; init; }

    /// <summary>Where the sustained load's commands come from: over HTTP, in process through the API's pipeline, or both (default).</summary>
    public IReadOnlySet<string> LoadModes { get; init; } = new HashSet<string> { "http", "inprocess" };
    /// <summary>Events whose hash chains the chain benchmark verifies: 10,000,000 full, 1,000,000 quick, or --chain-events.</summary>
    public int ChainEvents { get; init; } = 10_000_000;

    /// <summary>Runs per side of the chain benchmark: 3 (one 10M verification takes about a minute here), or --chain-runs.</summary>
    public int ChainRuns { get; init; } = 3;

    public bool Includes(string benchmark) => Only.Contains(benchmark);

    public static string Usage =>
        "usage: mvw-bench --connection <admin connection string> [--quick] [--only append,catchup,aggregate,documents] [--runs N>=5] " +
        "[--batch-sizes 2000,5000,10000] [--max-auto-prepare N] [--synchronous-commit-off]\n" +
        "chain (only with --only chain): [--chain-events N (10000000; quick 1000000)] [--chain-runs N (3)]\n" +
        "views (only with --only views): [--cases N (200000; quick 20000)] [--load-rate 500] [--load-seconds 60 (quick 20)] [--load-clients 16] [--load-modes http,inprocess] [--seeded-database CONN --status-tokens FILE]\n" +
        "reminders (only with --only reminders): --seeded-database CONN (a data set from mvw seed; read, nothing written)\n" +
        $"The connection string may also come from {ConnectionVariable}. Each benchmark creates (and replaces) its own database.";

    public static BenchOptions Parse(string[] args)
    {
        string? connection = Environment.GetEnvironmentVariable(ConnectionVariable);
        var quick = false;
        int? runs = null;
        var maxAutoPrepare = 0;
        var synchronousCommitOff = false;
        HashSet<string>? only = null;
        List<int>? batchSizes = null;
        int? cases = null;
        int? loadSeconds = null;
        var loadRate = 500;
        var loadClients = 16;
        HashSet<string> loadModes = ["http", "inprocess"];
        string? seededDatabase = null;
        string? statusTokens = null;
        int? chainEvents = null;
        var chainRuns = 3;
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.\n{Usage}");
            switch (args[i])
            {
                case "--connection": connection = Value(); break;
                case "--quick": quick = true; break;
                case "--synchronous-commit-off": synchronousCommitOff = true; break;
                case "--runs": runs = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--max-auto-prepare": maxAutoPrepare = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--only": only = [.. Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]; break;
                case "--batch-sizes":
                    batchSizes = [.. Value().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture))];
                    break;
                case "--cases": cases = Positive(Value()); break;
                case "--load-rate": loadRate = Positive(Value()); break;
                case "--load-seconds": loadSeconds = Positive(Value()); break;
                case "--load-clients": loadClients = Positive(Value()); break;
                case "--seeded-database": seededDatabase = Value(); break;
                case "--status-tokens": statusTokens = Value(); break;
                case "--load-modes": loadModes = [.. Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]; break;
                case "--chain-events": chainEvents = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--chain-runs": chainRuns = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--help" or "-h": throw new ArgumentException(Usage);
                default: throw new ArgumentException($"Unknown argument '{args[i]}'.\n{Usage}");
            }
        }
        if (string.IsNullOrWhiteSpace(connection))
        {
            throw new ArgumentException($"No connection string.\n{Usage}");
        }
        if (runs < 5)
        {
            throw new ArgumentException("--runs must be at least 5 (the figures are medians of at least 5 runs per side).");
        }
        if ((seededDatabase is null) != (statusTokens is null) && only?.Contains("views") == true)
        {
            throw new ArgumentException($"--seeded-database and --status-tokens go together.\n{Usage}");
        }
        if (loadModes.Except(["http", "inprocess"]).Any() || loadModes.Count == 0)
        {
            throw new ArgumentException($"--load-modes takes http, inprocess or both.\n{Usage}");
        }
        var unknown = only?.Except(["append", "catchup", "aggregate", "documents", "views", "chain", "reminders"]).ToList();
        if (unknown is { Count: > 0 })
        {
            throw new ArgumentException($"Unknown benchmark(s) in --only: {string.Join(", ", unknown)}.\n{Usage}");
        }
        return new BenchOptions
        {
            AdminConnectionString = connection,
            Quick = quick,
            Runs = runs ?? (quick ? 5 : 7),
            MaxAutoPrepare = maxAutoPrepare,
            SynchronousCommitOff = synchronousCommitOff,
            Only = only ?? new HashSet<string> { "append", "catchup", "aggregate", "documents" },
            ChainEvents = chainEvents ?? (quick ? 1_000_000 : 10_000_000),
            ChainRuns = Math.Max(1, chainRuns),
            BatchSizes = batchSizes is { Count: > 0 } ? batchSizes : [2000, 5000, 10000],
            ViewsCases = cases ?? (quick ? 20_000 : 200_000),
            LoadRate = loadRate,
            LoadSeconds = loadSeconds ?? (quick ? 20 : 60),
            LoadClients = loadClients,
            LoadModes = loadModes,
            SeededDatabase = seededDatabase,
            StatusTokensFile = statusTokens,
        };
    }

    private static int Positive(string value) =>
        int.Parse(value, CultureInfo.InvariantCulture) is var n and > 0 ? n : throw new ArgumentException($"{value}: a positive number is needed.");

    /// <summary>
    /// The connection string both sides of a comparison use: the given database and the same pool and
    /// statement-preparation settings for the store and for the raw Npgsql baseline.
    /// </summary>
    public string ConnectionStringFor(string database) => ConnectionStringFor(database, MaxAutoPrepare);

    /// <summary>The value the comparisons "with auto-prepare" use when the main run has it off.</summary>
    public const int AutoPrepareForComparison = 20;

    /// <summary>Whether to measure extra sides with Npgsql auto-prepare on (only when the main sides run without).</summary>
    public bool CompareAutoPrepare => MaxAutoPrepare == 0;

    public string ConnectionStringFor(string database, int maxAutoPrepare)
    {
        var builder = new NpgsqlConnectionStringBuilder(AdminConnectionString)
        {
            Database = database,
            ApplicationName = "mvw-bench",
            MaxPoolSize = 100,
        };
        if (SynchronousCommitOff)
        {
            builder.Options = (builder.Options + " -c synchronous_commit=off").Trim();
        }
        if (maxAutoPrepare > 0)
        {
            builder.MaxAutoPrepare = maxAutoPrepare;
            builder.AutoPrepareMinUsages = 2;
        }
        return builder.ConnectionString;
    }
}
