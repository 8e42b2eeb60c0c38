using System.Security.Cryptography;
using Migrationsverwaltung.Api.Infrastructure.Persistence;
using Migrationsverwaltung.EventStore.Schema;
using Npgsql;
using NpgsqlTypes;

namespace Migrationsverwaltung.Api.Documents.Storage;

public sealed record DocumentStorageOptions
{
    public long MaxBytes { get; init; } = 20L * 1024 * 1024;
    public int ChunkBytes { get; init; } = 256 * 1024;
}

/// <summary>An upload whose bytes are staged and verified, not yet part of any file.</summary>
public sealed record StagedDocument(Guid UploadId, byte[] Sha256, long Size, string MediaType, int ChunkCount);

/// <summary>Stored content: its bytes are read chunk by chunk from <see cref="Content"/>.</summary>
public sealed record DocumentContent(Guid ContentId, byte[] Sha256, long Size, string MediaType, Stream Content);

/// <summary>
/// Document bytes in PostgreSQL (docs/adr/0007). No transaction stays open while bytes arrive: each chunk is
/// staged in its own short transaction, and <see cref="CommitAsync"/> moves a verified upload into the content
/// tables in one short transaction, storing the same bytes of the same person once.
/// </summary>
public sealed class DocumentContentStore(NpgsqlDataSource dataSource, DocumentStorageOptions? options = null)
{
    private const string S = AppSchema.Name;
    private readonly DocumentStorageOptions _options = options ?? new DocumentStorageOptions();

    public Task EnsureSchemaAsync(CancellationToken cancellationToken = default) =>
        new VersionedSchema(dataSource, AppSchema.Name, "schema_migrations", AppSchema.Migrations).MigrateAsync(cancellationToken);

