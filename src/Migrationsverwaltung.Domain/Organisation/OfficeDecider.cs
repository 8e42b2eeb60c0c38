using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Organisation.Deciding;

namespace Migrationsverwaltung.Domain.Organisation;

/// <summary>
/// The transition table of an office's organisation. Only the administration changes it; an office is
/// established once, then teams are formed and staff appointed, moved and removed. A repeated command yields no events.
/// </summary>
public static class OfficeDecider
{
    public static IReadOnlyList<OfficeEvent> Decide(OfficeCommand command, Office state) => (command, state) switch
    {
        ({ Context.Actor.Role: not Role.Administration }, _) => throw new RuleViolation(OfficeMessages.AdministrationOnly),

        (EstablishOffice c, { IsEstablished: false }) => Founding.Establish(c),
        (EstablishOffice c, var s) => Founding.Repeat(c, s),
        (_, { IsEstablished: false }) => throw new RuleViolation(OfficeMessages.NotEstablished),

        (FormTeam c, var s) => TeamRules.Form(c, s),
        (AppointStaffMember c, var s) => Staffing.Appoint(c, s),
        (MoveStaffMember c, var s) => Staffing.Move(c, s),
        (RemoveStaffMember c, var s) => Staffing.Remove(c, s),

        _ => throw new RuleViolation($"„{command.GetType().Name}“ ist für eine Behörde nicht vorgesehen."),
    };
}

public static class OfficeMessages
{
    public const string AdministrationOnly = "Nur die Administration kann die Organisation der Behörde ändern.";
    public const string NotEstablished = "Die Behörde ist noch nicht eingerichtet.";
    public const string NoSuchTeam = "Dieses Team gibt es in der Behörde nicht.";

    public static string NotOnStaff(string userId) => $"„{userId}“ gehört nicht zum Personal dieser Behörde.";
}
