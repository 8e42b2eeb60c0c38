using Migrationsverwaltung.Api.Infrastructure.EventSourcing;
using Migrationsverwaltung.Api.Views.Backlog;
using Migrationsverwaltung.Api.Views.CaseDetails;
using Migrationsverwaltung.Api.Views.Dashboard;
using Migrationsverwaltung.Api.Views.Expiring;
using Migrationsverwaltung.Api.Views.Inbox;

namespace Migrationsverwaltung.Api.Views;

/// <summary>The caseworkers' and team leads' views: their projections and read endpoints (docs/views.md).</summary>
public static class ViewsSetup
{
    public static IServiceCollection AddViews(this IServiceCollection services)
    {
        services.AddOptions<ViewsOptions>().BindConfiguration("Views")
            .Validate(options => options.BacklogSummaryCacheMilliseconds >= 0, "Views:BacklogSummaryCacheMilliseconds must not be negative.");
        services.AddSingleton<BacklogSummaryCache>();
        services.AddProjection(new BacklogProjection(), ProjectionLifecycle.Async);
        services.AddProjection(new InboxProjection(), ProjectionLifecycle.Inline);
        services.AddProjection(new ExpiringDocumentsProjection(), ProjectionLifecycle.Async);
        services.AddProjection(new Teams.TeamsProjection(), ProjectionLifecycle.Inline);
        return services;
    }

    public static IEndpointRouteBuilder MapViews(this IEndpointRouteBuilder app)
    {
        app.MapBacklog();
        GetInbox.Map(app);
        FindCases.Map(app);
        GetCaseDetails.Map(app);
        GetExpiringDocuments.Map(app);
        app.MapDashboard();
        return app;
    }
}
