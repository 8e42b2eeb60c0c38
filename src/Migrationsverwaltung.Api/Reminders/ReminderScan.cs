using Microsoft.Extensions.Options;
using Migrationsverwaltung.Api.Infrastructure.AccessLog;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Persistence;
using Migrationsverwaltung.Api.Views.Expiring;
using Migrationsverwaltung.Api.Views.Inbox;
using Migrationsverwaltung.Domain.Calendar;
using Migrationsverwaltung.Domain.Cases;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Persons;
using Migrationsverwaltung.Domain.Reminders;
using Npgsql;
using Store = Migrationsverwaltung.EventStore.EventStore;

namespace Migrationsverwaltung.Api.Reminders;

/// <summary>
/// The scheduled scan: finds what is due today (titles and passports of persons, Fiktionsbescheinigungen and
/// collectable cards of open cases, appointments tomorrow) and writes one outbox row per trigger, only for persons who
/// consented to e-mail. The unique key (kind, subject, trigger date) makes the scan idempotent: it may run on
/// every instance and as often as it likes. Candidates come from the views (expiring documents, the inbox's open
/// cases), so a scan reads the streams of the few thousand persons and cases that may be due, not of everyone.
/// Answers that triage gave to emergency requests after they were lodged (a seat or a reasoned refusal) are picked
/// up by <see cref="RunEmergencyAnswersAsync"/> on every round of the worker, so the applicant hears within a minute;
/// without e-mail consent the row is written as 'skipped', which records the decision and ends the polling for it.
/// </summary>
public sealed class ReminderScan(Store store, NpgsqlDataSource database, IOptions<ReminderOptions> options)
{
    private readonly ReminderCandidates _candidates = new(database, store.Options.Schema);

    public async Task<int> RunAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var persons = new Dictionary<Guid, Person>();
        var due = new List<(Reminder Reminder, Guid PersonId)>();

        foreach (var (personId, title, passport) in await _candidates.PersonsExpiringAsync(today, cancellationToken))
        {
            var person = await PersonAsync(personId, persons, cancellationToken);
            if (title && person.CurrentTitle?.ValidUntil is { } titleValidUntil)
            {
                due.AddRange(ReminderRules.ForTitle(personId, titleValidUntil, today).Select(r => (r, personId)));
            }
            if (passport && person.Passport is { } personPassport)
            {
                due.AddRange(ReminderRules.ForPassport(personId, personPassport.ValidUntil, today).Select(r => (r, personId)));
            }
        }

        foreach (var caseId in await _candidates.OpenCasesWithCardOrFiktionAsync(cancellationToken))
        {
            var @case = (await store.AggregateStreamAsync(caseId, Case.Initial, (s, e) => e is CaseEvent c ? CaseEvolution.Evolve(s, c) : s, cancellationToken: cancellationToken))?.State ?? Case.Initial;
            if (@case.Fiktion is { Void: false } fiktion && @case.EndedAt is null)
            {
                due.AddRange(ReminderRules.ForFiktion(caseId, fiktion.ValidUntil, today).Select(r => (r, @case.PersonId)));
            }
            if (@case.Status == CaseStatus.ReadyForPickup && @case.ReadyForPickupAt is { } ready)
            {
                due.AddRange(ReminderRules.ForEatReady(caseId, BerlinTime.DateOf(ready), today).Select(r => (r, @case.PersonId)));
            }
        }

        foreach (var (bookingId, caseId, day) in await _candidates.AppointmentsOnAsync(today.AddDays(1), cancellationToken))
        {
            var @case = (await store.AggregateStreamAsync(caseId, Case.Initial, (s, e) => e is CaseEvent c ? CaseEvolution.Evolve(s, c) : s, cancellationToken: cancellationToken))?.State ?? Case.Initial;
            due.AddRange(ReminderRules.ForAppointment(bookingId, day, today).Select(r => (r, @case.PersonId)));
        }

        due.AddRange(await EmergencyAnswersAsync(today, cancellationToken));

