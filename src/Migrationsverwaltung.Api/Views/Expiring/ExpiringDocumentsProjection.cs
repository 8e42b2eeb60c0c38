using Migrationsverwaltung.Api.Views.Shared;
using Migrationsverwaltung.Domain.Cases;
using Migrationsverwaltung.Domain.Persons;
using Migrationsverwaltung.EventStore;
using Migrationsverwaltung.EventStore.Projections;
using Npgsql;

namespace Migrationsverwaltung.Api.Views.Expiring;

/// <summary>
/// Async projection "expiring_documents": per person the valid-until dates of the current title and the passport
/// (no numbers, no names) and whether the record is restricted (moved away, died, naturalised); per open case its
/// person. The reminder list is "expiring soon and no open case", asked at query time.
/// </summary>
public sealed class ExpiringDocumentsProjection : IProjection
{
    public const string Persons = $"{ViewsSchema.Name}.expiring_persons";
    public const string OpenCases = $"{ViewsSchema.Name}.expiring_open_cases";

    public const string ProjectionName = "expiring_documents";

    public string Name => ProjectionName;

    public Task EnsureSchemaAsync(NpgsqlConnection connection, CancellationToken cancellationToken) => ViewsSchema.CreateAsync(connection, $"""
        CREATE TABLE IF NOT EXISTS {Persons} (
            person_id uuid PRIMARY KEY,
            title_code text,
            title_valid_until date,
            passport_valid_until date,
            restricted boolean NOT NULL DEFAULT false);
        CREATE INDEX IF NOT EXISTS expiring_persons_title ON {Persons} (title_valid_until) WHERE NOT restricted;
        CREATE INDEX IF NOT EXISTS expiring_persons_passport ON {Persons} (passport_valid_until) WHERE NOT restricted;
        CREATE TABLE IF NOT EXISTS {OpenCases} (
            case_id uuid PRIMARY KEY,
            person_id uuid NOT NULL);
        CREATE INDEX IF NOT EXISTS expiring_open_cases_person ON {OpenCases} (person_id);
        """, cancellationToken);

    public Task ResetAsync(NpgsqlConnection connection, CancellationToken cancellationToken) =>
        ViewsSchema.TruncateAsync(connection, [Persons, OpenCases], cancellationToken);

    /// <summary>From this many events on, a batch is applied set-based (<see cref="ExpiringDocumentsBatch"/>): one read per table, one write.</summary>
    public const int SetBasedFrom = 64;

    public Task ApplyAsync(NpgsqlConnection connection, IReadOnlyList<StoredEvent> events, CancellationToken cancellationToken) =>
        events.Count >= SetBasedFrom
            ? ExpiringDocumentsBatch.ApplyAsync(connection, events.Select(e => e.Data).ToList(), cancellationToken)
            : ApplyEachAsync(connection, events.Select(e => e.Data).ToList(), cancellationToken);

    /// <summary>One statement per event (a few events): no read needed.</summary>
    internal static Task ApplyEachAsync(NpgsqlConnection connection, IReadOnlyList<object> events, CancellationToken cancellationToken) =>
        Sql.ExecuteAsync(connection, events.Select(CommandFor).OfType<NpgsqlBatchCommand>().ToList(), cancellationToken);

    private static NpgsqlBatchCommand? CommandFor(object @event) => @event switch
    {
        PersonRegistered e => Sql.Command($"INSERT INTO {Persons} (person_id) VALUES ($1) ON CONFLICT (person_id) DO NOTHING", e.PersonId),
        CurrentTitleRecorded e => Sql.Command($"""
            INSERT INTO {Persons} (person_id, title_code, title_valid_until) VALUES ($1, $2, $3)
            ON CONFLICT (person_id) DO UPDATE SET title_code = excluded.title_code, title_valid_until = excluded.title_valid_until
            """, e.PersonId, e.TitleCode, Sql.Date(e.ValidUntil)),
        PassportRecorded e => Sql.Command($"""
            INSERT INTO {Persons} (person_id, passport_valid_until) VALUES ($1, $2)
            ON CONFLICT (person_id) DO UPDATE SET passport_valid_until = excluded.passport_valid_until
            """, e.PersonId, e.ValidUntil),
        PersonMovedAway or PersonDied or PersonNaturalised => Sql.Command($"""
            INSERT INTO {Persons} (person_id, restricted) VALUES ($1, true) ON CONFLICT (person_id) DO UPDATE SET restricted = true
            """, ((PersonEvent)@event).PersonId),
        ApplicationReceived e => Sql.Command($"INSERT INTO {OpenCases} (case_id, person_id) VALUES ($1, $2) ON CONFLICT (case_id) DO NOTHING", e.CaseId, e.PersonId),
        // The events that end a case (final, withdrawn, settled, zdA): CaseStatusRules.IsOpen turns false.
        CaseClosed or CaseWithdrawn or CaseSettled or RejectionBecameFinal => Sql.Command($"DELETE FROM {OpenCases} WHERE case_id = $1", ((CaseEvent)@event).CaseId),
        _ => null,
    };
}
