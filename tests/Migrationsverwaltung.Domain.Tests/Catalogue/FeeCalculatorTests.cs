using Migrationsverwaltung.Domain.Catalogue;

namespace Migrationsverwaltung.Domain.Tests.Catalogue;

/// <summary>Fee examples from DOMAIN.md "Fees" against the current catalogue, in euro cents.</summary>
public class FeeCalculatorTests
{
    private static FeeAssessment Fee(string code, FeeRequest request) =>
        FeeCalculator.Calculate(TitleCatalogues.Current.Title(code), request);

    private static FeeAssessment Issue(string code) => Fee(code, new FeeRequest(FeeKind.Issue));

    [TestCase("NE_9", 113_00, "§ 44 Nr. 3 AufenthV")]
    [TestCase("NE_18C_3", 147_00, "§ 44 Nr. 1 AufenthV")]
    [TestCase("NE_21_4", 124_00, "§ 44 Nr. 2 AufenthV")]
    [TestCase("DAUERAUFENTHALT_EU_9A", 109_00, "§ 44a AufenthV")]
    [TestCase("AE_18B", 100_00, "§ 45 Nr. 1 AufenthV")]
    [TestCase("BLAUE_KARTE_18G", 100_00, "§ 45 Nr. 1 AufenthV")]
    [TestCase("ICT_KARTE_19", 100_00, "§ 45 Nr. 1 AufenthV")]
    [TestCase("MOBILER_ICT_KARTE_19B", 80_00, "§ 45 Nr. 4 AufenthV")]
    [TestCase("FIKTIONSBESCHEINIGUNG_81_5", 13_00, "§ 47 Abs. 1 Nr. 8 AufenthV")]
    [TestCase("VERPFLICHTUNGSERKLAERUNG_68", 29_00, "§ 47 Abs. 1 Nr. 12 AufenthV")]
    [TestCase("DULDUNG_60A", 58_00, "§ 47 Abs. 1 Nr. 5 Buchst. a AufenthV (nur Klebeetikett)")]
    [TestCase("AUFENTHALTSGESTATTUNG_55_ASYLG", 0, "gebührenfrei (keine Gebühr für die Bescheinigung nach § 63 AsylG)")]
    public void Given_an_adult_without_exemption_When_the_title_is_issued_Then_the_AufenthV_amount_is_charged(string code, long cents, string basis)
    {
        var fee = Issue(code);

        Assert.That(fee.AmountCents, Is.EqualTo(cents));
        Assert.That(fee.LegalBasis, Is.EqualTo(basis));
        Assert.That(fee.Adjustments, Is.Empty);
    }

    [TestCase(2, 96_00, "§ 45 Nr. 2 Buchst. a AufenthV")]
    [TestCase(3, 96_00, "§ 45 Nr. 2 Buchst. a AufenthV")]
    [TestCase(4, 93_00, "§ 45 Nr. 2 Buchst. b AufenthV")]
    [TestCase(6, 93_00, "§ 45 Nr. 2 Buchst. b AufenthV")]
    public void Given_an_extension_by_some_months_Then_the_fee_steps_after_three_months(int months, long cents, string basis)
    {
        var fee = Fee("AE_18B", FeeRequest.Extension(months));

        Assert.That((fee.AmountCents, fee.LegalBasis), Is.EqualTo((cents, basis)));
    }

    [Test]
    public void Given_a_change_of_purpose_or_a_new_card_Then_98_and_67_euros()
    {
        Assert.That(Fee("AE_16B", new FeeRequest(FeeKind.ChangeOfPurpose)).AmountCents, Is.EqualTo(98_00));
        Assert.That(Fee("NE_9", new FeeRequest(FeeKind.NewCard)).LegalBasis, Is.EqualTo("§ 45c Abs. 1 AufenthV"));
        Assert.That(Fee("NE_9", new FeeRequest(FeeKind.NewCard)).AmountCents, Is.EqualTo(67_00));
    }

