using System.Globalization;
using System.Text;
using Migrationsverwaltung.Domain.Cases;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Tests.Cases.Support;

namespace Migrationsverwaltung.Domain.Tests.Cases.Properties;

/// <summary>One accepted command: the state it met, the events it produced and the state they led to.</summary>
public sealed record RunStep(CaseCommand Command, Case Before, IReadOnlyList<CaseEvent> Events, Case After);

/// <summary>
/// A random walk through the procedure. At every step the <see cref="CandidateCommands"/> are put to the decider
/// in a random order weighted by <see cref="WalkHabits"/> (each candidate draws an exponential key with its
/// weight as rate), and the first one it accepts with events is taken: the same as picking among the accepted
/// commands in proportion to their weights, without deciding all of them. A command the decider accepts but
/// that changes nothing is taken only when nothing else is possible.
/// </summary>
public sealed class CaseRun
{
    private CaseRun(IReadOnlyList<RunStep> steps, IReadOnlyList<string> crashes)
    {
        Steps = steps;
        Crashes = crashes;
    }

    public IReadOnlyList<RunStep> Steps { get; }

    /// <summary>Commands the decider answered with an exception other than a rule violation.</summary>
    public IReadOnlyList<string> Crashes { get; }

    public IReadOnlyList<CaseEvent> Events => [.. Steps.SelectMany(step => step.Events)];

    public Case Final => Steps.Count == 0 ? Case.Initial : Steps[^1].After;

    /// <param name="plan">The walk's habits, choices and waits.</param>
    /// <param name="tryEveryCandidate">Put every candidate to the decider at every step (to catch crashes), not only until one is taken.</param>
    public static CaseRun Play(Plan plan, bool tryEveryCandidate = false)
    {
        var steps = new List<RunStep>();
        var crashes = new List<string>();
        var habits = new WalkHabits(plan.Profile);
        var state = Case.Initial;
        var now = CaseStory.Start;
        var serial = 0;
        foreach (var (choice, waitMinutes) in plan.Steps)
        {
            if (state.Status == CaseStatus.Closed)
            {
                break; // zdA: only bookkeeping on fees could follow
            }
            now = now.AddMinutes(waitMinutes);
            var random = new Random(choice);
            var order = CandidateCommands.For(state, now, ++serial)
                .Select(command => (Command: command, Key: -Math.Log(1 - random.NextDouble()) / habits.Weight(command, state)))
                .OrderBy(candidate => candidate.Key)
                .Select(candidate => candidate.Command);
            RunStep? taken = null;
            RunStep? noChange = null;
            foreach (var command in order)
            {
                IReadOnlyList<CaseEvent> events;
                try
                {
                    events = CaseDecider.Decide(command, state);
                }
                catch (RuleViolation)
                {
                    continue;
                }
                catch (Exception crash)
                {
                    crashes.Add($"{command.GetType().Name} in {state.Status}: {crash.GetType().Name}: {crash.Message}");
                    continue;
                }
                if (events.Count == 0)
                {
                    noChange ??= new RunStep(command, state, events, state);
                    continue;
                }
                taken ??= new RunStep(command, state, events, events.Aggregate(state, CaseEvolution.Evolve));
                if (!tryEveryCandidate)
                {
                    break;
                }
            }
            if ((taken ?? noChange) is not { } step)
            {
                break;
            }
            steps.Add(step);
            state = step.After;
        }
        return new CaseRun(steps, crashes);
    }

    /// <summary>The walk as a caseworker would read it, for a failing property's report.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var step in Steps)
        {
            text.Append(step.Command.Context.Now.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))
                .Append(' ').Append(step.Command.Context.Actor.UserId).Append(' ').Append(step.Command.GetType().Name)
                .Append(" → ").Append(step.Events.Count == 0 ? "(nothing)" : string.Join(", ", step.Events.Select(e => e.GetType().Name)))
                .Append(" → ").Append(step.After.Status).AppendLine();
        }
        foreach (var crash in Crashes)
        {
            text.Append("CRASH ").AppendLine(crash);
        }
        return text.ToString();
    }
}
