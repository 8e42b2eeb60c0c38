using Npgsql;

namespace Migrationsverwaltung.Api.Infrastructure;

/// <summary>
/// Creates the <see cref="DatabaseConnection"/> while the host starts, so a broken embedded cluster fails the
/// start instead of the first request. An unreachable external database does not: /health/ready reports it.
/// </summary>
internal sealed class DatabaseStartup(DatabaseConnection database, ILogger<DatabaseStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        logger.LogInformation("Database {Database} on {Host}:{Port} ({Kind})",
            target.Database, target.Host, target.Port, database.IsEmbedded ? "embedded" : "configured");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
