using System.Net.Mail;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Migrationsverwaltung.Api.Infrastructure.AccessLog;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Persistence;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Persons;
using Migrationsverwaltung.Domain.Reminders;
using Npgsql;
using Store = Migrationsverwaltung.EventStore.EventStore;

namespace Migrationsverwaltung.Api.Reminders;

/// <summary>
/// Delivers the outbox at least once. A sender claims due rows with FOR UPDATE SKIP LOCKED and a lease, so several
/// instances share the work without sending a row twice in the normal case. It reads the address from the person's
/// record only now (consent checked again; access-logged), sends with the row's fixed Message-ID, then marks the row
/// sent. If it dies between the server's acceptance and that mark, the lease runs out and another sender sends again,
/// with the same Message-ID, so the duplicate is recognisable. Transport failures retry with exponential backoff.
/// </summary>
public sealed class ReminderSender(NpgsqlDataSource database, Store store, IReminderTransport transport, IOptions<ReminderOptions> options, ILogger<ReminderSender> logger, string instance)
{
    private const string Outbox = $"{AppSchema.Name}.reminder_outbox";
    private static readonly Actor System = new("system:reminders", Role.Administration, Guid.Empty);

    public string Instance { get; } = instance;

    private sealed record Claimed(Guid Id, ReminderKind Kind, Guid PersonId, DateOnly About, string Language, string MessageId, int Attempts);

    /// <summary>Claims one batch and delivers it; the number of rows claimed (0: nothing due).</summary>
    public async Task<int> ProcessOnceAsync(CancellationToken cancellationToken)
    {
        var claimed = await ClaimAsync(cancellationToken);
        foreach (var row in claimed)
        {
            await DeliverAsync(row, cancellationToken);
        }
        return claimed.Count;
    }

    private async Task<List<Claimed>> ClaimAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var command = database.CreateCommand($"""
            UPDATE {Outbox} SET lease_owner = $1, lease_until = now() + $2, attempts = attempts + 1
            WHERE id IN (SELECT id FROM {Outbox}
                         WHERE status = 'pending' AND next_attempt_at <= now() AND (lease_until IS NULL OR lease_until < now()) AND kind = ANY($4)
                         ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED)
            RETURNING id, kind, person_id, about_date, language, message_id, attempts
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = Instance });
        command.Parameters.Add(new NpgsqlParameter { Value = settings.Lease });
        command.Parameters.Add(new NpgsqlParameter { Value = settings.BatchSize });
        // Only kinds this version can render: during a rolling upgrade an older instance leaves a newer kind to the newer ones.
        command.Parameters.Add(new NpgsqlParameter { Value = ReminderKinds.All.Select(ReminderKinds.CodeOf).ToArray() });
        var rows = new List<Claimed>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new Claimed(reader.GetGuid(0), ReminderKinds.FromCode(reader.GetString(1)), reader.GetGuid(2), reader.GetFieldValue<DateOnly>(3),
                reader.GetString(4), reader.GetString(5), reader.GetInt32(6)));
        }
        return rows;
    }

    private async Task DeliverAsync(Claimed row, CancellationToken cancellationToken)
    {
        var person = (await store.AggregateStreamAsync(row.PersonId, Person.Initial, (s, e) => e is PersonEvent p ? PersonEvolution.Evolve(s, p) : s, cancellationToken: cancellationToken))?.State ?? Person.Initial;
        await RecordReadAsync(row.PersonId, cancellationToken);
        if (!person.MayContactBy(ContactChannel.Email))
        {
            // Consent withdrawn (or the record restricted) since the scan: nothing is sent.
            await FinishAsync(row.Id, "skipped", cancellationToken);
            logger.LogInformation("Reminder {ReminderId} skipped: no e-mail consent any more", row.Id);
            return;
        }
        try
        {
            await transport.SendAsync(new OutgoingMail(row.MessageId, person.Email!, ReminderTemplates.Render(row.Kind, row.Language, row.About)), cancellationToken);
        }
        catch (Exception error) when (error is SmtpException or IOException or SocketException)
        {
            var delay = options.Value.RetryDelayAfter(row.Attempts);
            await RetryLaterAsync(row, error.GetType().Name, delay, cancellationToken);
            logger.LogWarning("Reminder {ReminderId} not delivered (attempt {Attempt}, {Error}); next try in {Delay}", row.Id, row.Attempts, error.GetType().Name, delay);
            return;
        }
        await FinishAsync(row.Id, "sent", cancellationToken);
        logger.LogInformation("Reminder {ReminderId} ({Kind}) delivered by {Instance}", row.Id, ReminderKinds.CodeOf(row.Kind), Instance);
    }

    private async Task FinishAsync(Guid id, string status, CancellationToken cancellationToken)
    {
        // Not tied to our lease: if another sender already finished the row, it stays as it is.
        await using var command = database.CreateCommand($"""
            UPDATE {Outbox} SET status = $2, sent_at = CASE WHEN $2 = 'sent' THEN now() END, lease_owner = NULL, lease_until = NULL
            WHERE id = $1 AND status = 'pending'
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = status });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task RetryLaterAsync(Claimed row, string error, TimeSpan delay, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand($"""
            UPDATE {Outbox} SET lease_owner = NULL, lease_until = NULL, last_error = $2, next_attempt_at = now() + $3,
                status = CASE WHEN attempts >= $4 THEN 'failed' ELSE 'pending' END
            WHERE id = $1 AND status = 'pending'
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = row.Id });
        command.Parameters.Add(new NpgsqlParameter { Value = error });
        command.Parameters.Add(new NpgsqlParameter { Value = delay });
        command.Parameters.Add(new NpgsqlParameter { Value = options.Value.MaxAttempts });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Reading the address is a read of personal data: it goes to the access log like any other.</summary>
    private async Task RecordReadAsync(Guid personId, CancellationToken cancellationToken)
    {
        var actor = new CurrentActor();
        actor.Set(System);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await AccessLogWriter.RecordAsync(connection, actor, "SendReminder", [personId], cancellationToken);
    }
}
