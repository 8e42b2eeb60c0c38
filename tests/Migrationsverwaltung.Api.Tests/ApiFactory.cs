using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace Migrationsverwaltung.Api.Tests;

/// <summary>The API in memory, with configuration overrides applied on top of appsettings.json.</summary>
internal sealed class ApiFactory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    public static ApiFactory WithDatabase(string connectionString) =>
        new(new Dictionary<string, string?> { ["ConnectionStrings:EventStore"] = connectionString });

    /// <summary>The store migrates in the background after start; /health/ready turns 200 when it is done (or never: then the last answer).</summary>
    public async Task<HttpResponseMessage> WaitUntilReadyAsync(TimeSpan? timeout = null)
    {
        var client = CreateClient();
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var response = await client.GetAsync("/health/ready");
            if (response.StatusCode == System.Net.HttpStatusCode.OK || DateTime.UtcNow > deadline)
            {
                return response;
            }
            response.Dispose();
            await Task.Delay(100);
        }
    }

    /// <summary>Tests bring their own data: the Development sample data stays off unless a test turns it on.</summary>
    private static readonly Dictionary<string, string?> Defaults = new() { ["Samples:Seed"] = "false" };

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(Defaults).AddInMemoryCollection(settings));
}
