using Migrationsverwaltung.Api.Infrastructure.Persistence;
using Migrationsverwaltung.Domain.Cases;
using Migrationsverwaltung.Domain.Catalogue;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Persons;
using Migrationsverwaltung.EventStore.Importing;

namespace Migrationsverwaltung.Cli.Seeding;

/// <summary>One simulated case as the seeding reports it (status at the present, for the counts and the token sample).</summary>
internal sealed record SeededCase(Guid Id, Guid OfficeId, CaseStatus Status, DateOnly ReceivedOn, string StatusToken, IReadOnlyList<CaseEvent> Events);

/// <summary>
/// One applicant's years at an office: registered with a passport, then a chain of cases: the first issue (or, for
/// people who lived here before the simulated years, an extension), and after each grant the next extension some
/// weeks before the title runs out, until a rejection, withdrawal, settlement, a permanent title or the present ends it.
/// </summary>
internal sealed class PersonLife(SeedPlan plan, SeedOffice office, SeedRandom random, StreamIds ids, Func<SeedOffice, int, string> nextFileNumber)
{
    private readonly List<ImportedEvent> _personEvents = [];
    private Person _person = Person.Initial;

    public List<ImportedStream> Streams { get; } = [];
    public List<SeededCase> Cases { get; } = [];

    public void Live(int maxCases)
    {
        var personId = ids.Next(random);
        var team = random.Pick(office.Teams);
        var caseworker = random.Pick(team.Caseworkers);
        var resident = random.Chance(Workload.AlreadyResident);
        var received = plan.From.AddDays(random.Between(0, plan.Until.DayNumber - plan.From.DayNumber));
        DateOnly? validUntil = resident ? received.AddDays(random.Between(-10, 70)) : null;
        var title = PickTitle(received);
        var kind = resident ? ApplicationKind.Extension : ApplicationKind.FirstIssue;
        Register(personId, caseworker, team, received);
        while (Cases.Count < maxCases && received <= plan.Until)
        {
            var run = RunCase(personId, team, caseworker, title, kind, received, validUntil, out var scenario);
            var state = run.State;
            if (state.GrantedValidUntil is { } granted && state.DecidedAt is { } decidedAt)
            {
                Record(decidedAt.AddMinutes(1), caseworker, team, ctx => new RecordCurrentTitle(personId, ctx, title.Code, title.Category == TitleCategory.Permanent ? null : granted));
            }
            if (scenario.SettledAs is { } settled)
            {
                var at = state.EndedAt!.Value.AddMinutes(1);
                var day = DateOnly.FromDateTime(at.UtcDateTime);
                Record(at, caseworker, team, ctx => settled switch
                {
                    SettlementKind.MovedAway => new RecordMoveAway(personId, ctx, "05999000"),
                    SettlementKind.Died => new RecordDeath(personId, ctx, day),
                    _ => (PersonCommand)new RecordNaturalisation(personId, ctx, day),
                });
            }
            if (state.GrantedValidUntil is not { } next || !title.IsResidenceTitle || title.Category == TitleCategory.Permanent || run.Stopped)
            {
                break;
            }
            // The next extension, some weeks before the title runs out (or, now and then, a few days late).
            validUntil = next;
            received = next.AddDays(-random.Between(-5, 84));
            kind = ApplicationKind.Extension;
            title = random.Chance(0.15) ? PickTitle(received) : title;
            kind = title.Code == run.State.TitleCode ? kind : ApplicationKind.ChangeOfPurpose;
        }
        Streams.Insert(0, new ImportedStream(personId, "person", _personEvents));
    }

    private CaseRun RunCase(Guid personId, SeedTeam team, string caseworker, TitleDefinition title, ApplicationKind kind, DateOnly received, DateOnly? validUntil, out CaseScenario scenario)
    {
        var caseId = ids.Next(random);
        var token = StatusTokens.FromBits(random.Bits());
        var fate = random.Weighted([(Fate.Granted, 1 - Workload.Rejected - Workload.Withdrawn - Workload.Settled), (Fate.Rejected, Workload.Rejected),
            (Fate.Withdrawn, Workload.Withdrawn), (Fate.Settled, Workload.Settled)]);
        var catalogue = received < TitleCatalogues.Published[0].ValidFrom ? TitleCatalogues.Published[0] : TitleCatalogues.InForceOn(received);
        var start = new CaseStart(caseId, personId, office, team, caseworker, catalogue.Title(title.Code), catalogue.Version, kind, received, validUntil,
            validUntil is null && random.Chance(0.3), fate, token);
        var run = new CaseRun(caseId, plan, random, new DateTimeOffset(received.ToDateTime(new TimeOnly(7, 0)).AddMinutes(random.Between(0, 540)), TimeSpan.Zero));
        scenario = new CaseScenario(run, start, random, nextFileNumber);
        scenario.Run();
        Streams.Add(run.ToStream());
        Cases.Add(new SeededCase(caseId, office.Id, run.State.Status, received, token, [.. run.Events.Select(e => (CaseEvent)e.Data)]));
        return run;
    }

    private void Register(Guid personId, string caseworker, SeedTeam team, DateOnly firstReceipt)
    {
        var at = new DateTimeOffset(firstReceipt.ToDateTime(new TimeOnly(6, 30)), TimeSpan.Zero);
        Record(at, caseworker, team, ctx => SyntheticPeople.Register(personId, office, random, ctx, firstReceipt));
        Record(at.AddMinutes(1), caseworker, team, ctx => SyntheticPeople.Passport(personId, ctx, _person.Nationality, random, firstReceipt));
    }

    /// <summary>A person event happens only up to the present, like every case step.</summary>
    private void Record(DateTimeOffset at, string caseworker, SeedTeam team, Func<CommandContext, PersonCommand> command)
    {
        var last = _personEvents.Count == 0 ? DateTimeOffset.MinValue : _personEvents[^1].Timestamp;
        at = at > last ? at : last.AddMinutes(1);
        if (at > plan.Now)
        {
            return;
        }
        var actor = new Actor(caseworker, Role.Sachbearbeitung, team.Id);
        foreach (var e in PersonDecider.Decide(command(new CommandContext(actor, at)), _person))
        {
            _person = PersonEvolution.Evolve(_person, e);
            _personEvents.Add(new ImportedEvent(e, at, SeedMetadata.For(caseworker)));
        }
    }

    private TitleDefinition PickTitle(DateOnly day)
    {
        var catalogue = day < TitleCatalogues.Published[0].ValidFrom ? TitleCatalogues.Published[0] : TitleCatalogues.InForceOn(day);
        var category = random.Weighted(Workload.Categories.Select(c => (c.Category, c.Weight)).ToList());
        var titles = catalogue.Titles.Where(t => t.Category == category).ToList();
        return titles.Count == 0 ? catalogue.Title("AE_18B") : random.Pick(titles);
    }
}
