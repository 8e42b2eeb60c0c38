using Migrationsverwaltung.Domain.Catalogue;
using Migrationsverwaltung.Domain.Files;
using static Migrationsverwaltung.Domain.Tests.Files.FileFixture;

namespace Migrationsverwaltung.Domain.Tests.Files;

/// <summary>DOMAIN.md: biometric photos are kept 7 years (5 if the person was a minor when the photo came), per document.</summary>
public class BiometricRetentionTests
{
    private static readonly Guid Photo = Guid.Parse("f0000000-0000-0000-0000-000000000001");
    private static readonly Guid Pass = Guid.Parse("f0000000-0000-0000-0000-000000000002");
    private static readonly DateOnly Adult = new(1990, 5, 1);
    private static readonly DateOnly Today = new(2026, 11, 20); // FileFixture.Now

    private static AddDocument AddPhoto(DateOnly receivedOn, string sha = "photo") =>
        Add(Photo, sha, new DocumentDescription(DocumentCodes.Lichtbild, "Lichtbild", receivedOn, Channel.Counter, Confidentiality.Normal, null));

    private static EraseBiometricDocument Erase(DateOnly? birthDate, DateOnly? on = null, Guid? documentId = null) =>
        new(FileId, Context("Aufbewahrungsfrist des Lichtbilds abgelaufen", on is { } day ? BerlinClock.Noon(day) : null), documentId ?? Photo, birthDate);

    [Test]
    public void An_adults_photo_is_erased_seven_years_to_the_day_after_its_receipt()
    {
        var file = Given(AddPhoto(new DateOnly(2019, 11, 20)));

        var erased = Decide(Erase(Adult), file).Single();

        Assert.That(erased, Is.EqualTo(new BiometricDocumentErased(FileId, PersonId, Now, Caseworker, Photo, 1, new DateOnly(2026, 11, 20))));
    }

    [Test]
    public void An_adults_photo_is_not_due_the_day_before()
    {
        var file = Given(AddPhoto(new DateOnly(2019, 11, 20)));

        Assert.That(() => Decide(Erase(Adult, Today.AddDays(-1)), file), Refused("erst ab 20.11.2026"));
    }

    [Test]
    public void A_minors_photo_is_erased_after_five_years()
    {
        var file = Given(AddPhoto(new DateOnly(2021, 11, 20)));
        var child = new DateOnly(2012, 6, 1);

        Assert.That(() => Decide(Erase(child, Today.AddDays(-1)), file), Refused("erst ab 20.11.2026"));
        Assert.That(Decide(Erase(child), file).Single(), Is.TypeOf<BiometricDocumentErased>().With.Property(nameof(BiometricDocumentErased.DueOn)).EqualTo(Today));
        Assert.That(() => Decide(Erase(Adult), file), Refused("erst ab 20.11.2028"), "the same photo of an adult is kept 7 years");
    }

    [Test]
    public void A_person_who_turned_18_after_the_photo_still_counts_as_a_minor_at_its_receipt()
    {
        var file = Given(AddPhoto(new DateOnly(2021, 11, 20)));
        var seventeenThen = new DateOnly(2003, 11, 21); // 18 one day after the receipt, 22 today
        var eighteenThen = new DateOnly(2003, 11, 20);  // 18 on the day of the receipt: an adult

        Assert.That(Decide(Erase(seventeenThen), file).Single(), Is.TypeOf<BiometricDocumentErased>());
        Assert.That(() => Decide(Erase(eighteenThen), file), Refused("erst ab 20.11.2028"));
    }

    [Test]
    public void The_newest_versions_receipt_counts()
    {
        var file = Given(
            AddPhoto(new DateOnly(2018, 1, 10)),
            new AddDocumentVersion(FileId, Context(now: BerlinClock.At(2019, 12, 1)), Photo, Content("photo-2")));

        Assert.That(() => Decide(Erase(Adult, new DateOnly(2026, 11, 30)), file), Refused("erst ab 01.12.2026"));
        Assert.That(Decide(Erase(Adult, new DateOnly(2026, 12, 1)), file).Single(),
            Is.TypeOf<BiometricDocumentErased>().With.Property(nameof(BiometricDocumentErased.Versions)).EqualTo(2));
    }

    [Test]
    public void A_legal_hold_refuses_the_erasure()
    {
        var file = Given(AddPhoto(new DateOnly(2019, 1, 1)), new PlaceLegalHold(FileId, Context("Klage"), "VG 1 K 2/26"));

        Assert.That(() => Decide(Erase(Adult), file), Refused("Aufbewahrungssperre"));
    }

    [Test]
    public void A_document_that_is_not_a_photo_is_refused()
    {
        var file = Given(Add(Pass, "pass", Passport() with { ReceivedOn = new DateOnly(2010, 1, 1) }));

        Assert.That(() => Decide(Erase(Adult, documentId: Pass), file), Refused("kein Lichtbild"));
    }

    [Test]
    public void An_erased_photo_is_not_erased_twice()
    {
        var file = Given(AddPhoto(new DateOnly(2019, 1, 1)), Erase(Adult));

        Assert.That(() => Decide(Erase(Adult), file), Refused("bereits gelöscht"));
    }

    [Test]
    public void A_deleted_file_refuses_the_erasure()
    {
        var due = new RetentionAssignment(RetentionRules.MovedAway, DisposalType.Review, new DateOnly(2015, 3, 1), new DateOnly(2025, 12, 31));
        var file = Given(AddPhoto(new DateOnly(2019, 1, 1)), new AssignRetention(FileId, Context(), due), new OfferToArchive(FileId, Context(), "p1"),
            new RecordArchiveEvaluation(FileId, Context(), "p1", ArchiveDecision.Destroy), new DeleteFile(FileId, Context()));

        Assert.That(() => Decide(Erase(Adult), file), Refused("Akte ist gelöscht"));
    }

    [Test]
    public void An_erased_photo_stays_listed_counts_as_missing_and_takes_no_new_version()
    {
        var file = Given(AddPhoto(new DateOnly(2019, 1, 1)), Erase(Adult));

        Assert.That(file.Documents[Photo].ErasedAt, Is.EqualTo(Now));
        Assert.That(Completeness.Of([new DocumentType(DocumentCodes.Lichtbild, "Lichtbild")], file, CaseA, Today).Single().State, Is.EqualTo(RequirementState.Missing));
        Assert.That(() => Decide(new AddDocumentVersion(FileId, Context(), Photo, Content("photo-new")), file), Refused("gelöscht"));
        var again = Decide(Add(Guid.NewGuid(), "photo", new DocumentDescription(DocumentCodes.Lichtbild, null, Today, Channel.Counter, Confidentiality.Normal, null)), file);
        Assert.That(again.Single(), Is.TypeOf<DocumentAdded>(), "the same bytes again are a new document, not a link to the erased one");
    }
}
