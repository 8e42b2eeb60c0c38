using Migrationsverwaltung.Api.Infrastructure.EventSourcing;
using Migrationsverwaltung.Api.Views.Backlog;
using Migrationsverwaltung.Api.Views.CaseDetails;
using Migrationsverwaltung.Api.Views.Inbox;

namespace Migrationsverwaltung.Api.Views;

/// <summary>The caseworkers' and team leads' views: their projections and read endpoints (docs/views.md).</summary>
public static class ViewsSetup
{
    public static IServiceCollection AddViews(this IServiceCollection services)
    {
        services.AddProjection(new BacklogProjection(), ProjectionLifecycle.Async);
        services.AddProjection(new InboxProjection(), ProjectionLifecycle.Inline);
        return services;
    }

    public static IEndpointRouteBuilder MapViews(this IEndpointRouteBuilder app)
    {
        app.MapBacklog();
        GetInbox.Map(app);
        FindCases.Map(app);
        GetCaseDetails.Map(app);
        return app;
    }
}
