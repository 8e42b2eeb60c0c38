using MediatR;
using Microsoft.AspNetCore.Mvc;
using Migrationsverwaltung.Api.Documents.Scanning;
using Migrationsverwaltung.Api.Documents.Storage;
using Migrationsverwaltung.Api.Documents.Uploads;
using Migrationsverwaltung.Api.Infrastructure.Auth;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Calendar;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Files;
using Migrationsverwaltung.Domain.Persons;
using Migrationsverwaltung.Xdomea;
using Migrationsverwaltung.Xdomea.Model;

namespace Migrationsverwaltung.Api.Documents.Xdomea;

/// <summary>
/// POST /api/v1/xdomea/imports?personId=: a person who moved here brings their file from the previous office as an
/// xdomea 0401 ZIP. The person is registered here first (the 0401 carries only name and birth date, not what a
/// registration needs); the package must name the same person. Every version's bytes are staged, checked (size,
/// type, the SHA-256 the package declares) and scanned, then the file opens with FileImported and every document
/// (Channel.Transfer, its id kept) in one transaction with the contents: all or nothing.
/// </summary>
public static class ImportFile
{
    public const long DefaultMaxPackageBytes = 512L * 1024 * 1024;

    public sealed record Answer(Guid PersonId, Guid FileId, long FileVersion, string FromAuthority, string ProcessId, int Documents, int Versions);

    [InternalCommand]
    public sealed record Command : FileRequest
    {
        [System.Text.Json.Serialization.JsonIgnore]
        public required Person Person { get; init; }

        [System.Text.Json.Serialization.JsonIgnore]
        public required AbgabePaket Package { get; init; }

        public override FileCommand ToDomain(CommandContext context) => throw new NotSupportedException("The import decides its commands in the handler.");
    }

    /// <summary>The commands of one import, decided one after the other on the evolving file.</summary>
    private sealed record ImportBatch(Guid FileId, CommandContext Context, IReadOnlyList<FileCommand> Commands) : FileCommand(FileId, Context);

    private static readonly AggregateKind<FileCommand, PersonFile, FileEvent> Kind = Aggregates.File with
    {
        Decide = (command, state) => command is ImportBatch batch ? DecideAll(batch.Commands, state) : FileDecider.Decide(command, state),
    };

    private sealed record Staged(DokumentExport Document, DokumentVersion Version, StagedDocument Content, Guid ContentId, ScanStatus Scan);

    public sealed class Handler(CommandExecutor executor, DocumentContentStore contents, IVirusScanner scanner) : IRequestHandler<Command, CommandResult>
    {
        public async Task<CommandResult> Handle(Command request, CancellationToken cancellationToken)
        {
            var akte = request.Package.Akte;
            RequireSamePerson(akte.Person, request.Person);
            var staged = new List<Staged>();
            try
            {
                foreach (var document in akte.Dokumente)
                {
                    foreach (var version in document.Versionen.OrderBy(v => v.Nummer))
                    {
                        staged.Add(await StageAsync(request.PersonId, document, version, staged, cancellationToken));
                    }
                }
                var from = request.Package.Kopf.Absender.Name;
                var processId = request.Package.Kopf.ProzessId.ToString("D");
                return await executor.ExecuteAsync(Kind, request with { Reason = $"Übernahme der Akte von „{from}“ (xdomea 0401, Prozess {processId})" },
                    (context, _, session, _) =>
                    {
                        session.AfterAppend(async (connection, written, ct) =>
                        {
                            var referenced = written.Select(e => e.Data).OfType<DocumentAdded>().Select(e => e.ContentId)
                                .Concat(written.Select(e => e.Data).OfType<DocumentVersionAdded>().Select(e => e.ContentId)).ToHashSet();
                            foreach (var s in staged)
                            {
                                if (referenced.Remove(s.ContentId))
                                {
                                    await contents.CommitAsync(connection, s.Content, request.PersonId, s.ContentId, ct);
                                }
                                else
                                {
                                    await DocumentContentStore.DiscardAsync(connection, s.Content, ct);
                                }
                            }
                        });
                        return Task.FromResult(new Prepared<FileCommand>(new ImportBatch(request.StreamId, context, Commands(request, context, from, processId, staged))));
                    }, cancellationToken);
            }
            catch
            {
                foreach (var s in staged)
                {
                    await contents.DiscardAsync(s.Content, CancellationToken.None);
                }
                throw;
            }
        }

