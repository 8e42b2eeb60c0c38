using System.CommandLine;
using Migrationsverwaltung.EventStore;
using Migrationsverwaltung.EventStore.Serialization;
using Npgsql;

namespace Migrationsverwaltung.Cli.Events;

/// <summary>The options every command on the event store shares: which database, which schema.</summary>
internal static class StoreConnection
{
    public const string EnvironmentVariable = "ConnectionStrings__EventStore";

    public static Option<string?> ConnectionStringOption() => new("--connection-string")
    {
        Description = $"PostgreSQL connection string (default: the {EnvironmentVariable} environment variable, as the app reads it).",
    };

    public static Option<string> SchemaOption() => new("--schema")
    {
        Description = "Schema of the event store tables.",
        DefaultValueFactory = _ => "event_store",
    };

    public static NpgsqlDataSource Open(string? connectionString)
    {
        var resolved = connectionString ?? Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(resolved))
        {
            throw new UsageException($"No database given: pass --connection-string or set {EnvironmentVariable}.");
        }
        return NpgsqlDataSource.Create(resolved);
    }

    /// <summary>Administrative commands read no events, so an empty registry is enough.</summary>
    public static EventStore.EventStore Store(NpgsqlDataSource dataSource, string schema) =>
        new(dataSource, new EventTypeRegistry(), new EventStoreOptions { Schema = schema });
}

internal sealed class UsageException(string message) : Exception(message);
