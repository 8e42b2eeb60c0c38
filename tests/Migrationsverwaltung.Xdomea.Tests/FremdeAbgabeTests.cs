using System.Xml.Linq;
using Migrationsverwaltung.Xdomea.Schema;

namespace Migrationsverwaltung.Xdomea.Tests;

/// <summary>A 0401 as another system writes it: a document inside a case, no application fields.</summary>
public class FremdeAbgabeTests
{
    private static readonly XNamespace Ns = XdomeaSchema.Namespace;

    [Test]
    public async Task Given_a_foreign_0401_without_our_fields_When_read_Then_hashes_are_measured_and_types_come_from_the_format_code()
    {
        var original = Beispielakte.Erstellen();
        var fremd = Pakete.AendereXml(await AbgabeTests.Schreibe(original), doc =>
        {
            foreach (var erweiterung in doc.Descendants(Ns + "Dokument").Elements(Ns + "AnwendungsspezifischeErweiterung").ToList()) erweiterung.Remove();
            var foto = doc.Descendants(Ns + "Dokument").Single(d => d.Descendants(Ns + "ID").First().Value == Beispielakte.FotoId.ToString());
            var vorgang = doc.Descendants(Ns + "Vorgang").First();
            foto.Remove();
            vorgang.Elements(Ns + "Verweis").Single(v => v.Element(Ns + "ID")!.Value == Beispielakte.FotoId.ToString()).Remove();
            vorgang.Elements(Ns + "Verweis").First().AddBeforeSelf(foto);
        });
        OffizielleSchemas.AssertGueltig(Pakete.Nachricht(fremd));

        await using var paket = await XdomeaAbgabe.ReadAsync(new MemoryStream(fremd), CancellationToken.None);

        var foto = paket.Akte.Dokumente.Single(d => d.Id == Beispielakte.FotoId);
        var pass = paket.Akte.Dokumente.Single(d => d.Id == Beispielakte.ReisepassId);
        var originalFoto = original.Dokumente.Single(d => d.Id == Beispielakte.FotoId).Versionen[0].Datei;
        Assert.Multiple(() =>
        {
            Assert.That(paket.Akte.Dokumente, Has.Count.EqualTo(3));
            Assert.That(paket.Akte.Vorgaenge[0].DokumentIds, Is.EquivalentTo(original.Vorgaenge[0].DokumentIds));
            Assert.That(foto.Versionen[0].Datei.MimeType, Is.EqualTo("image/jpeg"));
            Assert.That(foto.Versionen[0].Datei.Sha256, Is.EqualTo(originalFoto.Sha256));
            Assert.That(foto.Versionen[0].Datei.Groesse, Is.EqualTo(originalFoto.Groesse));
            Assert.That(pass.Versionen.Select(v => v.Datei.MimeType), Is.All.EqualTo("application/pdf"));
            Assert.That(pass.Eingangskanal, Is.Null);
        });
    }
}
