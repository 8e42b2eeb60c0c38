namespace Migrationsverwaltung.Api.Infrastructure.Http;

/// <summary>
/// Request size limits (413 as ProblemDetails), security headers on every answer, no caching of answers that
/// may hold personal data, and CORS only for origins an operator configured (Cors:AllowedOrigins).
/// </summary>
public static class HttpHardening
{
    public const long DefaultMaxBodyBytes = 1024 * 1024;
    private const string CorsPolicy = "configured-origins";

    public static WebApplicationBuilder AddHttpHardening(this WebApplicationBuilder builder)
    {
        var maxBody = builder.Configuration.GetValue<long?>("Http:MaxRequestBodyBytes") ?? DefaultMaxBodyBytes;
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = maxBody);
        var origins = builder.Configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        builder.Services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy =>
        {
            if (origins.Length > 0)
            {
                policy.WithOrigins(origins).WithHeaders("Authorization", "Content-Type", "If-Match", "Idempotency-Key", "X-Correlation-Id")
                    .WithExposedHeaders("ETag", "Location", "X-Correlation-Id", "Retry-After").WithMethods("GET", "POST");
            }
        }));
        builder.Services.AddSingleton(new BodyLimit(maxBody));
        return builder;
    }

    public static WebApplication UseHttpHardening(this WebApplication app)
    {
        app.UseCors(CorsPolicy);
        app.Use(async (context, next) =>
        {
            // On starting, so that error answers written later by the exception handler carry them too.
            context.Response.OnStarting(() =>
            {
                SetSecurityHeaders(context);
                return Task.CompletedTask;
            });
            var limit = context.RequestServices.GetRequiredService<BodyLimit>().Bytes;
            // Endpoints that take larger bodies (document uploads) say so in their metadata.
            if (context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata>()?.MaxRequestBodySize is { } endpointLimit)
            {
                limit = endpointLimit;
                if (context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
                {
                    size.MaxRequestBodySize = endpointLimit;
                }
            }
            if (context.Request.ContentLength > limit)
            {
                throw new BadHttpRequestException($"Der Inhalt ist größer als {limit} Bytes.", StatusCodes.Status413PayloadTooLarge);
            }
            await next(context);
        });
        return app;
    }

    private static void SetSecurityHeaders(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        // Swagger UI needs its own scripts and styles; everything else is data and needs nothing.
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/docs")
            ? "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; frame-ancestors 'none'"
            : "default-src 'none'; frame-ancestors 'none'";
        // The dashboard: its own style sheet and nothing else (inline SVG needs no source; no scripts, no inline styles).
        if (context.Request.Path.StartsWithSegments(DashboardPagePath))
        {
            headers.ContentSecurityPolicy = "default-src 'none'; style-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        }
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.Equals(DashboardPagePath, StringComparison.OrdinalIgnoreCase))
        {
            headers.CacheControl = "no-store";
        }
    }

    private const string DashboardPagePath = "/dashboard";

    private sealed record BodyLimit(long Bytes);
}
