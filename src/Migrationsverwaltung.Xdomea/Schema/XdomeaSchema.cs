using System.Reflection;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Migrationsverwaltung.Xdomea.Schema;

/// <summary>
/// The official xdomea 3.0.0 schemas, compiled once from the resources embedded in this assembly (never
/// fetched from the network), and validation of a message against them.
/// </summary>
public static class XdomeaSchema
{
    /// <summary>The xdomea 3.0.0 target namespace.</summary>
    public const string Namespace = "urn:xoev-de:xdomea:schema:3.0.0";

    internal static readonly XNamespace Ns = Namespace;

    private const string ResourceBase = "http://schemas.invalid/";
    private static readonly Lazy<XmlSchemaSet> Compiled = new(Compile, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The compiled schema set (read-only after compilation; safe to share).</summary>
    public static XmlSchemaSet Schemas => Compiled.Value;

    /// <summary>The schema-validity errors of a message, in German-readable form; empty when it is valid.</summary>
    public static IReadOnlyList<string> Errors(XDocument message)
    {
        var errors = new List<string>();
        message.Validate(Schemas, (_, e) => errors.Add(Describe(e)));
        return errors;
    }

    internal static string Describe(ValidationEventArgs e) =>
        e.Exception is { LineNumber: > 0 } ex ? $"Zeile {ex.LineNumber}, Spalte {ex.LinePosition}: {e.Message}" : e.Message;

    private static XmlSchemaSet Compile()
    {
        var resolver = new EmbeddedResolver();
        var set = new XmlSchemaSet { XmlResolver = resolver };
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = resolver };
        var entry = ResourceBase + "xdomea-3.0.0/xdomea.xsd";
        using var stream = Open(entry);
        using var reader = XmlReader.Create(stream, settings, entry);
        set.Add(Namespace, reader);
        set.Compile();
        return set;
    }

    private static Stream Open(string uri)
    {
        var name = new Uri(uri).AbsolutePath.TrimStart('/');
        return typeof(XdomeaSchema).Assembly.GetManifestResourceStream(name)
               ?? throw new InvalidOperationException($"Eingebettetes Schema fehlt: {name}");
    }

    /// <summary>Resolves the schemas' relative includes and imports to the embedded copies only.</summary>
    private sealed class EmbeddedResolver : XmlResolver
    {
        public override object GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn) =>
            absoluteUri.AbsoluteUri.StartsWith(ResourceBase, StringComparison.Ordinal)
                ? Open(absoluteUri.AbsoluteUri)
                : throw new XmlException($"Externe Ressource nicht erlaubt: {absoluteUri}");
    }
}
