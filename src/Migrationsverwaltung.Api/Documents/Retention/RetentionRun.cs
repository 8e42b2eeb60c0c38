using System.Globalization;
using MediatR;
using Migrationsverwaltung.Api.Documents.Queries;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Domain.Calendar;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Files;
using Migrationsverwaltung.Domain.Persons;
using Migrationsverwaltung.EventStore;
using Store = Migrationsverwaltung.EventStore.EventStore;

namespace Migrationsverwaltung.Api.Documents.Retention;

/// <summary>A run of the retention job; Today only for a dry run (what would a run on that day do?).</summary>
public sealed record RetentionRunRequest(bool DryRun, DateOnly? Today = null);

/// <summary>
/// The retention job, idempotent: (a) files of persons whose record became restricted get their retention; (b) due
/// files are offered to the archive in one 0501; (g) offers unanswered for Retention:AnswerPeriodDays follow the
/// disposal type; (d) files to archive are handed over in a 0503 per offer; (f) files the archive received (0506) or
/// evaluated "destroy" are deleted, and deletions left incomplete by a crash are completed. Every step is first decided
/// on the file as it stands (the pure decider): a legal hold refuses it, which is reported, and the run goes on with
/// the other files. A dry run decides and reports but writes nothing. Messages are written before the events that
/// refer to them, so a crash in between repeats the message on the next run instead of losing it. Before all that,
/// biometric photos past their shorter retention lose their content (BiometricErasure), per document.
/// </summary>
public sealed class RetentionRun(
    IMediator mediator, Store store, FileLoader files, RetentionCandidates candidates, FileErasure erasure, ArchiveMessages messages,
    RetentionOptions options, CurrentActor current, TimeProvider clock, BiometricErasure photos)
{
    public async Task<RetentionReport> RunAsync(RetentionRunRequest request, CancellationToken cancellationToken)
    {
        var realToday = BerlinTime.DateOf(clock.GetUtcNow());
        if (request.Today is { } asked && asked != realToday && !request.DryRun)
        {
            throw new ArgumentException("Ein anderes Datum als heute ist nur für einen Probelauf (--dry-run) möglich.");
        }
        var run = new Run(request.DryRun, request.Today is { } day && day != realToday
            ? new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero)
            : clock.GetUtcNow());
        var states = new Dictionary<Guid, PersonFile>();

        // Biometric photos first: a file handed to the archive in this run no longer carries a photo that was due.
        run.Steps.AddRange(await photos.RunAsync(run.DryRun, run.Now, cancellationToken));

        foreach (var personId in await candidates.RestrictedPersonsAsync(cancellationToken))
        {
            var file = (await files.LoadAsync(personId, cancellationToken)).File;
            if (!file.IsOpen || file.IsDeleted || RetentionRules.For(await PersonAsync(personId, cancellationToken)) is not { } retention || file.Retention == retention)
            {
                continue; // no file, nothing to keep; or assigned already
            }
            var reason = string.Create(CultureInfo.InvariantCulture,
                $"Person eingeschränkt ({retention.RetentionClass}): Akte geschlossen am {retention.ClosingDate:dd.MM.yyyy}, aufzubewahren bis {retention.DueOn:dd.MM.yyyy}");
            states[personId] = await StepAsync(run, personId, file, new AssignRetention.Command { PersonId = personId, ExpectedVersion = 0, Retention = retention, Reason = reason }, cancellationToken) ?? file;
        }
        foreach (var personId in (await candidates.PersonsWithRetentionAsync(cancellationToken)).Union(states.Keys).ToList())
        {
            var file = states.TryGetValue(personId, out var known) ? known : (await files.LoadAsync(personId, cancellationToken)).File;
            states[personId] = await AdvanceAsync(run, personId, file, cancellationToken);
        }
        await OfferDueAsync(run, states, cancellationToken);
        await HandOverAsync(run, states, cancellationToken);
        return new RetentionReport(run.Today, run.DryRun, run.Steps, run.Messages);
    }

    /// <summary>Moves one file along as far as it goes without the archive; offers and hand-overs are batched afterwards.</summary>
    private async Task<PersonFile> AdvanceAsync(Run run, Guid personId, PersonFile file, CancellationToken cancellationToken)
    {
        while (true)
        {
            PersonFile? next;
            switch (file)
            {
                case { IsDeleted: true }:
                    await CompleteErasureAsync(run, personId, cancellationToken);
                    return file;
                case { Disposal: DisposalStage.Offered, OfferedAt: { } offeredAt } when offeredAt.AddDays(options.AnswerPeriodDays) <= run.Now:
                    next = await StepAsync(run, personId, file, new ApplyDisposalWithoutAnswer.Command
                    {
                        PersonId = personId, ExpectedVersion = 0,
                        Reason = $"Aufbewahrungsfrist abgelaufen; keine Bewertung des Archivs binnen {options.AnswerPeriodDays} Tagen: die Aussonderungsart „{file.Retention?.Disposal}“ entscheidet",
                    }, cancellationToken);
                    break;
                case { Disposal: DisposalStage.Offered, OfferedAt: var offeredAt }:
                    run.Steps.Add(new RetentionStep(personId, "AwaitEvaluation", StepOutcome.Waiting,
                        $"Angeboten am {offeredAt:dd.MM.yyyy} (Prozess {file.ArchiveProcessId}); die Bewertung (0502) steht aus."));
                    return file;
                case { Disposal: DisposalStage.Evaluated, Decision: ArchiveDecision.Destroy }:
                    next = await StepAsync(run, personId, file, new DeleteFile.Command
                    {
                        PersonId = personId, ExpectedVersion = 0, Reason = "Aufbewahrungsfrist abgelaufen; vom Archiv nicht übernommen: Akte vernichtet",
                    }, cancellationToken);
                    break;
                case { Disposal: DisposalStage.HandedOver, ReceiptConfirmed: false }:
                    run.Steps.Add(new RetentionStep(personId, "AwaitImportConfirmation", StepOutcome.Waiting,
                        $"An das Archiv abgegeben (Prozess {file.ArchiveProcessId}); die Übernahmebestätigung (0506) steht aus."));
                    return file;
                case { Disposal: DisposalStage.HandedOver, ReceiptConfirmed: true }:
                    next = await StepAsync(run, personId, file, new DeleteFile.Command
                    {
                        PersonId = personId, ExpectedVersion = 0, Reason = "Aufbewahrungsfrist abgelaufen; vom Archiv übernommen: Akte gelöscht",
                    }, cancellationToken);
                    break;
                default:
                    return file; // not due yet, or waiting for the batched offer or hand-over
            }
            if (next is null)
            {
                return file;
            }
            file = next;
        }
    }

    private async Task OfferDueAsync(Run run, Dictionary<Guid, PersonFile> states, CancellationToken cancellationToken)
    {
        var processId = Guid.CreateVersion7();
        var due = states.Where(s => s.Value is { Disposal: DisposalStage.None, IsDeleted: false, Retention: { } r } && r.DueOn <= run.Today)
            .Select(s => (PersonId: s.Key, File: s.Value, Request: (FileRequest)new OfferToArchive.Command
            {
                PersonId = s.Key, ExpectedVersion = 0, ProcessId = processId.ToString("D"),
                Reason = string.Create(CultureInfo.InvariantCulture, $"Aufbewahrungsfrist abgelaufen ({s.Value.Retention!.RetentionClass}, fällig seit {s.Value.Retention.DueOn:dd.MM.yyyy}): dem Archiv angeboten"),
            }))
            .Where(c => Decide(run, c.PersonId, c.File, c.Request) is not null).ToList();
        await BatchAsync(run, states, due, (ids, ct) => messages.WriteOfferAsync(processId, ids, run.Now, ct), cancellationToken);
    }

    private async Task HandOverAsync(Run run, Dictionary<Guid, PersonFile> states, CancellationToken cancellationToken)
    {
        var byProcess = states.Where(s => s.Value is { Disposal: DisposalStage.Evaluated, Decision: ArchiveDecision.Archive })
            .GroupBy(s => s.Value.ArchiveProcessId!);
        foreach (var process in byProcess)
        {
            var ready = process.Select(s => (PersonId: s.Key, File: s.Value, Request: (FileRequest)new HandOverToArchive.Command
                {
                    PersonId = s.Key, ExpectedVersion = 0, Reason = "Aufbewahrungsfrist abgelaufen; vom Archiv als archivwürdig bewertet: an das Archiv abgegeben (0503)",
                }))
                .Where(c => Decide(run, c.PersonId, c.File, c.Request) is not null).ToList();
            await BatchAsync(run, states, ready, (ids, ct) => messages.WriteHandOverAsync(Guid.Parse(process.Key), ids, run.Now, ct), cancellationToken);
        }
    }

    /// <summary>The message first, then the events: a crash in between leaves a message the next run writes again.</summary>
    private async Task BatchAsync(Run run, Dictionary<Guid, PersonFile> states, List<(Guid PersonId, PersonFile File, FileRequest Request)> batch,
        Func<IEnumerable<Guid>, CancellationToken, Task<string>> writeMessage, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }
        if (!run.DryRun)
        {
            run.Messages.Add(Path.GetFileName(await writeMessage(batch.Select(b => b.PersonId), cancellationToken)));
        }
        foreach (var (personId, file, request) in batch)
        {
            states[personId] = await StepAsync(run, personId, file, request, cancellationToken) ?? file;
        }
    }

    private async Task CompleteErasureAsync(Run run, Guid personId, CancellationToken cancellationToken)
    {
        var remaining = await erasure.RemainingAsync(personId, cancellationToken);
        if (remaining.IsComplete)
        {
            return;
        }
        if (!run.DryRun)
        {
            await erasure.CompleteAsync(personId, current.Actor.UserId, cancellationToken);
        }
        run.Steps.Add(new RetentionStep(personId, "CompleteErasure", run.DryRun ? StepOutcome.Planned : StepOutcome.Done,
            $"Löschung vervollständigt: {remaining.Contents} Inhalt(e), {remaining.PersonalDataRows} Zeile(n) personenbezogener Daten."));
    }

    /// <summary>Decides the step on the file as it stands, then (unless dry) sends it; null when it is refused.</summary>
    private async Task<PersonFile?> StepAsync(Run run, Guid personId, PersonFile file, FileRequest request, CancellationToken cancellationToken)
    {
        if (Decide(run, personId, file, request) is not { } decided)
        {
            return null;
        }
        if (decided.Count == 0)
        {
            return file;
        }
        var action = CommandName.Of(request);
        if (run.DryRun)
        {
            run.Steps.Add(new RetentionStep(personId, action, StepOutcome.Planned, request.Reason));
            return decided.Aggregate(file, FileEvolution.Evolve);
        }
        try
        {
            await mediator.Send(request with { AnyVersion = true }, cancellationToken);
        }
        catch (Exception e) when (e is RuleViolation or ConcurrencyException)
        {
            run.Steps.Add(new RetentionStep(personId, action, StepOutcome.Refused, e.Message));
            return null;
        }
        run.Steps.Add(new RetentionStep(personId, action, StepOutcome.Done, request.Reason));
        return (await files.LoadAsync(personId, cancellationToken)).File;
    }

    private IReadOnlyList<FileEvent>? Decide(Run run, Guid personId, PersonFile file, FileRequest request)
    {
        try
        {
            return FileDecider.Decide(request.ToDomain(new CommandContext(current.Actor, run.Now, request.Reason)), file);
        }
        catch (RuleViolation e)
        {
            run.Steps.Add(new RetentionStep(personId, CommandName.Of(request), StepOutcome.Refused, e.Message));
            return null;
        }
    }

    private async Task<Person> PersonAsync(Guid personId, CancellationToken cancellationToken) =>
        (await store.ReadStreamAsync(personId, cancellationToken: cancellationToken)).Select(e => e.Data).OfType<PersonEvent>()
        .Aggregate(Person.Initial, PersonEvolution.Evolve);

    private sealed record Run(bool DryRun, DateTimeOffset Now)
    {
        public DateOnly Today => BerlinTime.DateOf(Now);
        public List<RetentionStep> Steps { get; } = [];
        public List<string> Messages { get; } = [];
    }
}
