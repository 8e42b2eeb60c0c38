namespace Migrationsverwaltung.Api.Documents.Scanning;

/// <summary>What an upload gets when clamd is configured but cannot answer (docs/virus-scanning.md).</summary>
public enum ClamdFailureMode
{
    /// <summary>Fail closed: the upload is refused with 503 and nothing is stored.</summary>
    Refuse,

    /// <summary>Fail open: the document is stored and marked "not scanned", as if no scanner were configured.</summary>
    AcceptUnscanned,
}

/// <summary>Configuration section Documents:Clamd. Neither Socket nor Host set: no virus scanner.</summary>
public sealed record ClamdOptions
{
    public const string Section = "Documents:Clamd";

    /// <summary>Path of clamd's LocalSocket, e.g. /run/clamav/clamd.ctl (Debian).</summary>
    public string? Socket { get; init; }

    /// <summary>Host of clamd's TCPSocket; used when <see cref="Socket"/> is empty.</summary>
    public string? Host { get; init; }

    public int Port { get; init; } = 3310;

    /// <summary>Longest wait for clamd to accept a connection, take a chunk or answer. Reading the upload itself is not timed.</summary>
    public int TimeoutSeconds { get; init; } = 30;

    /// <summary>
    /// Must not exceed clamd's StreamMaxLength (Debian's clamd.conf: 25M); longer content is not sent and counts as a
    /// scanner failure. Keep it at least the largest upload allowed.
    /// </summary>
    public long MaxStreamBytes { get; init; } = 25L * 1024 * 1024;

    /// <summary>Bytes per INSTREAM chunk.</summary>
    public int ChunkBytes { get; init; } = 64 * 1024;

    public ClamdFailureMode OnFailure { get; init; } = ClamdFailureMode.Refuse;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Socket) || !string.IsNullOrWhiteSpace(Host);

    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);

    /// <summary>For logs and health answers: the socket path or host:port (no personal data).</summary>
    public string Endpoint => !string.IsNullOrWhiteSpace(Socket) ? $"unix:{Socket}" : $"tcp:{Host}:{Port}";

    public void Validate()
    {
        var problem = this switch
        {
            { Socket.Length: > 0, Host.Length: > 0 } => "set either Socket or Host, not both",
            { Port: < 1 or > 65535 } => $"Port {Port} is not a TCP port",
            { TimeoutSeconds: < 1 } => "TimeoutSeconds must be at least 1",
            { MaxStreamBytes: < 1 } => "MaxStreamBytes must be positive",
            { ChunkBytes: < 1 or > 8 * 1024 * 1024 } => "ChunkBytes must be between 1 and 8 MiB",
            _ => null,
        };
        if (problem is not null)
        {
            throw new InvalidOperationException($"Configuration {Section}: {problem}.");
        }
    }
}
