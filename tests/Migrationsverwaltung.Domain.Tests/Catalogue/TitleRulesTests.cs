using Migrationsverwaltung.Domain.Catalogue;

namespace Migrationsverwaltung.Domain.Tests.Catalogue;

/// <summary>The catalogue's content against the law and DOMAIN.md: checklists, BA consent, fast track, validity.</summary>
public class TitleRulesTests
{
    private static TitleDefinition Title(string code) => TitleCatalogues.Current.Title(code);

    [TestCase("AE_18A")]
    [TestCase("AE_18B")]
    [TestCase("AE_19C")]
    [TestCase("BLAUE_KARTE_18G")]
    [TestCase("ICT_KARTE_19")]
    [TestCase("MOBILER_ICT_KARTE_19B")]
    public void Given_an_employment_title_the_BA_may_have_to_consent_to_Then_it_asks_for_the_contract_and_the_BA_declaration(string code)
    {
        Assert.That(Title(code).BaConsent, Is.Not.EqualTo(BaConsentRequirement.NotRequired));
        Assert.That(Title(code).RequiredDocuments, Is.SupersetOf(new[] { "ARBEITSVERTRAG", "ERKLAERUNG_BESCHAEFTIGUNGSVERHAELTNIS" }));
    }

    [Test]
    public void Given_vocational_training_16a_Then_the_training_contract_takes_the_place_of_the_employment_contract()
    {
        Assert.That(Title("AE_16A").RequiredDocuments, Is.SupersetOf(new[] { "AUSBILDUNGSVERTRAG", "ERKLAERUNG_BESCHAEFTIGUNGSVERHAELTNIS" }));
    }

    [Test]
    public void Given_any_title_whose_work_the_BA_may_have_to_approve_Then_its_checklist_has_the_BA_declaration()
    {
        var withoutDeclaration = TitleCatalogues.Current.Titles
            .Where(t => t.IsResidenceTitle && t.BaConsent != BaConsentRequirement.NotRequired)
            .Where(t => t.Category is TitleCategory.Education or TitleCategory.Employment or TitleCategory.EuBlueCard or TitleCategory.Ict)
            .Where(t => !t.RequiredDocuments.Contains("ERKLAERUNG_BESCHAEFTIGUNGSVERHAELTNIS"))
            .Select(t => t.Code);

        Assert.That(withoutDeclaration, Is.Empty);
    }

    [Test]
    public void Given_a_study_title_16b_Then_it_asks_for_the_admission_letter()
    {
        Assert.That(Title("AE_16B").RequiredDocuments, Does.Contain("ZULASSUNG_HOCHSCHULE"));
        Assert.That(TitleCatalogues.Current.Document("ZULASSUNG_HOCHSCHULE").GermanName, Is.EqualTo("Zulassungsbescheid der Hochschule"));
    }

    [TestCase("AE_16D")]
    [TestCase("AE_18A")]
    [TestCase("AE_18B")]
    public void Given_a_title_that_builds_on_a_foreign_qualification_Then_it_asks_for_the_recognition_notice(string code)
    {
        Assert.That(Title(code).RequiredDocuments, Does.Contain("ANERKENNUNG_QUALIFIKATION"));
    }

    [TestCase("AE_28", "PERSONENSTANDSURKUNDE")]
    [TestCase("AE_30", "HEIRATSURKUNDE")]
    [TestCase("AE_32", "GEBURTSURKUNDE")]
    [TestCase("AE_36", "PERSONENSTANDSURKUNDE")]
    [TestCase("AE_36A", "PERSONENSTANDSURKUNDE")]
    [TestCase("NE_28_2", "PERSONENSTANDSURKUNDE")]
    [TestCase("AUFENTHALTSKARTE_FREIZUEGG", "PERSONENSTANDSURKUNDE")]
    public void Given_a_family_reunion_title_Then_it_asks_for_the_civil_status_certificate(string code, string certificate)
    {
        Assert.That(Title(code).RequiredDocuments, Does.Contain(certificate));
    }

    [Test]
    public void Given_every_family_category_title_Then_none_lacks_a_civil_status_certificate()
    {
        string[] certificates = ["HEIRATSURKUNDE", "GEBURTSURKUNDE", "PERSONENSTANDSURKUNDE"];

        var without = TitleCatalogues.Current.Titles.Where(t => t.Category == TitleCategory.Family)
            .Where(t => !t.RequiredDocuments.Intersect(certificates).Any()).Select(t => t.Code);

        Assert.That(without, Is.Empty);
    }

