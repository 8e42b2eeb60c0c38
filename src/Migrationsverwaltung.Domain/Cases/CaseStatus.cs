namespace Migrationsverwaltung.Domain.Cases;

/// <summary>The steps of the procedure (../shared/DOMAIN.md), with the German terms caseworkers use.</summary>
public enum CaseStatus
{
    /// <summary>No application yet: the state before the first event.</summary>
    None,
    Received,              // Eingegangen
    Registered,            // Erfasst (Aktenzeichen vergeben)
    CompletenessCheck,     // Vollständigkeitsprüfung
    DocumentsRequested,    // Unterlagen nachgefordert
    Appearance,            // Vorsprache
    Participation,         // Beteiligungen (BA, Sicherheitsabfrage, AZR, andere Stellen)
    ReadyForDecision,      // Entscheidungsreif
    HearingPending,        // Anhörung
    InReview,              // Vier-Augen-Prüfung der Ablehnung
    Granted,               // Stattgegeben
    EatOrdered,            // eAT bestellt
    EatInProduction,       // eAT in Produktion
    EatDeliveredToOffice,  // eAT in der Behörde eingetroffen
    ReadyForPickup,        // abholbereit
    HandedOver,            // ausgehändigt
    DeliveredToApplicant,  // Direktversand zugestellt
    Rejected,              // Abgelehnt
    LegalRemedyFiled,      // Rechtsbehelf eingelegt
    Final,                 // bestandskräftig
    Withdrawn,             // Zurückgenommen
    Settled,               // Erledigt (Wegzug, Tod, Einbürgerung)
    Parked,                // Zurückgestellt
    Closed,                // zdA
}

public static class CaseStatusRules
{
    private static readonly HashSet<CaseStatus> Ended =
        [CaseStatus.Final, CaseStatus.Withdrawn, CaseStatus.Settled, CaseStatus.Closed];

    private static readonly HashSet<CaseStatus> Decided =
    [
        CaseStatus.Granted, CaseStatus.EatOrdered, CaseStatus.EatInProduction, CaseStatus.EatDeliveredToOffice,
        CaseStatus.ReadyForPickup, CaseStatus.HandedOver, CaseStatus.DeliveredToApplicant,
        CaseStatus.Rejected, CaseStatus.LegalRemedyFiled, CaseStatus.Final,
    ];

    /// <summary>Still being worked on: not closed, withdrawn, settled or final.</summary>
    public static bool IsOpen(this CaseStatus status) => status != CaseStatus.None && !Ended.Contains(status);

    /// <summary>Before the decision (grant or rejection): where withdrawal ends the Fiktion and participations run.</summary>
    public static bool IsUndecided(this CaseStatus status) => status.IsOpen() && !Decided.Contains(status);

    public static string German(this CaseStatus status) => status switch
    {
        CaseStatus.None => "ohne Antrag",
        CaseStatus.Received => "eingegangen",
        CaseStatus.Registered => "erfasst",
        CaseStatus.CompletenessCheck => "in Vollständigkeitsprüfung",
        CaseStatus.DocumentsRequested => "Unterlagen nachgefordert",
        CaseStatus.Appearance => "Vorsprache",
        CaseStatus.Participation => "in Beteiligung",
        CaseStatus.ReadyForDecision => "entscheidungsreif",
        CaseStatus.HearingPending => "in Anhörung",
        CaseStatus.InReview => "in Vier-Augen-Prüfung",
        CaseStatus.Granted => "stattgegeben",
        CaseStatus.EatOrdered => "eAT bestellt",
        CaseStatus.EatInProduction => "eAT in Produktion",
        CaseStatus.EatDeliveredToOffice => "eAT in der Behörde",
        CaseStatus.ReadyForPickup => "abholbereit",
        CaseStatus.HandedOver => "ausgehändigt",
        CaseStatus.DeliveredToApplicant => "zugestellt",
        CaseStatus.Rejected => "abgelehnt",
        CaseStatus.LegalRemedyFiled => "Rechtsbehelf eingelegt",
        CaseStatus.Final => "bestandskräftig",
        CaseStatus.Withdrawn => "zurückgenommen",
        CaseStatus.Settled => "erledigt",
        CaseStatus.Parked => "zurückgestellt",
        CaseStatus.Closed => "zu den Akten",
        _ => status.ToString(),
    };
}
