using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Migrationsverwaltung.Api.Tests.Documents.Retention;

/// <summary>The official xdomea 3.0.0 XSDs from the repository's standards/ folder in a plain XmlSchemaSet, apart from the library's embedded copy.</summary>
internal static class XdomeaSchemas
{
    private static readonly Lazy<XmlSchemaSet> Set = new(() =>
    {
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        set.Add("urn:xoev-de:xdomea:schema:3.0.0", Path.Combine(Root(), "standards", "xdomea-3.0.0", "xdomea.xsd"));
        set.Compile();
        return set;
    });

    public static void AssertValid(XDocument message)
    {
        var errors = new List<string>();
        message.Validate(Set.Value, (_, e) => errors.Add($"{e.Severity}: {e.Message}"));
        Assert.That(errors, Is.Empty, $"{message.Root?.Name.LocalName} must be valid by the official xdomea 3.0.0 schemas.");
    }

    private static string Root()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "standards", "xdomea-3.0.0", "xdomea.xsd")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("standards/xdomea-3.0.0 not found above the test directory.");
    }
}
