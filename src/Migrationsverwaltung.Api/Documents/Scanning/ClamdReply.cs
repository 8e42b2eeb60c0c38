namespace Migrationsverwaltung.Api.Documents.Scanning;

/// <summary>Reads clamd's INSTREAM reply: "stream: OK", "stream: &lt;signature&gt; FOUND", or "... ERROR".</summary>
internal static class ClamdReply
{
    private const string Prefix = "stream: ";
    private const string Found = " FOUND";

    public static ScanVerdict ToVerdict(string reply, string engineVersion) => reply switch
    {
        Prefix + "OK" => new ScanVerdict.Clean(engineVersion),
        _ when reply.StartsWith(Prefix, StringComparison.Ordinal) && reply.EndsWith(Found, StringComparison.Ordinal)
               && reply.Length > Prefix.Length + Found.Length
            => new ScanVerdict.Infected(reply[Prefix.Length..^Found.Length]),
        _ => throw new ClamdException($"clamd meldet einen Fehler: {reply}"),
    };
}
