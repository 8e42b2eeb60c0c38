namespace Migrationsverwaltung.EventStore.Daemon;

public enum ProjectionFailurePolicy
{
    /// <summary>Park the failing event in mt_dead_letters and go on with the next one.</summary>
    DeadLetter,

    /// <summary>Stop the projection at the failing event until an operator resumes it.</summary>
    Stop,
}

public sealed record DaemonOptions
{
    /// <summary>Names this app instance in pg_stat_activity (application_name "mvw-daemon:{Instance}:{projection}").</summary>
    public string InstanceName { get; init; } = Environment.MachineName;

    public int BatchSize { get; init; } = 5000;

    /// <summary>Polling starts at this interval after an empty batch and doubles up to <see cref="MaxPollInterval"/>.</summary>
    public TimeSpan MinPollInterval { get; init; } = TimeSpan.FromMilliseconds(20);
    public TimeSpan MaxPollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How often a follower tries to take over a projection whose leader is gone.</summary>
    public TimeSpan LeaderPollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>TCP keepalive (client and server side) on the leader's connection: a dead leader's lock is freed within about idle + interval x count.</summary>
    public int KeepAliveIdleSeconds { get; init; } = 5;
    public int KeepAliveIntervalSeconds { get; init; } = 1;
    public int KeepAliveCount { get; init; } = 3;

    public int MaxAttemptsPerEvent { get; init; } = 3;
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(100);
    public ProjectionFailurePolicy OnFailure { get; init; } = ProjectionFailurePolicy.DeadLetter;
}
