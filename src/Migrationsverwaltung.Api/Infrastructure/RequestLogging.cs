using System.Diagnostics;

namespace Migrationsverwaltung.Api.Infrastructure;

/// <summary>
/// One line per request: method, route, status, elapsed time, user id, correlation id. It logs the route template
/// (<c>/cases/{caseId}</c>) where one matched, and never the query string or the body, which may hold personal data.
/// </summary>
public sealed class RequestLogging(RequestDelegate next, ILogger<RequestLogging> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        await next(context);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? context.Request.Path.Value;
        // Load balancers poll the health endpoints every few seconds; at Information they would drown the log.
        var level = context.Request.Path.StartsWithSegments("/health") ? LogLevel.Debug : LogLevel.Information;
        logger.Log(level, "HTTP {Method} {Route} responded {StatusCode} in {ElapsedMs:0.0} ms for {UserId} ({CorrelationId})",
            context.Request.Method, route, context.Response.StatusCode, elapsed,
            context.User.FindFirst("sub")?.Value ?? "anonymous", CorrelationIds.Of(context));
    }
}

public static class RequestLoggingExtensions
{
    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app) => app.UseMiddleware<RequestLogging>();
}
