using Migrationsverwaltung.Domain.Cases;
using Migrationsverwaltung.Domain.Tests.Cases.Support;

namespace Migrationsverwaltung.Domain.Tests.Cases.TransitionTable;

/// <summary>
/// One row of the transition table: a well-formed command (built for the situation, e.g. sent after a deadline
/// where the rule needs one) and the columns where it is allowed, written as "x" (allowed) or "." (refused)
/// under <see cref="CaseTransitionTable.Columns"/>.
/// </summary>
public sealed record TransitionRow(Type CommandType, Func<CaseStory, CaseCommand> Make, IReadOnlySet<string> AllowedIn, Application Application)
{
    public static TransitionRow Of<TCommand>(string marks, Func<CaseStory, TCommand> make, Application? application = null)
        where TCommand : CaseCommand
    {
        var flags = marks.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var columns = Situation.All.Select(situation => situation.Column).ToArray();
        if (flags.Length != columns.Length || flags.Any(flag => flag is not ("x" or ".")))
        {
            throw new ArgumentException($"{typeof(TCommand).Name}: {flags.Length} marks for {columns.Length} columns, each \"x\" or \".\".", nameof(marks));
        }
        var allowed = columns.Where((_, index) => flags[index] == "x").ToHashSet();
        return new TransitionRow(typeof(TCommand), story => make(story), allowed, application ?? Application.Extension18b);
    }

    public override string ToString() => CommandType.Name;
}
