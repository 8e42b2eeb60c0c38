using Migrationsverwaltung.Domain.Files;
using Migrationsverwaltung.Domain.Persons;
using static Migrationsverwaltung.Domain.Tests.Files.FileFixture;

namespace Migrationsverwaltung.Domain.Tests.Files;

public class RetentionTests
{
    private static readonly Guid Doc1 = Guid.Parse("d0000000-0000-0000-0000-000000000001");
    private static readonly RetentionAssignment Due = new(RetentionRules.MovedAway, DisposalType.Review, new DateOnly(2015, 3, 1), new DateOnly(2025, 12, 31));

    private static PersonFile DueFile(params FileCommand[] more) =>
        Given([Add(Doc1, "aa"), new AssignRetention(FileId, Context(), Due), .. more]);

    [Test]
    public void A_file_is_offered_only_when_its_retention_has_ended()
    {
        var notDue = Given(Add(Doc1, "aa"), new AssignRetention(FileId, Context(), Due with { DueOn = new DateOnly(2030, 12, 31) }));
        Assert.That(() => Decide(new OfferToArchive(FileId, Context(), "p1"), notDue), Refused("noch nicht abgelaufen"));
        Assert.That(Decide(new OfferToArchive(FileId, Context(), "p1"), DueFile()).Single(), Is.TypeOf<FileOfferedToArchive>());
    }

    [Test]
    public void A_legal_hold_stops_every_step_until_it_is_lifted()
    {
        var held = DueFile(new PlaceLegalHold(FileId, Context("Klage VG Düsseldorf"), "VG D 12 K 345/26"));

        Assert.That(() => Decide(new OfferToArchive(FileId, Context(), "p1"), held), Refused("Aufbewahrungssperre"));
        var offeredThenHeld = DueFile(new OfferToArchive(FileId, Context(), "p1"), new PlaceLegalHold(FileId, Context("Klage"), "VG 1"));
        Assert.That(() => Decide(new RecordArchiveEvaluation(FileId, Context(), "p1", ArchiveDecision.Destroy), offeredThenHeld), Refused("Aufbewahrungssperre"));
        Assert.That(() => Decide(new ApplyDisposalWithoutAnswer(FileId, Context()), offeredThenHeld), Refused("Aufbewahrungssperre"));

        var lifted = Given([.. new FileCommand[] { Add(Doc1, "aa"), new AssignRetention(FileId, Context(), Due), new PlaceLegalHold(FileId, Context("Klage"), "VG 1"), new LiftLegalHold(FileId, Context("Klage erledigt")) }]);
        Assert.That(Decide(new OfferToArchive(FileId, Context(), "p1"), lifted), Has.Count.EqualTo(1));
    }

    [Test]
    public void Archive_answer_archive_then_hand_over_receipt_and_delete()
    {
        var file = DueFile(new OfferToArchive(FileId, Context(), "p1"), new RecordArchiveEvaluation(FileId, Context(), "p1", ArchiveDecision.Archive));

        Assert.That(() => Decide(new DeleteFile(FileId, Context()), file), Refused("nicht möglich"), "not before the archive has it");
        file = Given(Add(Doc1, "aa"), new AssignRetention(FileId, Context(), Due), new OfferToArchive(FileId, Context(), "p1"),
            new RecordArchiveEvaluation(FileId, Context(), "p1", ArchiveDecision.Archive), new HandOverToArchive(FileId, Context()));
        Assert.That(() => Decide(new DeleteFile(FileId, Context()), file), Refused("nicht möglich"), "not before the receipt");
        file = FileDecider.Decide(new ConfirmArchiveReceipt(FileId, Context(), "p1"), file).Aggregate(file, FileEvolution.Evolve);
        var deleted = Decide(new DeleteFile(FileId, Context()), file).Single();
        Assert.That(deleted, Is.EqualTo(new FileDeleted(FileId, PersonId, Now, Caseworker, Archived: true, DocumentCount: 1)));
    }

