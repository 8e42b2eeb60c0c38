namespace Migrationsverwaltung.Xdomea.Model;

/// <summary>The archive's evaluation (Aussonderung.Bewertungsverzeichnis.0502).</summary>
public sealed record Bewertungsverzeichnis(
    EmpfangenerKopf Kopf,
    bool EmpfangsbestaetigungErwuenscht,
    IReadOnlyList<Bewertung> Bewertungen);

/// <summary>The decision for one offered object (BewertetesObjekt): archive or destroy.</summary>
public sealed record Bewertung(Guid SchriftgutobjektId, Aussonderungsart Aussonderungsart);

/// <summary>A receipt without content (0403, 0504, 0505, 0507).</summary>
public sealed record Empfangsbestaetigung(EmpfangenerKopf Kopf);

/// <summary>An import confirmation (Abgabe.ImportBestaetigen.0402, Aussonderung.AussonderungImportBestaetigen.0506).</summary>
public sealed record Importbestaetigung(EmpfangenerKopf Kopf, IReadOnlyList<ImportErgebnis> Ergebnisse);

/// <summary>The outcome for one object: imported or not, why not, and the archive's signature if asked for.</summary>
public sealed record ImportErgebnis(
    Guid SchriftgutobjektId,
    bool Erfolgreich,
    IReadOnlyList<string> Fehlermeldungen,
    string? Archivkennung = null);
