using System.Buffers;
using System.Buffers.Binary;

namespace Migrationsverwaltung.Api.Documents.Scanning;

/// <summary>
/// The clamd protocol, z-commands (NUL-terminated): PING, VERSION and INSTREAM, whose content goes as chunks each
/// preceded by its length (4 bytes, big-endian) and ends with a zero-length chunk. One connection per command.
/// </summary>
internal sealed class ClamdClient(ClamdOptions options)
{
    private static readonly byte[] Ping = "zPING\0"u8.ToArray();
    private static readonly byte[] Version = "zVERSION\0"u8.ToArray();
    private static readonly byte[] Instream = "zINSTREAM\0"u8.ToArray();

    public async Task PingAsync(CancellationToken cancellationToken)
    {
        var reply = await CommandAsync(Ping, cancellationToken);
        if (reply != "PONG")
        {
            throw new ClamdException($"clamd ({options.Endpoint}) hat auf PING mit \"{reply}\" statt PONG geantwortet.");
        }
    }

    /// <summary>E.g. "ClamAV 1.4.6/27500/Fri Dec 20 09:34:01 2024" (engine/signature version/date; only the engine without official signatures).</summary>
    public Task<string> VersionAsync(CancellationToken cancellationToken) => CommandAsync(Version, cancellationToken);

    /// <summary>Sends <paramref name="content"/> to its end and returns clamd's reply, e.g. "stream: OK" or "stream: Name FOUND".</summary>
    public async Task<string> InstreamAsync(Stream content, CancellationToken cancellationToken)
    {
        await using var connection = await ClamdConnection.OpenAsync(options, cancellationToken);
        await connection.SendAsync(Instream, cancellationToken);
        var frame = ArrayPool<byte>.Shared.Rent(sizeof(uint) + options.ChunkBytes);
        try
        {
            long sent = 0;
            int read;
            while ((read = await content.ReadAsync(frame.AsMemory(sizeof(uint), options.ChunkBytes), cancellationToken)) > 0)
            {
                sent += read;
                if (sent > options.MaxStreamBytes)
                {
                    throw new ClamdException(
                        $"Das Dokument ist größer als die Grenze des Virenscanners ({options.MaxStreamBytes} Bytes, Documents:Clamd:MaxStreamBytes).");
                }
                BinaryPrimitives.WriteUInt32BigEndian(frame, (uint)read);
                await connection.SendAsync(frame.AsMemory(0, sizeof(uint) + read), cancellationToken);
            }
            BinaryPrimitives.WriteUInt32BigEndian(frame, 0);
            await connection.SendAsync(frame.AsMemory(0, sizeof(uint)), cancellationToken);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(frame);
        }
        return await connection.ReadReplyAsync(cancellationToken);
    }

    private async Task<string> CommandAsync(byte[] command, CancellationToken cancellationToken)
    {
        await using var connection = await ClamdConnection.OpenAsync(options, cancellationToken);
        await connection.SendAsync(command, cancellationToken);
        return await connection.ReadReplyAsync(cancellationToken);
    }
}
