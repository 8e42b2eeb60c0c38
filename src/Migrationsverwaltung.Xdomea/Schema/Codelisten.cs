using Migrationsverwaltung.Xdomea.Model;

namespace Migrationsverwaltung.Xdomea.Schema;

/// <summary>Our values mapped to the xdomea code lists (the schema fixes list URI and version).</summary>
internal static class Codelisten
{
    public const string AussonderungsartUri = "urn:xoev-de:xdomea:codeliste:aussonderungsart";
    public const string VertraulichkeitUri = "urn:xoev-de:xdomea:codeliste:vertraulichkeitsstufe";
    public const string MediumUri = "urn:xoev-de:xdomea:codeliste:medium";
    public const string SchriftgutobjekttypUri = "urn:xoev-de:xdomea:codeliste:schriftgutobjekttyp";
    public const string DatentypUri = "urn:xoev-de:xdomea:codeliste:datentyp";
    public const string DateiformatUri = "urn:xoev-de:xdomea:codeliste:dateiformat";

    /// <summary>
    /// The Dateiformat list is not part of the schema (code type 3, version required); we use the codes of
    /// its version 1.0, which later versions kept. Anything else is 100 "Sonstiges" with the media type as name.
    /// </summary>
    public const string DateiformatVersion = "1.0";
    public const string DateiformatSonstiges = "100";

    public static string Code(Model.Aussonderungsart art) => art switch
    {
        Model.Aussonderungsart.Archivieren => "A",
        Model.Aussonderungsart.Bewerten => "B",
        Model.Aussonderungsart.Vernichten => "V",
        _ => throw new ArgumentOutOfRangeException(nameof(art)),
    };

    public static Model.Aussonderungsart? Aussonderungsart(string code) => code switch
    {
        "A" => Model.Aussonderungsart.Archivieren,
        "B" => Model.Aussonderungsart.Bewerten,
        "V" => Model.Aussonderungsart.Vernichten,
        _ => null,
    };

    public static string Code(Vertraulichkeitsstufe stufe) => stufe switch
    {
        Vertraulichkeitsstufe.Geheim => "001",
        Vertraulichkeitsstufe.NurFuerDenDienstgebrauch => "002",
        Vertraulichkeitsstufe.Offen => "003",
        Vertraulichkeitsstufe.StrengGeheim => "004",
        Vertraulichkeitsstufe.Vertraulich => "005",
        _ => throw new ArgumentOutOfRangeException(nameof(stufe)),
    };

    public static Vertraulichkeitsstufe? Vertraulichkeit(string code) => code switch
    {
        "001" => Vertraulichkeitsstufe.Geheim,
        "002" => Vertraulichkeitsstufe.NurFuerDenDienstgebrauch,
        "003" => Vertraulichkeitsstufe.Offen,
        "004" => Vertraulichkeitsstufe.StrengGeheim,
        "005" => Vertraulichkeitsstufe.Vertraulich,
        _ => null,
    };

    private static readonly (string Mime, string Code, string Endung)[] Formate =
    [
        ("application/pdf", "018", "pdf"),
        ("image/jpeg", "011", "jpg"),
        ("image/png", "019", "png"),
        ("image/tiff", "023", "tif"),
        ("text/plain", "045", "txt"),
        ("application/xml", "030", "xml"),
    ];

    public static string Dateiformat(string mimeType) =>
        Formate.FirstOrDefault(f => f.Mime.Equals(mimeType, StringComparison.OrdinalIgnoreCase)).Code ?? DateiformatSonstiges;

    public static string Endung(string mimeType) =>
        Formate.FirstOrDefault(f => f.Mime.Equals(mimeType, StringComparison.OrdinalIgnoreCase)).Endung ?? "bin";

    /// <summary>The media type for a Dateiformat code, for packages from systems that do not send it.</summary>
    public static string MimeType(string dateiformatCode, string? sonstigerName) =>
        Formate.FirstOrDefault(f => f.Code == dateiformatCode).Mime
        ?? (dateiformatCode is "010" or "009" ? "image/jpeg"
            : dateiformatCode is "024" ? "image/tiff"
            : dateiformatCode is "044" ? "application/pdf"
            : sonstigerName is { } s && s.Contains('/') ? s : "application/octet-stream");
}
