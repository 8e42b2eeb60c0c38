namespace Migrationsverwaltung.Api.Infrastructure;

/// <summary>A dependency besides the database that /health/ready asks; null means ready.</summary>
public interface IReadinessCheck
{
    Task<ReadinessProblem?> ProblemAsync(CancellationToken cancellationToken);
}

/// <summary>Why a dependency is not ready: the 503 answer's title and detail (no secrets, no personal data).</summary>
public sealed record ReadinessProblem(string Title, string Detail);
