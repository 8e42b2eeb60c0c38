using System.CommandLine;
using Migrationsverwaltung.Cli.Events;
using Npgsql;

namespace Migrationsverwaltung.Cli.Seeding;

/// <summary>
/// <c>mvw seed --cases 1000000 --years 5 --offices 20 --seed 42</c>: synthetic offices, applicants and cases from DOMAIN.md's
/// workload figures, decided by the real domain and bulk-imported into the real event store, with the API's projections
/// built. Refuses when the database's disk is too small (exit code 4) or the store is not empty. docs/seeding.md.
/// </summary>
internal static class SeedCommand
{
    public static Command Create()
    {
        var connectionString = StoreConnection.ConnectionStringOption();
        var schema = StoreConnection.SchemaOption();
        var cases = new Option<int>("--cases") { Description = "Number of cases.", DefaultValueFactory = _ => 1_000_000 };
        var years = new Option<int>("--years") { Description = "Simulated years up to --until.", DefaultValueFactory = _ => 5 };
        var offices = new Option<int>("--offices") { Description = "Number of offices (of different sizes).", DefaultValueFactory = _ => 20 };
        var seed = new Option<int>("--seed") { Description = "Seed of the random choices: the same seed gives the same data.", DefaultValueFactory = _ => 42 };
        var until = new Option<DateOnly?>("--until") { Description = "The simulated present (default: today, UTC); pass it for reproducible data." };
        var assumeFree = new Option<double?>("--assume-free-gb")
        {
            Description = "Free disk space of the database server in GB, where mvw cannot measure it (remote server) or to test the check.",
        };
        var tokens = new Option<string?>("--status-tokens") { Description = "Write up to 10,000 status tokens of recent seeded cases to this file (for benchmarks)." };
        var noProjections = new Option<bool>("--skip-async-projections") { Description = "Do not wait for the async projections (the API's daemon builds them on start)." };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON on stdout." };
        var command = new Command("seed", "Fills an empty database with realistic synthetic offices, applicants and cases (docs/seeding.md).")
        {
            connectionString, schema, cases, years, offices, seed, until, assumeFree, tokens, noProjections, json,
        };
        command.SetAction((parsed, cancellationToken) => Failures.ReportAsync(async () =>
        {
            var plan = new SeedPlan(parsed.GetValue(cases), parsed.GetValue(years), parsed.GetValue(offices), parsed.GetValue(seed),
                parsed.GetValue(until) ?? DateOnly.FromDateTime(DateTime.UtcNow));
            plan.Validate();
            var settings = new SeedSettings(plan, ConnectionStringFor(parsed.GetValue(connectionString)), parsed.GetRequiredValue(schema),
                parsed.GetValue(assumeFree), parsed.GetValue(tokens), !parsed.GetValue(noProjections));
            try
            {
                var report = await new SeedRun(settings, Console.Error).RunAsync(cancellationToken);
                await Console.Out.WriteLineAsync(parsed.GetValue(json) ? report.ToJson() : report.ToText());
                return ExitCodes.Success;
            }
            catch (NotEnoughDiskException e)
            {
                await Console.Error.WriteLineAsync($"mvw: {e.Message}");
                return ExitCodes.NotEnoughDisk;
            }
        }));
        return command;
    }

    /// <summary>
    /// Statements of the inline projections repeat per chunk: prepared automatically, they cost a fraction. The seeding's
    /// transactions commit without waiting for the disk (synchronous_commit off): a crash during the seeding may lose the
    /// last chunks, and the seeding is then rerun on an empty database; its last commit (the file-number counters) is
    /// synchronous, so all is on disk before the command reports success.
    /// </summary>
    private static string ConnectionStringFor(string? given)
    {
        var resolved = given ?? Environment.GetEnvironmentVariable(StoreConnection.EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(resolved))
        {
            throw new UsageException($"No database given: pass --connection-string or set {StoreConnection.EnvironmentVariable}.");
        }
        var builder = new NpgsqlConnectionStringBuilder(resolved) { MaxAutoPrepare = 64, AutoPrepareMinUsages = 2, CommandTimeout = 600 };
        builder.Options = $"{builder.Options} -c synchronous_commit=off".Trim();
        return builder.ConnectionString;
    }
}
