using System.Text;
using System.Xml.Linq;
using Migrationsverwaltung.Xdomea.Model;
using Migrationsverwaltung.Xdomea.Schema;

namespace Migrationsverwaltung.Xdomea.Tests;

public class AussonderungTests
{
    private static readonly XNamespace Ns = XdomeaSchema.Namespace;
    private static readonly Guid ProzessId = Guid.Parse("5b0e7c1a-3f2d-4c8e-9a61-2d7f4e8b9c10");
    private const string Praefix = "5b0e7c1a-3f2d-4c8e-9a61-2d7f4e8b9c10_Aussonderung.";

    private static Nachrichtenkopf AnsArchiv() =>
        Beispielakte.Kopf(ProzessId) with { Empfaenger = new Behoerde("Stadtarchiv Krefeld", "Sachgebiet Übernahme und Bewertung") };

    private static IReadOnlyList<AkteExport> ZweiAkten() =>
        [Beispielakte.Erstellen(), Beispielakte.Erstellen(Guid.Parse("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"), "Weiß")];

    [Test]
    public async Task Given_files_due_When_offered_with_0501_Then_the_list_is_valid_and_carries_metadata_but_no_files_or_person()
    {
        var ziel = new MemoryStream();
        await Aussonderung.WriteAnbieteverzeichnisAsync(ZweiAkten(), AnsArchiv(), ziel, CancellationToken.None);

        var eintraege = Pakete.Eintraege(ziel.ToArray());
        var nachricht = Pakete.Nachricht(ziel.ToArray());
        OffizielleSchemas.AssertGueltig(nachricht);
        Assert.Multiple(() =>
        {
            Assert.That(eintraege.Keys, Is.EqualTo(new[] { Praefix + "Anbieteverzeichnis.0501.xml" }));
            Assert.That(nachricht.Root!.Elements(Ns + "Schriftgutobjekt").Count(), Is.EqualTo(2));
            Assert.That(nachricht.Descendants(Ns + "Primaerdokument"), Is.Empty);
            Assert.That(nachricht.Descendants(Ns + "Kontakt"), Is.Empty);
            Assert.That(nachricht.Descendants(Ns + "Aussonderungsart").Elements("code").Select(c => c.Value), Is.EqualTo(new[] { "B", "B" }));
            Assert.That(nachricht.Descendants(Ns + "AnzahlJahre").First().Value, Is.EqualTo("10"));
            Assert.That(nachricht.Descendants(Ns + "Akte").First().Element(Ns + "ZdADatum")!.Value, Is.EqualTo("2024-12-31"));
        });
    }

