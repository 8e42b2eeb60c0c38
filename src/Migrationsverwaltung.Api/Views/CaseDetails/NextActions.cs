using System.Reflection;
using System.Runtime.CompilerServices;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Calendar;
using Migrationsverwaltung.Domain.Cases;
using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Api.Views.CaseDetails;

/// <summary>An action the current user may take now: the command, its German name, where to POST it, whether it needs a reason.</summary>
public sealed record NextAction(string Command, string Label, string Href, bool ReasonRequired);

/// <summary>
/// The actions the current user may take next, asked of the pure decider: for every command, one candidate with
/// typical content for this case (its open fees and participations, dates ahead of today) is decided against the
/// state; what the transition table accepts with at least one event, and the user's role may send, is offered.
/// Nothing is written. A command refused without a reason but accepted with one is offered as needing a reason.
/// </summary>
public static class NextActions
{
    private sealed record Endpoint(string Action, IReadOnlySet<Role> Roles);

    private static readonly Dictionary<string, Endpoint> Endpoints = typeof(NextActions).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(CaseRequest).IsAssignableFrom(t) && t.GetCustomAttribute<ActionAttribute>() is { Creates: false })
        .ToDictionary(CommandName.Of, t => new Endpoint(
            t.GetCustomAttribute<ActionAttribute>()!.Action,
            ((ICommandRequest)RuntimeHelpers.GetUninitializedObject(t)).AllowedRoles));

    public static IReadOnlyList<NextAction> For(Case state, Actor actor, DateTimeOffset now)
    {
        if (actor.Role is Role.Sachbearbeitung or Role.Teamleitung && actor.TeamId != state.TeamId)
        {
            return [];
        }
        var actions = new List<NextAction>();
        foreach (var candidate in Candidates(state, actor, now))
        {
            var name = candidate(null).GetType().Name;
            if (!Endpoints.TryGetValue(name, out var endpoint) || !endpoint.Roles.Contains(actor.Role))
            {
                continue;
            }
            var plain = Accepts(candidate(null), state);
            if (plain || Accepts(candidate("Vermerk"), state))
            {
                actions.Add(new NextAction(name, CommandNames.German(candidate(null)), $"/api/v1/cases/{state.Id}/{endpoint.Action}", ReasonRequired: !plain));
            }
        }
        return actions;
    }

    private static bool Accepts(CaseCommand command, Case state)
    {
        try
        {
            return CaseDecider.Decide(command, state).Count > 0;
        }
        catch (Exception refused) when (refused is RuleViolation or ArgumentException or InvalidOperationException or KeyNotFoundException)
        {
            return false;
        }
    }

    /// <summary>One candidate per command, built with or without a reason.</summary>
    private static IEnumerable<Func<string?, CaseCommand>> Candidates(Case s, Actor actor, DateTimeOffset now)
    {
        var id = s.Id;
        var today = BerlinTime.DateOf(now);
        CommandContext C(string? reason) => new(actor, now, reason);
        var fee = s.Fees.Values.FirstOrDefault(f => f.OutstandingCents > 0);
        var other = s.Participations.FirstOrDefault(p => p.Value.IsOpen && Guid.TryParse(p.Key, out _)).Key;

        yield return r => new RegisterCase(id, C(r), "candidate", "candidate");
        yield return r => new ReissueStatusToken(id, C(r), "candidate");
        yield return r => new StartCompletenessCheck(id, C(r));
        yield return r => new RequestDocuments(id, C(r), [new MissingItem("PASS")], today.AddDays(14));
        yield return r => new ExtendDocumentDeadline(id, C(r), (s.DocumentDeadline is { } d && d > today ? d : today).AddDays(14));
        yield return r => new ReceiveDocuments(id, C(r), ["PASS"]);
        yield return r => new ProceedWithoutDocuments(id, C(r));
        yield return r => new ConfirmCompleteness(id, C(r));
        yield return r => new RecordIdentityChecked(id, C(r));
        yield return r => new RecordFingerprintsTaken(id, C(r));
        yield return r => new RecordSignatureTaken(id, C(r));
        yield return r => new CompleteAppearance(id, C(r));
        yield return r => new RequestBaConsent(id, C(r), today);
        yield return r => new RecordBaAnswer(id, C(r), BaOutcome.Granted);
        yield return r => new ApplyBaConsentFiction(id, C(r));
        yield return r => new RequestSecurityCheck(id, C(r));
        yield return r => new RecordSecurityCheckResult(id, C(r), SecurityCheckOutcome.NoFindings);
        yield return r => new QueryAzr(id, C(r));
        yield return r => new RecordAzrAnswer(id, C(r));
        yield return r => new RequestOtherParticipation(id, C(r), Guid.NewGuid(), "andere Stelle");
        if (other is not null)
        {
            yield return r => new RecordOtherParticipationAnswer(id, C(r), Guid.Parse(other));
        }
        yield return r => new DeclareReadyForDecision(id, C(r));
        yield return r => new Grant(id, C(r), today.AddYears(1));
        yield return r => new AnnounceIntentToReject(id, C(r), today.AddDays(14));
        yield return r => new RecordHearingStatement(id, C(r));
        yield return r => new ProposeRejection(id, C(r));
        yield return r => new ApproveRejection(id, C(r));
        yield return r => new ReturnRejectionProposal(id, C(r));
        yield return r => new ServeNotice(id, C(r), today, true);
        yield return r => new RecordLegalRemedy(id, C(r), today);
        yield return r => new DeclareRejectionFinal(id, C(r));
        yield return r => new OrderEat(id, C(r), false, false);
        yield return r => new RecordEatInProduction(id, C(r));
        yield return r => new RecordEatDeliveredToOffice(id, C(r));
        yield return r => new MarkReadyForPickup(id, C(r));
        yield return r => new HandOver(id, C(r));
        yield return r => new RecordDeliveryToApplicant(id, C(r));
        yield return r => new CloseCase(id, C(r));
        yield return r => new Withdraw(id, C(r), false);
        yield return r => new Settle(id, C(r), SettlementKind.MovedAway, "05111000");
        yield return r => new Park(id, C(r));
        yield return r => new Resume(id, C(r));
        yield return r => new AssignCase(id, C(r), actor.Role == Role.Sachbearbeitung ? actor.UserId : s.Caseworker ?? actor.UserId, s.TeamId);
        yield return r => new OrderFiktionContinuation(id, C(r));
        yield return r => new IssueFiktionsbescheinigung(id, C(r), "F-1", today.AddMonths(3));
        yield return r => new RenewFiktionsbescheinigung(id, C(r), (s.Fiktion is { } f && f.ValidUntil > today ? f.ValidUntil : today).AddMonths(3));
        yield return r => new ChargeFee(id, C(r), Guid.NewGuid(), "Gebühr", 10000, "§ 45 AufenthV");
        if (fee is not null)
        {
            yield return r => new RecordFeePayment(id, C(r), fee.Id, fee.OutstandingCents);
            yield return r => new ReduceFee(id, C(r), fee.Id, fee.AmountCents / 2);
            yield return r => new WaiveFee(id, C(r), fee.Id);
        }
    }
}
