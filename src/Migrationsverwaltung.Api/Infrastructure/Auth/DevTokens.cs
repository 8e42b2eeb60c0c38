using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Api.Infrastructure.Auth;

/// <summary>
/// Development tokens: HS256 JWTs for the sample users, signed with a local key file. This one source file is
/// compiled into the API (<c>POST /dev/tokens</c>) and, as a linked file, into mvw (<c>mvw token</c>), so both
/// mint the same tokens. It uses only the BCL, so the CLI needs no JWT package; the API checks these tokens with
/// Microsoft.IdentityModel like any other.
/// </summary>
internal static class DevTokens
{
    public const string Issuer = "migrationsverwaltung-dev";
    public const string Audience = "migrationsverwaltung";
    public const string DefaultKeyFile = ".data/dev-signing-key";
    public const int DefaultMinutes = 60;
    public const int MaxMinutes = 24 * 60;
    private const int KeyBytes = 32; // HS256 wants a key of at least 256 bits

    public sealed record Token(string AccessToken, DateTimeOffset ExpiresAt);

    public static Token Mint(byte[] key, string audience, string userId, Role role, Guid? team, int minutes, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(userId) || userId.Length > 100)
        {
            throw new ArgumentException("userId must be 1 to 100 characters.", nameof(userId));
        }
        if (minutes is < 1 or > MaxMinutes)
        {
            throw new ArgumentException($"minutes must be between 1 and {MaxMinutes}.", nameof(minutes));
        }
        if (team is null && role is Role.Sachbearbeitung or Role.Teamleitung)
        {
            throw new ArgumentException($"The role {role} works in a team: give its team id.", nameof(team));
        }
        var expires = now.AddMinutes(minutes);
        var claims = new Dictionary<string, object>
        {
            ["iss"] = Issuer,
            ["aud"] = audience,
            ["sub"] = userId,
            ["role"] = role.ToString(),
            ["iat"] = now.ToUnixTimeSeconds(),
            ["nbf"] = now.ToUnixTimeSeconds(),
            ["exp"] = expires.ToUnixTimeSeconds(),
            ["jti"] = Guid.NewGuid().ToString("N"),
        };
        if (team is { } teamId)
        {
            claims["team"] = teamId.ToString();
        }
        var unsigned = $"{Encode("""{"alg":"HS256","typ":"JWT"}"""u8)}.{Encode(JsonSerializer.SerializeToUtf8Bytes(claims))}";
        var signature = HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(unsigned));
        return new Token($"{unsigned}.{Encode(signature)}", DateTimeOffset.FromUnixTimeSeconds(expires.ToUnixTimeSeconds()));
    }

    /// <summary>Reads the base64 key from <paramref name="path"/>, creating it (mode 0600) on first use.</summary>
    public static byte[] LoadOrCreateKey(string path)
    {
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }
            using (var writer = new StreamWriter(temporary, Encoding.ASCII, options))
            {
                writer.WriteLine(Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyBytes)));
            }
            try
            {
                File.Move(temporary, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                File.Delete(temporary); // another process (the API or mvw) created it first: use theirs
            }
        }
        return Decode(File.ReadAllText(path), path);
    }

    private static byte[] Decode(string text, string path)
    {
        try
        {
            var key = Convert.FromBase64String(text.Trim());
            return key.Length >= KeyBytes ? key : throw new InvalidDataException($"The signing key in {path} is shorter than {KeyBytes} bytes.");
        }
        catch (FormatException)
        {
            throw new InvalidDataException($"{path} does not hold a base64 signing key.");
        }
    }

    private static string Encode(ReadOnlySpan<byte> bytes) => Base64Url.EncodeToString(bytes);
}
