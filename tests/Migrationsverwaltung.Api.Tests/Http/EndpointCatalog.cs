using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Migrationsverwaltung.Api.Tests.Cases;

namespace Migrationsverwaltung.Api.Tests.Http;

/// <summary>Every endpoint of the running app, with a request of the right shape for it.</summary>
internal sealed record ApiEndpoint(string Method, string Template, Type? BodyType)
{
    public string Path(Guid id) => System.Text.RegularExpressions.Regex.Replace(Template, "\\{[A-Za-z]+:guid\\}", id.ToString())
        .Replace("{*token}", "ABCD-EFGH-JKMN-P", StringComparison.Ordinal);

    public bool Creates => Method == "POST" && !Template.Contains("{id", StringComparison.Ordinal);

    public static IReadOnlyList<ApiEndpoint> All(ApiFactory api) =>
        api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal) || e.RoutePattern.RawText!.StartsWith("/dashboard", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(method =>
                new ApiEndpoint(method, e.RoutePattern.RawText!, e.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType)))
            .OrderBy(e => e.Template).ThenBy(e => e.Method)
            .ToList();

    /// <summary>A body whose JSON types are right (values need not pass the rules): required members filled.</summary>
    public JsonObject ValidShapeBody()
    {
        var body = new JsonObject();
        if (BodyType is null)
        {
            return body;
        }
        var routeId = Template.Split('/')[3] switch { "cases" => "CaseId", "persons" => "PersonId", "offices" => "OfficeId", _ => "" };
        foreach (var property in BodyType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.Name != routeId && !FromHttp.Contains(p.Name)))
        {
            body[char.ToLowerInvariant(property.Name[0]) + property.Name[1..]] = Sample(property.PropertyType, property.Name);
        }
        return body;
    }

    private static readonly HashSet<string> FromHttp = ["ExpectedVersion", "CommandId", "StreamId", "AllowedRoles"];

    private static JsonNode? Sample(Type type, string name)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(Guid))
        {
            return name.Contains("Team", StringComparison.Ordinal) ? CaseDriver.Team.ToString() : Guid.NewGuid().ToString();
        }
        if (t == typeof(DateOnly))
        {
            return DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }
        if (t == typeof(string))
        {
            return name switch { "TitleCode" => "AE_18B", "Nationality" or "IssuingState" => "DEU", "FileNumberPrefix" => "ABH", "AuthorityCode" => "05114000", _ => "Test" };
        }
        if (t == typeof(bool))
        {
            return false;
        }
        if (t == typeof(long) || t == typeof(int))
        {
            return 100;
        }
        if (t.IsEnum)
        {
            return Enum.GetNames(t)[0];
        }
        if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            var element = t.GetGenericArguments()[0];
            return new JsonArray(element == typeof(string) ? "PASS" : element == typeof(Guid) ? Sample(element, name) : Object(element));
        }
        return Object(t);
    }

    private static JsonObject Object(Type type)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var json = new JsonObject();
        foreach (var parameter in constructor.GetParameters())
        {
            json[char.ToLowerInvariant(parameter.Name![0]) + parameter.Name[1..]] = Sample(parameter.ParameterType, parameter.Name[..1].ToUpperInvariant() + parameter.Name[1..]);
        }
        return json;
    }
}
