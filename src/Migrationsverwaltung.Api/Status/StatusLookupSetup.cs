using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Migrationsverwaltung.Api.Infrastructure.EventSourcing;

namespace Migrationsverwaltung.Api.Status;

/// <summary>Configuration section "StatusLookup".</summary>
public sealed class StatusLookupOptions
{
    /// <summary>Lookups per client (IPv4 address or IPv6 /64) and fixed one-minute window.</summary>
    public int PermitsPerMinute { get; set; } = 30;

    /// <summary>
    /// Clients the lookup does not limit, written as their partition (an IPv4 address like 127.0.0.1, or an IPv6 /64
    /// like 2001:db8::/64): a load test or a monitor on a known host. Never list a reverse proxy's address.
    /// </summary>
    public string[] UnlimitedClients { get; set; } = [];
}

/// <summary>The public status lookup: its projection, audit log writer, rate limit and endpoint (docs/public-status.md).</summary>
public static class StatusLookupSetup
{
    public const string RateLimitPolicy = "status-lookup";

    public static IServiceCollection AddStatusLookup(this IServiceCollection services)
    {
        services.AddProjection(new PublicStatusProjection(), ProjectionLifecycle.Inline);
        services.AddSingleton<StatusLookupLog>();
        services.AddHostedService(provider => provider.GetRequiredService<StatusLookupLog>());
        services.AddOptions<StatusLookupOptions>().BindConfiguration("StatusLookup")
            .Validate(options => options.PermitsPerMinute > 0, "StatusLookup:PermitsPerMinute must be positive.");
        // The request path holds the token. ASP.NET Core's own request and routing logs print the path below
        // Warning; the app logs requests by route template itself (RequestLogging), so these stay off whatever
        // the Serilog levels say.
        services.Configure<LoggerFilterOptions>(options =>
        {
            options.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
            options.AddFilter("Microsoft.AspNetCore.Routing", LogLevel.Warning);
        });
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = TooManyRequestsAsync;
            options.AddPolicy(RateLimitPolicy, http =>
            {
                var settings = http.RequestServices.GetRequiredService<IOptions<StatusLookupOptions>>().Value;
                var client = ClientAddress.PartitionOf(http.Connection.RemoteIpAddress);
                return settings.UnlimitedClients.Contains(client, StringComparer.OrdinalIgnoreCase)
                    ? RateLimitPartition.GetNoLimiter(client)
                    : RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = settings.PermitsPerMinute,
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    });
            });
        });
        return services;
    }

    /// <summary>Adds the rate limiter to the pipeline (after routing, which WebApplication puts first) and maps the endpoint.</summary>
    public static WebApplication MapStatusLookup(this WebApplication app)
    {
        app.UseRateLimiter();
        app.MapGet("/api/v1/status/{*token}", GetPublicStatus.HandleAsync)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicy)
            .WithName("GetPublicStatus").WithTags("Status")
            .WithSummary("Öffentliche Statusauskunft zu einem Status-Token (anonym)")
            .Produces<GetPublicStatus.Answer>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return app;
    }

    /// <summary>429 as ProblemDetails with Retry-After in whole seconds (the rest of the client's window).</summary>
    private static async ValueTask TooManyRequestsAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        var http = rejected.HttpContext;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers.CacheControl = "no-store";
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Zu viele Anfragen",
                Detail = $"Bitte versuchen Sie es in {seconds} Sekunden erneut.",
            },
        });
    }
}
