using Migrationsverwaltung.EventStore;
using Migrationsverwaltung.EventStore.Daemon;
using Migrationsverwaltung.EventStore.Projections;
using Migrationsverwaltung.EventStore.Serialization;
using Npgsql;
using Store = Migrationsverwaltung.EventStore.EventStore;

namespace Migrationsverwaltung.Api.Infrastructure.EventSourcing;

/// <summary>Whether a projection runs in the append's transaction or in the daemon.</summary>
public enum ProjectionLifecycle { Inline, Async }

public sealed record ProjectionRegistration(IProjection Projection, ProjectionLifecycle Lifecycle);

/// <summary>
/// Registers the event store on the database seam: the registry of event aliases, the store, the projections,
/// the start-up migration and the projection daemon. Configuration: EventStore:Schema, EventStore:Daemon:*.
/// </summary>
public static class EventSourcingSetup
{
    public static IServiceCollection AddEventSourcing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(_ => EventTypes.CreateRegistry());
        services.AddSingleton(_ => new EventStoreOptions { Schema = configuration["EventStore:Schema"] is { Length: > 0 } schema ? schema : "event_store" });
        services.AddSingleton(_ => configuration.GetSection("EventStore:Daemon").Get<DaemonSettings>() ?? new DaemonSettings());
        services.AddSingleton(provider => new Store(
            provider.GetRequiredService<NpgsqlDataSource>(),
            provider.GetRequiredService<EventTypeRegistry>(),
            provider.GetRequiredService<EventStoreOptions>(),
            Projections(provider, ProjectionLifecycle.Inline)));
        services.AddSingleton(provider => new ProjectionDaemon(
            provider.GetRequiredService<Store>(),
            provider.GetRequiredService<DatabaseConnection>().ConnectionString,
            Projections(provider, ProjectionLifecycle.Async),
            provider.GetRequiredService<DaemonSettings>().ToOptions(),
            provider.GetRequiredService<ILoggerFactory>().CreateLogger<ProjectionDaemon>()));
        services.AddSingleton(provider => new ProjectionControl(provider.GetRequiredService<Store>()));
        services.AddSingleton<EventStoreReadiness>();
        services.AddHostedService<EventStoreStartup>();
        return services;
    }

    public static IServiceCollection AddProjection(this IServiceCollection services, IProjection projection, ProjectionLifecycle lifecycle) =>
        services.AddSingleton(new ProjectionRegistration(projection, lifecycle));

    /// <summary>Every event of the request is stamped with who caused it and in which request (EventContext).</summary>
    public static IApplicationBuilder UseEventMetadata(this IApplicationBuilder app) => app.UseMiddleware<EventMetadataMiddleware>();

    private static List<IProjection> Projections(IServiceProvider provider, ProjectionLifecycle lifecycle) =>
        provider.GetServices<ProjectionRegistration>().Where(r => r.Lifecycle == lifecycle).Select(r => r.Projection).ToList();
}
