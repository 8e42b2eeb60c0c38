using Npgsql;

namespace Migrationsverwaltung.Api.Infrastructure;

/// <summary>
/// The seam for everything that talks to PostgreSQL: one <see cref="DatabaseConnection"/> singleton and its
/// <see cref="NpgsqlDataSource"/>. The event store registers on top of the data source.
/// </summary>
public static class Database
{
    public const string ConnectionStringName = "EventStore";
    public const string EmbeddedDatabaseName = "migrationsverwaltung";

    public static IServiceCollection AddDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        // The configuration is read when the singleton is first resolved, so test hosts can still override it.
        services.AddSingleton(provider => DatabaseConnection.Open(configuration, provider.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton(provider => provider.GetRequiredService<DatabaseConnection>().DataSource);
        services.AddHostedService<DatabaseStartup>();
        return services;
    }
}
