using System.Diagnostics;
using System.Reflection;
using Microsoft.Extensions.Hosting;

namespace Migrationsverwaltung.Api.Infrastructure;

/// <summary>
/// The API's own service container, built by running the API's Program up to <c>builder.Build()</c> and stopping it
/// there (the "HostBuilt" diagnostic event that WebApplicationFactory and the EF tools use too). So mvw (seed,
/// retention, export) and the benchmarks use exactly the event types, handlers, inline projections and async
/// projections the API registers, whoever added them, and never start Kestrel or the API's hosted services.
/// </summary>
public static class ApiComposition
{
    private const string HostingListener = "Microsoft.Extensions.Hosting";

    public static IHost Build(params string[] args)
    {
        IHost? built = null;
        using var subscription = DiagnosticListener.AllListeners.Subscribe(new ListenerObserver(host => built = host));
        var entryPoint = typeof(Database).Assembly.EntryPoint
                         ?? throw new InvalidOperationException("The API assembly has no entry point.");
        try
        {
            entryPoint.Invoke(null, [args]);
        }
        catch (TargetInvocationException e) when (e.InnerException is HostAbortedException && built is not null)
        {
        }
        return built ?? throw new InvalidOperationException("The API's Program returned without building its host.");
    }

    private sealed class ListenerObserver(Action<IHost> onBuilt) : IObserver<DiagnosticListener>
    {
        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == HostingListener)
            {
                listener.Subscribe(new EventObserver(onBuilt));
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }

    private sealed class EventObserver(Action<IHost> onBuilt) : IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value is { Key: "HostBuilt", Value: IHost host })
            {
                onBuilt(host);
                throw new HostAbortedException(); // stops the API's Program before it runs the host
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }
}
