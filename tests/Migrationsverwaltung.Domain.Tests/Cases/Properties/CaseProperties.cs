using FsCheck.NUnit;
using Migrationsverwaltung.Domain.Calendar;
using Migrationsverwaltung.Domain.Cases;
using Migrationsverwaltung.Domain.Deadlines;
using Migrationsverwaltung.Domain.Tests.Cases.Support;
using Property = FsCheck.NUnit.PropertyAttribute;

namespace Migrationsverwaltung.Domain.Tests.Cases.Properties;

// NUnit.Analyzers does not know that FsCheck supplies the arguments of a [Property] method.
#pragma warning disable NUnit1027

/// <summary>
/// Properties of the case over random valid walks (<see cref="CaseRun"/>). A failing property prints the walk
/// (see <see cref="Plan.ToString"/>), shrunk to the fewest steps that still fail.
/// </summary>
[Properties(Arbitrary = [typeof(PlanArbitraries)], MaxTest = 200)]
public class CaseProperties
{
    [Property]
    public bool Decide_answers_every_command_with_events_or_a_rule_violation_never_a_crash(Plan plan) =>
        CaseRun.Play(plan, tryEveryCandidate: true).Crashes.Count == 0;

    /// <summary>The store's version of the stream is the number of events appended; every event is the command's, stamped with its who and when.</summary>
    [Property]
    public bool The_stream_version_equals_the_number_of_events_each_stamped_with_the_commands_who_and_when(Plan plan)
    {
        var run = CaseRun.Play(plan);
        var version = 0;
        foreach (var step in run.Steps)
        {
            var context = step.Command.Context;
            if (step.Events.Any(e => e.CaseId != Ids.Case || e.At != context.Now || e.By != context.Actor.UserId))
            {
                return false;
            }
            version += step.Events.Count;
        }
        return version == run.Events.Count && CaseEvolution.Replay(run.Events).Status == run.Final.Status;
    }

    [Property]
    public bool A_title_is_granted_or_rejected_only_when_all_participations_are_closed(Plan plan) =>
        CaseRun.Play(plan).Steps
            .Where(step => step.Events.Any(e => e is CaseGranted or CaseRejected))
            .All(step => step.Before.AllParticipationsClosed);

    /// <summary>After one is issued, the next needs the first voided or run out in between; renewal needs one that is not void.</summary>
    [Property]
    public bool There_is_never_more_than_one_valid_Fiktionsbescheinigung(Plan plan)
    {
        FiktionCertificate? held = null;
        foreach (var @event in CaseRun.Play(plan).Events)
        {
            var today = BerlinTime.DateOf(@event.At);
            switch (@event)
            {
                case FiktionsbescheinigungIssued issued:
                    if (held is { Void: false } && held.ValidUntil >= today)
                    {
                        return false;
                    }
                    held = new FiktionCertificate(issued.ValidUntil, Void: false);
                    break;
                case FiktionsbescheinigungRenewed renewed:
                    if (held is not { Void: false })
                    {
                        return false;
                    }
                    held = held with { ValidUntil = renewed.ValidUntil };
                    break;
                case FiktionsbescheinigungVoided:
                    if (held is not { Void: false })
                    {
                        return false;
                    }
                    held = held with { Void = true };
                    break;
            }
        }
        return true;
    }

    /// <summary>Replaying the stored events gives the state folded step by step, and the same decisions on it.</summary>
    [Property]
    public bool Replaying_the_stored_events_reproduces_the_state_and_the_decisions(Plan plan)
    {
        var run = CaseRun.Play(plan);
        var stored = new List<CaseEvent>();
        foreach (var step in run.Steps)
        {
            var replayed = CaseEvolution.Replay(stored);
            if (Describe.Of(replayed) != Describe.Of(step.Before)
                || !CaseDecider.Decide(step.Command, replayed).Select(Describe.Of).SequenceEqual(step.Events.Select(Describe.Of)))
            {
                return false;
            }
            stored.AddRange(step.Events);
        }
        return Describe.Of(CaseEvolution.Replay(stored)) == Describe.Of(run.Final);
    }

