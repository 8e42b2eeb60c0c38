namespace Migrationsverwaltung.EventStore;

public sealed record EventStoreOptions
{
    /// <summary>PostgreSQL schema that holds the mt_* tables; one store per schema.</summary>
    public string Schema { get; init; } = "event_store";

    /// <summary>How long an exclusive append waits for the stream's lock before failing.</summary>
    public TimeSpan ExclusiveLockTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Tenant written on streams and events (Marten's column; one tenant per office database today).</summary>
    public string TenantId { get; init; } = "*DEFAULT*";

    /// <summary>
    /// Benchmark only: appends run the statement from before the hash chain (docs/adr/0010) and write no hashes, so
    /// the append benchmark can measure with and without the chain in the same run. Never set in an application.
    /// </summary>
    internal bool HashChainOffForBenchmark { get; init; }

    /// <summary>How long <see cref="EventStore.CreateAnchorAsync"/> waits for transactions that were open when it started.</summary>
    public TimeSpan AnchorWaitTimeout { get; init; } = TimeSpan.FromSeconds(30);

    internal string Qualified(string table) => $"\"{Schema}\".{table}";

    internal void Validate()
    {
        if (string.IsNullOrWhiteSpace(Schema) || !Schema.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
        {
            throw new ArgumentException($"Event store schema '{Schema}' must consist of lower-case letters, digits and '_'.", nameof(Schema));
        }
    }
}
