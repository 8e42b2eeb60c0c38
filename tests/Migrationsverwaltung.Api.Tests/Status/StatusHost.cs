using Microsoft.AspNetCore.Builder;
using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Migrationsverwaltung.Api.Tests.Status;

/// <summary>A clock the test moves by hand; commands and the lookup both read it.</summary>
internal sealed class MovableClock(DateTimeOffset start) : TimeProvider
{
    private long _utcTicks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _utcTicks, by.Ticks);
}

/// <summary>Every log message of the host, formatted, to show that no token reaches the log.</summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    public ConcurrentQueue<(string Category, LogLevel Level, string Message)> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Capture(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Capture(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs.Lines.Enqueue((category, logLevel, formatter(state, exception) + exception));
    }
}

/// <summary>The API of one fixture with the status lookup's knobs: the clock, the rate limit, captured logs.</summary>
internal sealed class StatusHost
{
    private StatusHost(WebApplicationFactory<Program> factory, MovableClock clock, CapturedLogs logs)
    {
        Factory = factory;
        Clock = clock;
        Logs = logs;
    }

    public WebApplicationFactory<Program> Factory { get; }
    public MovableClock Clock { get; }
    public CapturedLogs Logs { get; }
    public IServiceProvider Services => Factory.Services;
    public DateOnly Today => Domain.Calendar.BerlinTime.DateOf(Clock.GetUtcNow());

    public static async Task<StatusHost> StartAsync(ApiFactory api, int permitsPerMinute, IReadOnlyDictionary<string, string?>? settings = null, System.Net.IPAddress? clientAddress = null)
    {
        var clock = new MovableClock(DateTimeOffset.UtcNow);
        var logs = new CapturedLogs();
        var factory = api.WithWebHostBuilder(builder =>
        {
            builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["StatusLookup:PermitsPerMinute"] = permitsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }.Concat(settings ?? new Dictionary<string, string?>()).ToDictionary()));
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<TimeProvider>(clock);
                services.AddSingleton<ILoggerProvider>(logs);
                if (clientAddress is not null)
                {
                    services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter>(new ClientAddressFilter(clientAddress));
                }
            });
        });
        var host = new StatusHost(factory, clock, logs);
        var client = factory.CreateClient();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while ((await client.GetAsync("/health/ready")).StatusCode != HttpStatusCode.OK)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The API did not become ready.");
            }
            await Task.Delay(100);
        }
        return host;
    }

    public Task<HttpResponseMessage> LookUpAsync(string token, string? acceptLanguage = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/status/" + Uri.EscapeDataString(token));
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }
        return Factory.CreateClient().SendAsync(request);
    }
}

/// <summary>
/// A response reduced to what a caller can observe: status code, every header, the body's bytes. Headers that
/// differ on every request whatever was asked (the correlation id, the date) are left out.
/// </summary>
internal sealed record Observed(HttpStatusCode Code, string Headers, byte[] Body)
{
    private static readonly HashSet<string> PerRequest = new(StringComparer.OrdinalIgnoreCase) { "X-Correlation-Id", "Date" };

    public static async Task<Observed> Of(HttpResponseMessage response)
    {
        using (response)
        {
            var headers = response.Headers.Concat(response.Content.Headers)
                .Where(h => !PerRequest.Contains(h.Key))
                .Select(h => $"{h.Key}: {string.Join(", ", h.Value)}").Order(StringComparer.Ordinal);
            return new Observed(response.StatusCode, string.Join("\n", headers), await response.Content.ReadAsByteArrayAsync());
        }
    }

    public string Text => System.Text.Encoding.UTF8.GetString(Body);
}

/// <summary>The test server has no remote address; this gives every request the one a test needs.</summary>
internal sealed class ClientAddressFilter(IPAddress address) : Microsoft.AspNetCore.Hosting.IStartupFilter
{
    public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, call) =>
        {
            context.Connection.RemoteIpAddress = address;
            await call();
        });
        next(app);
    };
}
