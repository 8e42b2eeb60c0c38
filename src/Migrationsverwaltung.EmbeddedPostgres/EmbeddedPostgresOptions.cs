namespace Migrationsverwaltung.EmbeddedPostgres;

public sealed record EmbeddedPostgresOptions
{
    /// <summary>The cluster's data directory; created (initdb) when it does not hold a cluster yet.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>TCP port on 127.0.0.1; null picks a free one at each start.</summary>
    public int? Port { get; init; }

    /// <summary>Folder with initdb/pg_ctl/postgres; null searches PATH and /usr/lib/postgresql/*/bin.</summary>
    public string? BinDirectory { get; init; }

    /// <summary>False for throwaway test clusters: fsync and full-page writes off. Keep true for anything that holds real data or benchmarks.</summary>
    public bool Durable { get; init; } = true;

    /// <summary>Idle-in-transaction sessions hold back every async projection (the horizon is cluster-wide), so they are ended.</summary>
    public TimeSpan IdleInTransactionTimeout { get; init; } = TimeSpan.FromMinutes(1);

    public int MaxConnections { get; init; } = 200;

    /// <summary>Extra postgresql.conf settings, written after ours.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