    [Test]
    public void Given_the_81a_fast_track_Then_411_euros()
    {
        var fee = Fee("AE_18B", new FeeRequest(FeeKind.FastTrack81a));

        Assert.That((fee.AmountCents, fee.LegalBasis), Is.EqualTo((411_00L, "§ 47 Abs. 1 Nr. 15 AufenthV")));
    }

    [Test]
    public void Given_the_Duldung_on_a_carrier_form_and_its_renewals_Then_62_33_and_37_euros()
    {
        Assert.That(Fee("DULDUNG_60A", new FeeRequest(FeeKind.IssueOnCarrierForm)).AmountCents, Is.EqualTo(62_00));
        Assert.That(Fee("DULDUNG_60A", new FeeRequest(FeeKind.Renewal)).AmountCents, Is.EqualTo(33_00));
        Assert.That(Fee("DULDUNG_60A", new FeeRequest(FeeKind.RenewalOnCarrierForm)).AmountCents, Is.EqualTo(37_00));
    }

    [Test]
    public void Given_a_minor_Then_the_fee_is_halved_and_the_notice_says_why()
    {
        var fee = Fee("AE_32", new FeeRequest(FeeKind.Issue) { ApplicantIsMinor = true });

        Assert.That(fee.AmountCents, Is.EqualTo(50_00));
        Assert.That(fee.Adjustments, Is.EqualTo(new[] { new FeeAdjustment("Minderjährige: Hälfte der Gebühr", "§ 50 Abs. 1 AufenthV", -50_00) }));
    }

    [Test]
    public void Given_a_minor_extending_by_six_months_Then_46_50_euros()
    {
        Assert.That(Fee("AE_32", FeeRequest.Extension(6) with { ApplicantIsMinor = true }).AmountCents, Is.EqualTo(46_50));
    }

    [Test]
    public void Given_a_minor_applying_for_the_NE_35_Then_the_fixed_55_euros_instead_of_the_half()
    {
        var fee = Fee("NE_35", new FeeRequest(FeeKind.Issue) { ApplicantIsMinor = true });

        Assert.That(fee.AmountCents, Is.EqualTo(55_00));
        Assert.That(fee.Adjustments.Single().LegalBasis, Is.EqualTo("§ 50 Abs. 1 Satz 2 AufenthV"));
    }

    [TestCase(FeeExemption.RecognisedRefugee, "§ 52 Abs. 3 AufenthV")]
    [TestCase(FeeExemption.ScholarshipHolder, "§ 52 AufenthV")]
    public void Given_an_exempt_person_Then_the_title_fee_is_zero(FeeExemption exemption, string basis)
    {
        var fee = Fee("AE_25_2_FLUECHTLING", new FeeRequest(FeeKind.Issue) { Exemption = exemption });

        Assert.That(fee.AmountCents, Is.Zero);
        Assert.That(fee.Adjustments.Single().LegalBasis, Is.EqualTo(basis));
        Assert.That(fee.Adjustments.Single().ChangeCents, Is.EqualTo(-100_00));
    }

    [Test]
    public void Given_a_recognised_refugee_asking_for_a_Fiktionsbescheinigung_Then_the_fee_stays_and_the_notice_says_the_ground_does_not_cover_it()
    {
        var fee = Fee("FIKTIONSBESCHEINIGUNG_81_5", new FeeRequest(FeeKind.Issue) { Exemption = FeeExemption.RecognisedRefugee });

        Assert.That(fee.AmountCents, Is.EqualTo(13_00));
        Assert.That(fee.Adjustments.Single().ChangeCents, Is.Zero);
    }

    [Test]
    public void Given_a_minor_and_a_Fiktionsbescheinigung_Then_6_50_euros()
    {
        Assert.That(Fee("FIKTIONSBESCHEINIGUNG_81_5", new FeeRequest(FeeKind.Issue) { ApplicantIsMinor = true }).AmountCents, Is.EqualTo(6_50));
    }

