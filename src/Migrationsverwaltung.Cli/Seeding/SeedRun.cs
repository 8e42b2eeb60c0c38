using Migrationsverwaltung.Api.Infrastructure;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Migrationsverwaltung.Api.Infrastructure.EventSourcing;
using Migrationsverwaltung.Api.Infrastructure.Persistence;
using Migrationsverwaltung.EventStore.Daemon;
using Migrationsverwaltung.EventStore.Importing;
using Migrationsverwaltung.EventStore.Schema;
using Npgsql;
using Store = Migrationsverwaltung.EventStore.EventStore;

namespace Migrationsverwaltung.Cli.Seeding;

internal sealed record SeedSettings(SeedPlan Plan, string ConnectionString, string Schema, double? AssumeFreeGb, string? StatusTokensFile, bool WaitForProjections);

internal sealed class NotEnoughDiskException(string message) : Exception(message);

/// <summary>
/// Runs a seeding: checks the free disk, builds the API's composition on the database, refuses a store that has streams
/// already, generates, prepares and bulk-imports chunk by chunk (generation and preparation overlap the import), with
/// the inline and the async projections applied in each import's transaction, sets the file-number counters (a durable
/// commit), lets the API's projection daemon build whatever the imports left to it, and reports, with the disk the
/// data set takes (database and WAL).
/// </summary>
internal sealed class SeedRun(SeedSettings settings, TextWriter progress)
{
    public async Task<SeedReport> RunAsync(CancellationToken cancellationToken)
    {
        var plan = settings.Plan;
        var watch = Stopwatch.StartNew();
        using var host = ApiComposition.Build(
            $"--ConnectionStrings:EventStore={settings.ConnectionString}", $"--EventStore:Schema={settings.Schema}",
            "--Serilog:MinimumLevel:Default=Warning", "--Samples:Seed=false", "--EventStore:Daemon:Enabled=false");
        var store = host.Services.GetRequiredService<Store>();
        await CheckDiskAsync(store.DataSource, plan, cancellationToken);
        await store.InitializeAsync(cancellationToken);
        await new VersionedSchema(store.DataSource, AppSchema.Name, "schema_migrations", AppSchema.Migrations).MigrateAsync(cancellationToken);
        await RefuseFilledStoreAsync(store, cancellationToken);
        var sizeBefore = await DiskUse.DatabaseBytesAsync(store.DataSource, cancellationToken);

        var generator = new SeedGenerator(plan);
        var statistics = new SeedStatistics(plan);
        // The async projections are applied in each import's transaction (when the store finds that exact); what is left
        // is built by the daemon afterwards.
        var asyncProjections = settings.WaitForProjections
            ? host.Services.GetServices<ProjectionRegistration>().Where(r => r.Lifecycle == ProjectionLifecycle.Async).Select(r => r.Projection).ToList()
            : [];
        await ImportAsync(store, new BulkImportOptions { AsyncProjections = asyncProjections }, generator, statistics, watch, cancellationToken);
        await SetFileNumberCountersAsync(store.DataSource, generator, cancellationToken);
        var imported = watch.Elapsed;
        var projections = settings.WaitForProjections ? await BuildAsyncProjectionsAsync(host, store, cancellationToken) : [];
        await AnalyzeAsync(store, cancellationToken);
        if (settings.StatusTokensFile is { } file)
        {
            await File.WriteAllLinesAsync(file, statistics.StatusTokens, cancellationToken);
        }
        var disk = await DiskUse.MeasureAsync(store.DataSource, cancellationToken);
        return new SeedReport(plan, generator.Offices, statistics, imported, watch.Elapsed, projections,
            disk.DatabaseBytes - sizeBefore, disk, settings.StatusTokensFile);
    }

    private async Task CheckDiskAsync(NpgsqlDataSource dataSource, SeedPlan plan, CancellationToken cancellationToken)
    {
        var needed = DiskBudget.Needed(plan.Cases);
        var free = settings.AssumeFreeGb is { } assumed ? (long)(assumed * 1e9) : await DiskBudget.FreeBytesAsync(dataSource, cancellationToken);
        if (free is null)
        {
            throw new NotEnoughDiskException(
                $"Cannot measure the free disk space of the database's data directory from here (remote server or no right to read data_directory). " +
                $"{plan.Cases:N0} cases need about {needed / 1e9:0.0} GB; check it yourself and pass --assume-free-gb.");
        }
        if (free < needed)
        {
            throw new NotEnoughDiskException(
                $"Not enough disk space: {plan.Cases:N0} cases need about {needed / 1e9:0.0} GB in the database's data directory, but only {free / 1e9:0.0} GB are free. " +
                "Free space, or seed fewer cases (--cases).");
        }
    }

