using Migrationsverwaltung.Api.Infrastructure.Persistence;
using Migrationsverwaltung.Api.Status;
using Npgsql;

namespace Migrationsverwaltung.Api.Appointments.Public;

/// <summary>
/// The applicant's key to booking: the case's status token, looked up by its SHA-256 in the public status table,
/// never the file number or birth date. Unknown, malformed, replaced and expired tokens, and cases that have
/// ended, all get the same 404: the answer tells a guesser nothing.
/// </summary>
public sealed class StatusTokenCases(NpgsqlDataSource database)
{
    public const string Refusal = "Zu diesem Status-Token können keine Termine gebucht werden. Bitte prüfen Sie Ihre Eingabe.";

    public async Task<Guid> CaseOfAsync(string? token, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var hash = token is { Length: <= 64 } ? StatusTokens.HashBytesOf(token) : null;
        await using var command = database.CreateCommand($"""
            SELECT case_id FROM {AppSchema.Name}.public_status
            WHERE token_hash = $1 AND status NOT IN ('{PublicStatus.HandedOver}', '{PublicStatus.Closed}')
              AND (least(handed_over_at, ended_at) IS NULL OR least(handed_over_at, ended_at) + $2 > $3)
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = hash ?? [] });
        command.Parameters.Add(new NpgsqlParameter { Value = GetPublicStatus.ExpiresAfter });
        command.Parameters.Add(new NpgsqlParameter { Value = now.ToUniversalTime() });
        return await command.ExecuteScalarAsync(cancellationToken) is Guid caseId ? caseId : throw new AppointmentNotFoundException(Refusal);
    }
}
