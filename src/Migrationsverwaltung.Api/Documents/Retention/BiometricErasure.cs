using System.Globalization;
using MediatR;
using Migrationsverwaltung.Api.Documents.Queries;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Domain.Calendar;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Files;
using Migrationsverwaltung.EventStore;

namespace Migrationsverwaltung.Api.Documents.Retention;

/// <summary>
/// The retention job's step for biometric photos (BiometricRetention): finds the files with photos received at least
/// the shorter period ago and not yet erased, reads the person's birth date (in the access log), and erases each due
/// photo's content, one step per document. Decided on the file as it stands first: a legal hold is reported as
/// Refused; a dry run reports Planned and changes nothing. An erased photo is not found again.
/// </summary>
public sealed class BiometricErasure(IMediator mediator, FileLoader files, RetentionCandidates candidates, CurrentActor current)
{
    public static readonly string Action = CommandName.Of(typeof(EraseBiometricDocument.Command));

    public async Task<IReadOnlyList<RetentionStep>> RunAsync(bool dryRun, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = BerlinTime.DateOf(now);
        var steps = new List<RetentionStep>();
        foreach (var personId in await candidates.PersonsWithBiometricPhotosAsync(today.AddYears(-BiometricRetention.MinorYears), cancellationToken))
        {
            var file = (await files.LoadAsync(personId, cancellationToken)).File;
            if (!file.IsOpen || file.IsDeleted || !file.Documents.Values.Any(d => BiometricRetention.IsBiometric(d) && !d.IsErased))
            {
                continue;
            }
            var birthDate = (await mediator.Send(new ReadBirthDate.Query(personId), cancellationToken)).BirthDate;
            foreach (var photo in BiometricRetention.DueIn(file, birthDate, today).ToList())
            {
                steps.Add(await EraseAsync(dryRun, now, personId, file, photo, birthDate, cancellationToken));
            }
        }
        return steps;
    }

    private async Task<RetentionStep> EraseAsync(
        bool dryRun, DateTimeOffset now, Guid personId, PersonFile file, FileDocument photo, DateOnly? birthDate, CancellationToken cancellationToken)
    {
        var reason = string.Create(CultureInfo.InvariantCulture,
            $"Aufbewahrungsfrist des Lichtbilds abgelaufen (fällig seit {BiometricRetention.DueOn(photo, birthDate):dd.MM.yyyy}): Inhalt aller Fassungen gelöscht");
        var command = new EraseBiometricDocument.Command { PersonId = personId, ExpectedVersion = 0, DocumentId = photo.Id, BirthDate = birthDate, Reason = reason };
        try
        {
            FileDecider.Decide(command.ToDomain(new CommandContext(current.Actor, now, reason)), file);
            if (dryRun)
            {
                return Step(StepOutcome.Planned, reason);
            }
            await mediator.Send(command with { AnyVersion = true }, cancellationToken);
            return Step(StepOutcome.Done, reason);
        }
        catch (Exception e) when (e is RuleViolation or ConcurrencyException)
        {
            return Step(StepOutcome.Refused, e.Message);
        }

        RetentionStep Step(StepOutcome outcome, string detail) => new(personId, Action, outcome, $"Lichtbild {photo.Id}: {detail}", photo.Id);
    }
}
