using Migrationsverwaltung.Api.Documents.Xdomea;

namespace Migrationsverwaltung.Api.Documents.Retention;

/// <summary>The retention job, the archive's answers and the xdomea export/import of files (docs/retention-and-archive.md).</summary>
public static class RetentionSetup
{
    public static IServiceCollection AddRetention(this IServiceCollection services, IConfiguration configuration)
    {
        // Read when first resolved, so that test hosts can still override the configuration.
        services.AddSingleton(_ =>
        {
            var options = configuration.GetSection(RetentionOptions.Section).Get<RetentionOptions>() ?? new RetentionOptions();
            options.Validate();
            return options;
        });
        services.AddSingleton<ArchiveOutbox>();
        services.AddScoped<RetentionCandidates>();
        services.AddScoped<FileErasure>();
        services.AddScoped<FileExporter>();
        services.AddScoped<ArchiveMessages>();
        services.AddScoped<ArchiveFiles>();
        services.AddScoped<RetentionRun>();
        services.AddScoped<BiometricErasure>();
        services.AddScoped<DueFiles>();
        services.AddScoped<ImportArchiveEvaluation>();
        services.AddScoped<ImportArchiveConfirmation>();
        return services;
    }
}
