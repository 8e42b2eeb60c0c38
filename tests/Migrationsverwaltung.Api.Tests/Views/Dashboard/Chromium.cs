using Microsoft.Playwright;

namespace Migrationsverwaltung.Api.Tests.Views.Dashboard;

/// <summary>
/// Debian's Chromium (package 'chromium', installed by ./test.sh as root) driven by Playwright: never a browser
/// Playwright would download. MIGRATIONSVERWALTUNG_CHROMIUM names another binary.
/// </summary>
internal sealed class Chromium : IAsyncDisposable
{
    private static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private readonly IPlaywright _playwright;

    private Chromium(IPlaywright playwright, IBrowser browser) => (_playwright, Browser) = (playwright, browser);

    public IBrowser Browser { get; }

    public static string ExecutablePath => Environment.GetEnvironmentVariable("MIGRATIONSVERWALTUNG_CHROMIUM") ?? "/usr/bin/chromium";

    public static async Task<Chromium> LaunchAsync()
    {
        Assert.That(File.Exists(ExecutablePath), Is.True,
            $"{ExecutablePath} is missing: install Debian's chromium (as root: apt-get install -y chromium; ./test.sh does it).");
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath, Headless = true, Args = Arguments, Timeout = 60_000,
            });
            return new Chromium(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
