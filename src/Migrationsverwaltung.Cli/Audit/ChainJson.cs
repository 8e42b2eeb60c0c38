using System.Text.Json;
using System.Text.Json.Serialization;
using Migrationsverwaltung.EventStore.Chain;

namespace Migrationsverwaltung.Cli.Audit;

/// <summary>The --json shapes of the audit commands (snake_case, hashes as lower-case hex).</summary>
internal static class ChainJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static string Of(object value) => JsonSerializer.Serialize(value, Options);

    public static object Anchor(ChainAnchor anchor) => new
    {
        anchor.Id, anchor.CreatedAt, anchor.MaxSeqId, anchor.StreamCount, anchor.EventCount, RootHash = anchor.RootHex,
    };

    public static object Links(IReadOnlyList<BrokenLink> links) =>
        links.Select(l => new { l.StreamId, l.Version, l.Kind, l.Detail }).ToList();

    public static string Line(BrokenLink link) => $"{link.StreamId} version {link.Version}: {link.Kind.ToString().ToLowerInvariant()}: {link.Detail}";
}
