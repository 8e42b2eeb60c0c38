using System.Net;
using System.Net.Http.Json;
using Migrationsverwaltung.Api.Infrastructure.Auth;
using Migrationsverwaltung.Api.Tests.Deploy;
using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Api.Tests.Auth;

/// <summary>
/// In Development the API signs tokens for sample users with a local key (POST /dev/tokens) and mvw does the same
/// from the command line; the key file is this fixture's own.
/// </summary>
public sealed class DevelopmentTokenTests : AuthApi
{
    private static readonly string KeyFile = Path.Combine(Path.GetTempPath(), $"mvw-dev-key-{Guid.NewGuid():N}", "dev-signing-key");

    protected override string Environment => "Development";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Auth:DevKeyFile"] = KeyFile };

    [OneTimeTearDown]
    public void RemoveKey() => Directory.Delete(Path.GetDirectoryName(KeyFile)!, recursive: true);

    [Test]
    public async Task When_minting_a_token_for_a_sample_user_Then_it_is_accepted_and_names_that_user()
    {
        using var minted = await Api.CreateClient().PostAsJsonAsync("/dev/tokens", new { userId = "sb-1", role = "Sachbearbeitung", team = TeamA });
        var token = await minted.Content.ReadFromJsonAsync<DevToken>();

        Assert.That(minted.StatusCode, Is.EqualTo(HttpStatusCode.OK), await minted.Content.ReadAsStringAsync());
        Assert.That(token!.expires_at, Is.EqualTo(DateTimeOffset.UtcNow.AddMinutes(60)).Within(TimeSpan.FromMinutes(1)));
        using var me = await GetMeAsync(token.access_token);
        Assert.That(await me.Content.ReadFromJsonAsync<MeResponse>(), Is.EqualTo(new MeResponse("sb-1", "Sachbearbeitung", Guid.Parse(TeamA))));
    }

    [Test]
    public async Task When_minting_Then_the_key_file_is_created_readable_by_its_owner_only()
    {
        using var minted = await Api.CreateClient().PostAsJsonAsync("/dev/tokens", new { userId = "admin-1", role = "Administration", minutes = 5 });

        Assert.That(minted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        if (!OperatingSystem.IsWindows())
        {
            Assert.That(File.GetUnixFileMode(KeyFile), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        }
    }

    [TestCase("""{"userId":"x-1","role":"Hausmeister"}""", "role", TestName = "When_minting_for_an_unknown_role_Then_400")]
    [TestCase("""{"userId":"sb-1","role":"Sachbearbeitung"}""", "team", TestName = "When_minting_for_a_caseworker_without_team_Then_400")]
    [TestCase("""{"userId":"","role":"Revision"}""", "userId", TestName = "When_minting_without_user_Then_400")]
    [TestCase("""{"userId":"rev-1","role":"Revision","minutes":100000}""", "minutes", TestName = "When_minting_for_too_long_Then_400")]
    public async Task BadRequest(string body, string named)
    {
        using var response = await Api.CreateClient().PostAsync("/dev/tokens", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var problem = await ProblemAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem.Detail, Does.Contain(named));
    }

    [Test]
    public async Task Given_a_token_from_mvw_token_with_the_same_key_When_asking_who_am_i_Then_the_api_accepts_it()
    {
        var printed = await Processes.RunAsync(Dotnet.Host,
            [Mvw, "token", "--user", "tl-1", "--role", "Teamleitung", "--team", TeamA, "--key-file", KeyFile, "--minutes", "5"]);
        Assert.That(printed.ExitCode, Is.Zero, printed.Error);

        using var me = await GetMeAsync(printed.Output.Trim());

        Assert.That(me.StatusCode, Is.EqualTo(HttpStatusCode.OK), await me.Content.ReadAsStringAsync());
        Assert.That(await me.Content.ReadFromJsonAsync<MeResponse>(), Is.EqualTo(new MeResponse("tl-1", "Teamleitung", Guid.Parse(TeamA))));
    }

    [Test]
    public async Task When_mvw_token_is_asked_for_a_caseworker_without_team_Then_it_exits_2_and_says_why()
    {
        var printed = await Processes.RunAsync(Dotnet.Host, [Mvw, "token", "--user", "sb-1", "--role", "Sachbearbeitung", "--key-file", KeyFile]);

        Assert.That(printed.ExitCode, Is.EqualTo(2));
        Assert.That(printed.Output, Is.Empty);
        Assert.That(printed.Error, Does.Contain("team"));
    }

    /// <summary>tests/X/bin/CONFIGURATION/net10.0 → src/Migrationsverwaltung.Cli/bin/CONFIGURATION/net10.0/mvw.dll (built first: a project reference).</summary>
    private static string Mvw
    {
        get
        {
            var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd('/'));
            var path = Repository.File("src", "Migrationsverwaltung.Cli", "bin", output.Parent!.Name, output.Name, "mvw.dll");
            Assert.That(File.Exists(path), Is.True, $"mvw.dll not built at {path}");
            return path;
        }
    }

    private sealed record DevToken(string access_token, DateTimeOffset expires_at);
}

/// <summary>Outside Development there is no /dev/tokens and no development key, even when a key file is configured.</summary>
public sealed class ProductionWithoutDevelopmentTokensTests : AuthApi
{
    private static readonly string KeyFile = Path.Combine(Path.GetTempPath(), $"mvw-dev-key-{Guid.NewGuid():N}", "dev-signing-key");

    protected override string Environment => "Production";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Auth:DevKeyFile"] = KeyFile };

    [OneTimeTearDown]
    public void RemoveKey()
    {
        if (Directory.Exists(Path.GetDirectoryName(KeyFile)))
        {
            Directory.Delete(Path.GetDirectoryName(KeyFile)!, recursive: true);
        }
    }

    [Test]
    public async Task Given_a_development_key_file_configured_When_running_in_production_Then_there_is_no_dev_tokens_route_and_its_tokens_are_refused()
    {
        using var mint = await Api.CreateClient().PostAsJsonAsync("/dev/tokens", new { userId = "admin-1", role = "Administration" });
        Assert.That(mint.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(File.Exists(KeyFile), Is.False, "no development key is created outside Development");

        var token = DevTokens.Mint(DevTokens.LoadOrCreateKey(KeyFile), Audience, "admin-1", Role.Administration, null, 5, DateTimeOffset.UtcNow);
        using var response = await GetMeAsync(token.AccessToken);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }
}
