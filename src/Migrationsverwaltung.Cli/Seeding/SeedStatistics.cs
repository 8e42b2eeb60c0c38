using Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Cli.Seeding;

/// <summary>What the seeding wrote, counted as it goes; the token sample holds recent cases' status tokens for the benchmark.</summary>
internal sealed class SeedStatistics(SeedPlan plan, int tokenSampleSize = 10_000)
{
    private readonly SeedRandom _sampling = SeedRandom.For(plan.Seed, -2);
    private readonly List<string> _tokens = [];
    private int _recent;

    public int Cases { get; private set; }
    public int Persons { get; private set; }
    public long Events { get; private set; }
    public int Streams { get; private set; }
    public Dictionary<CaseStatus, int> ByStatus { get; } = [];
    public Dictionary<string, int> OpenByAge { get; } = new() { ["0-2 weeks"] = 0, ["2-6 weeks"] = 0, ["6 weeks-3 months"] = 0, ["over 3 months"] = 0 };
    public Dictionary<Guid, int> CasesByOffice { get; } = [];
    public IReadOnlyList<string> StatusTokens => _tokens;

    public int Open => ByStatus.Where(s => s.Key.IsOpen()).Sum(s => s.Value);

    public void Add(SeedChunk chunk)
    {
        Persons += chunk.Persons;
        Events += chunk.Events;
        Streams += chunk.Streams.Count;
        foreach (var seeded in chunk.Cases)
        {
            Cases++;
            ByStatus[seeded.Status] = ByStatus.GetValueOrDefault(seeded.Status) + 1;
            CasesByOffice[seeded.OfficeId] = CasesByOffice.GetValueOrDefault(seeded.OfficeId) + 1;
            if (seeded.Status.IsOpen())
            {
                OpenByAge[AgeBucket(plan.Until.DayNumber - seeded.ReceivedOn.DayNumber)]++;
            }
            if (seeded.Status != CaseStatus.Received && seeded.ReceivedOn >= plan.Until.AddDays(-365))
            {
                Sample(seeded.StatusToken);
            }
        }
    }

    /// <summary>Reservoir sampling: every recent registered case has the same chance to be in the token sample.</summary>
    private void Sample(string token)
    {
        _recent++;
        if (_tokens.Count < tokenSampleSize)
        {
            _tokens.Add(token);
        }
        else if (_sampling.Between(0, _recent - 1) is var slot && slot < tokenSampleSize)
        {
            _tokens[slot] = token;
        }
    }

    private static string AgeBucket(int days) => days switch
    {
        < 14 => "0-2 weeks",
        < 42 => "2-6 weeks",
        < 91 => "6 weeks-3 months",
        _ => "over 3 months",
    };
}