    /// <summary>Sending the same command again, right after it was accepted, yields nothing for these commands.</summary>
    [Property]
    public bool A_repeated_command_yields_no_events_where_that_is_natural(Plan plan) =>
        CaseRun.Play(plan).Steps
            .Where(step => step.Command is StartCompletenessCheck or RecordIdentityChecked or RecordFingerprintsTaken or RecordSignatureTaken
                or RequestBaConsent or RecordBaAnswer or RequestSecurityCheck or QueryAzr or RequestOtherParticipation or RecordHearingStatement
                or CloseCase or Park or AssignCase or ReissueStatusToken or ChargeFee or WaiveFee)
            .All(step => CaseDecider.Decide(step.Command, step.After).Count == 0);

    /// <summary>The dates the case itself records (deadlines it sets, validities, the fiction day) lie after the event that set them.</summary>
    [Property]
    public bool Every_date_the_case_sets_lies_after_the_event_that_set_it(Plan plan) =>
        CaseRun.Play(plan).Steps.SelectMany(step => step.Events.Select(e => (Event: e, step.Before))).All(pair =>
        {
            var day = BerlinTime.DateOf(pair.Event.At);
            return pair.Event switch
            {
                DocumentsRequested e => e.Deadline > day,
                DocumentDeadlineExtended e => e.NewDeadline > pair.Before.DocumentDeadline && e.NewDeadline > day,
                IntentToRejectAnnounced e => e.HearingDeadline > day,
                FiktionsbescheinigungIssued e => e.ValidUntil > day,
                FiktionsbescheinigungRenewed e => e.ValidUntil > pair.Before.Fiktion!.ValidUntil && e.ValidUntil > day,
                CaseGranted e => e.ValidUntil > day,
                BaConsentDeemedGranted e => e.FictionDay >= pair.Before.Ba!.RequestedOn.AddDays(7) && pair.Event.At >= BerlinTime.EndOf(e.FictionDay),
                RejectionBecameFinal => pair.Before.Status == CaseStatus.LegalRemedyFiled || pair.Before.NoticeServedOn < day,
                _ => true,
            };
        });

    /// <summary>
    /// Every timer <see cref="CaseDeadlines"/> lists for a state of the walk: counted forward, it starts no earlier
    /// than the event that set it going (the legal remedy not before the rejection) and not in the future, ends
    /// after its start and warns no earlier; the Fiktionsbescheinigung's expiry lies after its issue or renewal.
    /// </summary>
    [Property]
    public bool No_case_deadline_lies_before_its_triggering_event(Plan plan)
    {
        var startedOn = new Dictionary<DeadlineKind, DateOnly>();
        foreach (var step in CaseRun.Play(plan).Steps)
        {
            var today = BerlinTime.DateOf(step.Command.Context.Now);
            foreach (var @event in step.Events)
            {
                if (TimerStartedBy(@event) is { } kind)
                {
                    startedOn[kind] = BerlinTime.DateOf(@event.At);
                }
            }
            foreach (var deadline in CaseDeadlines.Of(step.After, DeadlineSettings.Default))
            {
                var started = startedOn[deadline.Kind];
                var holds = deadline.Kind == DeadlineKind.FiktionsbescheinigungExpiring
                    ? deadline.LastDay > started
                    : deadline.TriggeredOn >= started && deadline.TriggeredOn <= today
                        && deadline.LastDay > deadline.TriggeredOn && deadline.WarningFrom >= deadline.TriggeredOn;
                if (!holds)
                {
                    return false;
                }
            }
        }
        return true;
    }

    private static DeadlineKind? TimerStartedBy(CaseEvent @event) => @event switch
    {
        ApplicationReceived => DeadlineKind.InactionLawsuitRisk,
        BaConsentRequested => DeadlineKind.BaConsentFiction,
        DocumentsRequested => DeadlineKind.MissingDocuments,
        IntentToRejectAnnounced => DeadlineKind.Hearing,
        FiktionsbescheinigungIssued or FiktionsbescheinigungRenewed => DeadlineKind.FiktionsbescheinigungExpiring,
        EatOrdered => DeadlineKind.EatProductionOverdue,
        EatReadyForPickup => DeadlineKind.EatNotCollected,
        CaseRejected => DeadlineKind.LegalRemedy,
        _ => null,
    };

    [Property]
    public bool An_ended_case_only_goes_to_the_records(Plan plan) =>
        CaseRun.Play(plan).Steps.All(step => step.Before.Status switch
        {
            CaseStatus.Final or CaseStatus.Withdrawn or CaseStatus.Settled => step.After.Status is var after && (after == step.Before.Status || after == CaseStatus.Closed),
            CaseStatus.Closed => step.After.Status == CaseStatus.Closed,
            _ => true,
        });
}
