using Migrationsverwaltung.Api.Infrastructure.Persistence;
using Migrationsverwaltung.Domain.Cases;
using Migrationsverwaltung.EventStore;
using Migrationsverwaltung.EventStore.Projections;
using Npgsql;

namespace Migrationsverwaltung.Api.Status;

/// <summary>
/// Inline projection "public_status": one row per registered case, keyed by the status token's SHA-256, holding
/// only the coarse public state and the dates the token's expiry counts from. No file number, no person, no
/// detailed step: a leaked row tells no more than the lookup would.
/// The key is the hash's 32 bytes; the events carry it as hex (<see cref="TokenHashAsBytes"/>).
/// The status lookup's audit table (status_lookups) is created here too, so both exist before the API is ready;
/// a rebuild resets only public_status.
/// </summary>
public sealed class PublicStatusProjection : IProjection
{
    internal const string Table = $"{AppSchema.Name}.public_status";

    public string Name => "public_status";

    public async Task EnsureSchemaAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        // The app schema's migration lock: instances starting together, and the app migrations, wait for each other.
        await using var command = new NpgsqlCommand($"""
            SELECT pg_advisory_xact_lock(hashtextextended('mvw-migrate:{AppSchema.Name}', 0));
            CREATE SCHEMA IF NOT EXISTS {AppSchema.Name};
            CREATE TABLE IF NOT EXISTS {Table} (
                token_hash bytea PRIMARY KEY CHECK (length(token_hash) = 32),
                case_id uuid NOT NULL UNIQUE,
                status text NOT NULL,
                parked_from text,
                handed_over_at timestamptz,
                ended_at timestamptz,
                updated_at timestamptz NOT NULL);
            {TokenHashAsBytes.ForSchema}
            {StatusLookupLog.Schema}
            """, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>From this many case events on, a batch is applied set-based (<see cref="PublicStatusBatch"/>): one read, one upsert.</summary>
    public const int SetBasedFrom = 64;

    public async Task ApplyAsync(NpgsqlConnection connection, IReadOnlyList<StoredEvent> events, CancellationToken cancellationToken)
    {
        var caseEvents = events.Select(e => e.Data).OfType<CaseEvent>().ToList();
        if (caseEvents.Count >= SetBasedFrom)
        {
            await PublicStatusBatch.ApplyAsync(connection, Table, caseEvents, cancellationToken);
            return;
        }
        await ApplyEachAsync(connection, caseEvents, cancellationToken);
    }

    /// <summary>One statement per event (an append's few events): no read needed.</summary>
    internal async Task ApplyEachAsync(NpgsqlConnection connection, IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection);
        foreach (var change in events)
        {
            if (CommandFor(change) is { } command)
            {
                batch.BatchCommands.Add(command);
            }
        }
        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async Task ResetAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"TRUNCATE {Table}", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static NpgsqlBatchCommand? CommandFor(CaseEvent e) => e switch
    {
        CaseRegistered r => Command($"""
            INSERT INTO {Table} (token_hash, case_id, status, updated_at) VALUES ($2, $1, '{PublicStatus.Received}', $3)
            ON CONFLICT (case_id) DO UPDATE SET token_hash = excluded.token_hash, status = excluded.status, updated_at = excluded.updated_at
            """, r.CaseId, Convert.FromHexString(r.StatusTokenHash), r.At),
        // The new hash replaces the old one in place: the old token is unknown from this commit on.
        StatusTokenReissued r => Command($"UPDATE {Table} SET token_hash = $2 WHERE case_id = $1", r.CaseId, Convert.FromHexString(r.StatusTokenHash)),
        CaseParked => Command($"UPDATE {Table} SET parked_from = status, status = '{PublicStatus.InProgress}', updated_at = $2 WHERE case_id = $1", e.CaseId, e.At),
        CaseResumed => Command($"UPDATE {Table} SET status = coalesce(parked_from, status), parked_from = NULL, updated_at = $2 WHERE case_id = $1", e.CaseId, e.At),
        DocumentHandedOver or EatDeliveredToApplicant => Command(
            $"UPDATE {Table} SET status = '{PublicStatus.HandedOver}', handed_over_at = coalesce(handed_over_at, $2), updated_at = $2 WHERE case_id = $1",
            e.CaseId, e.At),
        // zdA changes nothing the applicant sees; it ends the case, which starts the expiry if no handover did.
        CaseClosed => Command($"UPDATE {Table} SET ended_at = coalesce(ended_at, $2) WHERE case_id = $1", e.CaseId, e.At),
        _ when StatusAfter(e) is { } status && PublicStatus.Of(status) is { } shown => Command(
            $"UPDATE {Table} SET status = $3, parked_from = NULL, updated_at = $2{(Ends(e) ? ", ended_at = coalesce(ended_at, $2)" : "")} WHERE case_id = $1",
            e.CaseId, e.At, shown),
        _ => null,
    };

    /// <summary>
    /// The procedure step an event leads to, as <see cref="CaseEvolution.Evolve"/> sets it; null for events that
    /// do not move the case (fees, participations, Fiktion, assignment) or are handled above.
    /// </summary>
    public static CaseStatus? StatusAfter(CaseEvent e) => e switch
    {
        CaseRegistered => CaseStatus.Registered,
        CompletenessCheckStarted or DocumentsReceived => CaseStatus.CompletenessCheck,
        DocumentsRequested => CaseStatus.DocumentsRequested,
        ProceededWithoutDocuments or ReadyForDecisionDeclared or RejectionProposalReturned => CaseStatus.ReadyForDecision,
        ApplicationDeclaredComplete => CaseStatus.Appearance,
        AppearanceCompleted => CaseStatus.Participation,
        IntentToRejectAnnounced => CaseStatus.HearingPending,
        RejectionProposed => CaseStatus.InReview,
        CaseGranted => CaseStatus.Granted,
        CaseRejected => CaseStatus.Rejected,
        LegalRemedyFiled => CaseStatus.LegalRemedyFiled,
        RejectionBecameFinal => CaseStatus.Final,
        EatOrdered => CaseStatus.EatOrdered,
        EatInProduction => CaseStatus.EatInProduction,
        EatDeliveredToOffice => CaseStatus.EatDeliveredToOffice,
        EatReadyForPickup => CaseStatus.ReadyForPickup,
        DocumentHandedOver => CaseStatus.HandedOver,
        EatDeliveredToApplicant => CaseStatus.DeliveredToApplicant,
        CaseWithdrawn => CaseStatus.Withdrawn,
        CaseSettled => CaseStatus.Settled,
        CaseParked => CaseStatus.Parked,
        CaseClosed => CaseStatus.Closed,
        _ => null,
    };

    /// <summary>The procedure is over for the applicant: the token expires some weeks later even without a handover.</summary>
    internal static bool Ends(CaseEvent e) => e is RejectionBecameFinal or CaseWithdrawn or CaseSettled;

    private static NpgsqlBatchCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            // timestamptz takes UTC only; events read back from JSON may carry another offset.
            command.Parameters.Add(new NpgsqlParameter { Value = value is DateTimeOffset at ? at.ToUniversalTime() : value });
        }
        return command;
    }
}
