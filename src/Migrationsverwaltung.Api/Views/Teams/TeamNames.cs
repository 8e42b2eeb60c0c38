using Migrationsverwaltung.Api.Views.Shared;
using Npgsql;

namespace Migrationsverwaltung.Api.Views.Teams;

/// <summary>The names of the teams (from the "teams" projection) for the views that list teams.</summary>
public static class TeamNames
{
    public static async Task<IReadOnlyDictionary<Guid, string>> LoadAsync(NpgsqlDataSource database, CancellationToken cancellationToken)
    {
        await using var command = Sql.Query(database, $"SELECT team_id, name FROM {TeamsProjection.Table}");
        var names = new Dictionary<Guid, string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            names[reader.GetGuid(0)] = reader.GetString(1);
        }
        return names;
    }
}
