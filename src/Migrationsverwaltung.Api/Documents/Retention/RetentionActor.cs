using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.EventStore;

namespace Migrationsverwaltung.Api.Documents.Retention;

/// <summary>
/// The retention job acts as a system user with the Administration role (no team): its events say
/// "system:retention" as who, the command time as when, and the reason header as why.
/// </summary>
public static class RetentionActor
{
    public const string UserId = "system:retention";

    public static readonly Actor Actor = new(UserId, Role.Administration, Guid.Empty);

    /// <summary>
    /// Runs <paramref name="work"/> in a scope of its own as <paramref name="actor"/> (the system user unless a person
    /// triggered it), with the run's correlation id on every event; who triggered it is kept as a header.
    /// </summary>
    public static async Task<T> RunAsync<T>(IServiceProvider services, Actor? actor, string? triggeredBy, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = services.CreateAsyncScope();
        var acting = actor ?? Actor;
        scope.ServiceProvider.GetRequiredService<CurrentActor>().Set(acting);
        var headers = new Dictionary<string, string>();
        if (!string.IsNullOrWhiteSpace(triggeredBy))
        {
            headers["triggered_by"] = triggeredBy;
        }
        var metadata = new EventMetadata
        {
            UserName = acting.UserId,
            CorrelationId = EventContext.Current.CorrelationId ?? $"retention-{Guid.CreateVersion7():N}",
            Headers = headers,
        };
        using (EventContext.Use(metadata))
        {
            return await work(scope.ServiceProvider);
        }
    }
}
