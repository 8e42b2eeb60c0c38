using Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Domain.Tests.Cases.Properties;

/// <summary>The properties are only as good as the walks: with a fixed seed, the walks must reach every status.</summary>
public class WalkCoverageTests
{
    [Test]
    public void Random_walks_reach_every_status_of_the_procedure()
    {
        var random = new Random(20260302);
        var reached = new HashSet<CaseStatus>();
        for (var walk = 0; walk < 300; walk++)
        {
            var steps = Enumerable.Range(0, random.Next(4) == 0 ? random.Next(1, 16) : random.Next(16, PlanArbitraries.MaxSteps + 1))
                .Select(_ => (random.Next(), random.Next(3) == 0 ? random.Next(1, 21) * 24 * 60 : random.Next(0, 181)))
                .ToArray();
            foreach (var step in CaseRun.Play(new Plan(random.Next(), steps)).Steps)
            {
                reached.Add(step.After.Status);
            }
        }

        Assert.That(reached, Is.EquivalentTo(Enum.GetValues<CaseStatus>().Except([CaseStatus.None])));
    }
}
