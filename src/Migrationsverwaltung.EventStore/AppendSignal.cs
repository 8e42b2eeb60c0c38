namespace Migrationsverwaltung.EventStore;

/// <summary>
/// In-process wake-up for the projection daemon after a local commit. Deliberately not pg_notify: NOTIFY
/// serialises commits cluster-wide (docs/adr/0003). Appends of other instances are found by adaptive polling.
/// </summary>
public sealed class AppendSignal
{
    private TaskCompletionSource _next = NewSource();

    public void Notify() => Interlocked.Exchange(ref _next, NewSource()).TrySetResult();

    /// <summary>Completes at the next append or after the timeout, whichever is first.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var next = Volatile.Read(ref _next).Task;
        try
        {
            await next.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
        }
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