    [Test]
    public void Given_spouse_reunion_30_Then_simple_German_A1_is_asked_for()
    {
        Assert.That(Title("AE_30").RequiredDocuments, Does.Contain("SPRACHNACHWEIS_A1"));
    }

    [TestCase("NE_9")]
    [TestCase("NE_26_4")]
    [TestCase("DAUERAUFENTHALT_EU_9A")]
    public void Given_a_permanent_title_on_the_9_2_conditions_Then_it_asks_for_pension_record_B1_and_Leben_in_Deutschland(string code)
    {
        Assert.That(Title(code).RequiredDocuments, Is.SupersetOf(new[] { "RENTENVERSICHERUNGSVERLAUF", "SPRACHNACHWEIS_B1", "LEBEN_IN_DEUTSCHLAND" }));
    }

    [Test]
    public void Given_permanent_titles_Then_they_have_no_default_validity()
    {
        Assert.That(TitleCatalogues.Current.Titles.Where(t => t.Category == TitleCategory.Permanent).Select(t => t.DefaultValidityMonths),
            Is.All.Null);
        Assert.That(Title("AE_18B").DefaultValidityMonths, Is.EqualTo(48));
        Assert.That(Title("FIKTIONSBESCHEINIGUNG_81_5").DefaultValidityMonths, Is.EqualTo(3));
    }

    [TestCase("AE_18A", BaConsentRequirement.Required)]
    [TestCase("AE_18B", BaConsentRequirement.Required)]
    [TestCase("ICT_KARTE_19", BaConsentRequirement.Required)]
    [TestCase("BLAUE_KARTE_18G", BaConsentRequirement.Depends)]
    [TestCase("AE_19C", BaConsentRequirement.Depends)]
    [TestCase("AE_16B", BaConsentRequirement.NotRequired)]
    [TestCase("AE_18D", BaConsentRequirement.NotRequired)]
    [TestCase("AE_21", BaConsentRequirement.NotRequired)]
    [TestCase("AE_25_2_FLUECHTLING", BaConsentRequirement.NotRequired)]
    [TestCase("NE_9", BaConsentRequirement.NotRequired)]
    public void Given_a_title_Then_its_usual_BA_consent_need_is_recorded(string code, BaConsentRequirement expected)
    {
        Assert.That(Title(code).BaConsent, Is.EqualTo(expected));
    }

    [Test]
    public void Given_a_Blue_Card_Then_the_BA_consent_fiction_is_one_week_even_outside_the_fast_track()
    {
        Assert.That(Title("BLAUE_KARTE_18G").UsesShortenedBaFiction(inFastTrack81a: false), Is.True);
    }

    [Test]
    public void Given_a_skilled_worker_18b_Then_the_one_week_fiction_applies_only_in_the_81a_procedure()
    {
        Assert.That(Title("AE_18B").UsesShortenedBaFiction(inFastTrack81a: false), Is.False);
        Assert.That(Title("AE_18B").UsesShortenedBaFiction(inFastTrack81a: true), Is.True);
    }

    [Test]
    public void Given_the_81a_procedure_Then_it_is_open_exactly_to_the_skilled_worker_titles()
    {
        var fastTrack = TitleCatalogues.Current.Titles.Where(t => t.FastTrack81aPossible).Select(t => t.Code);

        Assert.That(fastTrack, Is.EquivalentTo(new[]
        {
            "AE_16A", "AE_16D", "AE_18A", "AE_18B", "AE_18D", "AE_19C", "BLAUE_KARTE_18G", "NE_18C_3",
        }));
    }

    [Test]
    public void Given_titles_without_BA_participation_Then_no_consent_fiction_is_ever_shortened()
    {
        var wrong = TitleCatalogues.Current.Titles
            .Where(t => t.BaConsent == BaConsentRequirement.NotRequired && t.UsesShortenedBaFiction(inFastTrack81a: true))
            .Select(t => t.Code);

        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public void Given_the_eAT_flag_Then_exactly_the_card_titles_offer_express_production_and_a_new_card_fee()
    {
        foreach (var title in TitleCatalogues.Current.Titles)
        {
            Assert.That(title.Fees.ExpressSurcharge is not null, Is.EqualTo(title.IssuesEat), title.Code);
            Assert.That(title.Fees.Items.ContainsKey(FeeKind.NewCard), Is.EqualTo(title.IsResidenceTitle), title.Code);
        }
    }
}
