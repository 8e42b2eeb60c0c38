using Migrationsverwaltung.Api.Infrastructure.Auth;
using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Api.Views.Backlog;

/// <summary>GET /api/v1/backlog[/risks|/workload|/flow]: team leads and auditors (docs/views.md has the JSON contract).</summary>
public static class BacklogEndpoints
{
    public static IEndpointRouteBuilder MapBacklog(this IEndpointRouteBuilder app)
    {
        var backlog = app.MapGroup("/api/v1/backlog").WithTags("Rückstände").RequireRoles(Role.Teamleitung, Role.Revision);
        GetBacklogSummary.Map(backlog);
        GetBacklogRisks.Map(backlog);
        GetBacklogWorkload.Map(backlog);
        GetBacklogFlow.Map(backlog);
        GetBacklogServiceStandard.Map(backlog);
        return app;
    }
}
