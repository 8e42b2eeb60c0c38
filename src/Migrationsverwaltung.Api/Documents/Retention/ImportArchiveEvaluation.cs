using MediatR;
using Migrationsverwaltung.Api.Documents.Xdomea;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Domain.Calendar;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.EventStore;
using Migrationsverwaltung.Xdomea;

namespace Migrationsverwaltung.Api.Documents.Retention;

/// <summary>
/// (c) The archive's evaluation (0502) comes in: each evaluated file records "archive" or "destroy" under the offer's
/// process id (a file not offered under it is refused and reported), and our receipt (0505) goes to the outbox.
/// The next retention run hands over or deletes. A malformed or schema-invalid 0502 is refused as a whole (400).
/// </summary>
public sealed class ImportArchiveEvaluation(IMediator mediator, ArchiveFiles archiveFiles, ArchiveMessages messages, TimeProvider clock)
{
    public async Task<RetentionReport> ImportAsync(Stream message, CancellationToken cancellationToken)
    {
        var evaluation = await Aussonderung.ReadBewertungsverzeichnisAsync(message, cancellationToken);
        var processId = evaluation.Kopf.ProzessId.ToString("D");
        var steps = new List<RetentionStep>();
        foreach (var item in evaluation.Bewertungen)
        {
            var decision = XdomeaMapping.Decision(item.Aussonderungsart)!.Value;
            steps.Add(await archiveFiles.SendAsync(item.SchriftgutobjektId, "RecordArchiveEvaluation", personId => new RecordArchiveEvaluation.Command
            {
                PersonId = personId, ExpectedVersion = 0, AnyVersion = true, ProcessId = processId, Decision = decision,
                Reason = $"Bewertung des Archivs (0502, Prozess {processId}): {(decision == Domain.Files.ArchiveDecision.Archive ? "archivwürdig" : "zu vernichten")}",
            }, mediator, cancellationToken));
        }
        var now = clock.GetUtcNow();
        var receipt = await messages.WriteEvaluationReceiptAsync(evaluation.Kopf.ProzessId, now, cancellationToken);
        return new RetentionReport(BerlinTime.DateOf(now), false, steps, [Path.GetFileName(receipt)]);
    }
}

/// <summary>(e) The archive's import confirmation (0506): files it took are confirmed (and deleted by the next run); the others are reported with its error messages.</summary>
public sealed class ImportArchiveConfirmation(IMediator mediator, ArchiveFiles archiveFiles, TimeProvider clock)
{
    public async Task<RetentionReport> ImportAsync(Stream message, CancellationToken cancellationToken)
    {
        var confirmation = await Aussonderung.ReadAussonderungImportBestaetigungAsync(message, cancellationToken);
        var processId = confirmation.Kopf.ProzessId.ToString("D");
        var steps = new List<RetentionStep>();
        foreach (var result in confirmation.Ergebnisse)
        {
            if (!result.Erfolgreich)
            {
                steps.Add(new RetentionStep(Guid.Empty, "ConfirmArchiveReceipt", StepOutcome.Refused,
                    $"Akte {result.SchriftgutobjektId}: vom Archiv nicht übernommen ({string.Join("; ", result.Fehlermeldungen)}); sie bleibt abgegeben und wird nicht gelöscht."));
                continue;
            }
            steps.Add(await archiveFiles.SendAsync(result.SchriftgutobjektId, "ConfirmArchiveReceipt", personId => new ConfirmArchiveReceipt.Command
            {
                PersonId = personId, ExpectedVersion = 0, AnyVersion = true, ProcessId = processId,
                Reason = $"Übernahmebestätigung des Archivs (0506, Prozess {processId}){(result.Archivkennung is { } k ? $", Archivkennung {k}" : "")}",
            }, mediator, cancellationToken));
        }
        return new RetentionReport(BerlinTime.DateOf(clock.GetUtcNow()), false, steps, []);
    }
}

/// <summary>Finds the person of a file named in an archive message (the Akte's id is the file's stream id) and sends a command on it.</summary>
public sealed class ArchiveFiles(EventStore.EventStore store)
{
    public async Task<RetentionStep> SendAsync(Guid fileId, string action, Func<Guid, FileRequest> request, IMediator mediator, CancellationToken cancellationToken)
    {
        var events = await store.ReadStreamAsync(fileId, cancellationToken: cancellationToken);
        if (events.Select(e => e.Data).OfType<Domain.Files.FileEvent>().FirstOrDefault() is not { } first)
        {
            return new RetentionStep(Guid.Empty, action, StepOutcome.Refused, $"Die Akte {fileId} gibt es hier nicht.");
        }
        var command = request(first.PersonId);
        try
        {
            var result = await mediator.Send(command, cancellationToken);
            return new RetentionStep(first.PersonId, action, StepOutcome.Done,
                result.Events.Count > 0 ? command.Reason : "Bereits erfasst.");
        }
        catch (Exception e) when (e is RuleViolation or ConcurrencyException)
        {
            return new RetentionStep(first.PersonId, action, StepOutcome.Refused, e.Message);
        }
    }
}
