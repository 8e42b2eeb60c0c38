using Migrationsverwaltung.Domain.Deadlines;

namespace Migrationsverwaltung.Domain.Tests.Deadlines;

public class DeadlineRulesTests
{
    private static DateOnly D(string date) => DateOnly.Parse(date);

    [Test]
    public void Given_application_on_2026_01_31_Then_the_inaction_lawsuit_mark_is_2026_04_30_with_warnings_at_6_10_12_weeks()
    {
        var risk = DeadlineRules.InactionLawsuitRisk(D("2026-01-31"));

        Assert.That(risk.LastDay, Is.EqualTo(D("2026-04-30")));
        Assert.That(risk.WarningMarks, Is.EqualTo(new[] { D("2026-03-14"), D("2026-04-11"), D("2026-04-25") }));
        Assert.Multiple(() =>
        {
            Assert.That(risk.StateAt(BerlinClock.Noon(D("2026-03-13"))), Is.EqualTo(DeadlineState.Ok));
            Assert.That(risk.StateAt(BerlinClock.Noon(D("2026-03-14"))), Is.EqualTo(DeadlineState.Warning));
            Assert.That(risk.WarningMarksReachedAt(BerlinClock.Noon(D("2026-04-11"))), Is.EqualTo(2));
            Assert.That(risk.WarningMarksReachedAt(BerlinClock.Noon(D("2026-04-29"))), Is.EqualTo(3));
            Assert.That(risk.StateAt(BerlinClock.LastSecondOf(D("2026-04-30"))), Is.EqualTo(DeadlineState.Warning));
            Assert.That(risk.StateAt(BerlinClock.At(2026, 5, 1, 0, 0)), Is.EqualTo(DeadlineState.Overdue));
        });
    }

    [Test]
    public void Given_application_whose_3_months_end_on_a_Saturday_Then_the_inaction_mark_does_not_shift()
    {
        Assert.That(DeadlineRules.InactionLawsuitRisk(D("2026-04-18")).LastDay, Is.EqualTo(D("2026-07-18")));
    }

    [Test]
    public void Given_title_valid_until_2026_09_30_Then_reminders_come_12_and_8_weeks_before_and_it_is_overdue_after_that_day()
    {
        var title = DeadlineRules.TitleExpiringWithoutApplication(D("2026-09-30"));

        Assert.That(title.TriggeredOn, Is.EqualTo(D("2026-09-30")));
        Assert.That(title.LastDay, Is.EqualTo(D("2026-09-30")));
        Assert.That(title.WarningMarks, Is.EqualTo(new[] { D("2026-07-08"), D("2026-08-05") }));
        Assert.Multiple(() =>
        {
            Assert.That(title.StateAt(BerlinClock.Noon(D("2026-07-07"))), Is.EqualTo(DeadlineState.Ok));
            Assert.That(title.StateAt(BerlinClock.Noon(D("2026-07-08"))), Is.EqualTo(DeadlineState.Warning));
            Assert.That(title.StateAt(BerlinClock.LastSecondOf(D("2026-09-30"))), Is.EqualTo(DeadlineState.Warning), "§ 81(4): the last day of validity is still in time");
            Assert.That(title.StateAt(BerlinClock.At(2026, 10, 1, 0, 0)), Is.EqualTo(DeadlineState.Overdue));
            Assert.That(title.MarkMet(BerlinClock.Noon(D("2026-09-01"))).StateAt(BerlinClock.Noon(D("2026-10-15"))), Is.EqualTo(DeadlineState.Met));
        });
    }

    [Test]
    public void Given_Fiktionsbescheinigung_valid_until_Sunday_2026_11_15_Then_it_warns_from_2026_11_01_and_does_not_shift()
    {
        var certificate = DeadlineRules.FiktionsbescheinigungExpiring(D("2026-11-15"));

        Assert.That(certificate.WarningFrom, Is.EqualTo(D("2026-11-01")));
        Assert.That(certificate.LastDay, Is.EqualTo(D("2026-11-15")));
    }

    [Test]
    public void Given_passport_valid_until_2027_05_31_Then_it_warns_from_2027_02_28()
    {
        var passport = DeadlineRules.PassportExpiring(D("2027-05-31"));

        Assert.That(passport.WarningFrom, Is.EqualTo(D("2027-02-28")));
        Assert.That(passport.LastDay, Is.EqualTo(D("2027-05-31")));
    }

