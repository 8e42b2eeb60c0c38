namespace Migrationsverwaltung.Xdomea.Model;

/// <summary>One entry of a history protocol (HistorienProtokollInformation): who did what, when and why.</summary>
/// <param name="Zeitpunkt">DatumUhrzeit.</param>
/// <param name="Akteur">Akteur: the acting user or system.</param>
/// <param name="Aktion">Aktion, e.g. "Dokument hinzugefügt".</param>
/// <param name="Grund">Bemerkung: the reason given, if any.</param>
public sealed record ProtokollEintrag(DateTimeOffset Zeitpunkt, string Akteur, string Aktion, string? Grund);
