using Migrationsverwaltung.Domain.Cases;
using Migrationsverwaltung.Domain.Files;
using Migrationsverwaltung.Domain.Persons;
using Migrationsverwaltung.EventStore;
using Migrationsverwaltung.Xdomea.Model;

namespace Migrationsverwaltung.Api.Documents.Xdomea;

/// <summary>
/// The xdomea history protocol from the events: who (the user id in the event's metadata), when (the command's time),
/// what (the event, in German) and why (the "reason" header). Personal data never goes into an entry.
/// </summary>
public static class HistoryProtocol
{
    private static readonly Dictionary<string, string> Actions = new()
    {
        ["file_opened"] = "Akte angelegt",
        ["file_imported"] = "Akte von anderer Behörde übernommen",
        ["document_added"] = "Dokument hinzugefügt",
        ["document_version_added"] = "Neue Fassung hinzugefügt",
        ["document_reclassified"] = "Dokument umklassifiziert",
        ["document_linked_to_case"] = "Dokument mit Verfahren verknüpft",
        ["document_unlinked_from_case"] = "Dokument vom Verfahren gelöst",
        ["infected_upload_refused"] = "Infizierter Upload abgewiesen",
        ["sharing_consent_recorded"] = "Einwilligung zur Weitergabe erfasst",
        ["sharing_consent_withdrawn"] = "Einwilligung zur Weitergabe widerrufen",
        ["documents_shared"] = "Dokumente freigegeben",
        ["share_revoked"] = "Freigabe widerrufen",
        ["retention_assigned"] = "Aufbewahrung festgelegt",
        ["legal_hold_placed"] = "Aufbewahrungssperre gesetzt",
        ["legal_hold_lifted"] = "Aufbewahrungssperre aufgehoben",
        ["file_offered_to_archive"] = "Dem Archiv angeboten",
        ["file_evaluated"] = "Bewertung erfasst",
        ["file_handed_to_archive"] = "An das Archiv abgegeben",
        ["archive_receipt_confirmed"] = "Übernahme durch das Archiv bestätigt",
        ["file_deleted"] = "Akte gelöscht",
        ["biometric_document_erased"] = "Inhalt eines Lichtbilds nach Ablauf der Aufbewahrungsfrist gelöscht",
        ["person_registered"] = "Person erfasst",
        ["person_moved_away"] = "Wegzug erfasst",
        ["person_died"] = "Tod erfasst",
        ["person_naturalised"] = "Einbürgerung erfasst",
        ["application_received"] = "Antrag eingegangen",
        ["case_registered"] = "Verfahren registriert",
        ["case_granted"] = "Titel erteilt",
        ["case_rejected"] = "Antrag abgelehnt",
        ["case_closed"] = "Verfahren abgeschlossen (zdA)",
        ["case_withdrawn"] = "Antrag zurückgenommen",
        ["case_settled"] = "Verfahren erledigt",
    };

    public static ProtokollEintrag Entry(StoredEvent e) =>
        new(At(e), e.UserName ?? By(e) ?? "unbekannt", Actions.GetValueOrDefault(e.Type) ?? e.Type.Replace('_', ' '),
            e.Headers.TryGetValue("reason", out var reason) && !string.IsNullOrWhiteSpace(reason) ? reason : null);

    public static IReadOnlyList<ProtokollEintrag> Of(IEnumerable<StoredEvent> events) => [.. events.Select(Entry)];

    private static DateTimeOffset At(StoredEvent e) => e.Data switch
    {
        FileEvent f => f.At,
        PersonEvent p => p.At,
        CaseEvent c => c.At,
        _ => e.Timestamp,
    };

    private static string? By(StoredEvent e) => e.Data switch
    {
        FileEvent f => f.By,
        PersonEvent p => p.By,
        CaseEvent c => c.By,
        _ => null,
    };
}
