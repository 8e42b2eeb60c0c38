using Migrationsverwaltung.EventStore.Serialization;

namespace Migrationsverwaltung.Benchmarks;

/// <summary>The append benchmark's event: about 500 bytes as stored JSON ({"text":"..."} with 450 characters).</summary>
public sealed record PayloadRecorded(string Text);

/// <summary>The catch-up and aggregate benchmarks' event: a small, typical domain event (about 90 bytes of JSON).</summary>
public sealed record ItemRecorded(int Amount, string Note);

/// <summary>What the aggregate benchmark folds its streams into.</summary>
public sealed record ItemTotals(long Total, int Count)
{
    public static ItemTotals Initial { get; } = new(0, 0);

    public static ItemTotals Evolve(ItemTotals state, object @event) => @event switch
    {
        ItemRecorded e => new ItemTotals(state.Total + e.Amount, state.Count + 1),
        _ => state,
    };
}

public static class BenchEvents
{
    public const string PayloadAlias = "payload_recorded";
    public const string ItemAlias = "item_recorded";

    public static EventTypeRegistry CreateRegistry() => new EventTypeRegistry()
        .Register<PayloadRecorded>(PayloadAlias)
        .Register<ItemRecorded>(ItemAlias);

    /// <summary>450 characters of plain text (no JSON escapes), the same for every append.</summary>
    public static PayloadRecorded Payload { get; } = new(PayloadText(450));

    public static ItemRecorded Item(int n) => new(n % 1000, $"Item {n} recorded by the benchmark for a realistic note");

    private static string PayloadText(int length)
    {
        const string words = "Antrag auf Aufenthaltserlaubnis eingegangen und zur Pruefung an die zustaendige Stelle weitergeleitet ";
        var text = string.Concat(Enumerable.Repeat(words, length / words.Length + 1));
        return text[..length];
    }
}
