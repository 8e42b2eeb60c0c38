using Migrationsverwaltung.Domain.Calendar;

namespace Migrationsverwaltung.Domain.Tests.Calendar;

public class WerktageTests
{
    [TestCase("2026-03-21", true, TestName = "Saturday is a Werktag")]
    [TestCase("2026-03-22", false, TestName = "Sunday is no Werktag")]
    [TestCase("2026-05-01", false, TestName = "Tag der Arbeit is no Werktag")]
    public void IsWerktag(string date, bool expected)
    {
        Assert.That(Werktage.IsWerktag(DateOnly.Parse(date)), Is.EqualTo(expected));
    }

    [TestCase("2026-03-19", 3, "2026-03-23", TestName = "Thursday plus 3 Werktage counts Saturday and ends Monday")]
    [TestCase("2026-03-18", 3, "2026-03-21", TestName = "Wednesday plus 3 Werktage ends on Saturday")]
    [TestCase("2026-04-02", 3, "2026-04-08", TestName = "Gruendonnerstag plus 3 Werktage skips Karfreitag, Sunday and Ostermontag")]
    public void Add(string date, int count, string expected)
    {
        Assert.That(Werktage.Add(DateOnly.Parse(date), count), Is.EqualTo(DateOnly.Parse(expected)));
    }
}
