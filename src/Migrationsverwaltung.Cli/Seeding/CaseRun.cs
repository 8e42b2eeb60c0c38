using Migrationsverwaltung.Domain.Cases;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.EventStore.Importing;

namespace Migrationsverwaltung.Cli.Seeding;

/// <summary>
/// One case on its simulated clock: every step is a real command decided by <see cref="CaseDecider"/> on the state
/// folded by <see cref="CaseEvolution"/>, so the events are valid by construction. The clock moves in office hours;
/// a step that would happen after the simulated present does not happen, and the case stays where it is.
/// </summary>
internal sealed class CaseRun(Guid caseId, SeedPlan plan, SeedRandom random, DateTimeOffset start)
{
    private readonly List<ImportedEvent> _events = [];

    public Guid Id => caseId;
    public Case State { get; private set; } = Case.Initial;
    public DateTimeOffset Now { get; private set; } = start;
    public bool Stopped { get; private set; }
    public IReadOnlyList<ImportedEvent> Events => _events;

    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    /// <summary>Moves the clock on by whole days to a time in office hours; false (and stopped) once past the present.</summary>
    public bool After(int days)
    {
        if (Stopped)
        {
            return false;
        }
        var day = Today.AddDays(Math.Max(0, days));
        var next = new DateTimeOffset(day.ToDateTime(new TimeOnly(7, 0)).AddMinutes(random.Between(0, 540)), TimeSpan.Zero);
        Now = next > Now ? next : Now.AddMinutes(random.Between(1, 20));
        Stopped = Now > plan.Now;
        return !Stopped;
    }

    public void Do(Actor actor, Func<CommandContext, CaseCommand> command, string? reason = null)
    {
        if (Stopped)
        {
            return;
        }
        foreach (var e in CaseDecider.Decide(command(new CommandContext(actor, Now, reason)), State))
        {
            State = CaseEvolution.Evolve(State, e);
            _events.Add(new ImportedEvent(e, Now, SeedMetadata.For(actor.UserId)));
        }
    }

    public ImportedStream ToStream() => new(caseId, "case", _events);
}
