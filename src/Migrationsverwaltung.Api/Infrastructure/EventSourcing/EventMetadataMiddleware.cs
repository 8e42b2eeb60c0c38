using System.Diagnostics;
using System.Security.Claims;
using Migrationsverwaltung.EventStore;

namespace Migrationsverwaltung.Api.Infrastructure.EventSourcing;

/// <summary>
/// Fills the ambient <see cref="EventContext"/> per request: the acting user (the token's subject, never a
/// name), the correlation id (X-Correlation-Id or the trace id) and the Idempotency-Key
/// as causation id. Handlers add the reason header where a command carries one.
/// </summary>
internal sealed class EventMetadataMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var metadata = new EventMetadata
        {
            UserName = context.User.FindFirstValue("sub") ?? context.User.FindFirstValue(ClaimTypes.NameIdentifier),
            CorrelationId = CorrelationIds.Of(context),
            CausationId = context.Request.Headers["Idempotency-Key"].FirstOrDefault() is { Length: > 0 and <= 100 } key ? key : null,
        };
        using (EventContext.Use(metadata))
        {
            await next(context);
        }
    }
}
