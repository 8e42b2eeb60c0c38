using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Migrationsverwaltung.Xdomea.Schema;

namespace Migrationsverwaltung.Xdomea.Reading;

/// <summary>Loads a received message: no DTDs, no external resources, validated against the schema while read.</summary>
internal static class NachrichtXml
{
    public static XDocument Lade(Stream quelle, Nachrichtentyp typ, long maxBytes)
    {
        var fehler = new List<string>();
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = maxBytes,
            ValidationType = ValidationType.Schema,
            Schemas = XdomeaSchema.Schemas,
            Async = false,
        };
        settings.ValidationEventHandler += (_, e) =>
        {
            if (e.Severity == XmlSeverityType.Error && fehler.Count < 10) fehler.Add(XdomeaSchema.Describe(e));
        };

        XDocument dokument;
        try
        {
            using var reader = XmlReader.Create(quelle, settings);
            dokument = XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException e)
        {
            throw new XdomeaFormatException($"Die Nachricht {typ.Element} ist kein wohlgeformtes XML: {e.Message}", e);
        }

        var wurzel = dokument.Root!;
        if (wurzel.Name != XdomeaSchema.Ns + typ.Element)
        {
            throw new XdomeaFormatException(
                $"Erwartet wurde die Nachricht {typ.Element} (xdomea 3.0.0), erhalten wurde {wurzel.Name.LocalName} im Namensraum \"{wurzel.Name.NamespaceName}\".");
        }

        if (fehler.Count > 0)
        {
            throw new XdomeaFormatException(
                $"Die Nachricht {typ.Element} ist nicht gültig nach xdomea 3.0.0: {string.Join(" | ", fehler)}");
        }

        var code = wurzel.Element(XdomeaSchema.Ns + "Kopf")?.Element(XdomeaSchema.Ns + "Nachrichtentyp")?.Element("code")?.Value;
        if (code != typ.Code)
        {
            throw new XdomeaFormatException($"Der Nachrichtentyp im Kopf ({code}) passt nicht zur Nachricht {typ.Element}.");
        }

        return dokument;
    }
}
