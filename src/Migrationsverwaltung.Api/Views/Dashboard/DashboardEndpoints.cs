using System.Reflection;
using MediatR;
using Migrationsverwaltung.Api.Infrastructure.Auth;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Api.Views.Dashboard;

/// <summary>
/// GET /dashboard[?teamId=uuid]: the team leads' dashboard as one server-rendered HTML page (docs/dashboard.md),
/// for the roles the backlog is for; the bearer token goes in the Authorization header as for the API.
/// GET /dashboard/dashboard.css: its style sheet, the only other thing the page loads (no scripts).
/// </summary>
public static class DashboardEndpoints
{
    public const string Path = "/dashboard";
    public const string StyleSheetPath = "/dashboard/dashboard.css";

    private static readonly Lazy<byte[]> StyleSheet = new(ReadStyleSheet);

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, async (string? teamId, IMediator mediator, Npgsql.NpgsqlDataSource database, CurrentActor current, CancellationToken ct) =>
                Results.Content(DashboardPage.Render(await DashboardData.LoadAsync(mediator, database, teamId, ct), teamId is not null, current.Actor), "text/html; charset=utf-8"))
            .RequireRoles(Role.Teamleitung, Role.Revision)
            .WithName("GetDashboard")
            // A page for people, not part of the JSON API's contract (which the backlog endpoints are).
            .ExcludeFromDescription();
        app.MapGet(StyleSheetPath, (HttpContext http) =>
            {
                http.Response.Headers.CacheControl = "public, max-age=3600";
                return Results.Bytes(StyleSheet.Value, "text/css; charset=utf-8");
            })
            .AllowAnonymous()
            .WithName("GetDashboardStyleSheet")
            .ExcludeFromDescription();
        return app;
    }

    private static byte[] ReadStyleSheet()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Migrationsverwaltung.Api.Views.Dashboard.dashboard.css")
            ?? throw new InvalidOperationException("The dashboard's style sheet is not embedded in the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
