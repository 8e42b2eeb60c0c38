using Migrationsverwaltung.Api.Documents.Queries;
using Migrationsverwaltung.Api.Documents.Retention;
using Migrationsverwaltung.Api.Documents.Sharing;
using Migrationsverwaltung.Api.Documents.Storage;
using Migrationsverwaltung.Api.Documents.Uploads;
using Migrationsverwaltung.Api.Infrastructure.Auth;
using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Api.Documents;

/// <summary>
/// The E-Akte: content storage (Documents:MaxBytes, default 20 MB), upload intake, the file view, downloads, partner
/// shares and the hourly clean-up of abandoned uploads. The JSON commands on the file are mapped with the others.
/// </summary>
public static class DocumentsSetup
{
    public static IServiceCollection AddDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        // Read when first resolved, so that test hosts can still override the configuration.
        services.AddSingleton(_ => new DocumentStorageOptions { MaxBytes = configuration.GetValue<long?>("Documents:MaxBytes") ?? new DocumentStorageOptions().MaxBytes });
        services.AddSingleton<DocumentContentStore>();
        services.AddScoped<UploadIntake>();
        services.AddScoped<FileLoader>();
        services.AddScoped<PartnerShares>();
        services.AddHostedService<AbandonedUploadPurge>();
        services.AddRetention(configuration);
        return services;
    }

    public static IEndpointRouteBuilder MapDocuments(this IEndpointRouteBuilder app)
    {
        var maxBytes = app.ServiceProvider.GetRequiredService<DocumentStorageOptions>().MaxBytes;
        UploadDocument.Map(app, maxBytes);
        UploadDocumentVersion.Map(app, maxBytes);
        DownloadDocument.Map(app);
        GetCaseCompleteness.Map(app);
        GetSharedDocuments.Map(app);
        DownloadSharedDocument.Map(app);
        app.MapRetention();
        Xdomea.ExportFile.Map(app);
        Xdomea.ImportFile.Map(app, app.ServiceProvider.GetRequiredService<IConfiguration>().GetValue<long?>("Xdomea:MaxImportBytes") ?? Xdomea.ImportFile.DefaultMaxPackageBytes);
        app.MapGet("/api/v1/persons/{personId:guid}/file", async (Guid personId, HttpContext http, MediatR.IMediator mediator, CancellationToken ct) =>
            {
                var view = await mediator.Send(new GetFile.Query(personId), ct);
                http.Response.Headers.ETag = Infrastructure.Http.Versions.ETag(view.Version);
                return Results.Ok(view);
            })
            .RequireRoles(Role.Sachbearbeitung, Role.Teamleitung, Role.Revision)
            .WithTags("E-Akte").WithName("GetFile").WithSummary("Die Akte (Laufmappe) einer Person: Dokumente, Fassungen, Verfahren, Freigaben, Aufbewahrung")
            .Produces<GetFile.View>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }
}
