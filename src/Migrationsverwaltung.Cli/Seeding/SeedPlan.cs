using Migrationsverwaltung.Cli.Events;

namespace Migrationsverwaltung.Cli.Seeding;

/// <summary>What to simulate: how many cases over how many years up to which day, in how many offices, from which seed.</summary>
internal sealed record SeedPlan(int Cases, int Years, int Offices, int Seed, DateOnly Until)
{
    public DateOnly From => Until.AddYears(-Years);

    /// <summary>The end of the simulated present: nothing after it happens, so cases still running then stay open.</summary>
    public DateTimeOffset Now => new(Until.ToDateTime(new TimeOnly(23, 59)), TimeSpan.Zero);

    public void Validate()
    {
        if (Cases is < 1 or > 5_000_000)
        {
            throw new UsageException("--cases must be between 1 and 5,000,000.");
        }
        if (Years is < 1 or > 20)
        {
            throw new UsageException("--years must be between 1 and 20.");
        }
        if (Offices is < 1 or > 200)
        {
            throw new UsageException("--offices must be between 1 and 200.");
        }
    }
}
