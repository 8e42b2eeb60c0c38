using Migrationsverwaltung.Domain.Catalogue;

namespace Migrationsverwaltung.Domain.Tests.Catalogue;

/// <summary>Versions: lookup by the version a case stored, and old versions that keep their amounts.</summary>
public class CatalogueVersionTests
{
    [Test]
    public void Given_the_registry_Then_versions_are_ordered_by_their_first_day_and_current_is_the_newest()
    {
        Assert.That(TitleCatalogues.Published.Select(c => c.Version), Is.EqualTo(new[] { "2026-01", "2026-02" }));
        Assert.That(TitleCatalogues.Published.Select(c => c.ValidFrom), Is.Ordered.Ascending);
        Assert.That(TitleCatalogues.Current.Version, Is.EqualTo("2026-02"));
    }

    [Test]
    public void Given_an_unknown_version_Then_the_lookup_names_the_published_ones()
    {
        Assert.That(() => TitleCatalogues.Get("2019-07"), Throws.TypeOf<CatalogueEntryNotFoundException>()
            .With.Message.EqualTo("Die Titelkatalog-Version '2019-07' ist nicht veröffentlicht. Veröffentlicht sind: 2026-01, 2026-02."));
    }

    [TestCase("2026-01-01", "2026-01")]
    [TestCase("2026-02-06", "2026-01")]
    [TestCase("2026-02-07", "2026-02")]
    [TestCase("2026-11-22", "2026-02")]
    public void Given_the_day_an_application_is_received_Then_the_version_in_force_that_day_is_chosen(string day, string version)
    {
        Assert.That(TitleCatalogues.InForceOn(DateOnly.Parse(day)).Version, Is.EqualTo(version));
    }

    [Test]
    public void Given_a_day_before_the_first_version_Then_there_is_no_catalogue_to_submit_under()
    {
        Assert.That(() => TitleCatalogues.InForceOn(new DateOnly(2025, 12, 31)), Throws.TypeOf<CatalogueEntryNotFoundException>());
    }

    [Test]
    public void Given_a_case_submitted_under_the_old_version_Then_it_keeps_the_old_Personalausweis_based_fee()
    {
        var request = new FeeRequest(FeeKind.Issue) { Exemption = FeeExemption.TurkishAssociationLaw, AgeAtApplication = 40 };
        var submittedUnder = "2026-01";

        var oldFee = FeeCalculator.Calculate(TitleCatalogues.Get(submittedUnder).Title("NE_9"), request);
        var newFee = FeeCalculator.Calculate(TitleCatalogues.Current.Title("NE_9"), request);

        Assert.That(oldFee.AmountCents, Is.EqualTo(37_00));
        Assert.That(newFee.AmountCents, Is.EqualTo(46_00));
    }

    [Test]
    public void Given_the_old_version_Then_the_Aufenthaltskarte_under_24_still_costs_22_80()
    {
        var fee = FeeCalculator.Calculate(TitleCatalogues.Get("2026-01").Title("AUFENTHALTSKARTE_FREIZUEGG"), new FeeRequest(FeeKind.Issue) { AgeAtApplication = 22 });

        Assert.That(fee.AmountCents, Is.EqualTo(22_80));
    }

    [Test]
    public void Given_the_two_versions_Then_they_differ_only_in_the_Personalausweis_fee()
    {
        var old = TitleCatalogues.Get("2026-01");
        var current = TitleCatalogues.Get("2026-02");

        Assert.Multiple(() =>
        {
            Assert.That(current.Titles.Select(t => t.Code), Is.EqualTo(old.Titles.Select(t => t.Code)));
            Assert.That(current.DocumentTypes, Is.EqualTo(old.DocumentTypes));
            foreach (var title in old.Titles)
            {
                var now = current.Title(title.Code);
                Assert.That(now.RequiredDocuments, Is.EqualTo(title.RequiredDocuments), title.Code);
                Assert.That(now.Fees.IdCardFee, Is.Not.EqualTo(title.Fees.IdCardFee), title.Code);
                var items = title.Code == "AUFENTHALTSKARTE_FREIZUEGG" ? now.Fees.Items.Remove(FeeKind.Issue) : now.Fees.Items;
                var oldItems = title.Code == "AUFENTHALTSKARTE_FREIZUEGG" ? title.Fees.Items.Remove(FeeKind.Issue) : title.Fees.Items;
                Assert.That(items, Is.EqualTo(oldItems), title.Code);
            }
        });
    }

    [Test]
    public void Given_a_title_definition_a_case_holds_Then_publishing_changes_cannot_reach_it()
    {
        var held = TitleCatalogues.Get("2026-01").Title("AE_18B");

        var changed = held with { RequiredDocuments = [.. held.RequiredDocuments, "WOHNRAUM"] };

        Assert.That(TitleCatalogues.Get("2026-01").Title("AE_18B").RequiredDocuments, Is.EqualTo(held.RequiredDocuments));
        Assert.That(changed.RequiredDocuments, Has.Length.EqualTo(held.RequiredDocuments.Length + 1));
    }

    // A published version must never change. If one of these fails, shared data was edited in a way that alters an
    // old version: undo it and publish the change as a new version instead (docs/title-catalogue.md).
    [TestCase("2026-01", "34b38c648d0e38ab426203b85a47f27476fd868dc6185cc6527636379527ac9a")]
    [TestCase("2026-02", "be6683ad0a3f03c734301d82dd291aa52e1f6cf6cf6ac415d12933147222cb00")]
    public void Given_a_published_version_Then_its_content_is_unchanged(string version, string fingerprint)
    {
        Assert.That(CatalogueFingerprint.Of(TitleCatalogues.Get(version)), Is.EqualTo(fingerprint));
    }

    [Test]
    public void Given_the_canonical_text_Then_it_holds_one_fee_line_per_title_and_kind()
    {
        var text = CatalogueFingerprint.CanonicalText(TitleCatalogues.Current);

        Assert.That(text, Does.Contain("fee|NE_9|Issue|11300|§ 44 Nr. 3 AufenthV\n"));
        Assert.That(text.Split('\n').Count(l => l.StartsWith("title|", StringComparison.Ordinal)), Is.EqualTo(TitleCatalogues.Current.Titles.Length));
    }
}