        var consented = new List<(Reminder Reminder, Guid PersonId)>();
        foreach (var item in due)
        {
            if ((await PersonAsync(item.PersonId, persons, cancellationToken)).MayContactBy(ContactChannel.Email))
            {
                consented.Add(item);
            }
        }
        await RecordReadsAsync(persons.Keys, cancellationToken);
        return await WriteAsync(consented, personId => LanguageFor(persons[personId]), cancellationToken);
    }

    /// <summary>Notices for emergency requests answered since the last round: pending with consent, else 'skipped'.</summary>
    public async Task<int> RunEmergencyAnswersAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var due = await EmergencyAnswersAsync(today, cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }
        var persons = new Dictionary<Guid, Person>();
        foreach (var (_, personId) in due)
        {
            await PersonAsync(personId, persons, cancellationToken);
        }
        await RecordReadsAsync(persons.Keys, cancellationToken);
        return await WriteAsync(due, personId => LanguageFor(persons[personId]), cancellationToken,
            personId => persons[personId].MayContactBy(ContactChannel.Email) ? "pending" : "skipped");
    }

    /// <summary>
    /// Requests that triage answered after they were lodged (an answer given at once came back in the response)
    /// within the last days, with no notice written yet; a seat whose booking was cancelled meanwhile gets none.
    /// </summary>
    private async Task<List<(Reminder Reminder, Guid PersonId)>> EmergencyAnswersAsync(DateOnly today, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand($"""
            SELECT r.id, r.case_id, r.lodged_at, r.answered_at, r.status, s.starts_at
            FROM {AppSchema.Name}.emergency_requests r
            LEFT JOIN {AppSchema.Name}.appointment_bookings b ON b.id = r.booking_id AND b.status = 'active'
            LEFT JOIN {AppSchema.Name}.appointment_slots s ON s.id = b.slot_id
            WHERE r.status <> 'waiting' AND r.answered_at > r.lodged_at AND r.answered_at >= $1
              AND NOT EXISTS (SELECT 1 FROM {AppSchema.Name}.reminder_outbox o WHERE o.subject_id = r.id AND o.kind = ANY($2))
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = BerlinTime.StartOf(today.AddDays(-ReminderRules.EmergencyAnswerDays)).ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter { Value = new[] { ReminderKinds.CodeOf(ReminderKind.EmergencySlotGiven), ReminderKinds.CodeOf(ReminderKind.EmergencyRequestDeclined) } });
        var answered = new List<(Guid RequestId, Guid CaseId, DateOnly Lodged, DateOnly Answered, bool SlotGiven, DateOnly? Appointment)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                answered.Add((reader.GetGuid(0), reader.GetGuid(1), BerlinTime.DateOf(reader.GetFieldValue<DateTimeOffset>(2)), BerlinTime.DateOf(reader.GetFieldValue<DateTimeOffset>(3)),
                    reader.GetString(4) == "slot_given", reader.IsDBNull(5) ? null : BerlinTime.DateOf(reader.GetFieldValue<DateTimeOffset>(5))));
            }
        }
        var due = new List<(Reminder Reminder, Guid PersonId)>();
        foreach (var request in answered)
        {
            var reminders = request.SlotGiven
                ? request.Appointment is { } day ? ReminderRules.ForEmergencySlot(request.RequestId, request.Answered, day, today) : []
                : ReminderRules.ForEmergencyDeclined(request.RequestId, request.Lodged, request.Answered, today);
            var found = reminders.ToList();
            if (found.Count > 0 && await PersonOfCaseAsync(request.CaseId, cancellationToken) is { } personId)
            {
                due.AddRange(found.Select(r => (r, personId)));
            }
        }
        return due;
    }

    private async Task<Guid?> PersonOfCaseAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var @case = (await store.AggregateStreamAsync(caseId, Case.Initial, (s, e) => e is CaseEvent c ? CaseEvolution.Evolve(s, c) : s, cancellationToken: cancellationToken))?.State;
        return @case is { PersonId: var personId } && personId != Guid.Empty ? personId : null;
    }

    /// <summary>The scan read these persons' records (dates, consent): one access-log row for the run, as system:reminders.</summary>
    private async Task RecordReadsAsync(IEnumerable<Guid> personIds, CancellationToken cancellationToken)
    {
        var actor = new CurrentActor();
        actor.Set(new Actor("system:reminders", Role.Administration, Guid.Empty));
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await AccessLogWriter.RecordAsync(connection, actor, "ReminderScan", personIds, cancellationToken);
    }

    /// <summary>The person's preferred language where a template exists for it, else the office's default (Reminders:Language).</summary>
    private string LanguageFor(Person person) =>
        person.PreferredLanguage is { } preferred && ReminderTemplates.Languages.Contains(preferred) ? preferred : options.Value.Language;

    private async Task<int> WriteAsync(List<(Reminder Reminder, Guid PersonId)> due, Func<Guid, string> languageOf, CancellationToken cancellationToken,
        Func<Guid, string>? statusOf = null)
    {
        if (due.Count == 0)
        {
            return 0;
        }
        var ids = due.Select(_ => Guid.NewGuid()).ToArray();
        var settings = options.Value;
        await using var command = database.CreateCommand($"""
            INSERT INTO {AppSchema.Name}.reminder_outbox (id, kind, subject_id, trigger_date, person_id, about_date, language, message_id, status)
            SELECT id, kind, subject, trigger, person, about, language, '<reminder-' || id || '@' || $8 || '>', status
            FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::date[], $5::uuid[], $6::date[], $7::text[], $9::text[]) AS t(id, kind, subject, trigger, person, about, language, status)
            ON CONFLICT (kind, subject_id, trigger_date) DO NOTHING
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = ids });
        command.Parameters.Add(new NpgsqlParameter { Value = due.Select(d => ReminderKinds.CodeOf(d.Reminder.Kind)).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = due.Select(d => d.Reminder.Subject).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = due.Select(d => d.Reminder.TriggerDate).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = due.Select(d => d.PersonId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = due.Select(d => d.Reminder.About).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = due.Select(d => languageOf(d.PersonId)).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = settings.MessageIdDomain });
        command.Parameters.Add(new NpgsqlParameter { Value = due.Select(d => statusOf?.Invoke(d.PersonId) ?? "pending").ToArray() });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<Person> PersonAsync(Guid personId, Dictionary<Guid, Person> cache, CancellationToken cancellationToken)
    {
        if (!cache.TryGetValue(personId, out var person))
        {
            person = (await store.AggregateStreamAsync(personId, Person.Initial, (s, e) => e is PersonEvent p ? PersonEvolution.Evolve(s, p) : s, cancellationToken: cancellationToken))?.State ?? Person.Initial;
            cache[personId] = person;
        }
        return person;
    }
}
