using System.Xml.Linq;
using Migrationsverwaltung.Xdomea.Model;
using Migrationsverwaltung.Xdomea.Schema;

namespace Migrationsverwaltung.Xdomea.Tests;

public class AbgabeTests
{
    private static readonly XNamespace Ns = XdomeaSchema.Namespace;

    internal static async Task<byte[]> Schreibe(AkteExport akte, Nachrichtenkopf? kopf = null)
    {
        var ziel = new MemoryStream();
        await XdomeaAbgabe.WriteAsync(akte, kopf ?? Beispielakte.Kopf(), ziel, CancellationToken.None);
        return ziel.ToArray();
    }

    [Test]
    public async Task Given_a_file_When_written_as_0401_Then_the_message_is_valid_by_the_official_xsds()
    {
        var zip = await Schreibe(Beispielakte.Erstellen());

        OffizielleSchemas.AssertGueltig(Pakete.Nachricht(zip));
    }

    [Test]
    public async Task Given_a_file_When_written_as_0401_Then_the_package_holds_the_message_named_by_ProzessID_and_every_version()
    {
        var kopf = Beispielakte.Kopf();
        var zip = await Schreibe(Beispielakte.Erstellen(), kopf);

        var eintraege = Pakete.Eintraege(zip);
        var nachricht = Pakete.Nachricht(zip);
        var dateinamen = nachricht.Descendants(Ns + "Dateiname").Select(d => d.Value).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(eintraege.Keys, Does.Contain($"{kopf.ProzessId}_Abgabe.Abgabe.0401.xml"));
            Assert.That(dateinamen, Has.Count.EqualTo(4), "vier Versionen in drei Dokumenten");
            Assert.That(eintraege.Keys, Is.SupersetOf(dateinamen));
            Assert.That(nachricht.Descendants(Ns + "Nachrichtentyp").Single().Element("code")!.Value, Is.EqualTo("0401"));
            Assert.That(nachricht.Root!.Element(Ns + "Schriftgutobjekt")!.Element(Ns + "Akte"), Is.Not.Null);
            Assert.That(XdomeaAbgabeDateiname(kopf.ProzessId), Is.EqualTo($"{kopf.ProzessId}_Abgabe.Abgabe.0401.zip"));
        });
    }

    private static string XdomeaAbgabeDateiname(Guid prozessId) => Nachrichtentyp.Abgabe.ZipDateiname(prozessId);

    [Test]
    public async Task Given_a_written_0401_When_read_back_Then_documents_hashes_metadata_and_protocol_are_the_same()
    {
        var original = Beispielakte.Erstellen();
        var zip = await Schreibe(original);

        await using var paket = await XdomeaAbgabe.ReadAsync(new MemoryStream(zip), CancellationToken.None);

        Assert.That(Beschreibung.Von(paket.Akte), Is.EqualTo(Beschreibung.Von(original)));
        Assert.That(paket.Kopf.ProzessId, Is.EqualTo(Beispielakte.Kopf().ProzessId));
        Assert.That(paket.Kopf.Absender.Name, Is.EqualTo("Stadt Krefeld, Ausländerbehörde"));
        Assert.That(paket.Kopf.Absender.Kennung, Is.EqualTo(new Behoerdenkennung("psw", "05114000")));
    }

    [Test]
    public async Task Given_a_written_0401_When_read_back_Then_every_version_yields_the_exact_bytes()
    {
        var original = Beispielakte.Erstellen();
        await using var paket = await XdomeaAbgabe.ReadAsync(new MemoryStream(await Schreibe(original)), CancellationToken.None);

        var erwartet = original.Dokumente.SelectMany(d => d.Versionen).ToList();
        var gelesen = paket.Akte.Dokumente.SelectMany(d => d.Versionen).ToList();
        Assert.That(gelesen, Has.Count.EqualTo(erwartet.Count));
        for (var i = 0; i < erwartet.Count; i++)
        {
            Assert.That(await Bytes(gelesen[i].Datei), Is.EqualTo(await Bytes(erwartet[i].Datei)));
        }
    }

    [Test]
    public async Task Given_a_package_that_cannot_seek_When_read_Then_it_is_buffered_and_read_the_same()
    {
        var original = Beispielakte.Erstellen();
        var zip = await Schreibe(original);

        await using var paket = await XdomeaAbgabe.ReadAsync(new NurVorwaerts(zip), CancellationToken.None);

        Assert.That(Beschreibung.Von(paket.Akte), Is.EqualTo(Beschreibung.Von(original)));
    }

    [Test]
    public async Task Given_a_document_whose_content_differs_from_its_declared_hash_When_written_Then_the_writer_fails_loudly()
    {
        var akte = Beispielakte.Erstellen();
        var falsch = akte.Dokumente[0] with
        {
            Versionen = [new DokumentVersion(1, akte.Dokumente[0].Versionen[0].Datei with { Inhalt = _ => Task.FromResult<Stream>(new MemoryStream(Beispielakte.Pdf("anders"))) })],
        };

        var fehler = Assert.ThrowsAsync<InvalidOperationException>(() => Schreibe(akte with { Dokumente = [falsch, .. akte.Dokumente.Skip(1)] }));
        Assert.That(fehler!.Message, Does.Contain("SHA-256"));
    }

    [Test]
    public void Given_a_retention_period_the_schema_cannot_hold_When_written_Then_the_writer_fails_loudly_before_writing()
    {
        var akte = Beispielakte.Erstellen();
        var ziel = new MemoryStream();

        var fehler = Assert.ThrowsAsync<InvalidOperationException>(() => XdomeaAbgabe.WriteAsync(
            akte with { Aufbewahrung = akte.Aufbewahrung with { Jahre = 70_000 } }, Beispielakte.Kopf(), ziel, CancellationToken.None));

        Assert.That(fehler!.Message, Does.Contain("nicht gültig nach xdomea 3.0.0"));
        Assert.That(ziel.Length, Is.Zero);
    }

    [Test]
    public async Task Given_an_import_When_confirmed_with_0403_and_0402_Then_both_are_valid_and_read_back()
    {
        var kopf = Beispielakte.Kopf() with { Absender = Beispielakte.Kopf().Empfaenger, Empfaenger = Beispielakte.Kopf().Absender };
        var empfang = new MemoryStream();
        var import = new MemoryStream();
        await XdomeaAbgabe.WriteEmpfangBestaetigenAsync(kopf, empfang, CancellationToken.None);
        await XdomeaAbgabe.WriteImportBestaetigenAsync(kopf,
            [new ImportErgebnis(Beispielakte.AkteId, false, ["Aktenzeichen bereits vergeben; bitte prüfen."])], import, CancellationToken.None);

        OffizielleSchemas.AssertGueltig(Pakete.Nachricht(empfang.ToArray()));
        OffizielleSchemas.AssertGueltig(Pakete.Nachricht(import.ToArray()));
        var gelesenerEmpfang = await XdomeaAbgabe.ReadEmpfangBestaetigungAsync(new MemoryStream(empfang.ToArray()), CancellationToken.None);
        var gelesenerImport = await XdomeaAbgabe.ReadImportBestaetigungAsync(new MemoryStream(import.ToArray()), CancellationToken.None);
        Assert.That(gelesenerEmpfang.Kopf.Nachrichtentyp, Is.EqualTo("0403"));
        Assert.That(gelesenerImport.Ergebnisse.Single().Erfolgreich, Is.False);
        Assert.That(gelesenerImport.Ergebnisse.Single().Fehlermeldungen, Is.EqualTo(new[] { "Aktenzeichen bereits vergeben; bitte prüfen." }));
    }

    private static async Task<byte[]> Bytes(Primaerdatei datei)
    {
        await using var s = await datei.Inhalt(CancellationToken.None);
        var ms = new MemoryStream();
        await s.CopyToAsync(ms);
        return ms.ToArray();
    }

    /// <summary>A request body: readable once, front to back.</summary>
    private sealed class NurVorwaerts(byte[] daten) : MemoryStream(daten)
    {
        public override bool CanSeek => false;
    }
}
