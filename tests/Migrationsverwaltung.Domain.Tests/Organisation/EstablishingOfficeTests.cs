using Migrationsverwaltung.Domain.Organisation;
using static Migrationsverwaltung.Domain.Tests.Organisation.OfficeFixture;

namespace Migrationsverwaltung.Domain.Tests.Organisation;

public class EstablishingOfficeTests
{
    [Test]
    public void Given_no_office_When_established_Then_code_prefix_and_trimmed_name_are_recorded()
    {
        var events = Decide(new EstablishOffice(OfficeId, Admin(), "05114000", "ABH", "  Ausländerbehörde Krefeld "));

        Assert.That(events, Is.EqualTo(new OfficeEvent[] { Established() }));
    }

    [Test]
    public void Given_an_established_office_When_established_again_alike_Then_nothing_happens()
    {
        var events = Decide(new EstablishOffice(OfficeId, Admin(), "05114000", "ABH", "Ausländerbehörde Krefeld"), Established());

        Assert.That(events, Is.Empty);
    }

    [TestCase("05114000", "KR", "Ausländerbehörde Krefeld")]
    [TestCase("05315000", "ABH", "Ausländerbehörde Krefeld")]
    [TestCase("05114000", "ABH", "Ausländeramt Krefeld")]
    public void Given_an_established_office_When_established_with_other_data_Then_it_is_refused(string code, string prefix, string name)
    {
        Assert.That(() => Decide(new EstablishOffice(OfficeId, Admin(), code, prefix, name), Established()),
            Refused("bereits eingerichtet"));
    }

    [TestCase("")]
    [TestCase("0511400")]
    [TestCase("051140000")]
    [TestCase("05114A00")]
    [TestCase(" 5114000")]
    public void Given_no_office_When_the_authority_code_is_not_8_digits_Then_it_is_refused(string code)
    {
        Assert.That(() => Decide(new EstablishOffice(OfficeId, Admin(), code, "ABH", "Ausländerbehörde")), Refused("Behördenkennzahl"));
    }

    [TestCase("")]
    [TestCase("A")]
    [TestCase("abh")]
    [TestCase("ABCDEFGHIJK")]
    [TestCase("AB1")]
    [TestCase("A-B")]
    [TestCase("ÄBH")]
    public void Given_no_office_When_the_file_number_prefix_is_not_2_to_10_uppercase_letters_Then_it_is_refused(string prefix)
    {
        Assert.That(() => Decide(new EstablishOffice(OfficeId, Admin(), "05114000", prefix, "Ausländerbehörde")), Refused("Präfix"));
    }

    [Test]
    public void Given_no_office_When_established_without_a_name_Then_it_is_refused()
    {
        Assert.That(() => Decide(new EstablishOffice(OfficeId, Admin(), "05114000", "ABH", "  ")), Refused("Namen"));
    }

    private static IEnumerable<OfficeCommand> EverythingButEstablishing()
    {
        yield return new FormTeam(OfficeId, Admin(), TeamA, "Team A");
        yield return new AppointStaffMember(OfficeId, Admin(), "sb-1", Domain.Common.Role.Revision, null);
        yield return new MoveStaffMember(OfficeId, Admin("Umorganisation"), "sb-1", TeamA);
        yield return new RemoveStaffMember(OfficeId, Admin("Ruhestand"), "sb-1");
    }

    [TestCaseSource(nameof(EverythingButEstablishing))]
    public void Given_no_office_When_anything_but_establishing_is_asked_Then_it_is_refused(OfficeCommand command)
    {
        Assert.That(() => Decide(command), Throws.TypeOf<Domain.Common.RuleViolation>().With.Message.EqualTo(OfficeMessages.NotEstablished));
    }
}
