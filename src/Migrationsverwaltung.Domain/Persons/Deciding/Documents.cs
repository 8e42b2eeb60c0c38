namespace Migrationsverwaltung.Domain.Persons.Deciding;

/// <summary>Passport, current residence title and AZR number: recorded as they are; the same again changes nothing.</summary>
internal static class Documents
{
    public const string AzrFormat = "Die AZR-Nummer besteht aus 12 Ziffern.";

    /// <summary>A passport that expired more than ten years ago is surely a typing error (passports last up to ten years).</summary>
    public static IReadOnlyList<PersonEvent> Passport(RecordPassport c, Person s)
    {
        var number = c.Number?.Trim() ?? "";
        Rules.Require(Formats.IsPassportNumber(number), "Die Passnummer besteht aus bis zu 20 Großbuchstaben und Ziffern.");
        Rules.Require(Formats.IsAlpha3(c.IssuingState), "Der ausstellende Staat ist als dreistelliger Ländercode anzugeben (ISO 3166, z. B. SYR).");
        Rules.Require(c.ValidUntil > Rules.Today(c.Context).AddYears(-10), "Ein seit mehr als zehn Jahren abgelaufener Pass kann nicht erfasst werden.");
        return s.Passport == new Passport(number, c.IssuingState, c.ValidUntil)
            ? Rules.Nothing
            : [new PassportRecorded(c.PersonId, c.Context.Now, c.Context.Actor.UserId, number, c.IssuingState, c.ValidUntil)];
    }

    public static IReadOnlyList<PersonEvent> Title(RecordCurrentTitle c, Person s)
    {
        Rules.Require(!string.IsNullOrWhiteSpace(c.TitleCode), "Die Titelart fehlt.");
        var title = new ResidenceTitle(c.TitleCode.Trim(), c.ValidUntil);
        return s.CurrentTitle == title
            ? Rules.Nothing
            : [new CurrentTitleRecorded(c.PersonId, c.Context.Now, c.Context.Actor.UserId, title.TitleCode, title.ValidUntil)];
    }

    public static IReadOnlyList<PersonEvent> AzrNumber(RecordAzrNumber c, Person s)
    {
        var number = c.AzrNumber?.Trim() ?? "";
        Rules.Require(Formats.IsAzrNumber(number), AzrFormat);
        return number == s.AzrNumber ? Rules.Nothing : [new AzrNumberRecorded(c.PersonId, c.Context.Now, c.Context.Actor.UserId, number)];
    }
}
