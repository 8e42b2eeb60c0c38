namespace Migrationsverwaltung.Domain.Organisation.Deciding;

/// <summary>Team ids and names are unique within an office (names regardless of case).</summary>
internal static class TeamRules
{
    public static IReadOnlyList<OfficeEvent> Form(FormTeam c, Office s)
    {
        Rules.Require(c.TeamId != Guid.Empty, "Das Team braucht eine Kennung.");
        Rules.Require(!string.IsNullOrWhiteSpace(c.Name), "Das Team braucht einen Namen.");
        var name = c.Name.Trim();
        if (s.Teams.TryGetValue(c.TeamId, out var existing))
        {
            return existing.Name == name
                ? Rules.Nothing
                : throw new Common.RuleViolation($"Die Teamkennung ist bereits für das Team „{existing.Name}“ vergeben.");
        }
        Rules.Require(s.TeamNamed(name) is null, $"Es gibt bereits ein Team „{name}“.");
        return [new TeamFormed(c.OfficeId, c.Context.Now, c.Context.Actor.UserId, c.TeamId, name)];
    }
}
