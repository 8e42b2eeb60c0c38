namespace Migrationsverwaltung.EventStore;

public sealed record EventStoreOptions
{
    /// <summary>PostgreSQL schema that holds the mt_* tables; one store per schema.</summary>
    public string Schema { get; init; } = "event_store";

    /// <summary>How long an exclusive append waits for the stream's lock before failing.</summary>
    public TimeSpan ExclusiveLockTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Tenant written on streams and events (Marten's column; one tenant per office database today).</summary>
    public string TenantId { get; init; } = "*DEFAULT*";

    internal string Qualified(string table) => $"\"{Schema}\".{table}";

    internal void Validate()
    {
        if (string.IsNullOrWhiteSpace(Schema) || !Schema.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
        {
            throw new ArgumentException($"Event store schema '{Schema}' must consist of lower-case letters, digits and '_'.", nameof(Schema));
        }
    }
}
