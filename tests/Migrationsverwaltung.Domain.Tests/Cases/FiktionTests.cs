using Migrationsverwaltung.Domain.Cases;
using Migrationsverwaltung.Domain.Tests.Cases.Support;
using static Migrationsverwaltung.Domain.Tests.Cases.Support.CaseSpecification;
using static Migrationsverwaltung.Domain.Tests.Cases.Support.Staff;

namespace Migrationsverwaltung.Domain.Tests.Cases;

/// <summary>
/// §81(3)/(4) AufenthG: the entitlement is fixed at receipt; the Fiktionsbescheinigung (§81(5)) exists at most
/// once, is renewed while the case is open and becomes void with the decision or the end of the procedure.
/// </summary>
public class FiktionTests
{
    private static readonly Guid C = Ids.Case;
    private static readonly DateOnly TitleValidUntil = new(2026, 4, 30);

    private static FiktionBasis? BasisAfterReceipt(Application application)
    {
        var story = Stories.None(application);
        var at = new DateTimeOffset(application.ReceivedOn.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(2));
        return Given(story).When(application.Command(story.ContextAt(at))).Then(application.Event(at, "sb-1")).FiktionBasis;
    }

    [Test]
    public void Given_a_title_valid_until_30_April_When_the_extension_is_received_on_30_April_Then_the_title_continues_by_law()
    {
        var onTheLastDay = Application.Extension18b with { ReceivedOn = TitleValidUntil, Fiktion = FiktionBasis.Fortgeltung };

        Assert.That(BasisAfterReceipt(onTheLastDay), Is.EqualTo(FiktionBasis.Fortgeltung));
    }

    [Test]
    public void Given_a_title_valid_until_30_April_When_the_extension_is_received_on_1_May_Then_there_is_no_Fiktion()
    {
        var theDayAfter = Application.Extension18b with { ReceivedOn = new DateOnly(2026, 5, 1), Fiktion = null };

        Assert.That(BasisAfterReceipt(theDayAfter), Is.Null);
    }

    [Test]
    public void Given_no_title_but_a_lawful_stay_When_the_application_is_received_Then_the_stay_is_deemed_permitted()
    {
        var lawfulWithoutTitle = Application.Extension18b with
        {
            Kind = ApplicationKind.FirstIssue, CurrentTitleValidUntil = null, LawfulStayWithoutTitle = true, Fiktion = FiktionBasis.Erlaubnisfiktion,
        };

        Assert.That(BasisAfterReceipt(lawfulWithoutTitle), Is.EqualTo(FiktionBasis.Erlaubnisfiktion));
    }

    [Test]
    public void Given_neither_title_nor_lawful_stay_When_the_application_is_received_Then_there_is_no_Fiktion()
    {
        Assert.That(BasisAfterReceipt(Application.Duldung), Is.Null);
    }

    [Test]
    public void Given_an_extension_applied_for_late_When_the_office_orders_the_continuation_with_a_reason_Then_the_title_continues_by_order()
    {
        var story = Stories.Registered(Application.LateExtension);

        var state = Given(story).When(new OrderFiktionContinuation(C, story.Context(TeamLead, "unbillige Härte: Krankenhausaufenthalt")))
            .Then(new FiktionContinuationOrdered(C, story.Now, "tl-1", "unbillige Härte: Krankenhausaufenthalt"));

        Assert.That(state.FiktionBasis, Is.EqualTo(FiktionBasis.AngeordneteFortgeltung));
    }

    [Test]
    public void Given_an_extension_applied_for_late_When_the_continuation_is_ordered_without_a_reason_Then_it_is_refused()
    {
        var story = Stories.Registered(Application.LateExtension);

        Given(story).When(new OrderFiktionContinuation(C, story.Context(TeamLead))).ThenViolation("Für „Anordnung der Fortgeltung“ ist eine Begründung erforderlich.");
    }

    [Test]
    public void Given_an_extension_applied_for_in_time_When_the_continuation_is_ordered_Then_it_is_refused_as_it_continues_by_law()
    {
        var story = Stories.Registered();

        Given(story).When(new OrderFiktionContinuation(C, story.Context(TeamLead, "Härte"))).ThenViolation("§ 81 Abs. 4 Satz 3 AufenthG");
    }

