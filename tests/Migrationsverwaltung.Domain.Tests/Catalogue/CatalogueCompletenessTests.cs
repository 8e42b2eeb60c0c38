using Migrationsverwaltung.Domain.Catalogue;

namespace Migrationsverwaltung.Domain.Tests.Catalogue;

/// <summary>Every title type DOMAIN.md names is in every published version, once, with a consistent checklist.</summary>
public class CatalogueCompletenessTests
{
    private static IEnumerable<TitleCatalogue> Versions => TitleCatalogues.Published;

    // DOMAIN.md "Title types (AufenthG) the catalogue must know": code, provision, category.
    [TestCase("AE_16A", "§ 16a AufenthG", TitleCategory.Education)]
    [TestCase("AE_16B", "§ 16b AufenthG", TitleCategory.Education)]
    [TestCase("AE_16D", "§ 16d AufenthG", TitleCategory.Education)]
    [TestCase("AE_17", "§ 17 AufenthG", TitleCategory.Education)]
    [TestCase("AE_18A", "§ 18a AufenthG", TitleCategory.Employment)]
    [TestCase("AE_18B", "§ 18b AufenthG", TitleCategory.Employment)]
    [TestCase("AE_18D", "§ 18d AufenthG", TitleCategory.Employment)]
    [TestCase("AE_19C", "§ 19c AufenthG", TitleCategory.Employment)]
    [TestCase("AE_20", "§ 20 AufenthG", TitleCategory.Employment)]
    [TestCase("AE_20A", "§ 20a AufenthG", TitleCategory.Employment)]
    [TestCase("AE_21", "§ 21 AufenthG", TitleCategory.Employment)]
    [TestCase("AE_22", "§ 22 AufenthG", TitleCategory.Humanitarian)]
    [TestCase("AE_23", "§ 23 AufenthG", TitleCategory.Humanitarian)]
    [TestCase("AE_24", "§ 24 AufenthG", TitleCategory.Humanitarian)]
    [TestCase("AE_25_1", "§ 25 Abs. 1 AufenthG", TitleCategory.Humanitarian)]
    [TestCase("AE_25_2_FLUECHTLING", "§ 25 Abs. 2 Satz 1 Alt. 1 AufenthG", TitleCategory.Humanitarian)]
    [TestCase("AE_25_2_SUBSIDIAER", "§ 25 Abs. 2 Satz 1 Alt. 2 AufenthG", TitleCategory.Humanitarian)]
    [TestCase("AE_25_3", "§ 25 Abs. 3 AufenthG", TitleCategory.Humanitarian)]
    [TestCase("AE_25_5", "§ 25 Abs. 5 AufenthG", TitleCategory.Humanitarian)]
    [TestCase("AE_25A", "§ 25a AufenthG", TitleCategory.Humanitarian)]
    [TestCase("AE_25B", "§ 25b AufenthG", TitleCategory.Humanitarian)]
    [TestCase("AE_28", "§ 28 Abs. 1 AufenthG", TitleCategory.Family)]
    [TestCase("AE_30", "§ 30 AufenthG", TitleCategory.Family)]
    [TestCase("AE_32", "§ 32 AufenthG", TitleCategory.Family)]
    [TestCase("AE_36", "§ 36 AufenthG", TitleCategory.Family)]
    [TestCase("AE_36A", "§ 36a AufenthG", TitleCategory.Family)]
    [TestCase("AE_37", "§ 37 AufenthG", TitleCategory.Special)]
    [TestCase("AE_38", "§ 38 AufenthG", TitleCategory.Special)]
    [TestCase("AE_38A", "§ 38a AufenthG", TitleCategory.Special)]
    [TestCase("BLAUE_KARTE_18G", "§ 18g AufenthG", TitleCategory.EuBlueCard)]
    [TestCase("ICT_KARTE_19", "§ 19 AufenthG", TitleCategory.Ict)]
    [TestCase("MOBILER_ICT_KARTE_19B", "§ 19b AufenthG", TitleCategory.Ict)]
    [TestCase("NE_9", "§ 9 AufenthG", TitleCategory.Permanent)]
    [TestCase("NE_18C", "§ 18c Abs. 1 und 2 AufenthG", TitleCategory.Permanent)]
    [TestCase("NE_18C_3", "§ 18c Abs. 3 AufenthG", TitleCategory.Permanent)]
    [TestCase("NE_21_4", "§ 21 Abs. 4 AufenthG", TitleCategory.Permanent)]
    [TestCase("NE_26_3", "§ 26 Abs. 3 AufenthG", TitleCategory.Permanent)]
    [TestCase("NE_26_4", "§ 26 Abs. 4 AufenthG", TitleCategory.Permanent)]
    [TestCase("NE_28_2", "§ 28 Abs. 2 AufenthG", TitleCategory.Permanent)]
    [TestCase("NE_35", "§ 35 AufenthG", TitleCategory.Permanent)]
    [TestCase("DAUERAUFENTHALT_EU_9A", "§ 9a AufenthG", TitleCategory.Permanent)]
    [TestCase("FIKTIONSBESCHEINIGUNG_81_5", "§ 81 Abs. 5 AufenthG", TitleCategory.NonTitle)]
    [TestCase("VERPFLICHTUNGSERKLAERUNG_68", "§ 68 AufenthG", TitleCategory.NonTitle)]
    [TestCase("DULDUNG_60A", "§ 60a AufenthG", TitleCategory.NonTitle)]
    [TestCase("AUFENTHALTSGESTATTUNG_55_ASYLG", "§ 55 AsylG", TitleCategory.NonTitle)]
    [TestCase("AUFENTHALTSKARTE_FREIZUEGG", "§ 5 Abs. 1 FreizügG/EU", TitleCategory.NonTitle)]
    public void Given_a_title_type_of_DOMAIN_md_Then_every_published_version_has_it_with_its_provision_and_category(
        string code, string legalBasis, TitleCategory category)
    {
        Assert.Multiple(() =>
        {
            foreach (var catalogue in Versions)
            {
                var title = catalogue.Title(code);
                Assert.That(title.LegalBasis, Is.EqualTo(legalBasis), $"{catalogue.Version} {code}");
                Assert.That(title.Category, Is.EqualTo(category), $"{catalogue.Version} {code}");
                Assert.That(title.GermanName, Is.Not.Empty, $"{catalogue.Version} {code}");
                Assert.That(title.RequiredDocuments, Is.Not.Empty, $"{catalogue.Version} {code}");
                Assert.That(title.IsResidenceTitle, Is.EqualTo(category != TitleCategory.NonTitle), $"{catalogue.Version} {code}");
            }
        });
    }

