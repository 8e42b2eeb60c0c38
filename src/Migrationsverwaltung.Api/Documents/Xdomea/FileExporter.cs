using Migrationsverwaltung.Api.Documents.Queries;
using Migrationsverwaltung.Api.Documents.Storage;
using Migrationsverwaltung.Domain.Calendar;
using Migrationsverwaltung.Domain.Cases;
using Migrationsverwaltung.Domain.Files;
using Migrationsverwaltung.Domain.Persons;
using Migrationsverwaltung.EventStore;
using Migrationsverwaltung.Xdomea.Model;
using Npgsql;
using Store = Migrationsverwaltung.EventStore.EventStore;

namespace Migrationsverwaltung.Api.Documents.Xdomea;

/// <summary>
/// A person's file as xdomea sees it (Akte): its documents with every version, the person's cases (Vorgang) pointing at
/// the documents they use, retention, and the history protocol from the file's, the person's and the cases' events.
/// With a case id only that case and the documents linked to it. The Akte's id is the file's stream id, its
/// Kennzeichen the person's id (a person's file has no file number of its own; the cases have theirs).
/// </summary>
public sealed class FileExporter(Store store, FileLoader files, DocumentContentStore contents)
{
    public const string Betreff = "Ausländerakte";

    public async Task<AkteExport> ExportAsync(Guid personId, Guid? caseId, CancellationToken cancellationToken)
    {
        var (file, _, fileEvents) = await files.LoadAsync(personId, cancellationToken);
        if (!file.IsOpen || file.IsDeleted)
        {
            throw new StreamNotFoundException(FileIds.Of(personId));
        }
        var personEvents = await store.ReadStreamAsync(personId, cancellationToken: cancellationToken);
        var person = personEvents.Select(e => e.Data).OfType<PersonEvent>().Aggregate(Person.Initial, PersonEvolution.Evolve);
        var cases = await CasesAsync(personId, cancellationToken);
        if (caseId is { } only)
        {
            cases = [.. cases.Where(c => c.State.Id == only)];
            if (cases.Count == 0)
            {
                throw new StreamNotFoundException(only);
            }
        }
        var documents = file.Documents.Values
            .Where(d => !d.IsErased) // a biometric photo past its retention has no content left to hand over
            .Where(d => caseId is not { } c || d.Cases.Contains(c))
            .OrderBy(d => d.ReceivedOn).ThenBy(d => d.Id).ToList();
        var opened = fileEvents.Select(e => e.Data).OfType<FileOpened>().FirstOrDefault()?.At;

        return new AkteExport(
            file.Id, personId.ToString("D"), Betreff,
            person.FamilyName is { } family ? new PersonAngaben(family, person.GivenNames ?? "", person.BirthDate) : null,
            XdomeaMapping.Highest(documents.Select(d => d.Confidentiality)),
            opened is { } at ? BerlinTime.DateOf(at) : null,
            file.Retention?.ClosingDate,
            Retention(file.Retention),
            [.. cases.Select(c => CaseOf(c.State, c.Events, documents))],
            [.. documents.Select(d => Document(d, fileEvents))],
            [.. HistoryProtocol.Of(fileEvents.Where(e => DocumentOf(e.Data) is null)), .. HistoryProtocol.Of(personEvents)]);
    }

    private static Aufbewahrung Retention(RetentionAssignment? retention) => retention is { } r
        ? new Aufbewahrung(r.RetentionClass, r.DueOn.Year - r.ClosingDate.Year, XdomeaMapping.ToXdomea(r.Disposal), r.DueOn)
        : new Aufbewahrung("", null, Aussonderungsart.Bewerten, null);

    private static VorgangExport CaseOf(Case state, IReadOnlyList<StoredEvent> events, IReadOnlyList<FileDocument> documents) =>
        new(state.Id, state.FileNumber ?? state.Id.ToString("D"), $"Verfahren {state.TitleCode}", state.TitleCode,
            state.ReceivedOn == default ? null : state.ReceivedOn,
            state.EndedAt is { } ended ? BerlinTime.DateOf(ended) : null,
            [.. documents.Where(d => d.Cases.Contains(state.Id)).Select(d => d.Id)],
            HistoryProtocol.Of(events));

    private DokumentExport Document(FileDocument document, IReadOnlyList<StoredEvent> fileEvents) =>
        new(document.Id, document.Title ?? document.DocumentType, document.DocumentType, document.ReceivedOn, document.Channel.ToString(),
            XdomeaMapping.ToXdomea(document.Confidentiality),
            [.. document.Versions.Select(v => new DokumentVersion(v.Number, new Primaerdatei(
                v.FileName ?? DefaultFileName(document, v), v.MediaType, v.Sha256, v.Size, v.AddedAt, ct => OpenAsync(v.ContentId, ct))))],
            HistoryProtocol.Of(fileEvents.Where(e => DocumentOf(e.Data) == document.Id)));

    private async Task<Stream> OpenAsync(Guid contentId, CancellationToken cancellationToken) =>
        (await contents.OpenReadAsync(contentId, cancellationToken))?.Content
        ?? throw new InvalidOperationException($"The content {contentId} of a document in the file is missing.");

    private static string DefaultFileName(FileDocument document, DocumentVersion version) =>
        $"{document.DocumentType.ToLowerInvariant()}-{version.Number}{version.MediaType switch
        {
            DocumentTypeDetector.Pdf => ".pdf", DocumentTypeDetector.Jpeg => ".jpg", DocumentTypeDetector.Png => ".png", _ => ".tif",
        }}";

    private static Guid? DocumentOf(object data) => data switch
    {
        DocumentAdded e => e.DocumentId,
        DocumentVersionAdded e => e.DocumentId,
        DocumentReclassified e => e.DocumentId,
        DocumentLinkedToCase e => e.DocumentId,
        DocumentUnlinkedFromCase e => e.DocumentId,
        _ => null,
    };

    /// <summary>The person's cases: the streams whose application names the person.</summary>
    private async Task<List<(Case State, IReadOnlyList<StoredEvent> Events)>> CasesAsync(Guid personId, CancellationToken cancellationToken)
    {
        var ids = new List<Guid>();
        await using (var command = store.DataSource.CreateCommand(
            $"SELECT DISTINCT stream_id FROM \"{store.Options.Schema}\".mt_events WHERE type = $1 AND data->>'person_id' = $2 AND NOT is_archived"))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = store.Registry.AliasFor(typeof(ApplicationReceived)) });
            command.Parameters.Add(new NpgsqlParameter { Value = personId.ToString("D") });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                ids.Add(reader.GetGuid(0));
            }
        }
        var cases = new List<(Case, IReadOnlyList<StoredEvent>)>();
        foreach (var id in ids)
        {
            var events = await store.ReadStreamAsync(id, cancellationToken: cancellationToken);
            cases.Add((events.Select(e => e.Data).OfType<CaseEvent>().Aggregate(Domain.Cases.Case.Initial, CaseEvolution.Evolve), events));
        }
        return [.. cases.OrderBy(c => c.Item1.ReceivedOn).ThenBy(c => c.Item1.Id)];
    }
}
