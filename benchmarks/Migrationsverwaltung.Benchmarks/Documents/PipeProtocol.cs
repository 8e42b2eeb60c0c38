using System.Text;

namespace Migrationsverwaltung.Benchmarks.Documents;

/// <summary>
/// The store host's pipe protocol, one ASCII line per request and answer: "U size personId" followed by the bytes
/// answers "OK contentId"; "D contentId" answers "size" followed by the bytes; "Q" ends the host. Lines are read a
/// byte at a time so that no byte of the content that follows is read ahead.
/// </summary>
public static class PipeProtocol
{
    public static async Task WriteLineAsync(Stream stream, string line)
    {
        await stream.WriteAsync(Encoding.ASCII.GetBytes(line + "\n"));
        await stream.FlushAsync();
    }

    public static async Task<string?> ReadLineAsync(Stream stream)
    {
        var line = new StringBuilder();
        var one = new byte[1];
        while (await stream.ReadAsync(one) == 1)
        {
            if (one[0] == '\n')
            {
                return line.ToString();
            }
            line.Append((char)one[0]);
        }
        return line.Length > 0 ? line.ToString() : null;
    }

    /// <summary>The next <paramref name="length"/> bytes of <paramref name="inner"/> as a stream of their own.</summary>
    public sealed class Slice(Stream inner, long length) : Stream
    {
        private readonly long _length = length;
        private long _left = length;

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_left == 0)
            {
                return 0;
            }
            var read = await inner.ReadAsync(buffer[..(int)Math.Min(buffer.Length, _left)], cancellationToken);
            if (read == 0)
            {
                throw new EndOfStreamException($"{_left} bytes missing");
            }
            _left -= read;
            return read;
        }

        public override int Read(byte[] buffer, int offset, int count) =>
            ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => _length;
        public override long Position { get => _length - _left; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
