namespace Migrationsverwaltung.Api.Infrastructure.Samples;

/// <summary>The fixed ids of the sample office, team and users (docs/authentication.md, samples/).</summary>
public static class SampleIds
{
    public static readonly Guid Office = Guid.Parse("0b0b0b0b-0000-0000-0000-000000000001");
    public static readonly Guid TeamA = Guid.Parse("7e7e7e7e-0000-0000-0000-000000000001");
    public static readonly Guid TeamB = Guid.Parse("7e7e7e7e-0000-0000-0000-000000000002");
}