    [Test]
    public async Task Given_files_to_archive_When_handed_over_with_0503_Then_the_package_is_valid_and_holds_every_primary_file()
    {
        var ziel = new MemoryStream();
        await Aussonderung.WriteAussonderungAsync(ZweiAkten(), AnsArchiv(), archivkennungErwuenscht: true, ziel, CancellationToken.None);

        var eintraege = Pakete.Eintraege(ziel.ToArray());
        var nachricht = Pakete.Nachricht(ziel.ToArray());
        OffizielleSchemas.AssertGueltig(nachricht);
        var dateinamen = nachricht.Descendants(Ns + "Dateiname").Select(d => d.Value).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(eintraege.Keys, Does.Contain(Praefix + "Aussonderung.0503.xml"));
            Assert.That(dateinamen, Has.Count.EqualTo(8).And.Unique);
            Assert.That(eintraege.Keys.Except([Praefix + "Aussonderung.0503.xml"]), Is.EquivalentTo(dateinamen));
            Assert.That(nachricht.Descendants(Ns + "RueckmeldungArchivkennung").Single().Value, Is.EqualTo("1"));
            Assert.That(nachricht.Descendants(Ns + "Importbestaetigung").Single().Value, Is.EqualTo("1"));
        });
    }

    [Test]
    public async Task Given_the_archives_evaluation_When_received_Then_the_0505_receipt_is_valid_and_keeps_the_ProzessID()
    {
        var ziel = new MemoryStream();
        await Aussonderung.WriteBewertungEmpfangBestaetigenAsync(AnsArchiv(), ziel, CancellationToken.None);

        var nachricht = Pakete.Nachricht(ziel.ToArray());
        OffizielleSchemas.AssertGueltig(nachricht);
        Assert.That(nachricht.Root!.Name, Is.EqualTo(Ns + "Aussonderung.BewertungEmpfangBestaetigen.0505"));
        Assert.That(nachricht.Descendants(Ns + "ProzessID").Single().Value, Is.EqualTo(ProzessId.ToString()));
    }

    [TestCase("Bewertungsverzeichnis.0502.xml")]
    [TestCase("AnbietungEmpfangBestaetigen.0504.xml")]
    [TestCase("AussonderungImportBestaetigen.0506.xml")]
    [TestCase("AussonderungEmpfangBestaetigen.0507.xml")]
    public void Given_a_hand_built_fixture_Then_it_is_valid_by_the_official_xsds(string name)
    {
        OffizielleSchemas.AssertGueltig(OffizielleSchemas.LadeFixture(Praefix + name));
    }

    [Test]
    public void Given_a_message_without_ProzessID_Then_the_official_xsds_reject_it()
    {
        var nachricht = OffizielleSchemas.LadeFixture(Praefix + "Bewertungsverzeichnis.0502.xml");
        nachricht.Descendants(Ns + "ProzessID").Single().Remove();

        Assert.That(OffizielleSchemas.Fehler(nachricht), Is.Not.Empty);
    }

    [Test]
    public async Task Given_the_archives_0502_as_bare_xml_When_read_Then_archive_and_destroy_per_file_are_known()
    {
        var verzeichnis = await Aussonderung.ReadBewertungsverzeichnisAsync(Fixture("Bewertungsverzeichnis.0502.xml"), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(verzeichnis.Kopf.ProzessId, Is.EqualTo(ProzessId));
            Assert.That(verzeichnis.Kopf.Absender.Name, Is.EqualTo("Stadtarchiv Krefeld"));
            Assert.That(verzeichnis.EmpfangsbestaetigungErwuenscht, Is.True);
            Assert.That(verzeichnis.Bewertungen, Is.EqualTo(new[]
            {
                new Bewertung(Guid.Parse("0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0"), Aussonderungsart.Archivieren),
                new Bewertung(Guid.Parse("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"), Aussonderungsart.Vernichten),
            }));
        });
    }

    [Test]
    public async Task Given_the_archives_0502_zipped_When_read_Then_it_reads_the_same()
    {
        var bytes = await File.ReadAllBytesAsync(FixturePfad("Bewertungsverzeichnis.0502.xml"));
        var zip = Pakete.Baue([(Praefix + "Bewertungsverzeichnis.0502.xml", bytes)]);

        var verzeichnis = await Aussonderung.ReadBewertungsverzeichnisAsync(new MemoryStream(zip), CancellationToken.None);

        Assert.That(verzeichnis.Bewertungen.Select(b => b.Aussonderungsart), Is.EqualTo(new[] { Aussonderungsart.Archivieren, Aussonderungsart.Vernichten }));
    }

    [Test]
    public async Task Given_the_archives_receipts_When_read_Then_the_ProzessID_and_type_are_known()
    {
        var angebot = await Aussonderung.ReadAnbietungEmpfangBestaetigungAsync(Fixture("AnbietungEmpfangBestaetigen.0504.xml"), CancellationToken.None);
        var uebergabe = await Aussonderung.ReadAussonderungEmpfangBestaetigungAsync(Fixture("AussonderungEmpfangBestaetigen.0507.xml"), CancellationToken.None);

        Assert.That((angebot.Kopf.ProzessId, angebot.Kopf.Nachrichtentyp), Is.EqualTo((ProzessId, "0504")));
        Assert.That((uebergabe.Kopf.ProzessId, uebergabe.Kopf.Nachrichtentyp), Is.EqualTo((ProzessId, "0507")));
    }

    [Test]
    public async Task Given_the_archives_import_confirmation_When_read_Then_success_signature_and_errors_per_file_are_known()
    {
        var bestaetigung = await Aussonderung.ReadAussonderungImportBestaetigungAsync(Fixture("AussonderungImportBestaetigen.0506.xml"), CancellationToken.None);

        var ok = bestaetigung.Ergebnisse[0];
        var fehler = bestaetigung.Ergebnisse[1];
        Assert.Multiple(() =>
        {
            Assert.That((ok.SchriftgutobjektId, ok.Erfolgreich, ok.Archivkennung), Is.EqualTo((Beispielakte.AkteId, true, "StA KR Best. 412 Nr. 1087")));
            Assert.That(fehler.Erfolgreich, Is.False);
            Assert.That(fehler.Fehlermeldungen, Is.EqualTo(new[] { "Primärdatei beschädigt, Prüfsumme stimmt nicht überein." }));
        });
    }

    [Test]
    public void Given_a_0502_that_leaves_a_file_to_evaluate_When_read_Then_it_is_refused()
    {
        var fehler = Abgelehnt0502(doc => doc.Descendants(Ns + "Aussonderungsart").Elements("code").First().Value = "B");

        Assert.That(fehler.Message, Does.Contain("keine verwertbare Entscheidung").And.Contain("\"B\""));
    }

    [Test]
    public void Given_a_0502_with_a_free_text_decision_When_read_Then_it_is_refused()
    {
        var fehler = Abgelehnt0502(doc =>
        {
            var art = doc.Descendants(Ns + "BewertetesObjekt").First().Element(Ns + "Aussonderungsart")!;
            art.ReplaceNodes(new XElement(Ns + "AussonderungsartKonfigurierbar", "teilweise übernehmen"));
        });

        Assert.That(fehler.Message, Does.Contain("\"teilweise übernehmen\""));
    }

    [Test]
    public void Given_a_0502_evaluating_a_file_twice_When_read_Then_it_is_refused()
    {
        var fehler = Abgelehnt0502(doc =>
        {
            var objekte = doc.Descendants(Ns + "BewertetesObjekt").ToList();
            objekte[1].Element(Ns + "ID")!.Value = objekte[0].Element(Ns + "ID")!.Value;
        });

        Assert.That(fehler.Message, Does.Contain("mehrfach bewertet"));
    }

    [Test]
    public void Given_a_0502_with_an_invalid_id_When_read_Then_the_schema_violation_is_refused()
    {
        var fehler = Abgelehnt0502(doc => doc.Descendants(Ns + "BewertetesObjekt").First().Element(Ns + "ID")!.Value = "Akte 17");

        Assert.That(fehler.Message, Does.StartWith("Die Nachricht Aussonderung.Bewertungsverzeichnis.0502 ist nicht gültig nach xdomea 3.0.0"));
    }

    [Test]
    public void Given_a_receipt_When_read_as_evaluation_Then_it_is_refused_with_both_names()
    {
        var fehler = Assert.ThrowsAsync<XdomeaFormatException>(() =>
            Aussonderung.ReadBewertungsverzeichnisAsync(Fixture("AnbietungEmpfangBestaetigen.0504.xml"), CancellationToken.None));

        Assert.That(fehler!.Message, Does.Contain("Aussonderung.Bewertungsverzeichnis.0502").And.Contain("Aussonderung.AnbietungEmpfangBestaetigen.0504"));
    }

    [Test]
    public void Given_xml_of_another_standard_When_read_Then_it_is_refused()
    {
        var fremd = new MemoryStream(Encoding.UTF8.GetBytes("<Rechnung xmlns=\"urn:beispiel\"><Betrag>12</Betrag></Rechnung>"));

        var fehler = Assert.ThrowsAsync<XdomeaFormatException>(() => Aussonderung.ReadBewertungsverzeichnisAsync(fremd, CancellationToken.None));

        Assert.That(fehler!.Message, Does.Contain("urn:beispiel"));
    }

    private static XdomeaFormatException Abgelehnt0502(Action<XDocument> aenderung)
    {
        var doc = OffizielleSchemas.LadeFixture(Praefix + "Bewertungsverzeichnis.0502.xml");
        aenderung(doc);
        var ms = new MemoryStream();
        doc.Save(ms);
        ms.Position = 0;
        return Assert.ThrowsAsync<XdomeaFormatException>(() => Aussonderung.ReadBewertungsverzeichnisAsync(ms, CancellationToken.None))!;
    }

    private static string FixturePfad(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", Praefix + name);

    private static MemoryStream Fixture(string name) => new(File.ReadAllBytes(FixturePfad(name)));
}
