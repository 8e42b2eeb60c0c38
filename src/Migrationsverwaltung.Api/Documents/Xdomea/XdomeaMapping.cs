using Migrationsverwaltung.Domain.Files;
using Migrationsverwaltung.Xdomea.Model;

namespace Migrationsverwaltung.Api.Documents.Xdomea;

/// <summary>
/// Our terms ↔ xdomea code lists. Confidentiality maps one to one so a round trip keeps it: Normal = 003 Offen,
/// RestrictedOfficialUse = 002 VS-NfD, Confidential (the office's in-house grade) = 005 Vertraulich, the only other
/// grade below Geheim; on import Geheim and Streng geheim are refused (an immigration file never carries them).
/// </summary>
public static class XdomeaMapping
{
    public static Vertraulichkeitsstufe ToXdomea(Confidentiality confidentiality) => confidentiality switch
    {
        Confidentiality.RestrictedOfficialUse => Vertraulichkeitsstufe.NurFuerDenDienstgebrauch,
        Confidentiality.Confidential => Vertraulichkeitsstufe.Vertraulich,
        _ => Vertraulichkeitsstufe.Offen,
    };

    public static Confidentiality FromXdomea(Vertraulichkeitsstufe stufe) => stufe switch
    {
        Vertraulichkeitsstufe.Offen => Confidentiality.Normal,
        Vertraulichkeitsstufe.NurFuerDenDienstgebrauch => Confidentiality.RestrictedOfficialUse,
        Vertraulichkeitsstufe.Vertraulich => Confidentiality.Confidential,
        _ => throw new ArgumentException($"Die Vertraulichkeitsstufe „{stufe}“ kann diese Ausländerakte nicht führen; die Übernahme ist abgelehnt."),
    };

    /// <summary>The highest grade among the documents: the file is as confidential as its most confidential paper.</summary>
    public static Vertraulichkeitsstufe Highest(IEnumerable<Confidentiality> grades) =>
        ToXdomea(grades.DefaultIfEmpty(Confidentiality.Normal).Max());

    public static Aussonderungsart ToXdomea(DisposalType disposal) => disposal switch
    {
        DisposalType.Archive => Aussonderungsart.Archivieren,
        DisposalType.Destroy => Aussonderungsart.Vernichten,
        _ => Aussonderungsart.Bewerten,
    };

    public static ArchiveDecision? Decision(Aussonderungsart art) => art switch
    {
        Aussonderungsart.Archivieren => ArchiveDecision.Archive,
        Aussonderungsart.Vernichten => ArchiveDecision.Destroy,
        _ => null,
    };
}
