namespace Migrationsverwaltung.Api.Infrastructure;

/// <summary>
/// Every error leaves as RFC 9457 ProblemDetails: unhandled exceptions become a 500 without stack trace,
/// and empty error responses (unknown route 404, 405, ...) get a ProblemDetails body.
/// </summary>
public static class ErrorResponses
{
    public static IServiceCollection AddErrorResponses(this IServiceCollection services) =>
        services.AddProblemDetails().AddExceptionHandler<ErrorMapping>();

    public static IApplicationBuilder UseErrorResponses(this IApplicationBuilder app) =>
        app.UseExceptionHandler().UseStatusCodePages();
}
