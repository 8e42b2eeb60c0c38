using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Migrationsverwaltung.Api.Infrastructure.Auth;

/// <summary>
/// Bearer tokens as any OIDC provider issues them: signature (configured keys, the provider's JWKS, or in
/// Development the local key), issuer, audience and lifetime are checked; claim names stay as in the token
/// (<c>sub</c> stays <c>sub</c>). A token whose claims give no user or a malformed team fails here (401).
/// </summary>
internal sealed class JwtBearerSetup(IOptions<AuthSettings> settings, DevSigningKey devKey, ILogger<JwtBearerSetup> logger)
    : IConfigureNamedOptions<JwtBearerOptions>
{
    private static readonly string[] Algorithms =
    [
        SecurityAlgorithms.HmacSha256, SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.EcdsaSha256,
    ];

    public void Configure(JwtBearerOptions options) => Configure(JwtBearerDefaults.AuthenticationScheme, options);

    public void Configure(string? name, JwtBearerOptions options)
    {
        if (name != JwtBearerDefaults.AuthenticationScheme)
        {
            return;
        }
        var auth = settings.Value;
        var keys = auth.ParseSigningKeys();
        var issuers = new List<string>();
        if (auth.Issuer is { Length: > 0 } issuer)
        {
            issuers.Add(issuer);
        }
        var withProvider = auth.MetadataAddress is { Length: > 0 };
        if (auth.MetadataAddress is { Length: > 0 } metadata)
        {
            // The handler adds the provider's issuer and its JWKS keys to the ones configured here.
            options.MetadataAddress = metadata;
            options.RequireHttpsMetadata = auth.RequireHttpsMetadata;
        }
        options.MapInboundClaims = false;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuers = issuers,
            ValidateAudience = true,
            ValidAudience = auth.Audience,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = TimeSpan.FromSeconds(auth.ClockSkewSeconds),
            IssuerSigningKeys = keys,
            ValidAlgorithms = Algorithms,
            NameClaimType = ActorClaims.Subject,
            RoleClaimType = "role",
        };
        if (devKey.IsEnabled)
        {
            issuers.Add(DevTokens.Issuer);
            // Read lazily: the key file is only created once a token needs it.
            options.TokenValidationParameters.IssuerSigningKeyResolver = (_, _, _, _) => [.. keys, new SymmetricSecurityKey(devKey.Bytes)];
        }
        options.Events = new JwtBearerEvents
        {
            OnTokenValidated = RefuseTokensWithoutActor,
            OnChallenge = AuthProblems.ChallengeAsync,
        };
        if (keys.Count == 0 && !withProvider && !devKey.IsEnabled)
        {
            logger.LogWarning("Auth: neither Auth:SigningKeys nor Auth:MetadataAddress is configured; every token is refused");
        }
        else if (issuers.Count == 0 && !withProvider)
        {
            logger.LogWarning("Auth: Auth:Issuer is not configured; every token is refused");
        }
    }

    private static Task RefuseTokensWithoutActor(TokenValidatedContext context)
    {
        if (ActorClaims.Read(context.Principal!) is { IsInvalid: true } reading)
        {
            context.Fail(new InvalidActorClaimsException(reading.Reason!, reading.Detail!));
        }
        return Task.CompletedTask;
    }
}

/// <summary>The token is authentic, but its claims do not describe a user of ours (no <c>sub</c>, malformed <c>team</c>).</summary>
internal sealed class InvalidActorClaimsException(string reason, string detail) : Exception(reason)
{
    public string Detail { get; } = detail;
}
