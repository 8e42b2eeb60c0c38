using Migrationsverwaltung.EmbeddedPostgres;
using Npgsql;

namespace Migrationsverwaltung.Api.Infrastructure;

/// <summary>
/// The application's database: ConnectionStrings:EventStore when it is set, otherwise a local cluster this
/// process starts (see <see cref="EmbeddedDatabase"/>) and stops again when the host is disposed.
/// </summary>
public sealed class DatabaseConnection : IAsyncDisposable
{
    private readonly EmbeddedPostgresServer? _embedded;

    private DatabaseConnection(string connectionString, ILoggerFactory loggers, EmbeddedPostgresServer? embedded)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        // Names our sessions in pg_stat_activity, e.g. when looking for the transaction that holds back projections.
        builder.ConnectionStringBuilder.ApplicationName ??= "migrationsverwaltung";
        builder.UseLoggerFactory(loggers);
        DataSource = builder.Build();
        ConnectionString = builder.ConnectionString;
        _embedded = embedded;
    }

    public string ConnectionString { get; }
    public NpgsqlDataSource DataSource { get; }
    public bool IsEmbedded => _embedded is not null;

    /// <summary>
    /// Synchronous because DI factories are; it runs once, when <see cref="DatabaseStartup"/> is created at host start.
    /// </summary>
    internal static DatabaseConnection Open(IConfiguration configuration, ILoggerFactory loggers)
    {
        if (configuration.GetConnectionString(Database.ConnectionStringName) is { Length: > 0 } configured)
        {
            return new DatabaseConnection(configured, loggers, embedded: null);
        }
        var (server, connectionString) = EmbeddedDatabase.StartAsync(configuration, loggers.CreateLogger<DatabaseConnection>())
            .GetAwaiter().GetResult();
        return new DatabaseConnection(connectionString, loggers, server);
    }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        if (_embedded is not null)
        {
            await _embedded.StopAsync();
        }
    }
}
