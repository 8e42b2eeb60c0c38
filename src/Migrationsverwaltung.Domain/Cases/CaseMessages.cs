namespace Migrationsverwaltung.Domain.Cases;

/// <summary>Messages for forbidden transitions, in the caseworker's language.</summary>
public static class CaseMessages
{
    public const string ParticipationsOpen = "Eine Entscheidung ist erst möglich, wenn alle Beteiligungen abgeschlossen sind.";

    public static string NotAllowed(CaseCommand command, Case state) =>
        $"„{CommandNames.German(command)}“ ist im Verfahrensstand „{state.Status.German()}“ nicht möglich.";
}
