using Migrationsverwaltung.Domain.Files;
using static Migrationsverwaltung.Domain.Tests.Files.FileFixture;

namespace Migrationsverwaltung.Domain.Tests.Files;

public class DocumentsInTheFileTests
{
    private static readonly Guid Doc1 = Guid.Parse("d0000000-0000-0000-0000-000000000001");
    private static readonly Guid Doc2 = Guid.Parse("d0000000-0000-0000-0000-000000000002");

    [Test]
    public void The_first_document_opens_the_file_and_links_it_to_its_case()
    {
        var events = Decide(Add(Doc1, "aa", null, CaseA), PersonFile.Initial);

        Assert.That(events.Select(e => e.GetType()), Is.EqualTo(new[] { typeof(FileOpened), typeof(DocumentAdded), typeof(DocumentLinkedToCase) }));
        Assert.That(events.All(e => e.FileId == FileId && e.PersonId == PersonId && e.By == Caseworker && e.At == Now));
    }

    [Test]
    public void A_file_id_that_is_not_the_persons_is_refused()
    {
        var command = Add(Doc1, "aa") with { FileId = Guid.NewGuid() };
        Assert.That(() => Decide(command, PersonFile.Initial), Refused("gehört nicht zu dieser Person"));
    }

    [Test]
    public void The_same_bytes_again_are_not_a_second_document_but_serve_the_new_case()
    {
        var file = Given(Add(Doc1, "aa", null, CaseA));

        var events = Decide(Add(Doc2, "aa", null, CaseB), file);

        Assert.That(events, Is.EqualTo(new FileEvent[] { new DocumentLinkedToCase(FileId, PersonId, Now, Caseworker, Doc1, CaseB) }));
        Assert.That(Decide(Add(Doc2, "aa", null, CaseA), file), Is.Empty, "same bytes, same case: nothing");
    }

    [Test]
    public void A_new_version_keeps_the_old_one_and_the_same_bytes_change_nothing()
    {
        var file = Given(Add(Doc1, "aa"), new AddDocumentVersion(FileId, Context(), Doc1, Content("bb")));

        Assert.That(file.Documents[Doc1].Versions.Select(v => (v.Number, v.Sha256)), Is.EqualTo(new[] { (1, "aa"), (2, "bb") }));
        Assert.That(Decide(new AddDocumentVersion(FileId, Context(), Doc1, Content("bb")), file), Is.Empty);
    }

    [Test]
    public void A_version_whose_bytes_are_another_document_is_refused()
    {
        var file = Given(Add(Doc1, "aa"), Add(Doc2, "bb", Passport() with { DocumentType = "LICHTBILD" }));

        Assert.That(() => Decide(new AddDocumentVersion(FileId, Context(), Doc1, Content("bb")), file), Refused("bereits das Dokument"));
    }

    [Test]
    public void Reclassifying_needs_a_reason_and_records_the_new_classification()
    {
        var file = Given(Add(Doc1, "aa"));
        var command = new ReclassifyDocument(FileId, Context(), Doc1, "AKTUELLES_AUFENTHALTSDOKUMENT", "eAT", Confidentiality.Confidential, null);

        Assert.That(() => Decide(command, file), Refused("Begründung"));
        var events = Decide(command with { Context = Context("falsch einsortiert") }, file);
        var after = events.Aggregate(file, FileEvolution.Evolve).Documents[Doc1];
        Assert.That((after.DocumentType, after.Title, after.Confidentiality, after.ValidUntil),
            Is.EqualTo(("AKTUELLES_AUFENTHALTSDOKUMENT", (string?)"eAT", Confidentiality.Confidential, (DateOnly?)null)));
    }

    [Test]
    public void Linking_twice_changes_nothing_and_unlinking_needs_a_reason()
    {
        var file = Given(Add(Doc1, "aa", null, CaseA));

        Assert.That(Decide(new LinkDocumentToCase(FileId, Context(), Doc1, CaseA), file), Is.Empty);
        Assert.That(() => Decide(new UnlinkDocumentFromCase(FileId, Context(), Doc1, CaseA), file), Refused("Begründung"));
        var unlinked = Given(Add(Doc1, "aa", null, CaseA), new UnlinkDocumentFromCase(FileId, Context("falsches Verfahren"), Doc1, CaseA));
        Assert.That(unlinked.Documents[Doc1].Cases, Is.Empty);
    }

    [Test]
    public void Unknown_documents_and_a_missing_file_are_refused()
    {
        Assert.That(() => Decide(new LinkDocumentToCase(FileId, Context(), Doc1, CaseA), PersonFile.Initial), Refused("noch keine Akte"));
        Assert.That(() => Decide(new LinkDocumentToCase(FileId, Context(), Doc2, CaseA), Given(Add(Doc1, "aa"))), Refused("gibt es in der Akte nicht"));
    }

    [Test]
    public void A_received_date_in_the_future_is_refused()
    {
        var command = Add(Doc1, "aa", Passport() with { ReceivedOn = new DateOnly(2026, 11, 21) });
        Assert.That(() => Decide(command, PersonFile.Initial), Refused("Zukunft"));
    }

    [Test]
    public void An_infected_upload_is_recorded_but_adds_no_document()
    {
        var file = Given(new RecordInfectedUpload(FileId, Context(), PersonId, OfficeId, "ee", "Eicar-Test-Signature", "x.pdf"));

        Assert.That(file.IsOpen && file.InfectedUploads == 1 && file.Documents.IsEmpty);
    }
}
