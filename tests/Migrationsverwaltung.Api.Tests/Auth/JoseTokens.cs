using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Migrationsverwaltung.Api.Tests.Deploy;

namespace Migrationsverwaltung.Api.Tests.Auth;

/// <summary>What jose signs: a base64 HS256 secret or a PKCS#8 PEM private key, the claims as they go into the token.</summary>
internal sealed record JoseSpec(string Alg, IReadOnlyDictionary<string, object?> Claims, string? Secret = null, string? PrivateKeyPem = null, string? Kid = null);

/// <summary>
/// Tokens signed by the npm package jose, a JWT library that shares nothing with .NET, to show that the API takes
/// standard tokens and not only its own. jose is installed with <c>npm ci</c> from Auth/Jose's lock file into
/// /tmp/mvw-jose-HASH (reused while the lock file and the script are unchanged). Without node and npm the tests
/// fail: nothing is skipped.
/// </summary>
internal static class JoseTokens
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
    private static readonly string[] Files = ["package.json", "package-lock.json", "mint.mjs"];
    private static readonly SemaphoreSlim InstallLock = new(1, 1);
    private static string? _folder;

    public static async Task<string> SignAsync(JoseSpec spec) => (await SignAsync([spec]))[0];

    public static async Task<IReadOnlyList<string>> SignAsync(IReadOnlyList<JoseSpec> specs)
    {
        var folder = await InstallAsync();
        var signed = await Processes.RunAsync("node", [Path.Combine(folder, "mint.mjs")], folder, JsonSerializer.Serialize(specs, Json));
        Assert.That(signed.ExitCode, Is.Zero, $"node mint.mjs failed:\n{signed.Error}");
        return JsonSerializer.Deserialize<string[]>(signed.Output)!;
    }

    private static async Task<string> InstallAsync()
    {
        await InstallLock.WaitAsync();
        try
        {
            return _folder ??= await InstallOnceAsync();
        }
        finally
        {
            InstallLock.Release();
        }
    }

    private static async Task<string> InstallOnceAsync()
    {
        var source = Repository.File("tests", "Migrationsverwaltung.Api.Tests", "Auth", "Jose");
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(Files.Select(f => File.ReadAllText(Path.Combine(source, f))))));
        var folder = Path.Combine(Path.GetTempPath(), $"mvw-jose-{Convert.ToHexStringLower(hash)[..16]}");
        if (File.Exists(Path.Combine(folder, "node_modules", "jose", "package.json")))
        {
            return folder;
        }
        // A folder of our own first, then one atomic rename: other test runs on this machine may install at the same time.
        var staging = Directory.CreateTempSubdirectory("mvw-jose-staging-").FullName;
        foreach (var file in Files)
        {
            File.Copy(Path.Combine(source, file), Path.Combine(staging, file));
        }
        Processes.Result installed;
        try
        {
            installed = await Processes.RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--prefer-offline"], staging, timeout: TimeSpan.FromMinutes(3));
        }
        catch (FileNotFoundException e)
        {
            Directory.Delete(staging, recursive: true);
            Assert.Fail($"{e.Message} The authentication tests sign tokens with the npm package jose: install Node.js and npm (apt-get install nodejs npm).");
            throw;
        }
        if (installed.ExitCode != 0)
        {
            Directory.Delete(staging, recursive: true);
            Assert.Fail($"npm ci (jose, pinned in {source}/package-lock.json) failed; the npm registry must be reachable once, later runs use npm's cache:\n{installed.Error}");
        }
        try
        {
            Directory.Move(staging, folder);
        }
        catch (IOException) when (Directory.Exists(folder))
        {
            Directory.Delete(staging, recursive: true);
        }
        return folder;
    }
}
