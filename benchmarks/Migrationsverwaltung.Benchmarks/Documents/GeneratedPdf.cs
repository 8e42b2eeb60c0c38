using System.Security.Cryptography;

namespace Migrationsverwaltung.Benchmarks.Documents;

/// <summary>
/// A read-only stream of <c>size</c> bytes that starts like a PDF and continues with pseudo-random bytes of a seed
/// (different seeds, different content: no upload is de-duplicated). Generated as it is read, never held whole;
/// the SHA-256 of what was read is available at the end, also after the stream was disposed (an HTTP request
/// disposes its content).
/// </summary>
public sealed class GeneratedPdf(long size, int seed) : Stream
{
    private static readonly byte[] Header = "%PDF-1.7\n%bench\n"u8.ToArray();
    private readonly Random _random = new(seed);
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long _position;
    private byte[]? _sha256;

    public byte[] Sha256 => _sha256 ?? throw new InvalidOperationException("not read to its end");

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var count = (int)Math.Min(buffer.Length, size - _position);
        var target = buffer[..count];
        _random.NextBytes(target);
        if (_position < Header.Length)
        {
            Header.AsSpan((int)_position, (int)Math.Min(count, Header.Length - _position)).CopyTo(target);
        }
        _hash.AppendData(target);
        _position += count;
        if (_position == size)
        {
            _sha256 ??= _hash.GetCurrentHash();
        }
        return count;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => size;
    public override long Position { get => _position; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _hash.Dispose();
        }
        base.Dispose(disposing);
    }
}
