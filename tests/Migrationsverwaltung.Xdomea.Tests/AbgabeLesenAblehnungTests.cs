using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using Migrationsverwaltung.Xdomea.Schema;

namespace Migrationsverwaltung.Xdomea.Tests;

public class AbgabeLesenAblehnungTests
{
    private static readonly XNamespace Ns = XdomeaSchema.Namespace;
    private static byte[] gueltig = [];
    private static string xmlName = "";

    [OneTimeSetUp]
    public async Task Paket()
    {
        gueltig = await AbgabeTests.Schreibe(Beispielakte.Erstellen());
        xmlName = Pakete.Eintraege(gueltig).Keys.Single(k => k.EndsWith(".xml", StringComparison.Ordinal));
    }

    private static XdomeaFormatException Abgelehnt(byte[] paket, XdomeaLimits? limits = null) =>
        Assert.ThrowsAsync<XdomeaFormatException>(async () =>
        {
            await using var _ = await XdomeaAbgabe.ReadAsync(new MemoryStream(paket), CancellationToken.None, limits);
        })!;

    private static byte[] MitZusatz(string name, byte[] inhalt) =>
        Pakete.Baue(Pakete.Eintraege(gueltig).Select(e => (e.Key, e.Value)).Append((name, inhalt)));

    [TestCase("../../etc/passwd")]
    [TestCase("/etc/passwd")]
    [TestCase("unter/ordner.pdf")]
    [TestCase("..\\boot.ini")]
    [TestCase("C:boot.ini")]
    [TestCase("name\u0007mit-steuerzeichen.pdf")]
    public void Given_an_entry_with_a_path_When_read_Then_it_is_refused(string name)
    {
        var fehler = Abgelehnt(MitZusatz(name, [1, 2, 3]));

        Assert.That(fehler.Message, Does.StartWith("Unzulässiger Eintrag im Paket"));
    }

    [Test]
    public void Given_a_zip_bomb_When_read_Then_it_is_refused_before_inflating()
    {
        var fehler = Abgelehnt(MitZusatz("aaaaaaaa-0000-4000-8000-000000000000.pdf", new byte[20 * 1024 * 1024]));

        Assert.That(fehler.Message, Does.Contain("ZIP-Bombe"));
    }

    [Test]
    public void Given_more_entries_than_allowed_When_read_Then_it_is_refused()
    {
        var fehler = Abgelehnt(gueltig, XdomeaLimits.Standard with { MaxEintraege = 3 });

        Assert.That(fehler.Message, Does.Contain("höchstens 3"));
    }

    [Test]
    public void Given_an_entry_larger_than_allowed_When_read_Then_it_is_refused()
    {
        var fehler = Abgelehnt(gueltig, XdomeaLimits.Standard with { MaxDateiBytes = 20 });

        Assert.That(fehler.Message, Does.Contain("erlaubt sind höchstens 20"));
    }

    [Test]
    public void Given_a_primary_file_whose_bytes_were_changed_When_read_Then_the_SHA256_mismatch_is_refused()
    {
        var name = Pakete.Nachricht(gueltig).Descendants(Ns + "Dateiname").First().Value;

        var fehler = Abgelehnt(Pakete.Aendere(gueltig, (n, inhalt) => n == name ? [.. inhalt, (byte)'x'] : inhalt));

        Assert.That(fehler.Message, Does.Contain("Prüfsumme").And.Contain(name));
    }

    [Test]
    public void Given_a_declared_size_that_differs_When_read_Then_it_is_refused()
    {
        var fehler = Abgelehnt(Pakete.AendereXml(gueltig, doc =>
            doc.Descendants(Ns + "Feld").First(f => f.Element(Ns + "Name")!.Value == "Größe").Element(Ns + "Wert")!.Value = "1"));

        Assert.That(fehler.Message, Does.Contain("Größe der Primärdatei"));
    }

    [Test]
    public void Given_a_primary_file_missing_from_the_package_When_read_Then_it_is_refused()
    {
        var name = Pakete.Nachricht(gueltig).Descendants(Ns + "Dateiname").Last().Value;

        var fehler = Abgelehnt(Pakete.Aendere(gueltig, (n, inhalt) => n == name ? null : inhalt));

        Assert.That(fehler.Message, Is.EqualTo($"Die Primärdatei \"{name}\" fehlt im Paket."));
    }

