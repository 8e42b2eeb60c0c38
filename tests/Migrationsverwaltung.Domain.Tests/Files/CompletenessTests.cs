using Migrationsverwaltung.Domain.Catalogue;
using Migrationsverwaltung.Domain.Files;
using static Migrationsverwaltung.Domain.Tests.Files.FileFixture;

namespace Migrationsverwaltung.Domain.Tests.Files;

public class CompletenessTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);
    private static readonly DocumentType[] Required = [new("PASS", "Reisepass"), new("LICHTBILD", "Lichtbild"), new("ARBEITSVERTRAG", "Arbeitsvertrag")];

    [Test]
    public void Required_documents_are_present_missing_or_expired()
    {
        var expiredPassport = FileFixture.Passport(new DateOnly(2026, 11, 19));
        var photo = FileFixture.Passport(null) with { DocumentType = "LICHTBILD", ValidUntil = null };
        var file = Given(Add(Guid.NewGuid(), "p", expiredPassport, CaseA), Add(Guid.NewGuid(), "l", photo, CaseB));

        var result = Completeness.Of(Required, file, CaseA, Today);

        Assert.That(result.Select(r => (r.DocumentCode, r.State, r.LinkedToCase)), Is.EqualTo(new[]
        {
            ("PASS", RequirementState.Expired, true),
            ("LICHTBILD", RequirementState.Present, false), // in the Laufmappe from another case: reused, not collected again
            ("ARBEITSVERTRAG", RequirementState.Missing, false),
        }));
        Assert.That(Completeness.ToRequest(result).Select(r => r.DocumentCode), Is.EqualTo(new[] { "PASS", "ARBEITSVERTRAG" }));
    }

    [Test]
    public void A_valid_passport_beats_an_expired_one()
    {
        var file = Given(Add(Guid.NewGuid(), "old", FileFixture.Passport(new DateOnly(2025, 1, 1)), CaseA), Add(Guid.NewGuid(), "new", FileFixture.Passport(new DateOnly(2035, 1, 1))));

        var passport = Completeness.Of(Required, file, CaseA, Today)[0];

        Assert.That((passport.State, passport.ValidUntil), Is.EqualTo((RequirementState.Present, (DateOnly?)new DateOnly(2035, 1, 1))));
    }

    [Test]
    public void A_passport_valid_until_today_is_still_present()
    {
        var file = Given(Add(Guid.NewGuid(), "p", FileFixture.Passport(Today)));
        Assert.That(Completeness.Of(Required, file, CaseA, Today)[0].State, Is.EqualTo(RequirementState.Present));
    }
}
