using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Migrationsverwaltung.EventStore.Serialization;

/// <summary>
/// The explicit map between event types and their stored names (aliases). A stored alias never changes its
/// meaning; an old shape is read through an upcaster that turns its JSON into a current event.
/// </summary>
public sealed partial class EventTypeRegistry
{
    private readonly Dictionary<string, Type> _typesByAlias = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, string> _aliasesByType = [];
    private readonly Dictionary<string, Func<JsonObject, object>> _upcasters = new(StringComparer.Ordinal);

    public static JsonSerializerOptions DefaultJsonOptions { get; } = CreateJsonOptions();

    public JsonSerializerOptions JsonOptions { get; }

    public EventTypeRegistry(JsonSerializerOptions? jsonOptions = null) => JsonOptions = jsonOptions ?? DefaultJsonOptions;

    public EventTypeRegistry Register<TEvent>(string alias) where TEvent : notnull => Register(typeof(TEvent), alias);

    public EventTypeRegistry Register(Type type, string alias)
    {
        EnsureValidAlias(alias);
        if (_typesByAlias.TryGetValue(alias, out var existing) && existing != type)
        {
            throw new ArgumentException($"Alias '{alias}' is already used by {existing.FullName}.", nameof(alias));
        }
        if (_aliasesByType.TryGetValue(type, out var existingAlias) && existingAlias != alias)
        {
            throw new ArgumentException($"{type.FullName} is already registered as '{existingAlias}'.", nameof(type));
        }
        PreparePersonalData(type, alias);
        _typesByAlias[alias] = type;
        _aliasesByType[type] = alias;
        PrepareEnvelopeProperties(type);
        return this;
    }

    /// <summary>Reads events stored under an old alias (or an old shape of a still used alias) as current events.</summary>
    public EventTypeRegistry Upcast(string storedAlias, Func<JsonObject, object> upcast)
    {
        EnsureValidAlias(storedAlias);
        _upcasters[storedAlias] = upcast;
        return this;
    }

    public string AliasFor(Type type) =>
        _aliasesByType.TryGetValue(type, out var alias) ? alias : throw new UnregisteredEventException(type);

    public bool IsKnown(string alias) => _typesByAlias.ContainsKey(alias) || _upcasters.ContainsKey(alias);

    public string Serialize(object @event) => JsonSerializer.Serialize(@event, @event.GetType(), JsonOptions);

    /// <summary>Reads data as <see cref="Serialize"/> writes it, with every property present.</summary>
    public object Deserialize(string alias, string json, long seqId) => Deserialize(alias, json, seqId, PersonalPart.None, null);

    /// <summary>
    /// Reads a stored event: the properties its envelope holds are put back first (docs/adr/0014), then its personal
    /// part is merged back into the data (docs/adr/0006).
    /// </summary>
    internal object Deserialize(string alias, string json, long seqId, PersonalPart personal, EventEnvelope? envelope)
    {
        try
        {
            var registered = _typesByAlias.TryGetValue(alias, out var type);
            if (registered && envelope is { } stored)
            {
                json = RestoreEnvelope(type!, json, stored);
            }
            if (_upcasters.TryGetValue(alias, out var upcast))
            {
                return upcast(MergePersonalPart(json, personal, []));
            }
            if (!registered)
            {
                throw new UnknownEventTypeException(alias, seqId);
            }
            if (!personal.IsNone)
            {
                return MergePersonalPart(json, personal, PersonalPropertiesOf(type!)).Deserialize(type!, JsonOptions)
                       ?? throw new JsonException("the stored data is null");
            }
            if (json.Length == 0 || json[0] != '{')
            {
                throw new JsonException("the stored data is not a JSON object");
            }
            return JsonSerializer.Deserialize(json, type!, JsonOptions)
                   ?? throw new JsonException("the stored data is null");
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException or InvalidOperationException or FormatException)
        {
            throw new EventDeserializationException(seqId, alias, exception);
        }
    }

    private static void EnsureValidAlias(string alias)
    {
        if (!AliasPattern().IsMatch(alias))
        {
            throw new ArgumentException($"Event alias '{alias}' must be snake_case (a-z, 0-9, '_', starting with a letter, at most 200 characters).", nameof(alias));
        }
    }

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.General)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    [GeneratedRegex("^[a-z][a-z0-9_]{0,199}$")]
    private static partial Regex AliasPattern();
}
