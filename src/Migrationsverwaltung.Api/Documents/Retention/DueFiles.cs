using Migrationsverwaltung.Api.Documents.Queries;
using Migrationsverwaltung.Domain.Calendar;
using Migrationsverwaltung.Domain.Files;

namespace Migrationsverwaltung.Api.Documents.Retention;

/// <summary>A file on its way out: its retention, where it stands, a legal hold. No personal data.</summary>
public sealed record DueFile(Guid PersonId, Guid FileId, string RetentionClass, DisposalType Disposal, DateOnly ClosingDate, DateOnly DueOn,
    DisposalStage Stage, string? ArchiveProcessId, ArchiveDecision? Decision, bool ReceiptConfirmed, string? LegalHold);

/// <summary>`mvw retention due` and GET /api/v1/retention/due: the files whose retention ended on or before the day and that are not deleted.</summary>
public sealed class DueFiles(RetentionCandidates candidates, FileLoader files, TimeProvider clock)
{
    public async Task<IReadOnlyList<DueFile>> ListAsync(DateOnly? asOf, CancellationToken cancellationToken)
    {
        var today = asOf ?? BerlinTime.DateOf(clock.GetUtcNow());
        var due = new List<DueFile>();
        foreach (var personId in await candidates.PersonsWithRetentionAsync(cancellationToken))
        {
            var file = (await files.LoadAsync(personId, cancellationToken)).File;
            if (file is { IsDeleted: false, Retention: { } r } && r.DueOn <= today)
            {
                due.Add(new DueFile(personId, file.Id, r.RetentionClass, r.Disposal, r.ClosingDate, r.DueOn, file.Disposal, file.ArchiveProcessId,
                    file.Decision, file.ReceiptConfirmed, file.LegalHold));
            }
        }
        return [.. due.OrderBy(d => d.DueOn).ThenBy(d => d.PersonId)];
    }
}