    [Test]
    public void Given_an_entitlement_When_a_Fiktionsbescheinigung_is_issued_Then_it_is_valid_until_the_given_day()
    {
        var story = Stories.Registered();
        var validUntil = new DateOnly(2026, 6, 30);

        var state = Given(story).When(new IssueFiktionsbescheinigung(C, story.Context(), $" {Ids.CertificateNumber} ", validUntil))
            .Then(new FiktionsbescheinigungIssued(C, story.Now, "sb-1", Ids.Person, Ids.CertificateNumber, validUntil));

        Assert.That(state.HasValidFiktion(story.Today), Is.True);
    }

    [Test]
    public void Given_an_ordered_continuation_When_a_Fiktionsbescheinigung_is_issued_Then_it_is_issued()
    {
        var story = Stories.Registered(Application.LateExtension).ContinuationOrdered();
        var validUntil = new DateOnly(2026, 6, 30);

        Given(story).When(new IssueFiktionsbescheinigung(C, story.Context(), Ids.CertificateNumber, validUntil))
            .Then(new FiktionsbescheinigungIssued(C, story.Now, "sb-1", Ids.Person, Ids.CertificateNumber, validUntil));
    }

    [Test]
    public void Given_no_entitlement_When_a_Fiktionsbescheinigung_is_issued_Then_it_is_refused()
    {
        var story = Stories.Registered(Application.LateExtension);

        Given(story).When(new IssueFiktionsbescheinigung(C, story.Context(), Ids.CertificateNumber, new DateOnly(2026, 6, 30)))
            .ThenViolation("kein Anspruch auf eine Fiktionsbescheinigung");
    }

    [Test]
    public void Given_a_valid_Fiktionsbescheinigung_When_a_second_one_is_issued_Then_it_is_refused()
    {
        var story = Stories.Registered().FiktionIssued(new DateOnly(2026, 6, 30));

        Given(story).When(new IssueFiktionsbescheinigung(C, story.Context(), "FB-2026-0043", new DateOnly(2026, 9, 30)))
            .ThenViolation("Es gibt bereits eine gültige Fiktionsbescheinigung; verlängern Sie diese.");
    }

    [Test]
    public void Given_a_Fiktionsbescheinigung_that_ran_out_yesterday_When_a_new_one_is_issued_Then_it_is_issued()
    {
        var story = Stories.Registered().FiktionIssued(new DateOnly(2026, 3, 31)).At(new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.FromHours(2)));
        var validUntil = new DateOnly(2026, 6, 30);

