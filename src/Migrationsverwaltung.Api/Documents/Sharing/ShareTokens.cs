using System.Security.Cryptography;
using Migrationsverwaltung.Api.Infrastructure.Persistence;
using Npgsql;

namespace Migrationsverwaltung.Api.Documents.Sharing;

/// <summary>
/// A partner's capability for one share: 32 characters of Crockford Base32 (160 random bits), shown once; only its
/// SHA-256 is stored. The token finds the share; the file's stream decides whether it is still valid.
/// </summary>
public static class ShareTokens
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public const int Length = 32;

    public static string Create()
    {
        Span<byte> random = stackalloc byte[Length];
        RandomNumberGenerator.Fill(random);
        Span<char> chars = stackalloc char[Length];
        for (var i = 0; i < Length; i++)
        {
            chars[i] = Alphabet[random[i] & 31];
        }
        return new string(chars);
    }

    public static byte[] HashOf(string token) => SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(token.Trim().ToUpperInvariant()));

    public static bool LooksValid(string? token) =>
        token is { Length: Length } && token.ToUpperInvariant().All(c => Alphabet.Contains(c));

    public static async Task StoreAsync(NpgsqlConnection connection, string token, Guid personId, Guid shareId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"INSERT INTO {AppSchema.Name}.file_share_tokens (token_hash, person_id, share_id) VALUES ($1, $2, $3)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = HashOf(token) });
        command.Parameters.Add(new NpgsqlParameter { Value = personId });
        command.Parameters.Add(new NpgsqlParameter { Value = shareId });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<(Guid PersonId, Guid ShareId)?> FindAsync(NpgsqlDataSource dataSource, string token, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT person_id, share_id FROM {AppSchema.Name}.file_share_tokens WHERE token_hash = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = HashOf(token) });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetGuid(0), reader.GetGuid(1)) : null;
    }
}
