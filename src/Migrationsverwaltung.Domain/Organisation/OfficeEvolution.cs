namespace Migrationsverwaltung.Domain.Organisation;

/// <summary>Evolve: records what was decided; it holds no rules.</summary>
public static class OfficeEvolution
{
    public static Office Evolve(Office state, OfficeEvent @event) => @event switch
    {
        OfficeEstablished e => state with
        {
            Id = e.OfficeId, IsEstablished = true, AuthorityCode = e.AuthorityCode, FileNumberPrefix = e.FileNumberPrefix, Name = e.Name,
        },
        TeamFormed e => state with { Teams = state.Teams.SetItem(e.TeamId, new Team(e.TeamId, e.Name)) },
        StaffMemberAppointed e => state with { Staff = state.Staff.SetItem(e.UserId, new StaffMember(e.UserId, e.Role, e.TeamId)) },
        StaffMemberMoved e => state with { Staff = state.Staff.SetItem(e.UserId, state.Staff[e.UserId] with { TeamId = e.NewTeamId }) },
        StaffMemberLeft e => state with { Staff = state.Staff.SetItem(e.UserId, state.Staff[e.UserId] with { LeftAt = e.At }) },
        _ => state,
    };

    public static Office Replay(IEnumerable<OfficeEvent> events) => events.Aggregate(Office.Initial, Evolve);
}
