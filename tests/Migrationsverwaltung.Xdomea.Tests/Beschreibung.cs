using System.Globalization;
using Migrationsverwaltung.Xdomea.Model;

namespace Migrationsverwaltung.Xdomea.Tests;

/// <summary>
/// A file described line by line, everything but the content callbacks, so two files compare field by field
/// and a failing test names the field that differs.
/// </summary>
internal static class Beschreibung
{
    public static List<string> Von(AkteExport a)
    {
        var zeilen = new List<string>
        {
            $"Akte {a.Id} | {a.Aktenzeichen} | {a.Betreff} | {a.Vertraulichkeit} | {a.Eroeffnet} | {a.Geschlossen}",
            $"Person {a.Person}",
            $"Aufbewahrung {a.Aufbewahrung}",
        };
        zeilen.AddRange(a.Protokoll.Select(p => "Akte-Protokoll " + Eintrag(p)));
        foreach (var v in a.Vorgaenge)
        {
            zeilen.Add($"Vorgang {v.Id} | {v.Kennzeichen} | {v.Betreff} | {v.Typ} | {v.Beginn} | {v.Abgeschlossen} | Dokumente {string.Join(",", v.DokumentIds)}");
            zeilen.AddRange(v.Protokoll.Select(p => $"Vorgang {v.Id} Protokoll " + Eintrag(p)));
        }

        foreach (var d in a.Dokumente)
        {
            zeilen.Add($"Dokument {d.Id} | {d.Titel} | {d.Dokumenttyp} | {d.Eingangsdatum} | {d.Eingangskanal} | {d.Vertraulichkeit}");
            zeilen.AddRange(d.Versionen.Select(v =>
                $"Dokument {d.Id} Version {v.Nummer} | {v.Datei.Dateiname} | {v.Datei.MimeType} | {v.Datei.Sha256} | {v.Datei.Groesse} | {Zeit(v.Datei.Erstellt)}"));
            zeilen.AddRange(d.Protokoll.Select(p => $"Dokument {d.Id} Protokoll " + Eintrag(p)));
        }

        return zeilen;
    }

    private static string Eintrag(ProtokollEintrag p) => $"{Zeit(p.Zeitpunkt)} | {p.Akteur} | {p.Aktion} | {p.Grund}";

    private static string Zeit(DateTimeOffset? t) => t?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) ?? "-";
}
