using System.Xml.Linq;
using Migrationsverwaltung.Xdomea.Model;

namespace Migrationsverwaltung.Xdomea.Reading;

internal static class KopfLeser
{
    public static XElement Kopf(XDocument nachricht) => nachricht.Root!.Kind("Kopf")!;

    public static EmpfangenerKopf Lies(XDocument nachricht)
    {
        var kopf = Kopf(nachricht);
        return new EmpfangenerKopf(
            Guid.Parse(kopf.Text("ProzessID")!),
            kopf.Code("Nachrichtentyp")!,
            kopf.Zeitpunkt("Erstellungszeitpunkt"),
            Behoerde(kopf.Kind("Absender")!),
            Behoerde(kopf.Kind("Empfaenger")!));
    }

    public static bool Flag(XDocument nachricht, string name) =>
        Kopf(nachricht).Text(name) is "1" or "true";

    private static Behoerde Behoerde(XElement kontakt)
    {
        var kennung = kontakt.Kind("Behoerdenkennung");
        var schluessel = kennung?.Code("Behoerdenschluessel");
        var praefix = kennung?.Code("Praefix");
        return new Behoerde(
            kontakt.Kind("Institution")?.Text("Name") ?? kontakt.Kind("Organisationseinheit")?.Text("Name") ?? "",
            kontakt.Kind("Organisationseinheit")?.Text("Name"),
            schluessel is null ? null : new Behoerdenkennung(praefix ?? "", schluessel));
    }
}
