namespace Migrationsverwaltung.Xdomea.Reading;

/// <summary>Reads at most a number of bytes and refuses more: a ZIP entry may not inflate beyond what it declared.</summary>
internal sealed class BegrenzterStream(Stream inner, long grenze, string fehlermeldung) : Stream
{
    private long gelesen;

    public override int Read(byte[] buffer, int offset, int count) => Zaehle(inner.Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Zaehle(await inner.ReadAsync(buffer, cancellationToken));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private int Zaehle(int n)
    {
        gelesen += n;
        return gelesen > grenze ? throw new XdomeaFormatException(fehlermeldung) : n;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => gelesen; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
