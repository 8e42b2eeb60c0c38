using System.Globalization;
using System.Xml.Linq;
using Migrationsverwaltung.Xdomea.Schema;

namespace Migrationsverwaltung.Xdomea.Reading;

/// <summary>Navigation helpers over a schema-valid message (the schema already guaranteed types and order).</summary>
internal static class X
{
    public static XElement? Kind(this XElement e, string name) => e.Element(XdomeaSchema.Ns + name);

    public static IEnumerable<XElement> Kinder(this XElement e, string name) => e.Elements(XdomeaSchema.Ns + name);

    public static string? Text(this XElement e, string name) => e.Kind(name)?.Value;

    public static string? Code(this XElement e, string name) => e.Kind(name)?.Element("code")?.Value.Trim();

    public static Guid Id(this XElement e) => Guid.Parse(e.Kind("Identifikation")!.Text("ID")!);

    public static DateOnly? Datum(this XElement e, string name) =>
        e.Text(name) is { } s ? DateOnly.FromDateTime(System.Xml.XmlConvert.ToDateTime(s, System.Xml.XmlDateTimeSerializationMode.Unspecified)) : null;

    public static DateTimeOffset Zeitpunkt(this XElement e, string name) =>
        DateTimeOffset.Parse(e.Text(name)!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
