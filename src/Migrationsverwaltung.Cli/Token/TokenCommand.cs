using System.CommandLine;
using Migrationsverwaltung.Api.Infrastructure.Auth;
using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Cli.Token;

/// <summary>
/// <c>mvw token --user sb-1 --role Sachbearbeitung --team GUID</c>: prints a development token, signed with the
/// same key file the API uses in Development (created if missing), so scripts can write
/// <c>TOKEN=$(mvw token ...)</c>. The minting code is the API's own <see cref="DevTokens"/>, compiled in as a linked file.
/// </summary>
internal static class TokenCommand
{
    public static Command Create()
    {
        var user = new Option<string>("--user") { Description = "The user id (the token's sub), e.g. sb-1.", Required = true };
        var role = new Option<Role>("--role") { Description = "The role the token gives (case does not matter).", Required = true };
        var team = new Option<Guid?>("--team") { Description = "The team id; required for Sachbearbeitung and Teamleitung." };
        var keyFile = new Option<string>("--key-file")
        {
            Description = "The development signing key (base64; created if missing).",
            DefaultValueFactory = _ => DevTokens.DefaultKeyFile,
        };
        var minutes = new Option<int>("--minutes")
        {
            Description = $"Lifetime in minutes (1 to {DevTokens.MaxMinutes}).",
            DefaultValueFactory = _ => DevTokens.DefaultMinutes,
        };
        var audience = new Option<string>("--audience")
        {
            Description = "The audience (the API's Auth:Audience).",
            DefaultValueFactory = _ => DevTokens.Audience,
        };
        var command = new Command("token", "Prints a development bearer token for the API (accepted only where the API runs in Development with the same key).")
        {
            user, role, team, keyFile, minutes, audience,
        };
        command.SetAction((parsed, _) => Failures.ReportAsync(async () =>
        {
            byte[] key;
            try
            {
                key = DevTokens.LoadOrCreateKey(parsed.GetRequiredValue(keyFile));
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                await Console.Error.WriteLineAsync($"mvw: {e.Message}");
                return ExitCodes.Failed;
            }
            var token = DevTokens.Mint(key, parsed.GetRequiredValue(audience), parsed.GetRequiredValue(user), parsed.GetValue(role),
                parsed.GetValue(team), parsed.GetValue(minutes), DateTimeOffset.UtcNow);
            await Console.Out.WriteLineAsync(token.AccessToken);
            return ExitCodes.Success;
        }));
        return command;
    }
}
