using Migrationsverwaltung.Domain.Cases;
using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Domain.Tests.Cases.Support;

/// <summary>
/// Given (a history of events) / When (a command) / Then (exactly these events, or a rule violation).
/// <c>using static</c> this class to write <c>Given(story).When(command).Then(events...)</c>.
/// </summary>
public static class CaseSpecification
{
    public static GivenHistory Given(CaseStory story) => new([.. story.Events]);

    public static GivenHistory Given(params CaseEvent[] history) => new([.. history]);
}

public sealed class GivenHistory(IReadOnlyList<CaseEvent> history)
{
    public WhenCommand When(CaseCommand command) => new(history, command);
}

public sealed class WhenCommand(IReadOnlyList<CaseEvent> history, CaseCommand command)
{
    /// <summary>Asserts exactly these events (none = a repeated command that changes nothing); returns the state after them.</summary>
    public Case Then(params CaseEvent[] expected)
    {
        var before = CaseEvolution.Replay(history);
        var actual = CaseDecider.Decide(command, before);
        Assert.That(actual.Select(Describe.Of), Is.EqualTo(expected.Select(Describe.Of)));
        return actual.Aggregate(before, CaseEvolution.Evolve);
    }

    public void ThenNothing() => Then();

    /// <summary>Asserts a rule violation whose German message contains <paramref name="messagePart"/>.</summary>
    public RuleViolation ThenViolation(string messagePart)
    {
        var state = CaseEvolution.Replay(history);
        var violation = Assert.Throws<RuleViolation>(() => CaseDecider.Decide(command, state))!;
        Assert.That(violation.Message, Does.Contain(messagePart));
        return violation;
    }
}
