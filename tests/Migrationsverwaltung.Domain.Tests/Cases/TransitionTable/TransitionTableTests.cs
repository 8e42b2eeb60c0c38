using Migrationsverwaltung.Domain.Cases;
using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Domain.Tests.Cases.TransitionTable;

/// <summary>
/// Every command against every situation: allowed exactly where <see cref="CaseTransitionTable"/> puts an "x";
/// everywhere else a <see cref="RuleViolation"/> with a German message that, when it is the general "not
/// possible in this state" message, names the command and the state in German.
/// </summary>
public class TransitionTableTests
{
    private static IEnumerable<TestCaseData> Rows() =>
        CaseTransitionTable.Rows.Select(row => new TestCaseData(row).SetArgDisplayNames(row.CommandType.Name));

    [TestCaseSource(nameof(Rows))]
    public void Each_command_is_allowed_exactly_where_the_table_says(TransitionRow row)
    {
        var allowed = new List<string>();
        var refusals = new List<string>();
        foreach (var situation in Situation.All)
        {
            var story = situation.Build(row.Application);
            var state = story.State;
            var command = row.Make(story);
            try
            {
                CaseDecider.Decide(command, state);
                allowed.Add(situation.Column);
            }
            catch (RuleViolation violation)
            {
                refusals.Add(ProblemWithMessage(violation.Message, command, state) is { } problem ? $"{situation}: {problem}" : "");
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(allowed, Is.EquivalentTo(row.AllowedIn), $"{row}: allowed in these columns");
            Assert.That(refusals.Where(problem => problem.Length > 0), Is.Empty, $"{row}: refusal messages");
        });
    }

    [Test]
    public void The_table_has_a_row_for_every_command()
    {
        var commands = typeof(CaseCommand).Assembly.GetTypes()
            .Where(type => type.IsSubclassOf(typeof(CaseCommand)) && !type.IsAbstract);

        Assert.That(CaseTransitionTable.Rows.Select(row => row.CommandType), Is.EquivalentTo(commands));
    }

    [Test]
    public void The_table_has_a_column_for_every_status_and_each_column_is_in_its_status()
    {
        Assert.That(Situation.All.Select(situation => situation.Status).Distinct(), Is.EquivalentTo(Enum.GetValues<CaseStatus>()));
        Assert.Multiple(() =>
        {
            foreach (var situation in Situation.All)
            {
                Assert.That(situation.Build(Support.Application.Extension18b).State.Status, Is.EqualTo(situation.Status), situation.ToString());
            }
        });
    }

    [Test]
    public void Every_status_has_its_own_German_name()
    {
        var names = Enum.GetValues<CaseStatus>().Select(status => status.German()).ToList();

        Assert.That(names, Is.Unique);
        Assert.That(names.Zip(Enum.GetNames<CaseStatus>()).Where(pair => pair.First == pair.Second), Is.Empty, "a German name, not the enum's");
    }

    /// <summary>Null if the message is fine: German, a sentence, and naming state and command when it is the general refusal.</summary>
    private static string? ProblemWithMessage(string message, CaseCommand command, Case state)
    {
        if (string.IsNullOrWhiteSpace(message) || message.StartsWith("Exception of type", StringComparison.Ordinal) || !message.EndsWith('.'))
        {
            return $"not a caseworker's sentence: \"{message}\"";
        }
        if (message.Contains("im Verfahrensstand", StringComparison.Ordinal)
            && !(message.Contains($"„{state.Status.German()}“", StringComparison.Ordinal) && message.Contains($"„{CommandNames.German(command)}“", StringComparison.Ordinal)))
        {
            return $"does not name the state „{state.Status.German()}“ and the command: \"{message}\"";
        }
        return null;
    }
}
