using System.Diagnostics;

namespace Migrationsverwaltung.Api.Infrastructure;

/// <summary>
/// The request's correlation id: the client's X-Correlation-Id when it is a sane token (up to 100 visible ASCII
/// characters), else the trace id. It is echoed in the response, written into every event's metadata and every
/// request log line, so an auditor can follow one click from the log to the events.
/// </summary>
public static class CorrelationIds
{
    public const string Header = "X-Correlation-Id";
    private const string ItemKey = "mvw.correlation-id";

    public static string Of(HttpContext context) =>
        context.Items[ItemKey] as string ?? Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;

    public static IApplicationBuilder UseCorrelationIds(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var offered = context.Request.Headers[Header].ToString();
        var id = offered.Length is > 0 and <= 100 && offered.All(c => c is >= '!' and <= '~')
            ? offered
            : Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;
        context.Items[ItemKey] = id;
        context.Response.Headers[Header] = id;
        await next(context);
    });
}
