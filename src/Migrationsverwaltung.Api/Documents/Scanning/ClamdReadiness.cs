using Migrationsverwaltung.Api.Infrastructure;

namespace Migrationsverwaltung.Api.Documents.Scanning;

/// <summary>/health/ready: when clamd is configured, it must answer PING (with Refuse, uploads fail without it).</summary>
internal sealed class ClamdReadiness(ClamdOptions options, ILogger<ClamdReadiness> logger) : IReadinessCheck
{
    public async Task<ReadinessProblem?> ProblemAsync(CancellationToken cancellationToken)
    {
        if (!options.IsConfigured)
        {
            return null;
        }
        try
        {
            await new ClamdClient(options).PingAsync(cancellationToken);
            return null;
        }
        catch (Exception e) when (e is ClamdException or OperationCanceledException)
        {
            logger.LogWarning(e, "Not ready: clamd at {ClamdEndpoint} did not answer PING", options.Endpoint);
            return new ReadinessProblem("Virus scanner unavailable", $"clamd ({options.Endpoint}) did not answer PING; see the application log.");
        }
    }
}
