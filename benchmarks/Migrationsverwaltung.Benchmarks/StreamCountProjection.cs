using Migrationsverwaltung.EventStore;
using Migrationsverwaltung.EventStore.Projections;
using Npgsql;
using NpgsqlTypes;

namespace Migrationsverwaltung.Benchmarks;

/// <summary>
/// Counts events per stream: the batch is aggregated in memory and written with one unnest upsert, so the
/// projection itself costs one statement per batch and the benchmark measures the daemon.
/// </summary>
public sealed class StreamCountProjection : IProjection
{
    public const string Table = "bench_stream_counts";

    public string Name => "bench_stream_counts";

    /// <summary>Time spent in <see cref="ApplyAsync"/> (the projection's own share of a catch-up) and its calls.</summary>
    public TimeSpan ApplyTime { get; private set; }
    public int Batches { get; private set; }

    public void ResetTimings() => (ApplyTime, Batches) = (TimeSpan.Zero, 0);

    public async Task EnsureSchemaAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"CREATE TABLE IF NOT EXISTS {Table} (stream_id uuid PRIMARY KEY, n bigint NOT NULL)", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task ApplyAsync(NpgsqlConnection connection, IReadOnlyList<StoredEvent> events, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var counts = new Dictionary<Guid, long>();
        foreach (var @event in events)
        {
            counts[@event.StreamId] = counts.GetValueOrDefault(@event.StreamId) + 1;
        }
        await using var command = new NpgsqlCommand($"""
            INSERT INTO {Table} (stream_id, n) SELECT * FROM unnest($1::uuid[], $2::bigint[])
            ON CONFLICT (stream_id) DO UPDATE SET n = {Table}.n + excluded.n
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = counts.Keys.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid });
        command.Parameters.Add(new NpgsqlParameter { Value = counts.Values.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
        await command.ExecuteNonQueryAsync(cancellationToken);
        ApplyTime += System.Diagnostics.Stopwatch.GetElapsedTime(started);
        Batches++;
    }

    public async Task ResetAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"TRUNCATE {Table}", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
