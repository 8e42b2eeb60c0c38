using Migrationsverwaltung.Api.Views.Shared;
using Migrationsverwaltung.Domain.Calendar;
using Migrationsverwaltung.Domain.Cases;
using Npgsql;

namespace Migrationsverwaltung.Api.Views.Backlog;

/// <summary>
/// Async projection "backlog": the team leads' aggregates (docs/views.md).
/// backlog_open_cases: one compact row per open case (team, step, title, date of receipt; the age is computed at
/// query time); backlog_deadlines: its running timers (dates only); backlog_flow: one row per case ever received
/// with the dates of receipt, decision and handover, for the weekly flow and the lead times.
/// </summary>
public sealed class BacklogProjection() : CaseFoldingProjection<BacklogRows>($"{ViewsSchema.Name}.backlog_fold")
{
    public const string OpenCases = $"{ViewsSchema.Name}.backlog_open_cases";
    public const string Deadlines = $"{ViewsSchema.Name}.backlog_deadlines";
    public const string Flow = $"{ViewsSchema.Name}.backlog_flow";

    public const string ProjectionName = "backlog";

    public override string Name => ProjectionName;

    protected override IReadOnlyList<string> Tables => [OpenCases, Deadlines, Flow];

    protected override string Schema => $"""
        CREATE TABLE IF NOT EXISTS {OpenCases} (
            case_id uuid PRIMARY KEY,
            team_id uuid NOT NULL,
            status text NOT NULL,
            title_code text NOT NULL,
            received_on date NOT NULL,
            caseworker text,
            file_number text);
        -- The summary reads this index only (team × step × title, dates of receipt in order).
        CREATE INDEX IF NOT EXISTS backlog_open_cases_summary ON {OpenCases} (team_id, status, title_code, received_on);
        CREATE INDEX IF NOT EXISTS backlog_open_cases_caseworker ON {OpenCases} (team_id, caseworker);
        CREATE TABLE IF NOT EXISTS {Deadlines} (
            case_id uuid NOT NULL,
            kind text NOT NULL,
            warning_from date NOT NULL,
            last_day date NOT NULL,
            PRIMARY KEY (case_id, kind));
        CREATE INDEX IF NOT EXISTS backlog_deadlines_due ON {Deadlines} (kind, last_day, case_id);
        CREATE INDEX IF NOT EXISTS backlog_deadlines_warning ON {Deadlines} (kind, warning_from);
        CREATE TABLE IF NOT EXISTS {Flow} (
            case_id uuid PRIMARY KEY,
            team_id uuid NOT NULL,
            title_code text NOT NULL,
            received_on date NOT NULL,
            decided_on date,
            handed_over_on date);
        CREATE INDEX IF NOT EXISTS backlog_flow_received ON {Flow} (received_on);
        CREATE INDEX IF NOT EXISTS backlog_flow_decided ON {Flow} (decided_on) WHERE decided_on IS NOT NULL;
        CREATE INDEX IF NOT EXISTS backlog_flow_handed_over ON {Flow} (handed_over_on) WHERE handed_over_on IS NOT NULL;
        """;

    protected override void Project(BacklogRows rows, Case state, IReadOnlyList<CaseEvent> applied)
    {
        rows.Projected.Add(state.Id);
        if (state.Status.IsOpen())
        {
            rows.Open.Add(state);
            foreach (var deadline in OpenDeadlines.Of(state))
            {
                rows.Deadlines.Add((state.Id, deadline.Kind.ToString(), deadline.WarningFrom, deadline.LastDay));
            }
        }
        else
        {
            rows.Ended.Add(state.Id);
        }
        var handedOver = applied.LastOrDefault(e => e is DocumentHandedOver or EatDeliveredToApplicant);
        rows.Flow.Add(new FlowRow(state, state.DecidedAt is { } decided ? BerlinTime.DateOf(decided) : null,
            handedOver is null ? null : BerlinTime.DateOf(handedOver.At)));
    }

    protected override IEnumerable<NpgsqlBatchCommand> Write(BacklogRows rows)
    {
        if (rows.Projected.Count == 0)
        {
            yield break;
        }
        yield return Sql.Command($"DELETE FROM {Deadlines} WHERE case_id = ANY($1)", Sql.Uuids(rows.Projected));
        if (rows.Open.Count > 0)
        {
            var o = rows.Open;
            yield return Sql.Command($"""
                INSERT INTO {OpenCases} (case_id, team_id, status, title_code, received_on, caseworker, file_number)
                SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::date[], $6::text[], $7::text[])
                ON CONFLICT (case_id) DO UPDATE SET team_id = excluded.team_id, status = excluded.status, title_code = excluded.title_code,
                    received_on = excluded.received_on, caseworker = excluded.caseworker, file_number = excluded.file_number
                """, Sql.Uuids(o.Select(c => c.Id)), Sql.Uuids(o.Select(c => c.TeamId)), Sql.Texts(o.Select(c => c.Status.ToString())),
                Sql.Texts(o.Select(c => c.TitleCode)), Sql.Dates(o.Select(c => (DateOnly?)c.ReceivedOn)), Sql.Texts(o.Select(c => c.Caseworker)),
                Sql.Texts(o.Select(c => c.FileNumber)));
        }
        if (rows.Deadlines.Count > 0)
        {
            var d = rows.Deadlines;
            yield return Sql.Command($"INSERT INTO {Deadlines} (case_id, kind, warning_from, last_day) SELECT * FROM unnest($1::uuid[], $2::text[], $3::date[], $4::date[])",
                Sql.Uuids(d.Select(r => r.CaseId)), Sql.Texts(d.Select(r => r.Kind)), Sql.Dates(d.Select(r => (DateOnly?)r.WarningFrom)),
                Sql.Dates(d.Select(r => (DateOnly?)r.LastDay)));
        }
        if (rows.Ended.Count > 0)
        {
            yield return Sql.Command($"DELETE FROM {OpenCases} WHERE case_id = ANY($1)", Sql.Uuids(rows.Ended));
        }
        var f = rows.Flow;
        yield return Sql.Command($"""
            INSERT INTO {Flow} (case_id, team_id, title_code, received_on, decided_on, handed_over_on)
            SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::date[], $5::date[], $6::date[])
            ON CONFLICT (case_id) DO UPDATE SET team_id = excluded.team_id, title_code = excluded.title_code, received_on = excluded.received_on,
                decided_on = excluded.decided_on, handed_over_on = coalesce(excluded.handed_over_on, {Flow}.handed_over_on)
            """, Sql.Uuids(f.Select(r => r.State.Id)), Sql.Uuids(f.Select(r => r.State.TeamId)), Sql.Texts(f.Select(r => r.State.TitleCode)),
            Sql.Dates(f.Select(r => (DateOnly?)r.State.ReceivedOn)), Sql.Dates(f.Select(r => r.DecidedOn)), Sql.Dates(f.Select(r => r.HandedOverOn)));
    }
}

/// <summary>One batch's rows of the backlog, written set-based.</summary>
public sealed class BacklogRows
{
    /// <summary>Every case projected in the batch: its running timers are replaced.</summary>
    public List<Guid> Projected { get; } = [];
    public List<Case> Open { get; } = [];
    public List<(Guid CaseId, string Kind, DateOnly WarningFrom, DateOnly LastDay)> Deadlines { get; } = [];
    public List<Guid> Ended { get; } = [];
    public List<FlowRow> Flow { get; } = [];
}

public sealed record FlowRow(Case State, DateOnly? DecidedOn, DateOnly? HandedOverOn);
