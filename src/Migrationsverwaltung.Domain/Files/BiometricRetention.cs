using Migrationsverwaltung.Domain.Calendar;
using Migrationsverwaltung.Domain.Catalogue;

namespace Migrationsverwaltung.Domain.Files;

/// <summary>
/// DOMAIN.md's shorter retention of biometric photos (§ 61a(3)): a photo's content is erased 7 years after it was
/// received, 5 years if the person was a minor (under 18) on that day; the file itself is kept. The day that counts
/// is the newest version's receipt (the document's received date, or the day a later version was added), so a photo
/// is erased when its last version is due. Without a known birth date minority cannot be shown: the adult period applies.
/// </summary>
public static class BiometricRetention
{
    public const int AdultYears = 7;
    public const int MinorYears = 5;
    public const int AgeOfMajority = 18;

    public static bool IsBiometric(FileDocument document) => document.DocumentType == DocumentCodes.Lichtbild;

    /// <summary>The receipt of the newest version: version 1 arrived on ReceivedOn, later ones on the day they were added.</summary>
    public static DateOnly ReceiptOf(FileDocument document)
    {
        var newest = document.Versions.Count > 1 ? BerlinTime.DateOf(document.Current.AddedAt) : document.ReceivedOn;
        return newest > document.ReceivedOn ? newest : document.ReceivedOn;
    }

    public static bool WasMinorOn(DateOnly? birthDate, DateOnly day) => birthDate is { } born && day < born.AddYears(AgeOfMajority);

    /// <summary>The first day on which the photo's content is to be erased.</summary>
    public static DateOnly DueOn(FileDocument document, DateOnly? birthDate)
    {
        var receipt = ReceiptOf(document);
        return receipt.AddYears(WasMinorOn(birthDate, receipt) ? MinorYears : AdultYears);
    }

    /// <summary>Photos of the file whose content is still there and due on <paramref name="today"/>.</summary>
    public static IEnumerable<FileDocument> DueIn(PersonFile file, DateOnly? birthDate, DateOnly today) =>
        file.Documents.Values.Where(d => IsBiometric(d) && !d.IsErased && DueOn(d, birthDate) <= today).OrderBy(d => d.Id);
}
