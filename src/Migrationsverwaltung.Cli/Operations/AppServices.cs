using Migrationsverwaltung.Api.Infrastructure;
using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Migrationsverwaltung.Api.Infrastructure.EventSourcing;
using Migrationsverwaltung.Cli.Events;
using Migrationsverwaltung.Cli.Seeding;
using Migrationsverwaltung.EventStore.Projections;

namespace Migrationsverwaltung.Cli.Operations;

/// <summary>The API's services (event types, projections, use cases) for operator commands, on the given database.</summary>
internal static class AppServices
{
    public static IHost Build(string? connectionString, string schema, params string[] extraSettings)
    {
        var resolved = connectionString ?? Environment.GetEnvironmentVariable(StoreConnection.EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(resolved))
        {
            throw new UsageException($"No database given: pass --connection-string or set {StoreConnection.EnvironmentVariable}.");
        }
        return ApiComposition.Build([$"--ConnectionStrings:EventStore={resolved}", $"--EventStore:Schema={schema}",
            "--Serilog:MinimumLevel:Default=Warning", "--Samples:Seed=false", "--EventStore:Daemon:Enabled=false", .. extraSettings]);
    }

    public static IReadOnlyList<ProjectionRegistration> Projections(IHost host) => [.. host.Services.GetServices<ProjectionRegistration>()];

    public static IProjection Projection(IHost host, string name) =>
        Projections(host).FirstOrDefault(p => p.Projection.Name == name)?.Projection
        ?? throw new UsageException($"No projection named '{name}'. Known: {string.Join(", ", Projections(host).Select(p => p.Projection.Name))}.");

    public static Option<bool> JsonOption() => new("--json") { Description = "Print machine-readable JSON on stdout." };

    public static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}
