using Migrationsverwaltung.Api.Cases.Card;
using Migrationsverwaltung.Api.Cases.Completeness;
using Migrationsverwaltung.Api.Cases.Decision;
using Migrationsverwaltung.Api.Cases.Fiktion;
using Migrationsverwaltung.Api.Cases.Intake;
using Migrationsverwaltung.Api.Cases.Lifecycle;
using Migrationsverwaltung.Api.Cases.Participation;
using Migrationsverwaltung.Api.Tests.Cases;
using Migrationsverwaltung.Domain.Common;
using V = Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Api.Tests.Views;

/// <summary>Drives cases through the real pipeline, each step on the day it says (the pinned clock moves, then returns).</summary>
internal sealed class ViewStories(IServiceProvider services, PinnedClock clock)
{
    private const string Note = "Vermerk in der Akte";

    public DateOnly Today { get; } = clock.Today;

    public static Actor Caseworker(string id = "sb-1") => CaseDriver.Caseworker(id);

    /// <summary>Received and registered on <paramref name="on"/>, assigned to <paramref name="caseworker"/> if given.</summary>
    public async Task<CaseDriver> ReceivedAsync(string title, DateOnly on, string? caseworker = null, DateOnly? currentTitleValidUntil = null, Guid? personId = null)
    {
        var d = new CaseDriver(services, Caseworker(caseworker ?? "sb-1"));
        await OnAsync(on, async () =>
        {
            if (personId is { } person)
            {
                await d.SendAsync(new ReceiveApplication.Command
                {
                    CaseId = d.CaseId, ExpectedVersion = 0, PersonId = person, OfficeId = CaseDriver.Office, TeamId = CaseDriver.Team, TitleCode = title,
                    Kind = currentTitleValidUntil is null ? V.ApplicationKind.FirstIssue : V.ApplicationKind.Extension, Channel = V.ApplicationChannel.Counter,
                    ReceivedOn = on, CurrentTitleValidUntil = currentTitleValidUntil,
                });
            }
            else
            {
                await d.ReceiveAsync(title, on, currentTitleValidUntil);
            }
            await d.SendAsync((id, v) => new RegisterCase.Command { CaseId = id, ExpectedVersion = v });
            if (caseworker is not null)
            {
                await d.SendAsync((id, v) => new AssignCase.Command { CaseId = id, ExpectedVersion = v, Caseworker = caseworker, TeamId = CaseDriver.Team });
            }
        });
        return d;
    }

    public Task DocumentsRequestedAsync(CaseDriver d, DateOnly on, DateOnly deadline) => OnAsync(on, async () =>
    {
        await d.SendAsync((id, v) => new StartCompletenessCheck.Command { CaseId = id, ExpectedVersion = v });
        await d.SendAsync((id, v) => new RequestDocuments.Command { CaseId = id, ExpectedVersion = v, Items = [new V.MissingItem("PASS")], Deadline = deadline });
    });

    public Task BaRequestedAsync(CaseDriver d, DateOnly on) => OnAsync(on, async () =>
    {
        await d.SendAsync((id, v) => new StartCompletenessCheck.Command { CaseId = id, ExpectedVersion = v });
        await d.SendAsync((id, v) => new RequestBaConsent.Command { CaseId = id, ExpectedVersion = v, ReceivedByBaOn = on });
    });

    /// <summary>Completeness confirmed and the appearance done (fee paid); for titles without BA consent: ready for decision.</summary>
    public Task ReadyForDecisionAsync(CaseDriver d, DateOnly on) => OnAsync(on, async () =>
    {
        await d.SendAsync((id, v) => new StartCompletenessCheck.Command { CaseId = id, ExpectedVersion = v });
        await d.SendAsync((id, v) => new ConfirmCompleteness.Command { CaseId = id, ExpectedVersion = v });
        await CaseScenarios.CompleteAppearanceAsync(d, Domain.Catalogue.FeeKind.Issue);
        await d.SendAsync((id, v) => new DeclareReadyForDecision.Command { CaseId = id, ExpectedVersion = v });
    });

