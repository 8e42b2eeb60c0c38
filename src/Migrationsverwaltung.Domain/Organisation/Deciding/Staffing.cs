using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Domain.Organisation.Deciding;

/// <summary>Staff work in existing teams; caseworkers and team leads always in one. Partners are not staff.</summary>
internal static class Staffing
{
    public static IReadOnlyList<OfficeEvent> Appoint(AppointStaffMember c, Office s)
    {
        Rules.Require(!string.IsNullOrWhiteSpace(c.UserId), "Die Benutzerkennung fehlt.");
        Rules.Require(c.Role != Role.Partner, "Partnerorganisationen gehören nicht zum Personal der Behörde.");
        Rules.Require(c.TeamId is not null || c.Role is not (Role.Sachbearbeitung or Role.Teamleitung),
            $"Wer in der Rolle {c.Role} arbeitet, muss einem Team angehören.");
        Rules.Require(c.TeamId is not { } teamId || s.HasTeam(teamId), OfficeMessages.NoSuchTeam);
        if (s.ActiveMember(c.UserId) is { } member)
        {
            return (member.Role == c.Role, member.TeamId == c.TeamId) switch
            {
                (true, true) => Rules.Nothing,
                (true, false) => throw new RuleViolation($"„{c.UserId}“ gehört bereits zum Personal; für einen Teamwechsel versetzen Sie die Person."),
                _ => throw new RuleViolation(
                    $"„{c.UserId}“ gehört bereits als {member.Role} zum Personal; für eine andere Rolle scheidet die Person aus und wird neu bestellt."),
            };
        }
        return [new StaffMemberAppointed(c.OfficeId, c.Context.Now, c.Context.Actor.UserId, c.UserId, c.Role, c.TeamId)];
    }

    public static IReadOnlyList<OfficeEvent> Move(MoveStaffMember c, Office s)
    {
        var member = s.ActiveMember(c.UserId) ?? throw new RuleViolation(OfficeMessages.NotOnStaff(c.UserId));
        Rules.Require(s.HasTeam(c.NewTeamId), OfficeMessages.NoSuchTeam);
        if (member.TeamId == c.NewTeamId)
        {
            return Rules.Nothing;
        }
        var reason = Rules.RequireReason(c.Context, "Versetzung");
        return [new StaffMemberMoved(c.OfficeId, c.Context.Now, c.Context.Actor.UserId, member.UserId, c.NewTeamId, reason)];
    }

    /// <summary>Removing someone who has already left changes nothing.</summary>
    public static IReadOnlyList<OfficeEvent> Remove(RemoveStaffMember c, Office s)
    {
        var member = s.Staff.GetValueOrDefault(c.UserId) ?? throw new RuleViolation(OfficeMessages.NotOnStaff(c.UserId));
        if (!member.IsActive)
        {
            return Rules.Nothing;
        }
        var reason = Rules.RequireReason(c.Context, "Ausscheiden");
        return [new StaffMemberLeft(c.OfficeId, c.Context.Now, c.Context.Actor.UserId, member.UserId, reason)];
    }
}