        Given(story).When(new IssueFiktionsbescheinigung(C, story.Context(), "FB-2026-0043", validUntil))
            .Then(new FiktionsbescheinigungIssued(C, story.Now, "sb-1", Ids.Person, "FB-2026-0043", validUntil));
    }

    [Test]
    public void Given_a_Fiktionsbescheinigung_valid_through_today_When_a_second_one_is_issued_Then_it_is_refused()
    {
        var story = Stories.Registered().FiktionIssued(new DateOnly(2026, 3, 31)).At(new DateTimeOffset(2026, 3, 31, 23, 0, 0, TimeSpan.FromHours(2)));

        Given(story).When(new IssueFiktionsbescheinigung(C, story.Context(), "FB-2026-0043", new DateOnly(2026, 6, 30)))
            .ThenViolation("Es gibt bereits eine gültige Fiktionsbescheinigung");
    }

    [Test]
    public void Given_an_entitlement_When_a_Fiktionsbescheinigung_is_issued_that_ends_today_or_without_number_Then_it_is_refused()
    {
        var story = Stories.Registered();

        Given(story).When(new IssueFiktionsbescheinigung(C, story.Context(), Ids.CertificateNumber, story.Today))
            .ThenViolation("Die Fiktionsbescheinigung muss in der Zukunft gültig sein.");
        Given(story).When(new IssueFiktionsbescheinigung(C, story.Context(), " ", new DateOnly(2026, 6, 30)))
            .ThenViolation("Die Nummer der Fiktionsbescheinigung fehlt.");
    }

    [Test]
    public void Given_a_Fiktionsbescheinigung_When_it_is_renewed_beyond_its_validity_Then_the_new_day_counts()
    {
        var story = Stories.ParticipationOpen(Application.Extension18bWithCertificate);
        var validUntil = new DateOnly(2026, 9, 30);

        var state = Given(story).When(new RenewFiktionsbescheinigung(C, story.Context(), validUntil))
            .Then(new FiktionsbescheinigungRenewed(C, story.Now, "sb-1", validUntil));

        Assert.That(state.Fiktion, Is.EqualTo(new FiktionCertificate(validUntil, Void: false)));
    }

    [Test]
    public void Given_a_Fiktionsbescheinigung_When_it_is_renewed_to_the_same_day_Then_it_is_refused()
    {
        var story = Stories.ParticipationOpen(Application.Extension18bWithCertificate);

        Given(story).When(new RenewFiktionsbescheinigung(C, story.Context(), new DateOnly(2026, 6, 30)))
            .ThenViolation("Die Verlängerung muss über die bisherige Gültigkeit hinausgehen.");
    }

    [Test]
    public void Given_a_Fiktionsbescheinigung_that_ran_out_When_it_is_renewed_to_a_day_already_past_Then_it_is_refused()
    {
        var story = Stories.ParticipationOpen(Application.Extension18bWithCertificate).At(new DateTimeOffset(2026, 7, 15, 9, 0, 0, TimeSpan.FromHours(2)));

        Given(story).When(new RenewFiktionsbescheinigung(C, story.Context(), new DateOnly(2026, 7, 10)))
            .ThenViolation("Die Fiktionsbescheinigung muss in der Zukunft gültig sein.");
        Given(story).When(new RenewFiktionsbescheinigung(C, story.Context(), new DateOnly(2026, 10, 15)))
            .Then(new FiktionsbescheinigungRenewed(C, story.Now, "sb-1", new DateOnly(2026, 10, 15)));
    }

    [Test]
    public void Given_no_Fiktionsbescheinigung_When_one_is_renewed_Then_it_is_refused()
    {
        var story = Stories.ParticipationOpen();

        Given(story).When(new RenewFiktionsbescheinigung(C, story.Context(), new DateOnly(2026, 9, 30)))
            .ThenViolation("Es gibt keine Fiktionsbescheinigung, die verlängert werden könnte.");
    }

    [Test]
    public void Given_a_Fiktionsbescheinigung_When_the_title_is_granted_Then_it_becomes_void_in_the_same_instant()
    {
        var story = Stories.ReadyForDecision(Application.Extension18bWithCertificate);

        var state = Given(story).When(new Grant(C, story.Context(), Stories.GrantedUntil)).Then(
            new CaseGranted(C, story.Now, "sb-1", Stories.GrantedUntil),
            new FiktionsbescheinigungVoided(C, story.Now, "sb-1"));

        Assert.That(state.HasValidFiktion(story.Today), Is.False);
    }

    [Test]
    public void Given_a_Fiktionsbescheinigung_When_the_rejection_is_approved_Then_it_becomes_void_in_the_same_instant()
    {
        var story = Stories.InReview(Application.Extension18bWithCertificate);

        Given(story).When(new ApproveRejection(C, story.Context(OtherTeamLead))).Then(
            new CaseRejected(C, story.Now, "tl-2", "tl-1"),
            new FiktionsbescheinigungVoided(C, story.Now, "tl-2"));
    }

    [Test]
    public void Given_a_Fiktionsbescheinigung_When_the_application_is_withdrawn_Then_it_becomes_void_in_the_same_instant()
    {
        var story = Stories.DocumentsRequested(Application.Extension18bWithCertificate);

        Given(story).When(new Withdraw(C, story.Context(), false)).Then(
            new CaseWithdrawn(C, story.Now, "sb-1", false, null),
            new FiktionsbescheinigungVoided(C, story.Now, "sb-1"));
    }

    [Test]
    public void Given_a_Fiktionsbescheinigung_When_the_case_is_settled_Then_it_becomes_void_in_the_same_instant()
    {
        var story = Stories.ParticipationOpen(Application.Extension18bWithCertificate);

        Given(story).When(new Settle(C, story.Context(), SettlementKind.Naturalised, null)).Then(
            new CaseSettled(C, story.Now, "sb-1", SettlementKind.Naturalised, null),
            new FiktionsbescheinigungVoided(C, story.Now, "sb-1"));
    }

    [Test]
    public void Given_a_voided_Fiktionsbescheinigung_after_the_grant_When_a_new_one_is_issued_Then_it_is_refused()
    {
        var story = Stories.Granted(Application.Extension18bWithCertificate);

        Given(story).When(new IssueFiktionsbescheinigung(C, story.Context(), "FB-2026-0043", new DateOnly(2026, 9, 30)))
            .ThenViolation("„Fiktionsbescheinigung ausstellen“ ist im Verfahrensstand „stattgegeben“ nicht möglich.");
        Given(story).When(new RenewFiktionsbescheinigung(C, story.Context(), new DateOnly(2026, 9, 30)))
            .ThenViolation("„Fiktionsbescheinigung verlängern“ ist im Verfahrensstand „stattgegeben“ nicht möglich.");
    }
}
