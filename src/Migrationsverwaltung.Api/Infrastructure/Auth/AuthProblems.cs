using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.IdentityModel.Tokens;

namespace Migrationsverwaltung.Api.Infrastructure.Auth;

/// <summary>
/// 401 and 403 as ProblemDetails, titled like the pipeline's own (<see cref="ErrorMapping"/>). A 401 carries
/// <c>WWW-Authenticate: Bearer</c>, with <c>error="invalid_token"</c> and a short English reason when a token
/// was sent but refused (RFC 6750); the body explains it in German.
/// </summary>
internal static class AuthProblems
{
    public static async Task ChallengeAsync(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var (reason, detail) = Describe(context.AuthenticateFailure);
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = reason is null
            ? JwtBearerDefaults.AuthenticationScheme
            : $"{JwtBearerDefaults.AuthenticationScheme} error=\"invalid_token\", error_description=\"{reason}\"";
        await WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized, "Nicht angemeldet", detail);
    }

    public static Task ForbidAsync(HttpContext context, string detail) =>
        WriteAsync(context, StatusCodes.Status403Forbidden, "Nicht erlaubt", detail);

    private static async Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }

    private static (string? Reason, string Detail) Describe(Exception? failure) => failure switch
    {
        null => (null, "Diese Anfrage erfordert eine Anmeldung mit einem Bearer-Token."),
        InvalidActorClaimsException e => (e.Message, e.Detail),
        SecurityTokenExpiredException => ("the token expired", "Das Token ist abgelaufen."),
        SecurityTokenNotYetValidException => ("the token is not valid yet", "Das Token ist noch nicht gültig."),
        SecurityTokenNoExpirationException => ("the token has no expiry", "Das Token hat kein Ablaufdatum (exp)."),
        SecurityTokenInvalidAudienceException => ("the token is meant for another audience", "Das Token ist für eine andere Anwendung ausgestellt (aud)."),
        SecurityTokenInvalidIssuerException => ("the issuer is not trusted", "Das Token stammt nicht von einem vertrauenswürdigen Aussteller (iss)."),
        SecurityTokenInvalidAlgorithmException => ("the signing algorithm is not accepted", "Das Signaturverfahren des Tokens wird nicht akzeptiert."),
        SecurityTokenInvalidSignatureException => ("the signature is invalid", "Die Signatur des Tokens ist ungültig."),
        _ => ("the token is invalid", "Das Token ist ungültig."),
    };
}
