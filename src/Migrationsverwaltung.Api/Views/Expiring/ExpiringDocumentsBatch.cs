using Migrationsverwaltung.Api.Views.Shared;
using Migrationsverwaltung.Domain.Cases;
using Migrationsverwaltung.Domain.Persons;
using Npgsql;

namespace Migrationsverwaltung.Api.Views.Expiring;

/// <summary>
/// The expiring_documents projection for a large batch (a bulk import's chunk, the daemon catching up): the rows of
/// the persons and cases the batch touches are read once, every event is applied to them in memory exactly as
/// <see cref="ExpiringDocumentsProjection"/>'s statement for it would change them, and the result is written with one
/// upsert per table (and one delete). ExpiringDocumentsBatchTests apply the same events both ways and compare.
/// </summary>
internal static class ExpiringDocumentsBatch
{
    private sealed record PersonRow(string? TitleCode, DateOnly? TitleValidUntil, DateOnly? PassportValidUntil, bool Restricted);

    public static async Task ApplyAsync(NpgsqlConnection connection, IReadOnlyList<object> events, CancellationToken cancellationToken)
    {
        var persons = await LoadPersonsAsync(connection, [.. events.OfType<PersonEvent>().Select(e => e.PersonId).Distinct()], cancellationToken);
        var cases = await LoadOpenCasesAsync(connection, [.. events.OfType<CaseEvent>().Select(e => e.CaseId).Distinct()], cancellationToken);
        var (changedPersons, touchedCases) = (new HashSet<Guid>(), new HashSet<Guid>());
        foreach (var @event in events)
        {
            switch (@event)
            {
                case PersonEvent e when Changed(persons.GetValueOrDefault(e.PersonId), e) is { } row:
                    persons[e.PersonId] = row;
                    changedPersons.Add(e.PersonId);
                    break;
                case ApplicationReceived e when cases.GetValueOrDefault(e.CaseId) is null:
                    cases[e.CaseId] = e.PersonId;
                    touchedCases.Add(e.CaseId);
                    break;
                case CaseClosed or CaseWithdrawn or CaseSettled or RejectionBecameFinal:
                    var caseId = ((CaseEvent)@event).CaseId;
                    cases[caseId] = null;
                    touchedCases.Add(caseId);
                    break;
            }
        }
        var commands = new List<NpgsqlBatchCommand>();
        if (changedPersons.Count > 0)
        {
            var p = changedPersons.Select(id => (Id: id, Row: persons[id]!)).ToList();
            commands.Add(Sql.Command($"""
                INSERT INTO {ExpiringDocumentsProjection.Persons} (person_id, title_code, title_valid_until, passport_valid_until, restricted)
                SELECT * FROM unnest($1::uuid[], $2::text[], $3::date[], $4::date[], $5::boolean[])
                ON CONFLICT (person_id) DO UPDATE SET title_code = excluded.title_code, title_valid_until = excluded.title_valid_until,
                    passport_valid_until = excluded.passport_valid_until, restricted = excluded.restricted
                """, Sql.Uuids(p.Select(x => x.Id)), Sql.Texts(p.Select(x => x.Row.TitleCode)), Sql.Dates(p.Select(x => x.Row.TitleValidUntil)),
                Sql.Dates(p.Select(x => x.Row.PassportValidUntil)), p.Select(x => x.Row.Restricted).ToArray()));
        }
        var gone = touchedCases.Where(id => cases[id] is null).ToList();
        if (gone.Count > 0)
        {
            commands.Add(Sql.Command($"DELETE FROM {ExpiringDocumentsProjection.OpenCases} WHERE case_id = ANY($1)", Sql.Uuids(gone)));
        }
        var open = touchedCases.Where(id => cases[id] is not null).ToList();
        if (open.Count > 0)
        {
            commands.Add(Sql.Command($"""
                INSERT INTO {ExpiringDocumentsProjection.OpenCases} (case_id, person_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])
                ON CONFLICT (case_id) DO UPDATE SET person_id = excluded.person_id
                """, Sql.Uuids(open), Sql.Uuids(open.Select(id => cases[id]!.Value))));
        }
        await Sql.ExecuteAsync(connection, commands, cancellationToken);
    }

    /// <summary>The person's row after the event, as the event's statement leaves it; null when the event changes nothing.</summary>
    private static PersonRow? Changed(PersonRow? row, PersonEvent e) => e switch
    {
        PersonRegistered => row ?? new PersonRow(null, null, null, false),
        CurrentTitleRecorded t => (row ?? new PersonRow(null, null, null, false)) with { TitleCode = t.TitleCode, TitleValidUntil = t.ValidUntil },
        PassportRecorded p => (row ?? new PersonRow(null, null, null, false)) with { PassportValidUntil = p.ValidUntil },
        PersonMovedAway or PersonDied or PersonNaturalised => (row ?? new PersonRow(null, null, null, false)) with { Restricted = true },
        _ => null,
    };

    private static async Task<Dictionary<Guid, PersonRow?>> LoadPersonsAsync(NpgsqlConnection connection, Guid[] ids, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<Guid, PersonRow?>();
        if (ids.Length == 0)
        {
            return rows;
        }
        await using var command = new NpgsqlCommand($"""
            SELECT person_id, title_code, title_valid_until, passport_valid_until, restricted FROM {ExpiringDocumentsProjection.Persons} WHERE person_id = ANY($1)
            """, connection);
        command.Parameters.Add(Sql.Uuids(ids));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows[reader.GetGuid(0)] = new PersonRow(reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetFieldValue<DateOnly>(2), reader.IsDBNull(3) ? null : reader.GetFieldValue<DateOnly>(3), reader.GetBoolean(4));
        }
        return rows;
    }

    /// <summary>Per case its person while it has a row, null while it has none.</summary>
    private static async Task<Dictionary<Guid, Guid?>> LoadOpenCasesAsync(NpgsqlConnection connection, Guid[] ids, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<Guid, Guid?>();
        if (ids.Length == 0)
        {
            return rows;
        }
        await using var command = new NpgsqlCommand($"SELECT case_id, person_id FROM {ExpiringDocumentsProjection.OpenCases} WHERE case_id = ANY($1)", connection);
        command.Parameters.Add(Sql.Uuids(ids));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows[reader.GetGuid(0)] = reader.GetGuid(1);
        }
        return rows;
    }
}
