using MediatR;
using Migrationsverwaltung.Api.Documents.Retention;
using Migrationsverwaltung.Api.Documents.Uploads;
using Migrationsverwaltung.Api.Infrastructure.AccessLog;
using Migrationsverwaltung.Api.Infrastructure.Auth;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Xdomea;
using Migrationsverwaltung.Xdomea.Model;
using Migrationsverwaltung.Xdomea.Schema;

namespace Migrationsverwaltung.Api.Documents.Xdomea;

/// <summary>
/// GET /api/v1/persons/{personId}/file/xdomea[?caseId=]: the whole file (or one case with its documents) as xdomea
/// 3.0.0 Abgabe.Abgabe.0401, a ZIP with the message and every version's bytes, named "{ProzessID}_Abgabe.Abgabe.0401.zip".
/// The package is written to a temporary file first, so a broken document fails the request before anything is sent.
/// </summary>
public static class ExportFile
{
    public const string Receiver = "Empfangende Behörde";

    public sealed record Query(Guid PersonId, Guid? CaseId) : IPersonalDataQuery<AkteExport>
    {
        public IEnumerable<Guid> SubjectsOf(AkteExport response) => [PersonId];
    }

    public sealed class Handler(FileExporter exporter, UploadIntake intake, CurrentActor current) : IRequestHandler<Query, AkteExport>
    {
        public async Task<AkteExport> Handle(Query query, CancellationToken cancellationToken)
        {
            if (current.Actor.Role is not (Role.Sachbearbeitung or Role.Teamleitung or Role.Revision))
            {
                throw new ForbiddenException($"Die Rolle {current.Actor.Role} exportiert keine Akten.");
            }
            await intake.RequirePersonAsync(query.PersonId, cancellationToken);
            return await exporter.ExportAsync(query.PersonId, query.CaseId, cancellationToken);
        }
    }

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/persons/{personId:guid}/file/xdomea", async (Guid personId, Guid? caseId, IMediator mediator, RetentionOptions options, TimeProvider clock, CancellationToken ct) =>
            {
                var akte = await mediator.Send(new Query(personId, caseId), ct);
                var processId = Guid.CreateVersion7();
                var package = new FileStream(Path.Combine(Path.GetTempPath(), $"mvw-0401-{processId:N}.zip"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None,
                    81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
                try
                {
                    var kopf = new Nachrichtenkopf(processId, clock.GetUtcNow(), new Behoerde(options.OfficeName), new Behoerde(Receiver));
                    await XdomeaAbgabe.WriteAsync(akte, kopf, package, ct);
                    package.Position = 0;
                }
                catch
                {
                    await package.DisposeAsync();
                    throw;
                }
                return Results.File(package, "application/zip", Nachrichtentyp.Abgabe.ZipDateiname(processId));
            })
            .RequireRoles(Role.Sachbearbeitung, Role.Teamleitung, Role.Revision)
            .WithTags("E-Akte").WithName("ExportFileAsXdomea")
            .WithSummary("Exportiert die Akte (oder mit caseId ein Verfahren) als xdomea-3.0.0-Abgabe 0401 (ZIP mit Primärdateien und Historienprotokoll)")
            .Produces(StatusCodes.Status200OK, contentType: "application/zip").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden);
}
