using Migrationsverwaltung.Api.Views.Shared;
using Migrationsverwaltung.Domain.Organisation;
using Migrationsverwaltung.EventStore;
using Migrationsverwaltung.EventStore.Projections;
using Npgsql;

namespace Migrationsverwaltung.Api.Views.Teams;

/// <summary>
/// Inline projection "teams": one row per team formed (id, office, name), so the views can name teams instead of
/// showing ids. Team names are organisational data, not personal data.
/// </summary>
public sealed class TeamsProjection : IProjection
{
    public const string Table = $"{ViewsSchema.Name}.teams";

    public string Name => "teams";

    public Task EnsureSchemaAsync(NpgsqlConnection connection, CancellationToken cancellationToken) =>
        ViewsSchema.CreateAsync(connection, $"""
            CREATE TABLE IF NOT EXISTS {Table} (
                team_id uuid PRIMARY KEY,
                office_id uuid NOT NULL,
                name text NOT NULL);
            """, cancellationToken);

    public Task ResetAsync(NpgsqlConnection connection, CancellationToken cancellationToken) => ViewsSchema.TruncateAsync(connection, [Table], cancellationToken);

    public Task ApplyAsync(NpgsqlConnection connection, IReadOnlyList<StoredEvent> events, CancellationToken cancellationToken) =>
        Sql.ExecuteAsync(connection, [.. events.Select(e => e.Data).OfType<TeamFormed>().Select(team => Sql.Command($"""
            INSERT INTO {Table} (team_id, office_id, name) VALUES ($1, $2, $3)
            ON CONFLICT (team_id) DO UPDATE SET office_id = excluded.office_id, name = excluded.name
            """, team.TeamId, team.OfficeId, team.Name))], cancellationToken);
}
