using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Migrationsverwaltung.Api.Infrastructure.Http;

/// <summary>
/// An example request body for every command in the OpenAPI document, built from the command's own properties
/// (the stream id, version and command id come from the path and headers, so they are left out).
/// </summary>
internal static class OpenApiExamples
{
    private static readonly HashSet<string> FromHttp = ["ExpectedVersion", "CommandId", "StreamId", "AllowedRoles"];

    public static Task AddRequestExample(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken _)
    {
        var type = context.Description.ActionDescriptor.EndpointMetadata.OfType<IAcceptsMetadata>().FirstOrDefault()?.RequestType;
        if (type is null || operation.RequestBody?.Content?.TryGetValue("application/json", out var media) != true || media is null)
        {
            return Task.CompletedTask;
        }
        var collection = context.Description.RelativePath?.Split('/') is { Length: > 2 } segments ? segments[2] : "";
        var routeId = collection switch
        {
            "cases" => "CaseId", "persons" => "PersonId", "offices" => "OfficeId",
            "appointment-locations" => "LocationId", "appointment-slots" => "SlotId", "appointments" or "public" => "BookingId", _ => "",
        };
        media.Example = Example(type, routeId);
        return Task.CompletedTask;
    }

    private static JsonObject Example(Type type, string routeId)
    {
        var body = new JsonObject();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            if (FromHttp.Contains(property.Name) || property.Name == routeId)
            {
                continue;
            }
            body[char.ToLowerInvariant(property.Name[0]) + property.Name[1..]] = Value(property.PropertyType, property.Name);
        }
        return body;
    }

    private static JsonNode? Value(Type type, string name)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t switch
        {
            _ when t == typeof(Guid) => name.Contains("Team", StringComparison.Ordinal) ? "7e7e7e7e-0000-0000-0000-000000000001"
                : name.Contains("Office", StringComparison.Ordinal) ? "0b0b0b0b-0000-0000-0000-000000000001" : "01936f3e-4c1a-7d2b-9e3f-5a6b7c8d9e0f",
            _ when t == typeof(DateOnly) => name.Contains("Birth", StringComparison.Ordinal) ? "1990-05-17" : "2026-12-18",
            _ when t == typeof(bool) => false,
            _ when t == typeof(long) || t == typeof(int) => 9300,
            _ when t.IsEnum => Enum.GetNames(t)[0],
            _ when t == typeof(string) => name switch
            {
                "TitleCode" => "AE_18B", "Nationality" or "IssuingState" or "Country" => "DEU", "FileNumberPrefix" => "ABH",
                "AuthorityCode" or "NewOfficeCode" => "05114000", "Reason" => "Begründung für die Akte", "FamilyName" => "Muster",
                "GivenNames" => "Erika", "BirthPlace" => "Köln", "Email" => "erika.muster@example.org", "Phone" => "+49 2151 000000",
                "PostalCode" => "47798", "DocumentCode" => "ARBEITSVERTRAG", "UserId" or "Caseworker" => "sb-1", _ => "Beispiel",
            },
            _ when t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) =>
                new JsonArray(t.GetGenericArguments()[0] == typeof(string) ? "PASS"
                    : t.GetGenericArguments()[0] == typeof(Guid) ? Value(typeof(Guid), name) : Object(t.GetGenericArguments()[0])),
            _ => Object(t),
        };
    }

    private static JsonObject Object(Type type)
    {
        var json = new JsonObject();
        foreach (var parameter in type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First().GetParameters())
        {
            var name = char.ToUpperInvariant(parameter.Name![0]) + parameter.Name[1..];
            json[char.ToLowerInvariant(name[0]) + name[1..]] = Value(parameter.ParameterType, name);
        }
        return json;
    }
}
