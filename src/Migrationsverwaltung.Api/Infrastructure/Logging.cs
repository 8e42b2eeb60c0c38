using Serilog;

namespace Migrationsverwaltung.Api.Infrastructure;

public static class Logging
{
    /// <summary>
    /// Serilog, configured from the "Serilog" section. Serilog.AspNetCore does not restore here, so Serilog is
    /// plugged into Microsoft.Extensions.Logging directly and requests are logged by <see cref="RequestLogging"/>.
    /// </summary>
    public static WebApplicationBuilder AddSerilogLogging(this WebApplicationBuilder builder)
    {
        var logger = new LoggerConfiguration().ReadFrom.Configuration(builder.Configuration).CreateLogger();
        // Serilog's own minimum levels decide; Microsoft's default filter would drop Debug before Serilog saw it.
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Trace).AddSerilog(logger, dispose: true);
        return builder;
    }
}
