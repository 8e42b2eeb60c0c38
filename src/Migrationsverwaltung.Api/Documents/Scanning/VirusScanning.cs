using Migrationsverwaltung.Api.Infrastructure;

namespace Migrationsverwaltung.Api.Documents.Scanning;

public static class VirusScanning
{
    /// <summary>
    /// <see cref="IVirusScanner"/> through clamd when Documents:Clamd:Socket or :Host is set, otherwise one that marks
    /// every document "not scanned"; and clamd's PING in /health/ready. See docs/virus-scanning.md.
    /// </summary>
    public static IServiceCollection AddVirusScanning(this IServiceCollection services, IConfiguration configuration)
    {
        // Read when first resolved, so test hosts can still override the configuration.
        services.AddSingleton(_ =>
        {
            var options = configuration.GetSection(ClamdOptions.Section).Get<ClamdOptions>() ?? new ClamdOptions();
            options.Validate();
            return options;
        });
        services.AddSingleton<IVirusScanner>(provider => provider.GetRequiredService<ClamdOptions>() is { IsConfigured: true } options
            ? new ClamdScanner(options, provider.GetRequiredService<ILogger<ClamdScanner>>())
            : new NoVirusScanner());
        services.AddSingleton<IReadinessCheck, ClamdReadiness>();
        return services;
    }
}
