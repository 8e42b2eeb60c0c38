using Migrationsverwaltung.Api.Documents.Storage;

namespace Migrationsverwaltung.Api.Tests.Documents.Storage;

public class FileNamesTests
{
    [TestCase("Reisepass.pdf", "Reisepass.pdf")]
    [TestCase("../../etc/passwd", "passwd")]
    [TestCase("..\\..\\Windows\\win.ini", "win.ini")]
    [TestCase("/var/lib/postgresql/Antrag.pdf", "Antrag.pdf")]
    [TestCase("C:\\Users\\Müller\\Arbeitsvertrag 2026.pdf", "Arbeitsvertrag 2026.pdf")]
    [TestCase("C:Lebenslauf.pdf", "Lebenslauf.pdf")]
    [TestCase("\\\\server\\share\\Scan.tiff", "Scan.tiff")]
    [TestCase("Pass\u0000bild\r\n.png", "Passbild.png")]
    [TestCase("Rechnung\u202Efdp.exe", "Rechnungfdp.exe")]
    [TestCase("\u2066Foto\u2069.jpg", "Foto.jpg")]
    [TestCase("  Meldebescheinigung \t  vom   1.2.2026 .pdf  ", "Meldebescheinigung vom 1.2.2026 .pdf")]
    [TestCase("Antrag.pdf. . .", "Antrag.pdf")]
    public void Keeps_only_a_safe_last_segment(string input, string expected) =>
        Assert.That(FileNames.Sanitize(input), Is.EqualTo(expected));

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("../")]
    [TestCase("..")]
    [TestCase("uploads/..")]
    [TestCase("C:\\")]
    [TestCase("\u0001\u0002\u202E")]
    [TestCase(null)]
    public void Refuses_a_name_that_is_empty_after_cleaning(string? input)
    {
        var refused = Assert.Throws<ArgumentException>(() => FileNames.Sanitize(input));
        Assert.That(refused!.Message, Does.StartWith("Der Dateiname ist leer"));
    }

    [Test]
    public void Shortens_a_very_long_name_to_200_characters_keeping_the_extension()
    {
        var sanitized = FileNames.Sanitize(new string('a', 500) + ".pdf");

        Assert.That(sanitized, Has.Length.EqualTo(FileNames.MaxLength));
        Assert.That(sanitized, Does.EndWith("a.pdf"));
    }

    [Test]
    public void Never_cuts_a_character_in_half_when_shortening()
    {
        var sanitized = FileNames.Sanitize(new string('a', 195) + "😀😀😀😀😀.pdf");

        Assert.That(sanitized, Does.EndWith(".pdf"));
        Assert.That(sanitized.Length, Is.LessThanOrEqualTo(FileNames.MaxLength));
        Assert.That(char.IsHighSurrogate(sanitized[^5]), Is.False);
    }
}
