using System.Net.Sockets;
using System.Text;

namespace Migrationsverwaltung.Api.Documents.Scanning;

/// <summary>
/// One connection to clamd (Unix or TCP socket). Every connect, send and reply wait is limited by
/// <see cref="ClamdOptions.Timeout"/>; failures become <see cref="ClamdException"/>.
/// </summary>
internal sealed class ClamdConnection : IAsyncDisposable
{
    private const int MaxReplyBytes = 8 * 1024;
    private readonly ClamdOptions _options;
    private readonly NetworkStream _stream;

    private ClamdConnection(ClamdOptions options, NetworkStream stream)
    {
        _options = options;
        _stream = stream;
    }

    public static async Task<ClamdConnection> OpenAsync(ClamdOptions options, CancellationToken cancellationToken)
    {
        var unix = !string.IsNullOrWhiteSpace(options.Socket);
        var socket = unix
            ? new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified)
            : new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await TimedAsync(options, "Verbindungsaufbau", cancellationToken, token => unix
                ? socket.ConnectAsync(new UnixDomainSocketEndPoint(options.Socket!), token)
                : socket.ConnectAsync(options.Host!, options.Port, token));
            return new ClamdConnection(options, new NetworkStream(socket, ownsSocket: true));
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public async Task SendAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        try
        {
            await TimedAsync(_options, "Senden", cancellationToken, token => _stream.WriteAsync(data, token));
        }
        catch (ClamdException sending) when (sending.InnerException is IOException or SocketException)
        {
            // clamd closes the connection when it refuses a stream (e.g. beyond StreamMaxLength) after saying why.
            var reason = await TryReadReplyAsync(cancellationToken);
            throw reason is null ? sending : new ClamdException($"clamd hat die Verbindung beendet: {reason}", sending);
        }
    }

    /// <summary>Reads one reply up to clamd's terminating NUL (z-commands) or the end of the connection.</summary>
    public async Task<string> ReadReplyAsync(CancellationToken cancellationToken)
    {
        var reply = new MemoryStream();
        var buffer = new byte[512];
        while (true)
        {
            var read = await TimedAsync(_options, "Antwort", cancellationToken, token => _stream.ReadAsync(buffer, token));
            var end = Array.IndexOf(buffer, (byte)0, 0, read);
            reply.Write(buffer, 0, end < 0 ? read : end);
            if (read == 0 || end >= 0)
            {
                break;
            }
            if (reply.Length > MaxReplyBytes)
            {
                throw new ClamdException($"clamd ({_options.Endpoint}) hat mit mehr als {MaxReplyBytes} Bytes geantwortet.");
            }
        }
        if (reply.Length == 0)
        {
            throw new ClamdException($"clamd ({_options.Endpoint}) hat die Verbindung ohne Antwort beendet.");
        }
        return Encoding.ASCII.GetString(reply.GetBuffer(), 0, (int)reply.Length).Trim();
    }

    private async Task<string?> TryReadReplyAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await ReadReplyAsync(cancellationToken);
        }
        catch (ClamdException)
        {
            return null;
        }
    }

    public ValueTask DisposeAsync() => _stream.DisposeAsync();

    private static async Task TimedAsync(ClamdOptions options, string step, CancellationToken cancellationToken, Func<CancellationToken, ValueTask> operation) =>
        await TimedAsync(options, step, cancellationToken, async token =>
        {
            await operation(token);
            return true;
        });

    private static async Task<T> TimedAsync<T>(ClamdOptions options, string step, CancellationToken cancellationToken, Func<CancellationToken, ValueTask<T>> operation)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        try
        {
            return await operation(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ClamdException($"clamd ({options.Endpoint}) hat nicht innerhalb von {options.TimeoutSeconds} s reagiert ({step}).");
        }
        catch (Exception e) when (e is SocketException or IOException)
        {
            var code = (e as SocketException ?? e.InnerException as SocketException)?.SocketErrorCode.ToString() ?? e.GetType().Name;
            throw new ClamdException($"clamd ({options.Endpoint}) ist nicht erreichbar ({step}: {code}).", e);
        }
    }
}
