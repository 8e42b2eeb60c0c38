using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Migrationsverwaltung.EventStore.Serialization;

/// <summary>What the envelope of the event being appended or read holds: its stream's id and the acting user.</summary>
internal readonly record struct EventEnvelope(Guid StreamId, string? UserName);

/// <summary>
/// Properties the envelope already holds (docs/adr/0014-envelope-properties.md): an event's own id property that equals its
/// stream's id (a case event's case_id on the case stream) and its actor property that equals the envelope's user name
/// are not written into mt_events.data a second time; reading puts them back from stream_id and user_name. A value
/// that differs is written as always, so the rule can never lose information; events stored before carry both.
/// </summary>
public sealed partial class EventTypeRegistry
{
    [ThreadStatic]
    private static EventEnvelope? t_appending;

    private readonly Dictionary<Type, EnvelopeProperties> _envelopeProperties = [];
    private HashSet<string> _streamIdNames = [];
    private string? _userNameName;
    private JsonSerializerOptions? _appendOptions;

    /// <param name="streamIdProperties">JSON names of Guid properties that may hold the stream's own id (e.g. "case_id").</param>
    /// <param name="userNameProperty">JSON name of the string property that names the actor (e.g. "by").</param>
    public EventTypeRegistry WithEnvelopeProperties(IReadOnlyCollection<string> streamIdProperties, string? userNameProperty)
    {
        ArgumentNullException.ThrowIfNull(streamIdProperties);
        if (_appendOptions is not null)
        {
            throw new InvalidOperationException("Envelope properties are already configured for this event type registry.");
        }
        _streamIdNames = new HashSet<string>(streamIdProperties, StringComparer.Ordinal);
        _userNameName = userNameProperty;
        var options = new JsonSerializerOptions(JsonOptions)
        {
            TypeInfoResolver = (JsonOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(OmitWhatTheEnvelopeHolds),
        };
        options.MakeReadOnly(populateMissingResolver: true);
        _appendOptions = options;
        foreach (var type in _aliasesByType.Keys)
        {
            PrepareEnvelopeProperties(type);
        }
        return this;
    }

    /// <summary>Called by Register: which of the type's top-level properties the envelope may hold.</summary>
    private void PrepareEnvelopeProperties(Type type)
    {
        _envelopeProperties.Remove(type);
        if (_appendOptions is null || JsonOptions.GetTypeInfo(type) is not { Kind: JsonTypeInfoKind.Object } contract)
        {
            return;
        }
        var streamIds = contract.Properties.Where(IsStreamId).Select(p => p.Name).ToArray();
        var userName = contract.Properties.FirstOrDefault(IsUserName)?.Name;
        if (streamIds.Length > 0 || userName is not null)
        {
            _envelopeProperties[type] = new EnvelopeProperties(streamIds, userName);
        }
    }

    private bool IsStreamId(JsonPropertyInfo property) => property.PropertyType == typeof(Guid) && _streamIdNames.Contains(property.Name);

    private bool IsUserName(JsonPropertyInfo property) => property.PropertyType == typeof(string) && property.Name == _userNameName;

    private void OmitWhatTheEnvelopeHolds(JsonTypeInfo contract)
    {
        if (contract.Kind != JsonTypeInfoKind.Object || !_aliasesByType.ContainsKey(contract.Type))
        {
            return; // only an event's own top-level properties, never those of nested objects
        }
        foreach (var property in contract.Properties)
        {
            if (IsStreamId(property))
            {
                property.ShouldSerialize = (_, value) => t_appending is not { } envelope || (Guid)value! != envelope.StreamId;
            }
            else if (IsUserName(property))
            {
                property.ShouldSerialize = (_, value) =>
                    t_appending is not { UserName: { } user } || !string.Equals((string?)value, user, StringComparison.Ordinal);
            }
        }
    }

    /// <summary>Serializes for the append, leaving out what <paramref name="envelope"/> holds (when configured).</summary>
    private T WithEnvelope<T>(EventEnvelope envelope, Func<JsonSerializerOptions, T> serialize)
    {
        if (_appendOptions is null)
        {
            return serialize(JsonOptions);
        }
        t_appending = envelope;
        try
        {
            return serialize(_appendOptions);
        }
        finally
        {
            t_appending = null;
        }
    }

    /// <summary>The stored data with the properties the envelope holds put back where they were left out.</summary>
    private string RestoreEnvelope(Type type, string json, EventEnvelope envelope)
    {
        if (!_envelopeProperties.TryGetValue(type, out var properties))
        {
            return json;
        }
        StringBuilder? added = null;
        foreach (var name in properties.StreamIds)
        {
            if (!TopLevelJson.HasKey(json, name))
            {
                Append(ref added, name, $"\"{envelope.StreamId:D}\"");
            }
        }
        if (properties.UserName is { } userName && envelope.UserName is { } user && !TopLevelJson.HasKey(json, userName))
        {
            Append(ref added, userName, JsonSerializer.Serialize(user));
        }
        return added is null ? json : TopLevelJson.Prepend(json, added.ToString());
    }

    private static void Append(ref StringBuilder? members, string name, string jsonValue)
    {
        members = members is null ? new StringBuilder() : members.Append(", ");
        members.Append('"').Append(name).Append("\": ").Append(jsonValue);
    }

    private sealed record EnvelopeProperties(string[] StreamIds, string? UserName);
}
