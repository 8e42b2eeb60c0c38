using System.Globalization;
using System.Text.Json;

namespace Migrationsverwaltung.EventStore.Chain;

/// <summary>
/// The plain (unsigned) JSON an auditor keeps: the anchor's figures, its root and every head it covers, so the root can be
/// recomputed from the file alone (sha256 over the heads' lines) and the log checked against it later. Format
/// "mvw-chain-anchor/1" (docs/tamper-evidence.md).
/// </summary>
public static class AnchorExport
{
    public const string Format = "mvw-chain-anchor/1";

    internal static async Task WriteAsync(ChainAnchors anchors, Npgsql.NpgsqlConnection connection, ChainAnchor anchor, Stream destination, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(destination, new JsonWriterOptions { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("format", Format);
        json.WriteNumber("anchor_id", anchor.Id);
        json.WriteString("created_at", anchor.CreatedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        json.WriteNumber("max_seq_id", anchor.MaxSeqId);
        json.WriteNumber("stream_count", anchor.StreamCount);
        json.WriteNumber("event_count", anchor.EventCount);
        json.WriteString("root_hash", anchor.RootHex);
        json.WriteString("root_is", "sha256 over the UTF-8 lines '<stream_id>,<version>,<hash>\\n' of the heads, in stream_id order");
        json.WriteStartArray("heads");
        var written = 0;
        var (root, _, _) = await anchors.RootAsync(connection, anchor.MaxSeqId, head =>
        {
            json.WriteStartObject();
            json.WriteString("stream_id", head.StreamId);
            json.WriteNumber("version", head.Version);
            json.WriteString("hash", Convert.ToHexStringLower(head.Hash));
            json.WriteEndObject();
            if (++written % 1000 == 0)
            {
                json.Flush();
            }
        }, cancellationToken);
        if (!root.AsSpan().SequenceEqual(anchor.RootHash))
        {
            throw new AnchorMismatchException(anchor.Id);
        }
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    /// <summary>Reads an export and checks that its heads give its root; throws <see cref="InvalidDataException"/> otherwise.</summary>
    public static async Task<(ChainAnchor Anchor, IReadOnlyList<StreamHead> Heads)> ReadAsync(Stream source, CancellationToken cancellationToken = default)
    {
        using var document = await JsonDocument.ParseAsync(source, cancellationToken: cancellationToken);
        var root = document.RootElement;
        try
        {
            if (root.GetProperty("format").GetString() != Format)
            {
                throw new InvalidDataException($"Not an anchor export of format {Format}.");
            }
            var anchor = new ChainAnchor(root.GetProperty("anchor_id").GetInt64(),
                DateTimeOffset.Parse(root.GetProperty("created_at").GetString()!, CultureInfo.InvariantCulture),
                root.GetProperty("max_seq_id").GetInt64(), root.GetProperty("stream_count").GetInt64(), root.GetProperty("event_count").GetInt64(),
                Convert.FromHexString(root.GetProperty("root_hash").GetString()!));
            var heads = root.GetProperty("heads").EnumerateArray()
                .Select(h => new StreamHead(h.GetProperty("stream_id").GetGuid(), h.GetProperty("version").GetInt64(), Convert.FromHexString(h.GetProperty("hash").GetString()!)))
                .ToList();
            if (!ChainAnchors.RootOf(heads).AsSpan().SequenceEqual(anchor.RootHash))
            {
                throw new InvalidDataException("The export's heads do not give its root hash: the file was changed.");
            }
            return (anchor, heads);
        }
        catch (Exception error) when (error is KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"Not a readable anchor export: {error.Message}", error);
        }
    }
}

/// <summary>The heads as of an anchor no longer give its root: the log was changed since; check it instead of exporting.</summary>
public sealed class AnchorMismatchException(long anchorId)
    : EventStoreException($"Anchor {anchorId} cannot be exported: the heads as of it no longer give its root hash. Run the anchor check.");
