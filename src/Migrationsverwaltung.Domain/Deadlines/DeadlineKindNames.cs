namespace Migrationsverwaltung.Domain.Deadlines;

/// <summary>The German labels caseworkers see in backlog views and reminders.</summary>
public static class DeadlineKindNames
{
    public static string GermanName(this DeadlineKind kind) => kind switch
    {
        DeadlineKind.InactionLawsuitRisk => "Untätigkeitsklage droht",
        DeadlineKind.BaConsentFiction => "Zustimmungsfiktion der Bundesagentur für Arbeit",
        DeadlineKind.MissingDocuments => "Frist zur Nachreichung von Unterlagen",
        DeadlineKind.Hearing => "Anhörungsfrist",
        DeadlineKind.TitleExpiringWithoutApplication => "Aufenthaltstitel läuft ab, kein Verlängerungsantrag",
        DeadlineKind.FiktionsbescheinigungExpiring => "Fiktionsbescheinigung läuft ab",
        DeadlineKind.PassportExpiring => "Pass läuft ab",
        DeadlineKind.EatProductionOverdue => "eAT-Produktion überfällig",
        DeadlineKind.EatNotCollected => "eAT nicht abgeholt",
        DeadlineKind.FastTrackEmployerInvitation => "Beschleunigtes Fachkräfteverfahren: Einladung des Arbeitgebers",
        DeadlineKind.FastTrackVisaDecision => "Beschleunigtes Fachkräfteverfahren: Visumentscheidung",
        DeadlineKind.BlueCardMobilityOrFamily => "Blaue Karte EU: Mobilität / Familiennachzug",
        DeadlineKind.LegalRemedy => "Rechtsbehelfsfrist",
        DeadlineKind.AppointmentWait => "Wartezeit auf einen Termin",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unbekannte Fristart."),
    };
}
