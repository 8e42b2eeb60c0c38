using Migrationsverwaltung.Api.Documents.Queries;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Domain.Calendar;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Files;
using Npgsql;

namespace Migrationsverwaltung.Api.Documents.Sharing;

/// <summary>
/// What a partner's token opens: the share in the person's file as it stands now. Unknown, expired and revoked
/// tokens (and withdrawn consents, which revoke) are refused the same way, on every single access.
/// </summary>
public sealed class PartnerShares(NpgsqlDataSource dataSource, FileLoader files, CurrentActor current, TimeProvider clock)
{
    public const string Header = "X-Share-Token";
    public const string Refused = "Die Freigabe ist unbekannt, abgelaufen oder widerrufen.";

    public async Task<(PersonFile File, Share Share)> OpenAsync(string? token, CancellationToken cancellationToken)
    {
        if (current.Actor.Role != Role.Partner)
        {
            throw new ForbiddenException("Freigaben lesen nur Partnerorganisationen (Rolle Partner).");
        }
        if (!ShareTokens.LooksValid(token) || await ShareTokens.FindAsync(dataSource, token!, cancellationToken) is not { } found)
        {
            throw new ShareUnavailableException();
        }
        var (file, _, _) = await files.LoadAsync(found.PersonId, cancellationToken);
        if (file.IsDeleted || !file.Shares.TryGetValue(found.ShareId, out var share) || !share.IsActiveOn(BerlinTime.DateOf(clock.GetUtcNow())))
        {
            throw new ShareUnavailableException();
        }
        return (file, share);
    }
}

/// <summary>Unknown, expired and revoked shares answer alike (404), so a token's fate cannot be probed.</summary>
public sealed class ShareUnavailableException() : Exception(PartnerShares.Refused);
