using System.Security.Cryptography;
using System.Text;
using Migrationsverwaltung.Xdomea.Model;

namespace Migrationsverwaltung.Xdomea.Tests;

/// <summary>A realistic file: umlauts, two cases sharing a document, three documents, one with two versions.</summary>
internal static class Beispielakte
{
    public static readonly Guid AkteId = Guid.Parse("0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0");
    public static readonly Guid ReisepassId = Guid.Parse("6a1d0c3e-2b4f-4e5a-9c7d-8e9f0a1b2c3d");
    public static readonly Guid ArbeitsvertragId = Guid.Parse("7b2e1d4f-3c5a-4f6b-8d7e-9f0a1b2c3d4e");
    public static readonly Guid FotoId = Guid.Parse("8c3f2e5a-4d6b-4a7c-9e8f-0a1b2c3d4e5f");

    public static Nachrichtenkopf Kopf(Guid? prozessId = null) => new(
        prozessId ?? Guid.Parse("9d4a3f6b-5e7c-4b8d-af90-1b2c3d4e5f60"),
        new DateTimeOffset(2025, 3, 1, 10, 15, 0, TimeSpan.FromHours(1)),
        new Behoerde("Stadt Krefeld, Ausländerbehörde", "Fachbereich Migration und Integration", new Behoerdenkennung("psw", "05114000")),
        new Behoerde("Stadt Düsseldorf, Amt für Migration und Integration"));

    public static byte[] Pdf(string text) => Encoding.UTF8.GetBytes("%PDF-1.7\n% äöü\n" + text + "\n%%EOF\n");

    public static Primaerdatei Datei(string name, string mime, byte[] inhalt, DateTimeOffset erstellt) => new(
        name, mime, Convert.ToHexStringLower(SHA256.HashData(inhalt)), inhalt.Length, erstellt,
        _ => Task.FromResult<Stream>(new MemoryStream(inhalt, writable: false)));

    public static AkteExport Erstellen(Guid? id = null, string familienname = "Öztürk")
    {
        var t0 = new DateTimeOffset(2023, 5, 2, 8, 30, 0, TimeSpan.FromHours(2));
        var jpeg = new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 2, 3, 0xFF, 0xD9 };
        var reisepass = new DokumentExport(ReisepassId, "Reisepass Seite 1–2", "Reisepass", new DateOnly(2023, 5, 2), "Schalter",
            Vertraulichkeitsstufe.NurFuerDenDienstgebrauch,
            [
                new DokumentVersion(1, Datei("Reisepass alt.pdf", "application/pdf", Pdf("Pass 1"), t0)),
                new DokumentVersion(2, Datei("Reisepass – neu, größer.pdf", "application/pdf", Pdf("Pass 2 nach Verlängerung"), t0.AddMonths(7))),
            ],
            [
                new ProtokollEintrag(t0, "sb.mueller", "Dokument hinzugefügt", null),
                new ProtokollEintrag(t0.AddMonths(7), "sb.mueller", "Neue Version", "Pass verlängert; Gültigkeit bis 2033"),
            ]);
        var vertrag = new DokumentExport(ArbeitsvertragId, "Arbeitsvertrag Bäckerei Müßig GmbH", "Arbeitsvertrag", new DateOnly(2023, 5, 10), "Post",
            Vertraulichkeitsstufe.Vertraulich,
            [new DokumentVersion(1, Datei("Arbeitsvertrag.pdf", "application/pdf", Pdf("Vertrag"), t0.AddDays(8)))],
            [new ProtokollEintrag(t0.AddDays(8), "sb.jäger", "Dokument hinzugefügt", "Nachgereicht auf Anforderung")]);
        var foto = new DokumentExport(FotoId, "Biometrisches Lichtbild", "Lichtbild", null, null,
            Vertraulichkeitsstufe.Offen,
            [new DokumentVersion(1, Datei("foto.jpg", "image/jpeg", jpeg, t0))],
            []);
        return new AkteExport(
            id ?? AkteId,
            "32.1-ÖZ-2023-0417",
            $"Ausländerakte {familienname}, Ayşe",
            new PersonAngaben(familienname, "Ayşe", new DateOnly(1991, 11, 23)),
            Vertraulichkeitsstufe.NurFuerDenDienstgebrauch,
            new DateOnly(2023, 5, 2),
            new DateOnly(2024, 12, 31),
            new Aufbewahrung("AufenthV §68 Wegzug (10 Jahre)", 10, Aussonderungsart.Bewerten, new DateOnly(2034, 12, 31)),
            [
                new VorgangExport(Guid.Parse("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"), "32.1-2023-0417-01", "Aufenthaltserlaubnis §18a Fachkräfte",
                    "Aufenthaltserlaubnis §18a", new DateOnly(2023, 5, 2), new DateOnly(2023, 9, 30), [ReisepassId, ArbeitsvertragId, FotoId],
                    [new ProtokollEintrag(t0, "sb.mueller", "Antrag erfasst", null), new ProtokollEintrag(t0.AddMonths(4), "tl.schäfer", "Erteilt", "Vier-Augen-Prüfung ohne Befund")]),
                new VorgangExport(Guid.Parse("b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e"), "32.1-2024-0102-01", "Verlängerung der Aufenthaltserlaubnis",
                    null, new DateOnly(2024, 1, 15), null, [ReisepassId],
                    [new ProtokollEintrag(t0.AddMonths(8), "sb.mueller", "Antrag erfasst", null)]),
            ],
            [reisepass, vertrag, foto],
            [
                new ProtokollEintrag(t0, "sb.mueller", "Akte angelegt", null),
                new ProtokollEintrag(new DateTimeOffset(2024, 12, 31, 16, 0, 0, TimeSpan.FromHours(1)), "system", "Akte geschlossen (zdA)", "Wegzug nach Düsseldorf"),
            ]);
    }
}
