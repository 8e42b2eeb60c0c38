using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace Migrationsverwaltung.Api.Tests;

/// <summary>The API in memory, with configuration overrides applied on top of appsettings.json.</summary>
internal sealed class ApiFactory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    public static ApiFactory WithDatabase(string connectionString) =>
        new(new Dictionary<string, string?> { ["ConnectionStrings:EventStore"] = connectionString });

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(settings));
}
