using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Migrationsverwaltung.EventStore.Serialization;

/// <summary>An event as it goes into the append: its data for mt_events and, apart, its personal part (docs/adr/0006).</summary>
internal readonly record struct SerializedEvent(string Data, string? Personal, Guid? SubjectId);

/// <summary>The personal part of a stored event as read: its JSON, or erased (the row is gone), or none at all.</summary>
internal readonly record struct PersonalPart(string? Json, bool Erased)
{
    public static PersonalPart None => default;
    public bool IsNone => Json is null && !Erased;
}

/// <summary>
/// Personal data kept apart from the event (docs/adr/0006): which top-level properties of each event type are
/// personal is found once, when the type is registered; appends move them into their own row, reads merge them back.
/// </summary>
public sealed partial class EventTypeRegistry
{
    private readonly Dictionary<Type, string[]> _personalNames = [];
    private Func<PropertyInfo, bool>? _isPersonal;
    private Func<object, Guid?>? _subjectOf;

    /// <summary>
    /// Marks personal properties (names, birth data, addresses, contact data, document numbers, free text about a
    /// person) and names the data subject of an event (the person it is about; null when it holds no personal data).
    /// Personal properties must be nullable: after an erasure they read as null.
    /// </summary>
    public EventTypeRegistry WithPersonalData(Func<PropertyInfo, bool> isPersonal, Func<object, Guid?> subjectOf)
    {
        ArgumentNullException.ThrowIfNull(isPersonal);
        ArgumentNullException.ThrowIfNull(subjectOf);
        if (_isPersonal is not null)
        {
            throw new InvalidOperationException("Personal data is already configured for this event type registry.");
        }
        // Check every type registered so far before taking the hook, so a refusal leaves the registry as it was.
        var found = _aliasesByType.ToDictionary(entry => entry.Key, entry => FindPersonalProperties(entry.Key, entry.Value, isPersonal));
        _isPersonal = isPersonal;
        _subjectOf = subjectOf;
        foreach (var (type, names) in found.Where(entry => entry.Value.Length > 0))
        {
            _personalNames[type] = names;
        }
        return this;
    }

    /// <summary>The JSON names of the type's personal properties; empty when it has none.</summary>
    public IReadOnlyList<string> PersonalPropertiesOf(Type type) => _personalNames.TryGetValue(type, out var names) ? names : [];

    /// <summary>Called by Register before the type is recorded: a refused type is not registered.</summary>
    private void PreparePersonalData(Type type, string alias)
    {
        if (_isPersonal is null)
        {
            return;
        }
        var names = FindPersonalProperties(type, alias, _isPersonal);
        if (names.Length > 0)
        {
            _personalNames[type] = names;
        }
        else
        {
            _personalNames.Remove(type);
        }
    }

    private string[] FindPersonalProperties(Type type, string alias, Func<PropertyInfo, bool> isPersonal)
    {
        var contract = JsonOptions.GetTypeInfo(type);
        if (contract.Kind != JsonTypeInfoKind.Object)
        {
            return type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(isPersonal)
                ? throw new ArgumentException($"Event type {type.FullName} ('{alias}') has personal properties but is not written as a JSON object " +
                                              "(a custom converter?); its personal properties cannot be kept apart.", nameof(type))
                : [];
        }
        var nullability = new NullabilityInfoContext();
        var names = new List<string>();
        var notNullable = new List<string>();
        foreach (var property in contract.Properties)
        {
            if (property.AttributeProvider is not PropertyInfo info || !isPersonal(info))
            {
                continue;
            }
            if (nullability.Create(info).ReadState != NullabilityState.Nullable)
            {
                notNullable.Add($"{info.Name} ({info.PropertyType.Name})");
            }
            names.Add(property.Name);
        }
        if (notNullable.Count > 0)
        {
            throw new ArgumentException(
                $"Event type {type.FullName} ('{alias}') has personal properties that are not nullable: {string.Join(", ", notNullable)}. " +
                "Personal properties read as null once the person's data is erased; declare them nullable (string?, DateOnly?, Address?).",
                nameof(type));
        }
        return [.. names];
    }

    /// <summary>
    /// Serializes an event for the append, leaving out what its envelope holds (docs/adr/0014) and moving its personal
    /// properties out of the data when any holds a value.
    /// </summary>
    internal SerializedEvent SerializeForAppend(object @event, EventEnvelope envelope)
    {
        var type = @event.GetType();
        if (!_personalNames.TryGetValue(type, out var names))
        {
            return new SerializedEvent(WithEnvelope(envelope, options => JsonSerializer.Serialize(@event, type, options)), null, null);
        }
        var data = WithEnvelope(envelope, options => JsonSerializer.SerializeToNode(@event, type, options))!.AsObject();
        if (names.All(name => data[name] is null))
        {
            return new SerializedEvent(data.ToJsonString(JsonOptions), null, null); // nothing personal to keep apart
        }
        if (_subjectOf!(@event) is not { } subject || subject == Guid.Empty)
        {
            throw new InvalidOperationException(
                $"Event {type.FullName} ('{AliasFor(type)}') carries personal data but names no data subject; the personal-data configuration " +
                "must return the id of the person the event is about.");
        }
        var personal = new JsonObject();
        foreach (var name in names)
        {
            if (data.TryGetPropertyValue(name, out var value))
            {
                data.Remove(name);
                personal[name] = value;
            }
        }
        return new SerializedEvent(data.ToJsonString(JsonOptions), personal.ToJsonString(JsonOptions), subject);
    }

    /// <summary>
    /// The stored data with the personal part merged back; after an erasure the type's personal properties are set to
    /// null (an upcaster gets the data without them, and must cope with their absence).
    /// </summary>
    private static JsonObject MergePersonalPart(string json, PersonalPart personal, IReadOnlyList<string> personalNames)
    {
        var data = AsObject(JsonNode.Parse(json));
        if (personal.Json is not null)
        {
            var part = AsObject(JsonNode.Parse(personal.Json));
            foreach (var (name, value) in part.ToList())
            {
                part.Remove(name);
                data[name] = value;
            }
        }
        else if (personal.Erased)
        {
            foreach (var name in personalNames.Where(name => !data.ContainsKey(name)))
            {
                data[name] = null;
            }
        }
        return data;
    }

    private static JsonObject AsObject(JsonNode? node) => node as JsonObject ?? throw new JsonException("the stored data is not a JSON object");
}
