using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Migrationsverwaltung.Xdomea.Tests;

/// <summary>
/// The official XSDs loaded from the repository's standards/ folder with a plain XmlSchemaSet, independent of
/// the copy the library embeds: a message valid here is valid by the published schema files.
/// </summary>
internal static class OffizielleSchemas
{
    private static readonly Lazy<XmlSchemaSet> Set = new(() =>
    {
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        set.Add("urn:xoev-de:xdomea:schema:3.0.0", Path.Combine(Wurzel(), "standards", "xdomea-3.0.0", "xdomea.xsd"));
        set.Compile();
        return set;
    });

    public static IReadOnlyList<string> Fehler(XDocument nachricht)
    {
        var fehler = new List<string>();
        nachricht.Validate(Set.Value, (_, e) => fehler.Add($"{e.Severity}: {e.Message}"));
        return fehler;
    }

    public static void AssertGueltig(XDocument nachricht) =>
        Assert.That(Fehler(nachricht), Is.Empty, "Die Nachricht muss nach den offiziellen xdomea-3.0.0-XSDs gültig sein.");

    public static XDocument LadeFixture(string name) =>
        XDocument.Load(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", name));

    private static string Wurzel()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "standards", "xdomea-3.0.0", "xdomea.xsd"))) return dir.FullName;
        }

        throw new InvalidOperationException("standards/xdomea-3.0.0 nicht gefunden");
    }
}
