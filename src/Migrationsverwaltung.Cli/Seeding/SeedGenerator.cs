using Migrationsverwaltung.EventStore.Importing;

namespace Migrationsverwaltung.Cli.Seeding;

/// <summary>A unit of import: whole persons with all their cases (one transaction), and what the statistics need of them.</summary>
internal sealed record SeedChunk(IReadOnlyList<ImportedStream> Streams, IReadOnlyList<SeededCase> Cases, int Persons)
{
    public int Events => Streams.Sum(s => s.Events.Count);
}

/// <summary>
/// Generates the data set deterministically: first the offices' organisation streams, then person after person (each
/// with its own seeded generator, at an office drawn by size) until the wanted number of cases is reached. File numbers
/// are allocated per office and year in generation order (so unique, but within a year not in date order).
/// </summary>
internal sealed class SeedGenerator(SeedPlan plan)
{
    private readonly Dictionary<(int Office, int Year), int> _fileNumbers = [];

    public IReadOnlyList<SeedOffice> Offices { get; } = Seeding.Offices.Plan(plan);

    /// <summary>The last file number used per office and year, for the app's counters (new registrations continue after them).</summary>
    public IReadOnlyDictionary<(int Office, int Year), int> LastFileNumbers => _fileNumbers;

    public IEnumerable<SeedChunk> Generate(int personsPerChunk = 500)
    {
        yield return new SeedChunk([.. Offices.Select(o => Seeding.Offices.Stream(o, plan))], [], 0);
        var weights = Offices.Select(o => (o, o.Share)).ToList();
        var (cases, person) = (0, 0L);
        var ids = new StreamIds(plan);
        while (cases < plan.Cases)
        {
            var streams = new List<ImportedStream>();
            var seeded = new List<SeededCase>();
            var persons = 0;
            while (persons < personsPerChunk && cases < plan.Cases)
            {
                var random = SeedRandom.For(plan.Seed, person++);
                var life = new PersonLife(plan, random.Weighted(weights), random, ids, NextFileNumber);
                life.Live(plan.Cases - cases);
                if (life.Cases.Count == 0)
                {
                    continue;
                }
                streams.AddRange(life.Streams);
                seeded.AddRange(life.Cases);
                cases += life.Cases.Count;
                persons++;
            }
            yield return new SeedChunk(streams, seeded, persons);
        }
    }

    private string NextFileNumber(SeedOffice office, int year)
    {
        var number = _fileNumbers.GetValueOrDefault((office.Index, year)) + 1;
        _fileNumbers[(office.Index, year)] = number;
        return new Domain.Organisation.FileNumber(office.Prefix, year, number).ToString();
    }
}
