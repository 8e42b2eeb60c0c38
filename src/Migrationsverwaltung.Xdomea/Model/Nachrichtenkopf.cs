namespace Migrationsverwaltung.Xdomea.Model;

/// <summary>The head of a message we write (Kopf).</summary>
/// <param name="ProzessId">ProzessID: new for 0401 and 0501; answers and the 0503 of an Aussonderung reuse the 0501's.</param>
/// <param name="Erstellt">Erstellungszeitpunkt.</param>
/// <param name="Absender">Absender.</param>
/// <param name="Empfaenger">Empfaenger.</param>
/// <param name="EmpfangsbestaetigungErwuenscht">Empfangsbestaetigung, for the messages that ask for one.</param>
public sealed record Nachrichtenkopf(
    Guid ProzessId,
    DateTimeOffset Erstellt,
    Behoerde Absender,
    Behoerde Empfaenger,
    bool EmpfangsbestaetigungErwuenscht = true);

/// <summary>An authority as sender or receiver (Kontakt: Behoerdenkennung, Institution, Organisationseinheit).</summary>
public sealed record Behoerde(string Name, string? Organisationseinheit = null, Behoerdenkennung? Kennung = null);

/// <summary>Behoerdenkennung: prefix class and key, e.g. from the DVDV.</summary>
public sealed record Behoerdenkennung(string Praefix, string Behoerdenschluessel);

/// <summary>The head of a message we read.</summary>
public sealed record EmpfangenerKopf(
    Guid ProzessId,
    string Nachrichtentyp,
    DateTimeOffset Erstellt,
    Behoerde Absender,
    Behoerde Empfaenger);
