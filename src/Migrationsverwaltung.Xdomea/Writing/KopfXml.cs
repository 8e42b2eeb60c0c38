using System.Xml.Linq;
using Migrationsverwaltung.Xdomea.Model;
using Migrationsverwaltung.Xdomea.Schema;
using static Migrationsverwaltung.Xdomea.Writing.Xml;

namespace Migrationsverwaltung.Xdomea.Writing;

/// <summary>The message head (NkBasisType and its extensions); the caller appends the type-specific flags.</summary>
internal static class KopfXml
{
    public const string Produktname = "Migrationsverwaltung";

    public static XElement Basis(Nachrichtenkopf kopf, Nachrichtentyp typ, params object?[] zusatz) =>
        E("Kopf",
            E("ProzessID", kopf.ProzessId.ToString("D")),
            Code("Nachrichtentyp", typ.Code, Nachrichtentyp.ListUri, Nachrichtentyp.ListVersion, typ.Name),
            E("Erstellungszeitpunkt", Xml.DateTime(kopf.Erstellt)),
            Kontakt("Absender", kopf.Absender),
            Kontakt("Empfaenger", kopf.Empfaenger),
            E("SendendesSystem", E("Produktname", Produktname)),
            zusatz);

    private static XElement Kontakt(string name, Behoerde behoerde) =>
        E(name,
            behoerde.Kennung is { } k
                ? E("Behoerdenkennung", Code("Behoerdenschluessel", k.Behoerdenschluessel, null, null), Code("Praefix", k.Praefix, null, null))
                : null,
            E("Institution", E("Name", behoerde.Name)),
            behoerde.Organisationseinheit is { } oe ? E("Organisationseinheit", E("Name", oe)) : null);
}
