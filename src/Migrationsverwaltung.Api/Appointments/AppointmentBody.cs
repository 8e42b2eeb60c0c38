using System.Text.Json.Nodes;
using Migrationsverwaltung.Api.Infrastructure.Http;

namespace Migrationsverwaltung.Api.Appointments;

/// <summary>Reads a JSON body like the commands do (unknown fields, wrong types and content types refused), with the route's ids filled in.</summary>
internal static class AppointmentBody
{
    public static Task<T> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken, params (string Name, Guid Value)[] route) =>
        CommandBody.ReadAsync<T>(request, route.ToDictionary(r => r.Name, r => (JsonNode?)JsonValue.Create(r.Value)), cancellationToken);
}
