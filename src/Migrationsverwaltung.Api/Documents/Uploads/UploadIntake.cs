using MediatR;
using Migrationsverwaltung.Api.Documents.Scanning;
using Migrationsverwaltung.Api.Documents.Storage;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Domain.Files;
using Migrationsverwaltung.Domain.Persons;
using Migrationsverwaltung.EventStore;
using Store = Migrationsverwaltung.EventStore.EventStore;

namespace Migrationsverwaltung.Api.Documents.Uploads;

/// <summary>Bytes staged and scanned, ready to become a document (or a version) in the person's file.</summary>
public sealed record ReceivedUpload(StagedDocument Staged, string FileName, ScanStatus Scan)
{
    public string Sha256Hex => Convert.ToHexStringLower(Staged.Sha256);
}

/// <summary>
/// The way in for document bytes: the person must exist; the body is staged in short transactions and checked
/// (size, magic bytes, declared type); the staged bytes are scanned. Infected bytes are dropped and the refusal is
/// recorded in the person's file; nothing of them is stored.
/// </summary>
public sealed class UploadIntake(Store store, DocumentContentStore contents, IVirusScanner scanner, IMediator mediator)
{
    public async Task<Person> RequirePersonAsync(Guid personId, CancellationToken cancellationToken)
    {
        var person = await store.AggregateStreamAsync(personId, Person.Initial, (s, e) => e is PersonEvent p ? PersonEvolution.Evolve(s, p) : s, cancellationToken: cancellationToken);
        return person is { State.IsRegistered: true } ? person.State : throw new StreamNotFoundException(personId);
    }

    public async Task<ReceivedUpload> ReceiveAsync(Person person, UploadContent content, CancellationToken cancellationToken)
    {
        StagedDocument staged;
        try
        {
            staged = await contents.StageAsync(content.Body, content.DeclaredMediaType, cancellationToken);
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            throw new UploadFormatException($"Der Upload wurde unterbrochen oder ist fehlerhaft; nichts wurde gespeichert ({e.Message}).");
        }
        ScanVerdict verdict;
        try
        {
            await using var stagedBytes = contents.OpenStaged(staged);
            verdict = await scanner.ScanAsync(stagedBytes, cancellationToken);
        }
        catch
        {
            await contents.DiscardAsync(staged, CancellationToken.None);
            throw;
        }
        if (verdict is ScanVerdict.Infected infected)
        {
            await contents.DiscardAsync(staged, CancellationToken.None);
            await mediator.Send(new RecordInfectedUpload.Command
            {
                PersonId = person.Id, OfficeId = person.OfficeId, ExpectedVersion = 0, AnyVersion = true,
                Sha256 = Convert.ToHexStringLower(staged.Sha256), Signature = infected.Signature, FileName = content.FileName,
            }, cancellationToken);
            throw new InfectedDocumentException(infected.Signature);
        }
        return new ReceivedUpload(staged, content.FileName, verdict is ScanVerdict.Clean ? ScanStatus.Clean : ScanStatus.NotScanned);
    }

    /// <summary>
    /// Runs a file command that takes the upload's bytes: the content id is the person's existing one for these bytes or
    /// a new one; in the append's transaction the staged bytes become content when an event refers to them, and are
    /// dropped otherwise (the same bytes were in the file already). Retried on a concurrent change to the file when the
    /// caller did not pin a version.
    /// </summary>
    public async Task<CommandResult> AppendAsync(
        CommandExecutor executor, FileRequest request, ReceivedUpload upload, Func<StoredContent, Domain.Common.CommandContext, PersonFile, Prepared<FileCommand>> decide, CancellationToken cancellationToken)
    {
        var contentId = await contents.FindAsync(request.PersonId, upload.Staged.Sha256, cancellationToken) ?? Guid.CreateVersion7();
        var stored = new StoredContent(contentId, upload.Sha256Hex, upload.Staged.Size, upload.Staged.MediaType, upload.FileName, upload.Scan);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await executor.ExecuteAsync(Aggregates.File, request, (context, file, session, _) =>
                {
                    session.AfterAppend((connection, written, ct) => written.Any(e => RefersTo(e.Data, contentId))
                        ? contents.CommitAsync(connection, upload.Staged, request.PersonId, contentId, ct)
                        : DocumentContentStore.DiscardAsync(connection, upload.Staged, ct));
                    return Task.FromResult(decide(stored, context, file));
                }, cancellationToken);
            }
            catch (ConcurrencyException) when (request.AnyVersion && attempt < 10)
            {
                // Someone else changed the file meanwhile (e.g. the same bytes uploaded twice at once): decide again.
            }
        }
    }

    private static bool RefersTo(object data, Guid contentId) =>
        data is DocumentAdded added && added.ContentId == contentId || data is DocumentVersionAdded version && version.ContentId == contentId;
}