    /// <summary>From the completeness check (already started) through the appearance: the case waits in its participations.</summary>
    public Task ReadyForDecisionWithoutDeclaringAsync(CaseDriver d, DateOnly on) => OnAsync(on, async () =>
    {
        await d.SendAsync((id, v) => new ConfirmCompleteness.Command { CaseId = id, ExpectedVersion = v });
        await CaseScenarios.CompleteAppearanceAsync(d, Domain.Catalogue.FeeKind.Issue);
    });

    public Task HearingAsync(CaseDriver d, DateOnly on, DateOnly deadline) => OnAsync(on, () =>
        d.SendAsync((id, v) => new AnnounceIntentToReject.Command { CaseId = id, ExpectedVersion = v, HearingDeadline = deadline, Reason = Note }));

    public Task GrantedAsync(CaseDriver d, DateOnly on, bool orderEat = true) => OnAsync(on, async () =>
    {
        await d.SendAsync((id, v) => new Grant.Command { CaseId = id, ExpectedVersion = v, ValidUntil = on.AddYears(2) });
        if (orderEat)
        {
            await d.SendAsync((id, v) => new OrderEat.Command { CaseId = id, ExpectedVersion = v });
            await d.SendAsync((id, v) => new RecordEatInProduction.Command { CaseId = id, ExpectedVersion = v });
        }
    });

    public Task ReadyForPickupAsync(CaseDriver d, DateOnly on) => OnAsync(on, async () =>
    {
        await d.SendAsync((id, v) => new RecordEatDeliveredToOffice.Command { CaseId = id, ExpectedVersion = v });
        await d.SendAsync((id, v) => new MarkReadyForPickup.Command { CaseId = id, ExpectedVersion = v });
    });

    public Task HandedOverAsync(CaseDriver d, DateOnly on, bool close = false) => OnAsync(on, async () =>
    {
        await d.SendAsync((id, v) => new HandOver.Command { CaseId = id, ExpectedVersion = v });
        if (close)
        {
            await d.SendAsync((id, v) => new CloseCase.Command { CaseId = id, ExpectedVersion = v });
        }
    });

    public Task FiktionIssuedAsync(CaseDriver d, DateOnly on, DateOnly validUntil) => OnAsync(on, () =>
        d.SendAsync((id, v) => new IssueFiktionsbescheinigung.Command { CaseId = id, ExpectedVersion = v, DocumentNumber = "F-1", ValidUntil = validUntil }));

    public Task WithdrawnAsync(CaseDriver d, DateOnly on) => OnAsync(on, async () =>
    {
        await d.SendAsync((id, v) => new Withdraw.Command { CaseId = id, ExpectedVersion = v });
        await d.SendAsync((id, v) => new CloseCase.Command { CaseId = id, ExpectedVersion = v });
    });

    public Task ParkedAsync(CaseDriver d, DateOnly on) => OnAsync(on, () => d.SendAsync((id, v) => new Park.Command { CaseId = id, ExpectedVersion = v, Reason = Note }));

    public Task AssignedAsync(CaseDriver d, DateOnly on, string? caseworker, Guid team) => OnAsync(on, () =>
        d.SendAsync((id, v) => new AssignCase.Command { CaseId = id, ExpectedVersion = v, Caseworker = caseworker, TeamId = team, Reason = Note }, CaseDriver.TeamLead()));

