namespace Migrationsverwaltung.Api.Tests.Deploy;

/// <summary>
/// The output of <c>dotnet publish src/Migrationsverwaltung.Api</c>. ./test.sh publishes once before the tests
/// and exports the folder; elsewhere (an IDE) the test publishes into a temporary folder of its own.
/// </summary>
internal sealed class PublishedApi : IDisposable
{
    public const string EnvironmentVariable = "MIGRATIONSVERWALTUNG_PUBLISHED_API";
    private readonly bool _owned;

    private PublishedApi(string folder, bool owned)
    {
        Folder = folder;
        _owned = owned;
    }

    public string Folder { get; }

    public static async Task<PublishedApi> FindOrPublishAsync()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } given && Directory.Exists(given))
        {
            return new PublishedApi(given, owned: false);
        }
        var folder = Path.Combine(Path.GetTempPath(), $"mvw-publish-{Guid.NewGuid():N}"[..20]);
        var published = await ChildProcess.RunAsync(Dotnet.Host,
            ["publish", Repository.File("src", "Migrationsverwaltung.Api"), "-c", "Release", "-o", folder], TimeSpan.FromMinutes(5));
        Assert.That(published.ExitCode, Is.Zero, $"dotnet publish failed:\n{published.Output}");
        return new PublishedApi(folder, owned: true);
    }

    public void Dispose()
    {
        if (_owned)
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
