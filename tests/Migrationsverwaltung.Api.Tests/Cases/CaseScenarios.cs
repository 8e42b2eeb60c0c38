using Migrationsverwaltung.Api.Cases.Appearance;
using Migrationsverwaltung.Api.Cases.Card;
using Migrationsverwaltung.Api.Cases.Completeness;
using Migrationsverwaltung.Api.Cases.Decision;
using Migrationsverwaltung.Api.Cases.Fees;
using Migrationsverwaltung.Api.Cases.Intake;
using Migrationsverwaltung.Api.Cases.Lifecycle;
using Migrationsverwaltung.Api.Cases.Participation;
using V = Migrationsverwaltung.Domain.Cases;
using Migrationsverwaltung.Domain.Catalogue;
using Migrationsverwaltung.EventStore;
using Migrationsverwaltung.EventStore.Serialization;

namespace Migrationsverwaltung.Api.Tests.Cases;

public sealed class CaseScenarios : ApiTestBase
{
    [OneTimeSetUp]
    public async Task WaitForStore()
    {
        (await Api.WaitUntilReadyAsync()).Dispose();
        await CaseDriver.EstablishOfficeAsync(Api.Services);
    }

    /// <summary>Identity, biometrics, signature and the fee paid: what every appearance for an eAT needs.</summary>
    internal static async Task CompleteAppearanceAsync(CaseDriver d, FeeKind kind = FeeKind.ExtensionOver3Months)
    {
        var fee = Guid.NewGuid();
        var charged = await d.SendAsync((id, v) => new ChargeFee.Command { CaseId = id, ExpectedVersion = v, FeeId = fee, Kind = kind });
        var cents = long.Parse(charged.Extra!["amount_cents"], System.Globalization.CultureInfo.InvariantCulture);
        await d.SendAsync((id, v) => new RecordFeePayment.Command { CaseId = id, ExpectedVersion = v, FeeId = fee, AmountCents = cents });
        await d.SendAsync((id, v) => new RecordIdentityChecked.Command { CaseId = id, ExpectedVersion = v });
        await d.SendAsync((id, v) => new RecordFingerprintsTaken.Command { CaseId = id, ExpectedVersion = v });
        await d.SendAsync((id, v) => new RecordSignatureTaken.Command { CaseId = id, ExpectedVersion = v });
        await d.SendAsync((id, v) => new CompleteAppearance.Command { CaseId = id, ExpectedVersion = v });
    }

    [Test]
    public async Task Extension_of_a_18b_title_with_BA_consent_one_documents_round_decision_eAT_and_handover()
    {
        var today = Domain.Calendar.BerlinTime.DateOf(DateTimeOffset.UtcNow);
        var d = new CaseDriver(Api.Services, CaseDriver.Caseworker());

        await d.ReceiveAsync("AE_18B", today, currentTitleValidUntil: today.AddDays(20));
        var registered = await d.SendAsync((id, v) => new RegisterCase.Command { CaseId = id, ExpectedVersion = v });
        await d.SendAsync((id, v) => new StartCompletenessCheck.Command { CaseId = id, ExpectedVersion = v });
        await d.SendAsync((id, v) => new RequestDocuments.Command
        {
            CaseId = id, ExpectedVersion = v, Deadline = today.AddDays(14),
            Items = [new V.MissingItem("ARBEITSVERTRAG"), new V.MissingItem("ERKLAERUNG_BESCHAEFTIGUNGSVERHAELTNIS", "vom Arbeitgeber unterschrieben")],
        });
        await d.SendAsync((id, v) => new ReceiveDocuments.Command { CaseId = id, ExpectedVersion = v, DocumentCodes = ["ARBEITSVERTRAG", "ERKLAERUNG_BESCHAEFTIGUNGSVERHAELTNIS"] });
        await d.SendAsync((id, v) => new RequestBaConsent.Command { CaseId = id, ExpectedVersion = v, ReceivedByBaOn = today });
        await d.SendAsync((id, v) => new ConfirmCompleteness.Command { CaseId = id, ExpectedVersion = v });
        await CompleteAppearanceAsync(d);
        await d.SendAsync((id, v) => new RecordBaAnswer.Command { CaseId = id, ExpectedVersion = v, Outcome = V.BaOutcome.Granted });
        await d.SendAsync((id, v) => new DeclareReadyForDecision.Command { CaseId = id, ExpectedVersion = v });
        await d.SendAsync((id, v) => new Grant.Command { CaseId = id, ExpectedVersion = v, ValidUntil = today.AddYears(2) });
        await d.SendAsync((id, v) => new OrderEat.Command { CaseId = id, ExpectedVersion = v, Express = false, DirectDispatch = false });
        await d.SendAsync((id, v) => new RecordEatInProduction.Command { CaseId = id, ExpectedVersion = v });
        await d.SendAsync((id, v) => new RecordEatDeliveredToOffice.Command { CaseId = id, ExpectedVersion = v });
        await d.SendAsync((id, v) => new MarkReadyForPickup.Command { CaseId = id, ExpectedVersion = v });
        await d.SendAsync((id, v) => new HandOver.Command { CaseId = id, ExpectedVersion = v });
        await d.SendAsync((id, v) => new CloseCase.Command { CaseId = id, ExpectedVersion = v });

        var store = (EventStore.EventStore)Api.Services.GetService(typeof(EventStore.EventStore))!;
        var history = await store.ReadStreamAsync(d.CaseId);
        Assert.That(history.Select(e => e.Type), Is.EqualTo(new[]
        {
            "application_received", "case_registered", "completeness_check_started", "documents_requested", "documents_received",
            "ba_consent_requested", "application_declared_complete", "fee_charged", "fee_paid", "identity_checked", "fingerprints_taken",
            "signature_taken", "appearance_completed", "ba_consent_answered", "ready_for_decision_declared", "case_granted",
            "eat_ordered", "eat_in_production", "eat_delivered_to_office", "eat_ready_for_pickup", "document_handed_over", "case_closed",
        }));
        var received = (V.ApplicationReceived)history[0].Data;
        Assert.That(received.Fiktion, Is.EqualTo(V.FiktionBasis.Fortgeltung), "extension applied before the title expired: §81(4)");
        Assert.That(received.BaConsent, Is.EqualTo(V.BaConsentNeed.Required));
        Assert.That(history.Select(e => e.Version), Is.EqualTo(Enumerable.Range(1, history.Count).Select(v => (long)v)));
        Assert.That(history.All(e => e.UserName is null || e.UserName == "sb-1"), Is.True);
        Assert.That(history.Select(e => e.Headers["command"]).Distinct(), Does.Contain("RequestDocuments"));
        var fee = history.Select(e => e.Data).OfType<V.FeeCharged>().Single();
        Assert.That(fee.AmountCents, Is.EqualTo(9300), "extension over 3 months: 93 EUR, § 45 AufenthV");
        var state = V.CaseEvolution.Replay(history.Select(e => (V.CaseEvent)e.Data));
        Assert.That((state.Status, state.FileNumber, state.DocumentRounds), Is.EqualTo((V.CaseStatus.Closed, registered.Extra!["file_number"], 1)));
    }
}
