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
public sealed class InboxProjection() : CaseFoldingProjection<InboxRows>($"{ViewsSchema.Name}.inbox_fold")
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

    protected override void Project(InboxRows rows, Case state, IReadOnlyList<CaseEvent> applied)
    {
        rows.Directory.Add(state);
        if (!state.Status.IsOpen())
        {
            rows.Ended.Add(state.Id);
            return;
        }
        var deadlines = OpenDeadlines.Of(state);
        var next = deadlines.FirstOrDefault();
        rows.Open.Add(new OpenRow(state, next?.LastDay, next?.Kind.ToString(), deadlines.Count == 0 ? null : deadlines.Min(d => d.WarningFrom)));
    }

    /// <summary>zdA after a final rejection, withdrawal or settlement: the directory shows it.</summary>
    protected override void ProjectEnded(InboxRows rows, CaseEvent @event)
    {
        if (@event is CaseClosed)
        {
            rows.Closed.Add(@event.CaseId);
        }
    }

    protected override IEnumerable<NpgsqlBatchCommand> Write(InboxRows rows)
    {
        if (rows.Directory.Count > 0)
        {
            var d = rows.Directory;
            yield return Sql.Command($"""
                INSERT INTO {Directory} (case_id, file_number, person_id, team_id, caseworker, title_code, status, received_on)
                SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::date[])
                ON CONFLICT (case_id) DO UPDATE SET file_number = excluded.file_number, person_id = excluded.person_id, team_id = excluded.team_id,
                    caseworker = excluded.caseworker, title_code = excluded.title_code, status = excluded.status, received_on = excluded.received_on
                """, Sql.Uuids(d.Select(c => c.Id)), Sql.Texts(d.Select(c => c.FileNumber)), Sql.Uuids(d.Select(c => c.PersonId)), Sql.Uuids(d.Select(c => c.TeamId)),
                Sql.Texts(d.Select(c => c.Caseworker)), Sql.Texts(d.Select(c => c.TitleCode)), Sql.Texts(d.Select(c => c.Status.ToString())),
                Sql.Dates(d.Select(c => (DateOnly?)c.ReceivedOn)));
        }
        if (rows.Ended.Count > 0)
        {
            yield return Sql.Command($"DELETE FROM {Cases} WHERE case_id = ANY($1)", Sql.Uuids(rows.Ended));
        }
        if (rows.Open.Count > 0)
        {
            var o = rows.Open;
            yield return Sql.Command($"""
                INSERT INTO {Cases} (case_id, team_id, caseworker, status, title_code, received_on, file_number, person_id, due_on, due_kind, warn_from)
                SELECT case_id, team_id, caseworker, status, title_code, received_on, file_number, person_id,
                       coalesce(due_on, 'infinity'::date), due_kind, coalesce(warn_from, 'infinity'::date)
                FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::date[], $7::text[], $8::uuid[], $9::date[], $10::text[], $11::date[])
                    AS u(case_id, team_id, caseworker, status, title_code, received_on, file_number, person_id, due_on, due_kind, warn_from)
                ON CONFLICT (case_id) DO UPDATE SET team_id = excluded.team_id, caseworker = excluded.caseworker, status = excluded.status,
                    title_code = excluded.title_code, received_on = excluded.received_on, file_number = excluded.file_number, person_id = excluded.person_id,
                    due_on = excluded.due_on, due_kind = excluded.due_kind, warn_from = excluded.warn_from
                """, Sql.Uuids(o.Select(r => r.State.Id)), Sql.Uuids(o.Select(r => r.State.TeamId)), Sql.Texts(o.Select(r => r.State.Caseworker)),
                Sql.Texts(o.Select(r => r.State.Status.ToString())), Sql.Texts(o.Select(r => r.State.TitleCode)), Sql.Dates(o.Select(r => (DateOnly?)r.State.ReceivedOn)),
                Sql.Texts(o.Select(r => r.State.FileNumber)), Sql.Uuids(o.Select(r => r.State.PersonId)), Sql.Dates(o.Select(r => r.DueOn)),
                Sql.Texts(o.Select(r => r.DueKind)), Sql.Dates(o.Select(r => r.WarnFrom)));
        }
        if (rows.Closed.Count > 0)
        {
            yield return Sql.Command($"UPDATE {Directory} SET status = $2 WHERE case_id = ANY($1)", Sql.Uuids(rows.Closed), nameof(CaseStatus.Closed));
        }
        if (rows.Names.Count > 0)
        {
            var n = rows.Names;
            yield return Sql.Command($"""
                INSERT INTO {Names} (person_id, family_name, given_names, birth_date, family_key, given_key)
                SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::date[], $5::text[], $6::text[])
                ON CONFLICT (person_id) DO UPDATE SET family_name = excluded.family_name, given_names = excluded.given_names,
                    birth_date = coalesce(excluded.birth_date, {Names}.birth_date), family_key = excluded.family_key, given_key = excluded.given_key
                """, Sql.Uuids(n.Keys), Sql.Texts(n.Values.Select(r => r.FamilyName)), Sql.Texts(n.Values.Select(r => r.GivenNames)),
                Sql.Dates(n.Values.Select(r => r.BirthDate)), Sql.Texts(n.Values.Select(r => NameKey.Of(r.FamilyName))),
                Sql.Texts(n.Values.Select(r => NameKey.Of(r.GivenNames))));
        }
    }

    protected override void ProjectOther(InboxRows rows, StoredEvent @event)
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
        // Registered and renamed in one batch: one row, the last names, the last birth date given (a correction gives none).
        var before = rows.Names.GetValueOrDefault(person);
        rows.Names[person] = new NameRow(family, given, birth ?? before?.BirthDate);
    }
}

/// <summary>One batch's rows of the inbox, written set-based.</summary>
public sealed class InboxRows
{
    public List<Case> Directory { get; } = [];
    public List<Guid> Ended { get; } = [];
    public List<OpenRow> Open { get; } = [];
    public List<Guid> Closed { get; } = [];

    /// <summary>Per person the names after the batch (a person may be registered and renamed in one batch).</summary>
    public Dictionary<Guid, NameRow> Names { get; } = [];
}

/// <summary>An open case with its most urgent timer.</summary>
public sealed record OpenRow(Case State, DateOnly? DueOn, string? DueKind, DateOnly? WarnFrom);

/// <summary>A person's names after a batch; a null birth date keeps the stored one.</summary>
public sealed record NameRow(string? FamilyName, string? GivenNames, DateOnly? BirthDate);