    /// <summary>
    /// A realistic mix over the last five months: fresh and old cases, documents and hearings overdue, BA consent
    /// pending, cards in production, waiting for pickup, handed over, closed, withdrawn, parked, a Fiktion
    /// expiring, cases of two caseworkers, the pool and another team.
    /// </summary>
    public async Task<IReadOnlyList<CaseDriver>> MixAsync()
    {
        var t = Today;
        var cases = new List<CaseDriver>();
        cases.Add(await ReceivedAsync("AE_28", t));
        cases.Add(await ReceivedAsync("AE_28", t.AddDays(-13), "sb-1"));
        var documents = await ReceivedAsync("AE_16B", t.AddDays(-30), "sb-1");
        await DocumentsRequestedAsync(documents, t.AddDays(-28), t.AddDays(-2));
        cases.Add(documents);
        var ba = await ReceivedAsync("AE_18B", t.AddDays(-20), "sb-2");
        await BaRequestedAsync(ba, t.AddDays(-13)); // fiction ends on Thursday 2026-10-01, warned from today
        cases.Add(ba);
        var hearing = await ReceivedAsync("AE_28", t.AddDays(-100), "sb-1");
        await ReadyForDecisionAsync(hearing, t.AddDays(-60));
        await HearingAsync(hearing, t.AddDays(-40), t.AddDays(-20));
        cases.Add(hearing);
        var production = await ReceivedAsync("NE_9", t.AddDays(-120), "sb-2");
        await ReadyForDecisionAsync(production, t.AddDays(-90));
        await GrantedAsync(production, t.AddDays(-50));
        cases.Add(production);
        var pickup = await ReceivedAsync("NE_9", t.AddDays(-110));
        await ReadyForDecisionAsync(pickup, t.AddDays(-100));
        await GrantedAsync(pickup, t.AddDays(-80));
        await ReadyForPickupAsync(pickup, t.AddDays(-60));
        cases.Add(pickup);
        var handedOver = await ReceivedAsync("AE_28", t.AddDays(-70), "sb-1");
        await ReadyForDecisionAsync(handedOver, t.AddDays(-50));
        await GrantedAsync(handedOver, t.AddDays(-40));
        await ReadyForPickupAsync(handedOver, t.AddDays(-20));
        await HandedOverAsync(handedOver, t.AddDays(-5));
        cases.Add(handedOver);
        var closed = await ReceivedAsync("AE_28", t.AddDays(-60), "sb-2");
        await ReadyForDecisionAsync(closed, t.AddDays(-45));
        await GrantedAsync(closed, t.AddDays(-30));
        await ReadyForPickupAsync(closed, t.AddDays(-15));
        await HandedOverAsync(closed, t.AddDays(-8), close: true);
        cases.Add(closed);
        var withdrawn = await ReceivedAsync("AE_16B", t.AddDays(-50), "sb-1");
        await WithdrawnAsync(withdrawn, t.AddDays(-3));
        cases.Add(withdrawn);
        var parked = await ReceivedAsync("AE_28", t.AddDays(-95), "sb-2");
        await ParkedAsync(parked, t.AddDays(-30));
        cases.Add(parked);
        var fiktion = await ReceivedAsync("AE_28", t.AddDays(-25), "sb-1", currentTitleValidUntil: t.AddDays(-20));
        await FiktionIssuedAsync(fiktion, t.AddDays(-25), t.AddDays(5));
        cases.Add(fiktion);
        var moved = await ReceivedAsync("AE_28", t.AddDays(-40), "sb-1");
        await AssignedAsync(moved, t.AddDays(-1), null, ViewsTestBase.OtherTeam);
        cases.Add(moved);
        return cases;
    }

    /// <summary>A person registered today, optionally with a passport and a current title expiring on the given days.</summary>
    public async Task<Guid> PersonAsync(string familyName, string givenNames, DateOnly? passportValidUntil = null, DateOnly? titleValidUntil = null)
    {
        var person = Guid.NewGuid();
        var d = new CaseDriver(services, Caseworker());
        var r = await d.SendAsync(new Api.Persons.RegisterPerson.Command
        {
            PersonId = person, ExpectedVersion = 0, OfficeId = CaseDriver.Office, FamilyName = familyName, GivenNames = givenNames,
            BirthDate = new DateOnly(1990, 4, 12), BirthPlace = "Aleppo", Sex = Domain.Persons.Sex.Female, Nationality = "SYR",
            Address = new Domain.Persons.Address("Ostwall", "1", "47798", "Krefeld", "DEU"),
        });
        if (passportValidUntil is { } passport)
        {
            r = await d.SendAsync(new Api.Persons.RecordPassport.Command { PersonId = person, ExpectedVersion = r.Version, Number = "P1234567", IssuingState = "SYR", ValidUntil = passport });
        }
        if (titleValidUntil is { } title)
        {
            await d.SendAsync(new Api.Persons.RecordCurrentTitle.Command { PersonId = person, ExpectedVersion = r.Version, TitleCode = "AE_28", ValidUntil = title });
        }
        return person;
    }

    private async Task OnAsync(DateOnly day, Func<Task> steps)
    {
        var before = clock.Now;
        clock.SetDay(day);
        try
        {
            await steps();
        }
        finally
        {
            clock.Now = before;
        }
    }
}
