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
public sealed class BacklogProjection() : CaseFoldingProjection($"{ViewsSchema.Name}.backlog_fold")
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

    protected override void Project(List<NpgsqlBatchCommand> commands, Case state, IReadOnlyList<CaseEvent> applied)
    {
        commands.Add(Sql.Command($"DELETE FROM {Deadlines} WHERE case_id = $1", state.Id));
        if (state.Status.IsOpen())
        {
            commands.Add(Sql.Command($"""
                INSERT INTO {OpenCases} (case_id, team_id, status, title_code, received_on, caseworker, file_number) VALUES ($1, $2, $3, $4, $5, $6, $7)
                ON CONFLICT (case_id) DO UPDATE SET team_id = excluded.team_id, status = excluded.status, title_code = excluded.title_code,
                    received_on = excluded.received_on, caseworker = excluded.caseworker, file_number = excluded.file_number
                """, state.Id, state.TeamId, state.Status.ToString(), state.TitleCode, state.ReceivedOn, Sql.Text(state.Caseworker), Sql.Text(state.FileNumber)));
            var deadlines = OpenDeadlines.Of(state);
            if (deadlines.Count > 0)
            {
                commands.Add(Sql.Command($"INSERT INTO {Deadlines} (case_id, kind, warning_from, last_day) SELECT $1, * FROM unnest($2::text[], $3::date[], $4::date[])",
                    state.Id, deadlines.Select(d => d.Kind.ToString()).ToArray(), deadlines.Select(d => d.WarningFrom).ToArray(), deadlines.Select(d => d.LastDay).ToArray()));
            }
        }
        else
        {
            commands.Add(Sql.Command($"DELETE FROM {OpenCases} WHERE case_id = $1", state.Id));
        }
        var handedOver = applied.LastOrDefault(e => e is DocumentHandedOver or EatDeliveredToApplicant);
        commands.Add(Sql.Command($"""
            INSERT INTO {Flow} (case_id, team_id, title_code, received_on, decided_on, handed_over_on) VALUES ($1, $2, $3, $4, $5, $6)
            ON CONFLICT (case_id) DO UPDATE SET team_id = excluded.team_id, title_code = excluded.title_code, received_on = excluded.received_on,
                decided_on = excluded.decided_on, handed_over_on = coalesce(excluded.handed_over_on, {Flow}.handed_over_on)
            """, state.Id, state.TeamId, state.TitleCode, state.ReceivedOn,
            Sql.Date(state.DecidedAt is { } decided ? BerlinTime.DateOf(decided) : null),
            Sql.Date(handedOver is null ? null : BerlinTime.DateOf(handedOver.At))));
    }
}