    [Test]
    public void Given_express_production_Then_35_euros_are_added_after_any_reduction()
    {
        var adult = Fee("BLAUE_KARTE_18G", new FeeRequest(FeeKind.Issue) { ExpressProduction = true });
        var minor = Fee("AE_32", new FeeRequest(FeeKind.Issue) { ApplicantIsMinor = true, ExpressProduction = true });

        Assert.That(adult.AmountCents, Is.EqualTo(135_00));
        Assert.That(adult.Adjustments.Single().ChangeCents, Is.EqualTo(35_00));
        Assert.That(minor.AmountCents, Is.EqualTo(85_00));
    }

    [Test]
    public void Given_express_production_for_a_paper_certificate_Then_it_is_refused()
    {
        Assert.That(() => Fee("FIKTIONSBESCHEINIGUNG_81_5", new FeeRequest(FeeKind.Issue) { ExpressProduction = true }),
            Throws.ArgumentException.With.Message.StartsWith("Expressherstellung gibt es nur"));
    }

    [TestCase(30, 46_00)]
    [TestCase(24, 46_00)]
    [TestCase(23, 27_60)]
    [TestCase(16, 27_60)]
    public void Given_a_Turkish_association_law_beneficiary_Then_a_title_costs_the_Personalausweis_fee_for_the_age(int age, long cents)
    {
        var fee = Fee("NE_9", new FeeRequest(FeeKind.Issue) { Exemption = FeeExemption.TurkishAssociationLaw, AgeAtApplication = age, ApplicantIsMinor = age < 18 });

        Assert.That(fee.AmountCents, Is.EqualTo(cents));
        Assert.That(fee.Adjustments.Single().LegalBasis, Is.EqualTo("§ 52a AufenthV"));
    }

    [Test]
    public void Given_a_Turkish_association_law_beneficiary_without_an_age_Then_the_calculator_asks_for_it()
    {
        Assert.That(() => Fee("AE_30", new FeeRequest(FeeKind.Issue) { Exemption = FeeExemption.TurkishAssociationLaw }),
            Throws.ArgumentException.With.Message.Contains("Alter"));
    }

    [TestCase(30, 46_00)]
    [TestCase(20, 27_60)]
    public void Given_an_Aufenthaltskarte_Then_the_Personalausweis_fee_for_the_age_without_the_minors_half(int age, long cents)
    {
        var fee = Fee("AUFENTHALTSKARTE_FREIZUEGG", new FeeRequest(FeeKind.Issue) { AgeAtApplication = age });

        Assert.That(fee.AmountCents, Is.EqualTo(cents));
        Assert.That(fee.LegalBasis, Is.EqualTo("§ 47 Abs. 3 AufenthV"));
    }

    [Test]
    public void Given_a_kind_the_title_does_not_know_Then_the_calculator_refuses_it_in_German()
    {
        Assert.That(() => Fee("NE_9", FeeRequest.Extension(6)),
            Throws.ArgumentException.With.Message.StartsWith("Für Niederlassungserlaubnis (NE_9) ist die Gebührenart ExtensionOver3Months nicht vorgesehen."));
    }

    [Test]
    public void Given_an_age_that_contradicts_minority_Then_the_request_is_refused()
    {
        Assert.That(() => Fee("AE_18B", new FeeRequest(FeeKind.Issue) { AgeAtApplication = 30, ApplicantIsMinor = true }),
            Throws.ArgumentException);
    }

    [Test]
    public void Given_an_assessment_Then_it_reads_as_euros_with_its_basis()
    {
        Assert.That(Issue("NE_9").ToString(), Is.EqualTo("113.00 EUR (§ 44 Nr. 3 AufenthV)"));
        Assert.That(Issue("NE_9").Euros, Is.EqualTo(113.00m));
    }
}
