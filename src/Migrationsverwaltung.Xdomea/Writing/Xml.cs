using System.Globalization;
using System.Xml.Linq;
using Migrationsverwaltung.Xdomea.Schema;

namespace Migrationsverwaltung.Xdomea.Writing;

/// <summary>Small builders for xdomea elements; null children are left out, so optional elements stay optional.</summary>
internal static class Xml
{
    public static XElement E(string name, params object?[] content) => new(XdomeaSchema.Ns + name, content);

    /// <summary>An xoev-code:Code value; its children "code" and "name" are unqualified by the schema.</summary>
    public static XElement Code(string name, string code, string? listUri, string? listVersion, string? codeName = null) =>
        new(XdomeaSchema.Ns + name,
            listUri is null ? null : new XAttribute("listURI", listUri),
            listVersion is null ? null : new XAttribute("listVersionID", listVersion),
            new XElement("code", code),
            codeName is null ? null : new XElement("name", codeName));

    public static string Bool(bool value) => value ? "1" : "0";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>xs:dateTime with the offset kept, so the instant survives the round trip.</summary>
    public static string DateTime(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    public static XElement? Optional(string name, DateOnly? date) => date is { } d ? E(name, Date(d)) : null;

    public static XElement? Optional(string name, string? text) => string.IsNullOrEmpty(text) ? null : E(name, text);
}
