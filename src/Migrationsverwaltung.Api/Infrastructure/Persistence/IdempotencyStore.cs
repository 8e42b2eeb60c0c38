using System.Security.Cryptography;
using System.Text.Json;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Npgsql;

namespace Migrationsverwaltung.Api.Infrastructure.Persistence;

/// <summary>The same Idempotency-Key with a different request: refused, nothing is done.</summary>
public sealed class IdempotencyConflictException(string commandId)
    : Exception($"Der Idempotency-Key „{commandId}“ wurde bereits für eine andere Anfrage verwendet.");

/// <summary>
/// Client command ids with a hash of the request and the first result, kept at least 24 hours: a retry
/// returns the first result and appends nothing. The record commits with the command's events.
/// </summary>
public sealed class IdempotencyStore(NpgsqlDataSource dataSource)
{
    public static readonly TimeSpan Retention = TimeSpan.FromHours(48);

    public static byte[] HashOf(object request) => SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(request, request.GetType()));

    /// <summary>The first result of this command id, or null if it is new; a different request under the id is refused.</summary>
    public async Task<CommandResult?> FindAsync(string commandId, byte[] requestHash, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT request_hash, result::text FROM {AppSchema.Name}.command_idempotency WHERE command_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = commandId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }
        if (!reader.GetFieldValue<byte[]>(0).AsSpan().SequenceEqual(requestHash))
        {
            throw new IdempotencyConflictException(commandId);
        }
        return JsonSerializer.Deserialize<CommandResult>(reader.GetString(1));
    }

    /// <summary>Written in the command's transaction, after the append.</summary>
    public static async Task RecordAsync(NpgsqlConnection connection, string commandId, byte[] requestHash, CommandResult result, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"INSERT INTO {AppSchema.Name}.command_idempotency (command_id, request_hash, stream_id, result) VALUES ($1, $2, $3, $4::jsonb)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = commandId });
        command.Parameters.Add(new NpgsqlParameter { Value = requestHash });
        command.Parameters.Add(new NpgsqlParameter { Value = result.StreamId });
        // Values shown once (the status token) are not kept: only their hash lives in the events.
        command.Parameters.Add(new NpgsqlParameter { Value = JsonSerializer.Serialize(result with { Extra = Shareable(result.Extra) }) });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<int> PurgeExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"DELETE FROM {AppSchema.Name}.command_idempotency WHERE created_at < $1");
        command.Parameters.Add(new NpgsqlParameter { Value = (now - Retention).UtcDateTime });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static IReadOnlyDictionary<string, string>? Shareable(IReadOnlyDictionary<string, string>? extra) =>
        extra?.Where(kv => kv.Key != CommandResultKeys.StatusToken).ToDictionary(kv => kv.Key, kv => kv.Value);
}

public static class CommandResultKeys
{
    public const string FileNumber = "file_number";
    public const string StatusToken = "status_token";
}