        private async Task<Staged> StageAsync(Guid personId, DokumentExport document, DokumentVersion version, List<Staged> before, CancellationToken cancellationToken)
        {
            StagedDocument content;
            await using (var bytes = await version.Datei.Inhalt(cancellationToken))
            {
                content = await contents.StageAsync(bytes, version.Datei.MimeType, cancellationToken);
            }
            try
            {
                var sha256 = Convert.ToHexStringLower(content.Sha256);
                if (!string.Equals(sha256, version.Datei.Sha256, StringComparison.OrdinalIgnoreCase))
                {
                    throw new XdomeaFormatException($"Die Primärdatei der Fassung {version.Nummer} von Dokument {document.Id} stimmt nicht mit ihrer Prüfsumme überein.");
                }
                ScanVerdict verdict;
                await using (var stagedBytes = contents.OpenStaged(content))
                {
                    verdict = await scanner.ScanAsync(stagedBytes, cancellationToken);
                }
                if (verdict is ScanVerdict.Infected infected)
                {
                    throw new InfectedDocumentException(infected.Signature);
                }
                var contentId = before.FirstOrDefault(s => s.Content.Sha256.AsSpan().SequenceEqual(content.Sha256))?.ContentId
                                ?? await contents.FindAsync(personId, content.Sha256, cancellationToken) ?? Guid.CreateVersion7();
                return new Staged(document, version, content, contentId, verdict is ScanVerdict.Clean ? ScanStatus.Clean : ScanStatus.NotScanned);
            }
            catch
            {
                await contents.DiscardAsync(content, CancellationToken.None);
                throw;
            }
        }
    }

    private static List<FileCommand> Commands(Command request, CommandContext context, string from, string processId, List<Staged> staged)
    {
        var fileId = request.StreamId;
        var commands = new List<FileCommand> { new Domain.Files.ImportFile(fileId, context, request.PersonId, request.Person.OfficeId, from, processId) };
        foreach (var s in staged)
        {
            var d = s.Document;
            var content = new StoredContent(s.ContentId, Convert.ToHexStringLower(s.Content.Sha256), s.Content.Size, s.Content.MediaType, s.Version.Datei.Dateiname, s.Scan);
            commands.Add(s.Version == d.Versionen.OrderBy(v => v.Nummer).First()
                ? new AddDocument(fileId, context, request.PersonId, request.Person.OfficeId, d.Id,
                    new DocumentDescription(d.Dokumenttyp, d.Titel, d.Eingangsdatum ?? BerlinTime.DateOf(context.Now), Channel.Transfer,
                        XdomeaMapping.FromXdomea(d.Vertraulichkeit), null),
                    content, [])
                : new AddDocumentVersion(fileId, context, d.Id, content));
        }
        return commands;
    }

    private static IReadOnlyList<FileEvent> DecideAll(IReadOnlyList<FileCommand> commands, PersonFile state)
    {
        var events = new List<FileEvent>();
        foreach (var command in commands)
        {
            var decided = FileDecider.Decide(command, state);
            events.AddRange(decided);
            state = decided.Aggregate(state, FileEvolution.Evolve);
        }
        return events;
    }

    private static void RequireSamePerson(PersonAngaben? named, Person person)
    {
        if (named is null || person.FamilyName is null)
        {
            return;
        }
        var sameName = string.Equals(named.Familienname.Trim(), person.FamilyName.Trim(), StringComparison.OrdinalIgnoreCase);
        var sameBirth = named.Geburtsdatum is null || person.BirthDate is null || named.Geburtsdatum == person.BirthDate;
        if (!sameName || !sameBirth)
        {
            throw new RuleViolation("Die Akte gehört nach ihren Angaben zu einer anderen Person (Familienname oder Geburtsdatum weichen ab); sie wurde nicht übernommen.");
        }
    }

    public static void Map(IEndpointRouteBuilder app, long maxPackageBytes) =>
        app.MapPost("/api/v1/xdomea/imports", async (Guid? personId, HttpContext http, IMediator mediator, UploadIntake intake, CancellationToken ct) =>
            {
                if (personId is not { } id || id == Guid.Empty)
                {
                    throw new ArgumentException("Die Person fehlt (Parameter personId): sie wird vor der Übernahme ihrer Akte hier erfasst.");
                }
                var person = await intake.RequirePersonAsync(id, ct);
                await using var package = await XdomeaAbgabe.ReadAsync(http.Request.Body, ct, XdomeaLimits.Standard with { MaxGesamtBytes = maxPackageBytes });
                var result = await mediator.Send(new Command { PersonId = id, ExpectedVersion = 0, AnyVersion = true, Person = person, Package = package }, ct);
                http.Response.Headers.ETag = Versions.ETag(result.Version);
                var documents = package.Akte.Dokumente;
                return Results.Created($"/api/v1/persons/{id}/file", new Answer(id, FileIds.Of(id), result.Version, package.Kopf.Absender.Name,
                    package.Kopf.ProzessId.ToString("D"), documents.Count, documents.Sum(d => d.Versionen.Count)));
            })
            .RequireRoles([.. Roles.CaseWork])
            .WithMetadata(new RequestSizeLimitAttribute(maxPackageBytes))
            .WithTags("E-Akte").WithName("ImportXdomeaFile")
            .WithSummary("Übernimmt die Akte einer zugezogenen, hier erfassten Person aus einer xdomea-3.0.0-Abgabe 0401 (ZIP im Rumpf). "
                + "Kein Accepts-Eintrag, damit Anmeldung und Rolle vor dem Inhaltstyp geprüft werden.")
            .Produces<Answer>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