    [Test]
    public void Given_the_current_catalogue_Then_it_holds_exactly_the_46_codes_listed_above()
    {
        Assert.That(TitleCatalogues.Current.Titles, Has.Length.EqualTo(46));
    }

    [Test]
    public void Given_any_published_version_Then_title_and_document_codes_are_unique()
    {
        foreach (var catalogue in Versions)
        {
            Assert.That(catalogue.Titles.Select(t => t.Code), Is.Unique, catalogue.Version);
            Assert.That(catalogue.DocumentTypes.Select(d => d.Code), Is.Unique, catalogue.Version);
        }
    }

    [Test]
    public void Given_any_published_version_Then_every_required_document_code_exists_in_its_document_catalogue()
    {
        foreach (var catalogue in Versions)
        {
            var known = catalogue.DocumentTypes.Select(d => d.Code).ToHashSet();
            var unknown = catalogue.Titles.SelectMany(t => t.RequiredDocuments.Where(d => !known.Contains(d)).Select(d => $"{t.Code}→{d}"));
            Assert.That(unknown, Is.Empty, catalogue.Version);
        }
    }

    [Test]
    public void Given_any_published_version_Then_every_document_type_is_asked_for_by_some_title()
    {
        foreach (var catalogue in Versions)
        {
            var used = catalogue.Titles.SelectMany(t => t.RequiredDocuments).ToHashSet();
            Assert.That(catalogue.DocumentTypes.Select(d => d.Code).Where(c => !used.Contains(c)), Is.Empty, catalogue.Version);
        }
    }

    [Test]
    public void Given_a_catalogue_with_a_duplicate_title_code_Then_it_cannot_be_built()
    {
        var title = TitleCatalogues.Current.Title("AE_18B");

        Assert.That(() => new TitleCatalogue("test", new DateOnly(2030, 1, 1), [title, title], TitleCatalogues.Current.DocumentTypes),
            Throws.ArgumentException.With.Message.Contains("AE_18B"));
    }

    [Test]
    public void Given_a_title_asking_for_an_unknown_document_Then_the_catalogue_cannot_be_built()
    {
        var title = TitleCatalogues.Current.Title("AE_18B") with { RequiredDocuments = ["GIBT_ES_NICHT"] };

        Assert.That(() => new TitleCatalogue("test", new DateOnly(2030, 1, 1), [title], TitleCatalogues.Current.DocumentTypes),
            Throws.ArgumentException.With.Message.Contains("AE_18B→GIBT_ES_NICHT"));
    }

    [Test]
    public void Given_a_title_code_Then_its_checklist_reads_with_German_names_in_catalogue_order()
    {
        var checklist = TitleCatalogues.Current.RequiredDocumentsOf("AE_16B");

        Assert.That(checklist.Select(d => d.Code), Is.EqualTo(new[]
        {
            "PASS", "LICHTBILD", "MELDEBESCHEINIGUNG", "KRANKENVERSICHERUNG", "LEBENSUNTERHALT", "ZULASSUNG_HOCHSCHULE",
        }));
        Assert.That(checklist[^1].GermanName, Is.EqualTo("Zulassungsbescheid der Hochschule"));
    }

    [Test]
    public void Given_an_unknown_title_or_document_code_Then_the_lookup_says_which_and_in_which_version()
    {
        var catalogue = TitleCatalogues.Current;

        Assert.That(() => catalogue.Title("AE_99"), Throws.TypeOf<CatalogueEntryNotFoundException>()
            .With.Message.EqualTo($"Der Titelcode 'AE_99' ist im Titelkatalog {catalogue.Version} nicht enthalten."));
        Assert.That(() => catalogue.Document("FAXGERAET"), Throws.InstanceOf<KeyNotFoundException>());
        Assert.That(catalogue.Contains("NE_9"), Is.True);
    }
}
