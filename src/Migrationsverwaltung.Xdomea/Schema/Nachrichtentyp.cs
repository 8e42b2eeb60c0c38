namespace Migrationsverwaltung.Xdomea.Schema;

/// <summary>
/// The message types we write or read, from code list urn:xoev-de:xdomea:codeliste:nachrichtentyp 2.0:
/// the code, the name and the root element (name + "." + code).
/// </summary>
public sealed record Nachrichtentyp(string Code, string Name)
{
    /// <summary>Code list URI of the message types.</summary>
    public const string ListUri = "urn:xoev-de:xdomea:codeliste:nachrichtentyp";
    /// <summary>Version of the code list the schema fixes.</summary>
    public const string ListVersion = "2.0";

    /// <summary>0401: a whole file handed to another authority.</summary>
    public static readonly Nachrichtentyp Abgabe = new("0401", "Abgabe.Abgabe");
    /// <summary>0402: the receiver's import result per object of a 0401.</summary>
    public static readonly Nachrichtentyp AbgabeImportBestaetigen = new("0402", "Abgabe.ImportBestaetigen");
    /// <summary>0403: the receiver got the 0401.</summary>
    public static readonly Nachrichtentyp AbgabeEmpfangBestaetigen = new("0403", "Abgabe.EmpfangBestaetigen");
    /// <summary>0501: offer list of files due, to the archive.</summary>
    public static readonly Nachrichtentyp Anbieteverzeichnis = new("0501", "Aussonderung.Anbieteverzeichnis");
    /// <summary>0502: the archive's evaluation of a 0501.</summary>
    public static readonly Nachrichtentyp Bewertungsverzeichnis = new("0502", "Aussonderung.Bewertungsverzeichnis");
    /// <summary>0503: the hand-over of the files to archive, with primary documents.</summary>
    public static readonly Nachrichtentyp Aussonderung = new("0503", "Aussonderung.Aussonderung");
    /// <summary>0504: the archive got the 0501.</summary>
    public static readonly Nachrichtentyp AnbietungEmpfangBestaetigen = new("0504", "Aussonderung.AnbietungEmpfangBestaetigen");
    /// <summary>0505: we got the 0502.</summary>
    public static readonly Nachrichtentyp BewertungEmpfangBestaetigen = new("0505", "Aussonderung.BewertungEmpfangBestaetigen");
    /// <summary>0506: the archive's import result per object of a 0503.</summary>
    public static readonly Nachrichtentyp AussonderungImportBestaetigen = new("0506", "Aussonderung.AussonderungImportBestaetigen");
    /// <summary>0507: the archive got the 0503.</summary>
    public static readonly Nachrichtentyp AussonderungEmpfangBestaetigen = new("0507", "Aussonderung.AussonderungEmpfangBestaetigen");

    /// <summary>The root element's local name, e.g. "Abgabe.Abgabe.0401".</summary>
    public string Element => $"{Name}.{Code}";

    /// <summary>The file name of the XML message in a package: "{ProzessID}_{Element}.xml".</summary>
    public string XmlDateiname(Guid prozessId) => $"{prozessId:D}_{Element}.xml";

    /// <summary>The file name of the package: "{ProzessID}_{Element}.zip".</summary>
    public string ZipDateiname(Guid prozessId) => $"{prozessId:D}_{Element}.zip";
}