    /// <summary>
    /// Streams <paramref name="content"/> into staging, hashing and checking it on the way. A refused upload
    /// removes what it staged; one interrupted by the stream or the connection too; a crash in between leaves staging rows for
    /// <see cref="PurgeAbandonedAsync"/>.
    /// </summary>
    public async Task<StagedDocument> StageAsync(Stream content, string declaredMediaType, CancellationToken cancellationToken = default)
    {
        var uploadId = Guid.CreateVersion7();
        using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[_options.ChunkBytes];
        long size = 0;
        var chunkNo = 0;
        string? mediaType = null;
        try
        {
            int read;
            while ((read = await content.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken)) > 0)
            {
                size += read;
                if (size > _options.MaxBytes)
                {
                    throw new DocumentTooLargeException(_options.MaxBytes);
                }
                if (chunkNo == 0)
                {
                    mediaType = DocumentTypeDetector.Detect(buffer.AsSpan(0, read));
                    if (!string.Equals(mediaType, declaredMediaType, StringComparison.OrdinalIgnoreCase))
                    {
                        throw new DocumentTypeMismatchException(declaredMediaType, mediaType);
                    }
                }
                sha256.AppendData(buffer, 0, read);
                await WriteChunkAsync(uploadId, chunkNo++, buffer.AsMemory(0, read), cancellationToken);
            }
        }
        catch (Exception) when (chunkNo > 0)
        {
            // Refused, or the body broke off (client gone, connection dropped): nothing of it stays. Should this
            // fail too (database gone), the hourly purge removes the rest.
            await DiscardAsync(uploadId, CancellationToken.None);
            throw;
        }
        if (mediaType is null)
        {
            throw new EmptyDocumentException();
        }
        return new StagedDocument(uploadId, sha256.GetHashAndReset(), size, mediaType, chunkNo);
    }

    /// <summary>
    /// Makes a staged upload the person's content in one short transaction and returns its id. Bytes the person
    /// already has are not stored again: the existing content id is returned and the staging is dropped.
    /// </summary>
    public async Task<Guid> CommitAsync(StagedDocument staged, Guid personId, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var contentId = await CommitAsync(connection, staged, personId, Guid.CreateVersion7(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return contentId;
    }

    /// <summary>
    /// The same inside the caller's transaction (the file's append): the content gets <paramref name="newContentId"/>
    /// unless the person has these bytes already, whose content id is returned then.
    /// </summary>
    public async Task<Guid> CommitAsync(NpgsqlConnection connection, StagedDocument staged, Guid personId, Guid newContentId, CancellationToken cancellationToken)
    {
        // ON CONFLICT waits for a concurrent insert of the same bytes and then does nothing, instead of failing
        // with a unique violation; the following statement sees the winner's committed row.
        var contentId = await ScalarAsync<Guid?>(connection, $"""
            INSERT INTO {S}.document_contents (content_id, person_id, sha256, size, media_type)
            VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (person_id, sha256) DO NOTHING
            RETURNING content_id
            """, cancellationToken, newContentId, personId, staged.Sha256, staged.Size, staged.MediaType);
        int moved;
        if (contentId is { } inserted)
        {
            moved = await NonQueryAsync(connection, $"""
                WITH staged AS (DELETE FROM {S}.document_staging WHERE upload_id = $1 RETURNING chunk_no, data)
                INSERT INTO {S}.document_chunks (content_id, chunk_no, data) SELECT $2, chunk_no, data FROM staged
                """, cancellationToken, staged.UploadId, inserted);
        }
        else
        {
            contentId = await ScalarAsync<Guid?>(connection,
                $"SELECT content_id FROM {S}.document_contents WHERE person_id = $1 AND sha256 = $2",
                cancellationToken, personId, staged.Sha256);
            moved = await NonQueryAsync(connection, $"DELETE FROM {S}.document_staging WHERE upload_id = $1",
                cancellationToken, staged.UploadId);
        }
        if (moved != staged.ChunkCount || contentId is null)
        {
            throw new InvalidOperationException(
                $"Upload {staged.UploadId}: {moved} of {staged.ChunkCount} staged chunks found; was it purged or committed already?");
        }
        return contentId.Value;
    }

    /// <summary>The content id of bytes the person already has, or null.</summary>
    public async Task<Guid?> FindAsync(Guid personId, byte[] sha256, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand($"SELECT content_id FROM {S}.document_contents WHERE person_id = $1 AND sha256 = $2");
        command.Parameters.Add(new NpgsqlParameter { Value = personId });
        command.Parameters.Add(new NpgsqlParameter { Value = sha256 });
        return await command.ExecuteScalarAsync(cancellationToken) is Guid id ? id : null;
    }

    /// <summary>Reads a staged upload back (for the virus scanner), chunk by chunk.</summary>
    public Stream OpenStaged(StagedDocument staged) => ChunkedContentStream.Staged(dataSource, staged.UploadId, staged.Size);

    /// <summary>Drops a staged upload that will not become content (refused, infected).</summary>
    public Task DiscardAsync(StagedDocument staged, CancellationToken cancellationToken = default) => DiscardAsync(staged.UploadId, cancellationToken);

    /// <summary>Drops a staged upload inside the caller's transaction (its bytes were in the file already).</summary>
    public static async Task DiscardAsync(NpgsqlConnection connection, StagedDocument staged, CancellationToken cancellationToken) =>
        await NonQueryAsync(connection, $"DELETE FROM {S}.document_staging WHERE upload_id = $1", cancellationToken, staged.UploadId);

    /// <summary>Erases every stored byte of a person (retention deletion); returns how many contents went.</summary>
    public static async Task<int> EraseAsync(NpgsqlConnection connection, Guid personId, CancellationToken cancellationToken) =>
        await NonQueryAsync(connection, $"DELETE FROM {S}.document_contents WHERE person_id = $1", cancellationToken, personId);

    /// <summary>Erases these contents of a person (a biometric photo's versions), chunks included; returns how many went.</summary>
    public static async Task<int> EraseAsync(NpgsqlConnection connection, Guid personId, Guid[] contentIds, CancellationToken cancellationToken) =>
        await NonQueryAsync(connection, $"DELETE FROM {S}.document_contents WHERE person_id = $1 AND content_id = ANY($2)", cancellationToken, personId, contentIds);

    /// <summary>Deletes uploads whose last chunk arrived longer ago than <paramref name="olderThan"/>; returns how many.</summary>
    public async Task<int> PurgeAbandonedAsync(TimeSpan olderThan, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand($"""
            WITH gone AS (
                DELETE FROM {S}.document_staging WHERE upload_id IN (
                    SELECT upload_id FROM {S}.document_staging GROUP BY upload_id HAVING max(created_at) <= now() - $1)
                RETURNING upload_id)
            SELECT count(DISTINCT upload_id)::int FROM gone
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = olderThan });
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Opens stored content for reading chunk by chunk, or null when there is no such content.</summary>
    public async Task<DocumentContent?> OpenReadAsync(Guid contentId, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            $"SELECT sha256, size, media_type FROM {S}.document_contents WHERE content_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = contentId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }
        var size = reader.GetInt64(1);
        return new DocumentContent(contentId, reader.GetFieldValue<byte[]>(0), size, reader.GetString(2),
            ChunkedContentStream.Stored(dataSource, contentId, size));
    }

    private async Task WriteChunkAsync(Guid uploadId, int chunkNo, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"INSERT INTO {S}.document_staging (upload_id, chunk_no, data) VALUES ($1, $2, $3)");
        command.Parameters.Add(new NpgsqlParameter { Value = uploadId });
        command.Parameters.Add(new NpgsqlParameter { Value = chunkNo });
        command.Parameters.Add(new NpgsqlParameter<ReadOnlyMemory<byte>> { TypedValue = data, NpgsqlDbType = NpgsqlDbType.Bytea });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task DiscardAsync(Guid uploadId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"DELETE FROM {S}.document_staging WHERE upload_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = uploadId });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<T?> ScalarAsync<T>(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params object[] values)
    {
        await using var command = Command(connection, sql, values);
        var result = await command.ExecuteScalarAsync(cancellationToken);
        return result is null or DBNull ? default : (T)result;
    }

    private static async Task<int> NonQueryAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params object[] values)
    {
        await using var command = Command(connection, sql, values);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, object[] values)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }
        return command;
    }
}
