using Migrationsverwaltung.Api.Infrastructure.Persistence;
using Npgsql;

namespace Migrationsverwaltung.Api.Documents.Storage;

/// <summary>
/// Reads stored (or staged) content one chunk at a time, each chunk with its own short query on a pooled connection:
/// at most one chunk is in memory, and no connection or transaction stays open between reads.
/// </summary>
internal sealed class ChunkedContentStream : Stream
{
    private readonly NpgsqlDataSource dataSource;
    private readonly Guid contentId;
    private readonly long size;
    private readonly string sql;
    private byte[] _chunk = [];
    private int _offsetInChunk;
    private int _nextChunkNo;
    private long _position;

    private ChunkedContentStream(NpgsqlDataSource dataSource, Guid contentId, long size, string sql) =>
        (this.dataSource, this.contentId, this.size, this.sql) = (dataSource, contentId, size, sql);

    public static ChunkedContentStream Stored(NpgsqlDataSource dataSource, Guid contentId, long size) =>
        new(dataSource, contentId, size, $"SELECT data FROM {AppSchema.Name}.document_chunks WHERE content_id = $1 AND chunk_no = $2");

    public static ChunkedContentStream Staged(NpgsqlDataSource dataSource, Guid uploadId, long size) =>
        new(dataSource, uploadId, size, $"SELECT data FROM {AppSchema.Name}.document_staging WHERE upload_id = $1 AND chunk_no = $2");

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => size;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_position >= size || buffer.IsEmpty)
        {
            return 0;
        }
        if (_offsetInChunk == _chunk.Length)
        {
            await using var command = ChunkCommand();
            Loaded(await command.ExecuteScalarAsync(cancellationToken));
        }
        return CopyTo(buffer.Span);
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_position >= size || count == 0)
        {
            return 0;
        }
        if (_offsetInChunk == _chunk.Length)
        {
            using var command = ChunkCommand();
            Loaded(command.ExecuteScalar());
        }
        return CopyTo(buffer.AsSpan(offset, count));
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private NpgsqlCommand ChunkCommand()
    {
        var command = dataSource.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter { Value = contentId });
        command.Parameters.Add(new NpgsqlParameter { Value = _nextChunkNo });
        return command;
    }

    private void Loaded(object? data)
    {
        if (data is not byte[] { Length: > 0 } chunk)
        {
            throw new IOException($"Content {contentId}: chunk {_nextChunkNo} is missing after {_position} of {size} bytes.");
        }
        _chunk = chunk;
        _offsetInChunk = 0;
        _nextChunkNo++;
    }

    private int CopyTo(Span<byte> destination)
    {
        var count = Math.Min(destination.Length, _chunk.Length - _offsetInChunk);
        _chunk.AsSpan(_offsetInChunk, count).CopyTo(destination);
        _offsetInChunk += count;
        _position += count;
        return count;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
