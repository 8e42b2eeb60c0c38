using Migrationsverwaltung.EventStore.Daemon;

namespace Migrationsverwaltung.Api.Infrastructure.EventSourcing;

/// <summary>EventStore:Daemon in configuration; unset values keep the daemon's defaults.</summary>
public sealed class DaemonSettings
{
    public bool Enabled { get; set; } = true;
    public string? InstanceName { get; set; }
    public int? BatchSize { get; set; }
    public int? MaxPollMilliseconds { get; set; }
    public int? LeaderPollMilliseconds { get; set; }
    public ProjectionFailurePolicy? OnFailure { get; set; }

    public DaemonOptions ToOptions()
    {
        var defaults = new DaemonOptions();
        return defaults with
        {
            InstanceName = InstanceName ?? defaults.InstanceName,
            BatchSize = BatchSize ?? defaults.BatchSize,
            MaxPollInterval = MaxPollMilliseconds is { } max ? TimeSpan.FromMilliseconds(max) : defaults.MaxPollInterval,
            LeaderPollInterval = LeaderPollMilliseconds is { } leader ? TimeSpan.FromMilliseconds(leader) : defaults.LeaderPollInterval,
            OnFailure = OnFailure ?? defaults.OnFailure,
        };
    }
}
