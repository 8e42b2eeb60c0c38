using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Views.Shared;
using Migrationsverwaltung.Api.Views.Teams;
using Migrationsverwaltung.Domain.Common;
using Npgsql;

namespace Migrationsverwaltung.Api.Views.Backlog;

/// <summary>
/// Whose backlog a caller sees (docs/views.md): auditors (Revision) every office's; everyone else the teams of their
/// own team's office (from the "teams" projection), narrowed to one of them with a team filter; a team of another
/// office is a 403. A caller whose team the projection does not know sees an empty backlog. Value equality: the
/// scope is part of the summary cache's key.
/// </summary>
/// <param name="AllOffices">Every office (auditors); otherwise only <paramref name="OfficeId"/>'s teams.</param>
/// <param name="OfficeId">The caller's office; null for an auditor, or for a caller whose team is unknown (sees nothing).</param>
/// <param name="TeamId">The team filter, if any.</param>
public sealed record BacklogScope(bool AllOffices, Guid? OfficeId, Guid? TeamId)
{
    public const string OtherOfficeMessage = "Das Team gehört zu einer anderen Ausländerbehörde.";

    /// <summary>The caller's scope, with the team filter checked against the caller's office.</summary>
    public static async Task<BacklogScope> ResolveAsync(NpgsqlDataSource database, Actor actor, Guid? team, CancellationToken cancellationToken)
    {
        if (actor.Role == Role.Revision)
        {
            return new BacklogScope(true, null, team);
        }
        var offices = await OfficesOfAsync(database, team is { } t ? [actor.TeamId, t] : [actor.TeamId], cancellationToken);
        var office = offices.GetValueOrDefault(actor.TeamId);
        if (team is { } filter && offices.TryGetValue(filter, out var teamOffice) && teamOffice != office)
        {
            throw new ForbiddenException(OtherOfficeMessage);
        }
        return new BacklogScope(false, office, team);
    }

    /// <summary>
    /// The SQL condition on <paramref name="teamColumn"/> and its values, numbered from <paramref name="firstParameter"/>:
    /// the team filter (an equality the indexes on team_id serve) and, unless all offices, membership in the office.
    /// </summary>
    public (string Sql, object[] Values) Condition(string teamColumn, int firstParameter)
    {
        var parts = new List<string>();
        var values = new List<object>();
        if (TeamId is { } team)
        {
            values.Add(team);
            parts.Add($"{teamColumn} = ${firstParameter + values.Count - 1}");
        }
        if (!AllOffices && OfficeId is null)
        {
            parts.Add("FALSE");
        }
        else if (!AllOffices)
        {
            values.Add(OfficeId!.Value);
            parts.Add($"{teamColumn} IN (SELECT team_id FROM {TeamsProjection.Table} WHERE office_id = ${firstParameter + values.Count - 1})");
        }
        return (parts.Count == 0 ? "TRUE" : string.Join(" AND ", parts), [.. values]);
    }

    /// <summary>
    /// Team → office, per database: a team belongs to the office that formed it for good, so a mapping once read is
    /// kept in memory and the backlog's hot path reads the table only for teams it has not met yet.
    /// </summary>
    private static readonly ConditionalWeakTable<NpgsqlDataSource, ConcurrentDictionary<Guid, Guid>> KnownOffices = new();

    private static async Task<Dictionary<Guid, Guid>> OfficesOfAsync(NpgsqlDataSource database, Guid[] teams, CancellationToken cancellationToken)
    {
        var known = KnownOffices.GetValue(database, _ => new ConcurrentDictionary<Guid, Guid>());
        var unknown = teams.Where(t => !known.ContainsKey(t)).Distinct().ToArray();
        if (unknown.Length > 0)
        {
            await using var command = Sql.Query(database, $"SELECT team_id, office_id FROM {TeamsProjection.Table} WHERE team_id = ANY($1)", Sql.Uuids(unknown));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                known[reader.GetGuid(0)] = reader.GetGuid(1);
            }
        }
        return teams.Where(known.ContainsKey).Distinct().ToDictionary(t => t, t => known[t]);
    }
}
