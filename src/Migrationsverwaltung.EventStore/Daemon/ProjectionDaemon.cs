using Migrationsverwaltung.EventStore.Projections;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Migrationsverwaltung.EventStore.Daemon;

/// <summary>
/// Runs the async projections of this app instance. Every instance may run a daemon; per projection exactly
/// one of them leads (docs/adr/0002). Start it once; Stop (or dispose) ends the agents and frees their locks.
/// </summary>
public sealed class ProjectionDaemon : IAsyncDisposable
{
    private readonly EventStore _store;
    private readonly List<ProjectionAgent> _agents;
    private CancellationTokenSource? _stopping;
    private Task _running = Task.CompletedTask;

    /// <param name="connectionString">With the password: the leaders' dedicated connections are opened from it.</param>
    public ProjectionDaemon(EventStore store, string connectionString, IEnumerable<IProjection> projections, DaemonOptions? options = null, ILogger? logger = null)
    {
        _store = store;
        Options = options ?? new DaemonOptions();
        var list = projections.ToList();
        var duplicate = list.GroupBy(p => p.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two projections are named '{duplicate.Key}'.", nameof(projections));
        }
        _agents = list.ConvertAll(p => new ProjectionAgent(store, p, Options, LeaderConnectionString(connectionString, p.Name), logger ?? NullLogger.Instance));
    }

    public DaemonOptions Options { get; }

    public IReadOnlyCollection<string> ProjectionNames => _agents.ConvertAll(a => a.Name);

    /// <summary>True when this instance currently leads the projection.</summary>
    public bool Leads(string projection) => _agents.Exists(a => a.Name == projection && a.IsLeader);

    public void Start()
    {
        if (_stopping is not null)
        {
            throw new InvalidOperationException("The daemon is already running.");
        }
        _stopping = new CancellationTokenSource();
        var token = _stopping.Token;
        _running = Task.WhenAll(_agents.Select(agent => Task.Run(() => agent.RunAsync(token), CancellationToken.None)));
    }

    /// <summary>Idempotent and safe to call concurrently (the host stops it, then disposes it).</summary>
    public async Task StopAsync()
    {
        var stopping = Interlocked.Exchange(ref _stopping, null);
        if (stopping is null)
        {
            return;
        }
        await stopping.CancelAsync();
        await _running;
        stopping.Dispose();
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    public Task<IReadOnlyList<ProjectionStatus>> StatusAsync(CancellationToken cancellationToken = default) =>
        ProjectionStatusQuery.ReadAsync(_store, _agents.ConvertAll(a => (a.Name, a.IsLeader, a.LastError)), cancellationToken);

    private string LeaderConnectionString(string connectionString, string projection)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Pooling = false,
            ApplicationName = $"mvw-daemon:{Options.InstanceName}:{projection}",
            TcpKeepAlive = true,
            TcpKeepAliveTime = Options.KeepAliveIdleSeconds,
            TcpKeepAliveInterval = Options.KeepAliveIntervalSeconds,
            // Server side too: the server must notice a vanished leader to free its lock for the others.
            Options = $"-c tcp_keepalives_idle={Options.KeepAliveIdleSeconds} -c tcp_keepalives_interval={Options.KeepAliveIntervalSeconds} " +
                      $"-c tcp_keepalives_count={Options.KeepAliveCount} -c client_connection_check_interval={Options.KeepAliveIntervalSeconds * 1000}",
        };
        return builder.ConnectionString;
    }
}
