using Migrationsverwaltung.Domain.Files;
using static Migrationsverwaltung.Domain.Tests.Files.FileFixture;

namespace Migrationsverwaltung.Domain.Tests.Files;

public class SharingTests
{
    private static readonly Guid Doc1 = Guid.Parse("d0000000-0000-0000-0000-000000000001");
    private static readonly Guid Share1 = Guid.Parse("5a000000-0000-0000-0000-000000000001");
    private static readonly DateOnly ConsentUntil = new(2027, 3, 31);

    private static RecordSharingConsent Consent(string partner = "Jobcenter Krefeld") => new(FileId, Context(), partner, "Leistungsantrag SGB II", ConsentUntil);

    [Test]
    public void Without_consent_nothing_is_shared()
    {
        var file = Given(Add(Doc1, "aa"));
        Assert.That(() => Decide(new ShareDocuments(FileId, Context(), Share1, "Jobcenter Krefeld", [Doc1], ConsentUntil), file), Refused("keine gültige Einwilligung"));
    }

    [Test]
    public void Consent_for_another_partner_does_not_count()
    {
        var file = Given(Add(Doc1, "aa"), Consent("Beratungsstelle"));
        Assert.That(() => Decide(new ShareDocuments(FileId, Context(), Share1, "Jobcenter Krefeld", [Doc1], ConsentUntil), file), Refused("keine gültige Einwilligung"));
    }

    [Test]
    public void A_share_carries_the_consents_purpose_and_may_not_outlast_it()
    {
        var file = Given(Add(Doc1, "aa"), Consent());

        Assert.That(() => Decide(new ShareDocuments(FileId, Context(), Share1, "Jobcenter Krefeld", [Doc1], ConsentUntil.AddDays(1)), file), Refused("nicht länger gelten als die Einwilligung"));
        var events = Decide(new ShareDocuments(FileId, Context(), Share1, "Jobcenter Krefeld", [Doc1], ConsentUntil), file);
        Assert.That(events.Single(), Is.TypeOf<DocumentsShared>().With.Property(nameof(DocumentsShared.Purpose)).EqualTo("Leistungsantrag SGB II"));
    }

    [Test]
    public void An_expired_consent_allows_no_new_share()
    {
        var file = Given(Add(Doc1, "aa"), Consent());
        var later = Context(now: BerlinClock.At(2027, 4, 1));
        Assert.That(() => Decide(new ShareDocuments(FileId, later, Share1, "Jobcenter Krefeld", [Doc1], new DateOnly(2027, 4, 1)), file), Refused("keine gültige Einwilligung"));
    }

    [Test]
    public void Withdrawing_the_consent_revokes_the_partners_shares_at_once()
    {
        var file = Given(Add(Doc1, "aa"), Consent(), new ShareDocuments(FileId, Context(), Share1, "Jobcenter Krefeld", [Doc1], ConsentUntil),
            new WithdrawSharingConsent(FileId, Context(), "Jobcenter Krefeld"));

        Assert.That(file.Shares[Share1].Revoked, Is.True);
        Assert.That(file.Shares[Share1].IsActiveOn(new DateOnly(2026, 11, 20)), Is.False);
    }

    [Test]
    public void A_share_expires_after_its_last_day()
    {
        var file = Given(Add(Doc1, "aa"), Consent(), new ShareDocuments(FileId, Context(), Share1, "Jobcenter Krefeld", [Doc1], new DateOnly(2026, 12, 31)));
        Assert.That(file.Shares[Share1].IsActiveOn(new DateOnly(2026, 12, 31)), Is.True);
        Assert.That(file.Shares[Share1].IsActiveOn(new DateOnly(2027, 1, 1)), Is.False);
    }

    [Test]
    public void Revoking_twice_changes_nothing()
    {
        var file = Given(Add(Doc1, "aa"), Consent(), new ShareDocuments(FileId, Context(), Share1, "Jobcenter Krefeld", [Doc1], ConsentUntil), new RevokeShare(FileId, Context(), Share1));
        Assert.That(Decide(new RevokeShare(FileId, Context(), Share1), file), Is.Empty);
    }
}