    private static async Task RefuseFilledStoreAsync(Store store, CancellationToken cancellationToken)
    {
        await using var command = store.DataSource.CreateCommand($"SELECT EXISTS (SELECT 1 FROM \"{store.Options.Schema}\".mt_streams)");
        if ((bool)(await command.ExecuteScalarAsync(cancellationToken))!)
        {
            throw new Events.UsageException($"The event store in schema '{store.Options.Schema}' has streams already; seed an empty database.");
        }
    }

    /// <summary>
    /// Generation and the import's preparation (serialising, digests and chain hashes, on a connection of its own) run
    /// on their own thread, one chunk ahead of the import, so both cores and two server processes work.
    /// </summary>
    private async Task ImportAsync(Store store, BulkImportOptions importOptions, SeedGenerator generator, SeedStatistics statistics, Stopwatch watch, CancellationToken cancellationToken)
    {
        var chunks = System.Threading.Channels.Channel.CreateBounded<(SeedChunk Chunk, PreparedImport Prepared)>(2);
        var producing = Task.Run(async () =>
        {
            try
            {
                foreach (var chunk in generator.Generate())
                {
                    var prepared = await store.PrepareBulkImportAsync(chunk.Streams, cancellationToken);
                    await chunks.Writer.WriteAsync((chunk, prepared), cancellationToken);
                }
                chunks.Writer.Complete();
            }
            catch (Exception error)
            {
                chunks.Writer.Complete(error);
            }
        }, cancellationToken);
        var reported = 0;
        await foreach (var (chunk, prepared) in chunks.Reader.ReadAllAsync(cancellationToken))
        {
            await store.BulkImportAsync(prepared, importOptions, cancellationToken);
            statistics.Add(chunk);
            var percent = (int)(100L * statistics.Cases / settings.Plan.Cases);
            if (percent >= reported + 5 || statistics.Cases == settings.Plan.Cases)
            {
                reported = percent;
                await progress.WriteLineAsync($"mvw seed: {statistics.Cases:N0} of {settings.Plan.Cases:N0} cases ({percent} %), {statistics.Events:N0} events, {watch.Elapsed:mm\\:ss}");
            }
        }
        await producing;
    }

    private static async Task SetFileNumberCountersAsync(NpgsqlDataSource dataSource, SeedGenerator generator, CancellationToken cancellationToken)
    {
        var last = generator.LastFileNumbers;
        var offices = generator.Offices.ToDictionary(o => o.Index, o => o.Id);
        // The seeding's connections commit asynchronously (SeedCommand); this commit is synchronous, and flushes the
        // WAL up to it, so everything seeded before is durable before the command reports success.
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var durable = new NpgsqlCommand("SET LOCAL synchronous_commit = on", connection))
        {
            await durable.ExecuteNonQueryAsync(cancellationToken);
        }
        await using var command = new NpgsqlCommand($"""
            INSERT INTO {AppSchema.Name}.file_number_counters (office_id, year, last_number)
            SELECT * FROM unnest($1::uuid[], $2::int[], $3::int[])
            ON CONFLICT (office_id, year) DO UPDATE SET last_number = GREATEST(file_number_counters.last_number, excluded.last_number)
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = last.Keys.Select(k => offices[k.Office]).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = last.Keys.Select(k => k.Year).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = last.Values.ToArray() });
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The API's daemon, with the API's async projections, run here until they have applied every seeded event.</summary>
    private async Task<IReadOnlyList<string>> BuildAsyncProjectionsAsync(IHost host, Store store, CancellationToken cancellationToken)
    {
        var daemon = host.Services.GetRequiredService<ProjectionDaemon>();
        var names = daemon.ProjectionNames.ToList();
        if (names.Count == 0)
        {
            return names;
        }
        await progress.WriteLineAsync($"mvw seed: building the async projections ({string.Join(", ", names)}) ...");
        daemon.Start();
        try
        {
            var control = new ProjectionControl(store);
            while (!await control.WaitForCatchUpAsync(names, TimeSpan.FromSeconds(30), cancellationToken))
            {
                var behind = (await daemon.StatusAsync(cancellationToken)).Sum(s => Math.Max(0, s.EventsBehind));
                await progress.WriteLineAsync($"mvw seed: async projections {behind:N0} events behind");
            }
        }
        finally
        {
            await daemon.StopAsync();
        }
        return names;
    }

    private static async Task AnalyzeAsync(Store store, CancellationToken cancellationToken)
    {
        await using var command = store.DataSource.CreateCommand("ANALYZE");
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