    [Test]
    public void Archive_answer_destroy_deletes_without_hand_over()
    {
        var file = DueFile(new OfferToArchive(FileId, Context(), "p1"), new RecordArchiveEvaluation(FileId, Context(), "p1", ArchiveDecision.Destroy));
        Assert.That(() => Decide(new HandOverToArchive(FileId, Context()), file), Refused("nicht möglich"));
        Assert.That(Decide(new DeleteFile(FileId, Context()), file).Single(), Is.TypeOf<FileDeleted>().With.Property(nameof(FileDeleted.Archived)).False);
    }

    [TestCase(DisposalType.Archive, ArchiveDecision.Archive)]
    [TestCase(DisposalType.Review, ArchiveDecision.Destroy)]
    [TestCase(DisposalType.Destroy, ArchiveDecision.Destroy)]
    public void Without_an_answer_the_disposal_type_decides(DisposalType disposal, ArchiveDecision expected)
    {
        var file = Given(Add(Doc1, "aa"), new AssignRetention(FileId, Context(), Due with { Disposal = disposal }), new OfferToArchive(FileId, Context(), "p1"));
        var evaluated = (FileEvaluated)Decide(new ApplyDisposalWithoutAnswer(FileId, Context()), file).Single();
        Assert.That((evaluated.Decision, evaluated.ArchiveAnswered), Is.EqualTo((expected, false)));
    }

    [Test]
    public void An_evaluation_for_another_offer_is_refused_and_a_repeat_changes_nothing()
    {
        var offered = DueFile(new OfferToArchive(FileId, Context(), "p1"));
        Assert.That(() => Decide(new RecordArchiveEvaluation(FileId, Context(), "p2", ArchiveDecision.Archive), offered), Refused("anderen Anbietung"));
        var evaluated = DueFile(new OfferToArchive(FileId, Context(), "p1"), new RecordArchiveEvaluation(FileId, Context(), "p1", ArchiveDecision.Archive));
        Assert.That(Decide(new RecordArchiveEvaluation(FileId, Context(), "p1", ArchiveDecision.Archive), evaluated), Is.Empty);
        Assert.That(Decide(new OfferToArchive(FileId, Context(), "p1"), offered), Is.Empty);
    }

    [Test]
    public void Once_offered_the_content_is_fixed_and_after_deletion_only_the_tombstone_remains()
    {
        var offered = DueFile(new OfferToArchive(FileId, Context(), "p1"));
        Assert.That(() => Decide(Add(Guid.NewGuid(), "zz"), offered), Refused("angeboten oder ausgesondert"));
        var deleted = DueFile(new OfferToArchive(FileId, Context(), "p1"), new RecordArchiveEvaluation(FileId, Context(), "p1", ArchiveDecision.Destroy), new DeleteFile(FileId, Context()));
        Assert.That(deleted.IsDeleted);
        Assert.That(() => Decide(new PlaceLegalHold(FileId, Context("x"), "y"), deleted), Refused("gelöscht"));
    }

    [TestCase(PersonStatus.MovedAway, RetentionRules.MovedAway, 2036)]
    [TestCase(PersonStatus.Naturalised, RetentionRules.Naturalised, 2036)]
    [TestCase(PersonStatus.Died, RetentionRules.Died, 2031)]
    public void Restricted_persons_files_get_class_closing_date_and_due_date(PersonStatus status, string expectedClass, int dueYear)
    {
        var person = Person.Initial with
        {
            Status = status, RestrictedAt = BerlinClock.At(2026, 3, 2), DiedOn = status == PersonStatus.Died ? new DateOnly(2026, 2, 27) : null,
        };
        var retention = RetentionRules.For(person)!;
        var closing = status == PersonStatus.Died ? new DateOnly(2026, 2, 27) : new DateOnly(2026, 3, 2);
        Assert.That(retention, Is.EqualTo(new RetentionAssignment(expectedClass, DisposalType.Review, closing, new DateOnly(dueYear, 12, 31))));
    }

    [Test]
    public void An_active_persons_file_has_no_closing_date()
    {
        Assert.That(RetentionRules.For(Person.Initial with { Status = PersonStatus.Active }), Is.Null);
    }
}