    [Test]
    public void Given_a_message_without_a_required_element_When_read_Then_the_schema_violation_is_refused()
    {
        var fehler = Abgelehnt(Pakete.AendereXml(gueltig, doc => doc.Descendants(Ns + "Akteur").First().Remove()));

        Assert.That(fehler.Message, Does.StartWith("Die Nachricht Abgabe.Abgabe.0401 ist nicht gültig nach xdomea 3.0.0"));
    }

    [Test]
    public void Given_malformed_xml_When_read_Then_it_is_refused()
    {
        var fehler = Abgelehnt(Pakete.Aendere(gueltig, (n, inhalt) => n == xmlName ? inhalt[..(inhalt.Length / 2)] : inhalt));

        Assert.That(fehler.Message, Does.Contain("kein wohlgeformtes XML"));
    }

    [Test]
    public void Given_a_message_with_a_DTD_When_read_Then_no_entity_is_expanded_and_it_is_refused()
    {
        var boese = Encoding.UTF8.GetBytes(
            "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>");

        var fehler = Abgelehnt(Pakete.Aendere(gueltig, (n, inhalt) => n == xmlName ? boese : inhalt));

        Assert.That(fehler.Message, Does.Contain("kein wohlgeformtes XML"));
    }

    [Test]
    public void Given_a_package_holding_another_message_type_When_read_as_0401_Then_it_is_refused()
    {
        var fehler = Abgelehnt(Pakete.Baue([(xmlName.Replace("Abgabe.Abgabe.0401", "Aussonderung.Aussonderung.0503"), Pakete.Eintraege(gueltig)[xmlName])]));

        Assert.That(fehler.Message, Does.Contain("keine Nachricht Abgabe.Abgabe.0401"));
    }

    [Test]
    public void Given_a_ProzessID_in_the_head_that_differs_from_the_file_name_When_read_Then_it_is_refused()
    {
        var fehler = Abgelehnt(Pakete.AendereXml(gueltig, doc =>
            doc.Descendants(Ns + "ProzessID").Single().Value = Guid.NewGuid().ToString()));

        Assert.That(fehler.Message, Does.Contain("ProzessID im Dateinamen"));
    }

    [Test]
    public void Given_a_head_with_another_message_type_code_When_read_Then_it_is_refused()
    {
        var fehler = Abgelehnt(Pakete.AendereXml(gueltig, doc =>
            doc.Descendants(Ns + "Nachrichtentyp").Single().Element("code")!.Value = "0503"));

        Assert.That(fehler.Message, Does.Contain("passt nicht zur Nachricht Abgabe.Abgabe.0401"));
    }

    [Test]
    public void Given_bytes_that_are_neither_zip_nor_xml_When_read_Then_it_is_refused()
    {
        var fehler = Abgelehnt([0x25, 0x50, 0x44, 0x46, 0x2D, 0x31]);

        Assert.That(fehler.Message, Does.Contain("kein wohlgeformtes XML"));
    }

    [Test]
    public void Given_an_empty_upload_When_read_Then_it_is_refused()
    {
        Assert.That(Abgelehnt([]).Message, Is.EqualTo("Das Paket ist leer."));
    }

    [Test]
    public void Given_a_truncated_zip_When_read_Then_it_is_refused()
    {
        var fehler = Abgelehnt(gueltig[..(gueltig.Length - 30)]);

        Assert.That(fehler.Message, Is.EqualTo("Das Paket ist keine lesbare ZIP-Datei."));
    }

    [Test]
    public void Given_a_0401_with_two_files_When_read_Then_it_is_refused()
    {
        var fehler = Abgelehnt(Pakete.AendereXml(gueltig, doc =>
        {
            var objekt = doc.Root!.Element(Ns + "Schriftgutobjekt")!;
            objekt.AddAfterSelf(new XElement(objekt));
        }));

        Assert.That(fehler.Message, Does.Contain("genau eine Akte"));
    }

    [Test]
    public void Given_a_package_bigger_than_allowed_that_cannot_seek_When_read_Then_buffering_stops_at_the_limit()
    {
        var fehler = Assert.ThrowsAsync<XdomeaFormatException>(async () =>
        {
            await using var _ = await XdomeaAbgabe.ReadAsync(new NurVorwaerts(gueltig), CancellationToken.None,
                XdomeaLimits.Standard with { MaxGesamtBytes = 100 });
        });

        Assert.That(fehler!.Message, Is.EqualTo("Das Paket ist größer als 100 Bytes."));
    }

    private sealed class NurVorwaerts(byte[] daten) : MemoryStream(daten)
    {
        public override bool CanSeek => false;
    }
}
