using System.Text.Json;
using Migrationsverwaltung.Api.Status;
using Migrationsverwaltung.Cli.Seeding;
using Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Cli.Tests;

/// <summary>The generator alone, without a database: counts, open share, validity of the histories, determinism.</summary>
public sealed class SeedGeneratorTests
{
    private static readonly SeedPlan Plan = new(2_000, 5, 20, 7, new DateOnly(2026, 11, 1));

    private static List<SeedChunk> Generate(SeedPlan plan) => [.. new SeedGenerator(plan).Generate()];

    [Test]
    public void When_2000_cases_are_generated_Then_there_are_exactly_2000_and_a_small_share_is_open_with_ages_spread()
    {
        var statistics = new SeedStatistics(Plan);
        var chunks = Generate(Plan);
        chunks.ForEach(statistics.Add);
        var rejected = chunks.SelectMany(c => c.Cases).Count(c => c.Events.Any(e => e is CaseRejected));

        Assert.That(statistics.Cases, Is.EqualTo(2_000));
        Assert.That((double)statistics.Open / statistics.Cases, Is.InRange(0.03, 0.10), "about 6 % open");
        Assert.That(statistics.OpenByAge.Values.Count(n => n > 0), Is.GreaterThanOrEqualTo(3), "open cases of different ages");
        Assert.That(statistics.ByStatus.GetValueOrDefault(CaseStatus.Closed), Is.GreaterThan(1_600));
        Assert.That(rejected, Is.InRange(10, 150), "rejections in the low single-digit percent");
        Assert.That(statistics.CasesByOffice.Count, Is.EqualTo(20));
    }

    [Test]
    public void When_cases_are_generated_Then_each_folds_to_the_status_its_last_step_leads_to_and_nothing_lies_after_the_present()
    {
        var cases = Generate(Plan).SelectMany(c => c.Cases).ToList();

        foreach (var seeded in cases.Where((_, i) => i % 7 == 0))
        {
            var folded = CaseEvolution.Replay(seeded.Events);
            var lastStep = seeded.Events.Select(PublicStatusProjection.StatusAfter).LastOrDefault(s => s is not null and not CaseStatus.Parked)
                           ?? CaseStatus.Received;
            var expected = seeded.Events[^1] is CaseParked ? CaseStatus.Parked : lastStep;
            Assert.That(folded.Status, Is.EqualTo(expected), $"case {seeded.Id}: {string.Join(", ", seeded.Events.Select(e => e.GetType().Name))}");
            Assert.That(folded.Status, Is.EqualTo(seeded.Status));
            Assert.That(seeded.Events.Select(e => e.At), Is.Ordered.Ascending);
            Assert.That(seeded.Events[^1].At, Is.LessThanOrEqualTo(Plan.Now));
            Assert.That(seeded.Events[0], Is.TypeOf<ApplicationReceived>());
        }
        Assert.That(cases.Where(c => c.Status == CaseStatus.Closed).Select(c => c.Events[^1]), Is.All.TypeOf<CaseClosed>());
    }

    [Test]
    public void Given_the_same_seed_When_generated_twice_Then_the_data_are_identical_and_another_seed_gives_other_data()
    {
        static string Fingerprint(SeedPlan plan) => string.Join("\n", Generate(plan).SelectMany(c => c.Streams)
            .Select(s => $"{s.Id}:{s.Type}:{string.Join("|", s.Events.Select(e => $"{e.Timestamp:O}{JsonSerializer.Serialize(e.Data, e.Data.GetType())}"))}"));
        var small = Plan with { Cases = 300 };

        var (first, second) = (Fingerprint(small), Fingerprint(small));

        Assert.That(second, Is.EqualTo(first));
        Assert.That(Fingerprint(small with { Seed = 8 }), Is.Not.EqualTo(first));
    }

    [Test]
    public void Given_the_benchmark_plan_Then_the_offices_differ_in_size_and_one_is_krefeld_sized()
    {
        var offices = Offices.Plan(new SeedPlan(1_000_000, 5, 20, 42, new DateOnly(2026, 11, 1)));
        var perYear = offices.Select(o => o.CasesPerYear(new SeedPlan(1_000_000, 5, 20, 42, new DateOnly(2026, 11, 1)))).ToList();

        Assert.That(perYear.Sum(), Is.InRange(199_000, 201_000));
        Assert.That(perYear.Count(n => n is >= 10_000 and <= 12_000), Is.GreaterThanOrEqualTo(1), string.Join(", ", perYear));
        Assert.That(perYear.Max(), Is.GreaterThan(3 * perYear.Min()));
        var krefeld = offices.MinBy(o => Math.Abs(o.CasesPerYear(new SeedPlan(1_000_000, 5, 20, 42, new DateOnly(2026, 11, 1))) - 11_000))!;
        Assert.That(krefeld.Teams.Sum(t => t.Caseworkers.Count), Is.InRange(25, 35), "Krefeld: 25-35 caseworkers");
    }
}
