using Migrationsverwaltung.Api.Views.Shared;
using Migrationsverwaltung.Domain.Cases;
using Migrationsverwaltung.Domain.Persons;
using Migrationsverwaltung.EventStore;
using Npgsql;

namespace Migrationsverwaltung.Api.Views.Inbox;

/// <summary>
/// Inline projection "inbox": the caseworker reads their own write at once.
/// inbox_cases: one compact row per open case with its most urgent timer (due_on, 'infinity' without one), keyed
/// for "my cases" and "my team's pool" in urgency order; case_directory: every case ever received, for the lookup
/// by file number; person_names: names (normalised keys) for the lookup by name. person_names copies personal
/// data: retention's erasure must delete the person's row too (a rebuild reads the erased names as null).
/// </summary>
public sealed class InboxProjection() : CaseFoldingProjection($"{ViewsSchema.Name}.inbox_fold")
{
    public const string Cases = $"{ViewsSchema.Name}.inbox_cases";
    public const string Directory = $"{ViewsSchema.Name}.case_directory";
    public const string Names = $"{ViewsSchema.Name}.person_names";

    public const string ProjectionName = "inbox";

    public override string Name => ProjectionName;

    protected override IReadOnlyList<string> Tables => [Cases, Directory, Names];

    protected override string Schema => $"""
        CREATE TABLE IF NOT EXISTS {Cases} (
            case_id uuid PRIMARY KEY,
            team_id uuid NOT NULL,
            caseworker text,
            status text NOT NULL,
            title_code text NOT NULL,
            received_on date NOT NULL,
            file_number text,
            person_id uuid NOT NULL,
            due_on date NOT NULL,
            due_kind text,
            warn_from date NOT NULL);
        -- The first page of "my cases" and of "my team's pool" is an index range scan each, in urgency order.
        CREATE INDEX IF NOT EXISTS inbox_cases_mine ON {Cases} (caseworker, due_on, case_id) WHERE caseworker IS NOT NULL;
        CREATE INDEX IF NOT EXISTS inbox_cases_pool ON {Cases} (team_id, due_on, case_id) WHERE caseworker IS NULL;
        CREATE TABLE IF NOT EXISTS {Directory} (
            case_id uuid PRIMARY KEY,
            file_number text UNIQUE,
            person_id uuid NOT NULL,
            team_id uuid NOT NULL,
            caseworker text,
            title_code text NOT NULL,
            status text NOT NULL,
            received_on date NOT NULL);
        CREATE INDEX IF NOT EXISTS case_directory_person ON {Directory} (person_id);
        CREATE TABLE IF NOT EXISTS {Names} (
            person_id uuid PRIMARY KEY,
            family_name text,
            given_names text,
            birth_date date,
            family_key text,
            given_key text);
        CREATE INDEX IF NOT EXISTS person_names_key ON {Names} (family_key, given_key);
        """;

    protected override void Project(List<NpgsqlBatchCommand> commands, Case state, IReadOnlyList<CaseEvent> applied)
    {
        commands.Add(Sql.Command($"""
            INSERT INTO {Directory} (case_id, file_number, person_id, team_id, caseworker, title_code, status, received_on) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
            ON CONFLICT (case_id) DO UPDATE SET file_number = excluded.file_number, person_id = excluded.person_id, team_id = excluded.team_id,
                caseworker = excluded.caseworker, title_code = excluded.title_code, status = excluded.status, received_on = excluded.received_on
            """, state.Id, Sql.Text(state.FileNumber), state.PersonId, state.TeamId, Sql.Text(state.Caseworker), state.TitleCode, state.Status.ToString(), state.ReceivedOn));
        if (!state.Status.IsOpen())
        {
            commands.Add(Sql.Command($"DELETE FROM {Cases} WHERE case_id = $1", state.Id));
            return;
        }
        var deadlines = OpenDeadlines.Of(state);
        var next = deadlines.FirstOrDefault();
        commands.Add(Sql.Command($"""
            INSERT INTO {Cases} (case_id, team_id, caseworker, status, title_code, received_on, file_number, person_id, due_on, due_kind, warn_from)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, coalesce($9, 'infinity'::date), $10, coalesce($11, 'infinity'::date))
            ON CONFLICT (case_id) DO UPDATE SET team_id = excluded.team_id, caseworker = excluded.caseworker, status = excluded.status,
                title_code = excluded.title_code, received_on = excluded.received_on, file_number = excluded.file_number, person_id = excluded.person_id,
                due_on = excluded.due_on, due_kind = excluded.due_kind, warn_from = excluded.warn_from
            """, state.Id, state.TeamId, Sql.Text(state.Caseworker), state.Status.ToString(), state.TitleCode, state.ReceivedOn, Sql.Text(state.FileNumber),
            state.PersonId, Sql.Date(next?.LastDay), Sql.Text(next?.Kind.ToString()), Sql.Date(deadlines.Count == 0 ? null : deadlines.Min(d => d.WarningFrom))));
    }

    /// <summary>zdA after a final rejection, withdrawal or settlement: the directory shows it.</summary>
    protected override void ProjectEnded(List<NpgsqlBatchCommand> commands, CaseEvent @event)
    {
        if (@event is CaseClosed)
        {
            commands.Add(Sql.Command($"UPDATE {Directory} SET status = $2 WHERE case_id = $1", @event.CaseId, nameof(CaseStatus.Closed)));
        }
    }

    protected override void ProjectOther(List<NpgsqlBatchCommand> commands, StoredEvent @event)
    {
        var (person, family, given, birth) = @event.Data switch
        {
            PersonRegistered r => (r.PersonId, r.FamilyName, r.GivenNames, r.BirthDate),
            NameCorrected c => (c.PersonId, c.FamilyName, c.GivenNames, (DateOnly?)null),
            _ => (Guid.Empty, null, null, null),
        };
        if (person == Guid.Empty)
        {
            return;
        }
        commands.Add(Sql.Command($"""
            INSERT INTO {Names} (person_id, family_name, given_names, birth_date, family_key, given_key) VALUES ($1, $2, $3, $4, $5, $6)
            ON CONFLICT (person_id) DO UPDATE SET family_name = excluded.family_name, given_names = excluded.given_names,
                birth_date = coalesce(excluded.birth_date, {Names}.birth_date), family_key = excluded.family_key, given_key = excluded.given_key
            """, person, Sql.Text(family), Sql.Text(given), Sql.Date(birth), Sql.Text(NameKey.Of(family)), Sql.Text(NameKey.Of(given))));
    }
}