    [Test]
    public void Given_eAT_ordered_on_2026_03_02_Then_production_is_overdue_after_35_days_and_warns_after_28()
    {
        var production = DeadlineRules.EatProductionOverdue(D("2026-03-02"));

        Assert.That(production.LastDay, Is.EqualTo(D("2026-04-06")), "Ostermontag: an internal mark, not shifted");
        Assert.That(production.WarningFrom, Is.EqualTo(D("2026-03-30")));
    }

    [Test]
    public void Given_eAT_ready_on_2026_06_01_and_a_pickup_period_of_4_weeks_Then_it_is_uncollected_after_2026_06_29()
    {
        var pickup = DeadlineRules.EatNotCollected(D("2026-06-01"), Period.Weeks(4));

        Assert.That(pickup.LastDay, Is.EqualTo(D("2026-06-29")));
        Assert.That(pickup.WarningFrom, Is.EqualTo(D("2026-06-22")));
        Assert.That(pickup.LegalBasis, Does.Contain("4 Wochen"));
    }

    [TestCase("2026-03-18", "2026-03-23", "2026-03-20", TestName = "Wednesday: Thu, Fri, Sat are the Werktage, Saturday moves to Monday")]
    [TestCase("2026-03-19", "2026-03-23", "2026-03-20", TestName = "Thursday: Fri, Sat, Mon are the Werktage")]
    [TestCase("2026-04-02", "2026-04-08", "2026-04-07", TestName = "Gruendonnerstag: Sat, Tue, Wed are the Werktage")]
    public void Fast_track_employer_invitation_is_due_within_3_Werktage(string received, string lastDay, string warningFrom)
    {
        var invitation = DeadlineRules.FastTrackEmployerInvitation(D(received));

        Assert.That(invitation.LastDay, Is.EqualTo(D(lastDay)));
        Assert.That(invitation.WarningFrom, Is.EqualTo(D(warningFrom)));
    }

    [Test]
    public void Given_a_complete_fast_track_visa_application_on_2026_03_04_Then_the_decision_is_expected_by_2026_03_25()
    {
        var decision = DeadlineRules.FastTrackVisaDecision(D("2026-03-04"));

        Assert.That(decision.LastDay, Is.EqualTo(D("2026-03-25")));
        Assert.That(decision.WarningFrom, Is.EqualTo(D("2026-03-18")));
    }

    [Test]
    public void Given_a_complete_Blue_Card_family_application_on_2026_11_02_Then_30_days_end_on_Wednesday_2026_12_02()
    {
        Assert.That(DeadlineRules.BlueCardMobilityOrFamily(D("2026-11-02")).LastDay, Is.EqualTo(D("2026-12-02")));
    }

    [Test]
    public void Given_a_complete_Blue_Card_application_whose_30_days_end_on_Saturday_Then_the_end_moves_to_Monday()
    {
        Assert.That(DeadlineRules.BlueCardMobilityOrFamily(D("2026-02-05")).LastDay, Is.EqualTo(D("2026-03-09")));
    }

    [Test]
    public void Given_a_notice_served_on_2026_01_31_with_instructions_Then_the_legal_remedy_period_ends_on_Monday_2026_03_02()
    {
        var remedy = DeadlineRules.LegalRemedy(D("2026-01-31"), withInstructionsOnRemedies: true);

        Assert.That(remedy.LastDay, Is.EqualTo(D("2026-03-02")), "28 February 2026 is a Saturday");
        Assert.That(remedy.LegalBasis, Does.StartWith("§§ 70, 74 VwGO"));
    }

    [Test]
    public void Given_a_notice_served_without_instructions_on_2026_03_04_Then_the_legal_remedy_period_is_one_year()
    {
        var remedy = DeadlineRules.LegalRemedy(D("2026-03-04"), withInstructionsOnRemedies: false);

        Assert.That(remedy.LastDay, Is.EqualTo(D("2027-03-04")));
        Assert.That(remedy.LegalBasis, Does.StartWith("§ 58 Abs. 2 VwGO"));
    }

    [Test]
    public void Given_an_appointment_request_on_2026_03_07_Then_the_service_standard_ends_on_Saturday_2026_03_21_without_shift()
    {
        var wait = DeadlineRules.AppointmentWait(D("2026-03-07"));

        Assert.That(wait.LastDay, Is.EqualTo(D("2026-03-21")));
        Assert.That(wait.WarningFrom, Is.EqualTo(D("2026-03-14")));
    }

    [Test]
    public void Every_kind_has_a_German_name()
    {
        foreach (var kind in Enum.GetValues<DeadlineKind>())
        {
            Assert.That(kind.GermanName(), Is.Not.Empty, kind.ToString());
        }
    }
}
