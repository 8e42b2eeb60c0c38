using System.Collections.Immutable;

namespace Migrationsverwaltung.Domain.Files;

/// <summary>Evolve: records what was decided; it holds no rules.</summary>
public static class FileEvolution
{
    public static PersonFile Evolve(PersonFile state, FileEvent @event) => @event switch
    {
        FileOpened e => state with { Id = e.FileId, PersonId = e.PersonId, OfficeId = e.OfficeId, IsOpen = true },
        FileImported e => state with { ImportedFrom = e.FromAuthority },
        DocumentAdded e => state with
        {
            Documents = state.Documents.SetItem(e.DocumentId, new FileDocument(
                e.DocumentId, e.DocumentType, e.Title, e.ReceivedOn, e.Channel, e.Confidentiality, e.ValidUntil,
                [new DocumentVersion(1, e.ContentId, e.Sha256, e.Size, e.MediaType, e.FileName, e.Scan, e.At, e.By)], [])),
        },
        DocumentVersionAdded e => Update(state, e.DocumentId, d => d with
        {
            Versions = d.Versions.Add(new DocumentVersion(e.Version, e.ContentId, e.Sha256, e.Size, e.MediaType, e.FileName, e.Scan, e.At, e.By)),
        }),
        DocumentReclassified e => Update(state, e.DocumentId, d => d with
        {
            DocumentType = e.DocumentType, Title = e.Title, Confidentiality = e.Confidentiality, ValidUntil = e.ValidUntil,
        }),
        DocumentLinkedToCase e => Update(state, e.DocumentId, d => d with { Cases = d.Cases.Add(e.CaseId) }),
        DocumentUnlinkedFromCase e => Update(state, e.DocumentId, d => d with { Cases = d.Cases.Remove(e.CaseId) }),
        InfectedUploadRefused => state with { InfectedUploads = state.InfectedUploads + 1 },
        SharingConsentRecorded e => state with { Consents = state.Consents.SetItem(e.Partner, new SharingConsent(e.Partner, e.Purpose, e.Until)) },
        SharingConsentWithdrawn e => state with { Consents = state.Consents.Remove(e.Partner) },
        DocumentsShared e => state with
        {
            Shares = state.Shares.SetItem(e.ShareId, new Share(e.ShareId, e.Partner, e.Purpose, [.. e.DocumentIds], e.Until, Revoked: false)),
        },
        ShareRevoked e => state.Shares.TryGetValue(e.ShareId, out var share)
            ? state with { Shares = state.Shares.SetItem(e.ShareId, share with { Revoked = true }) }
            : state,
        RetentionAssigned e => state with { Retention = new RetentionAssignment(e.RetentionClass, e.Disposal, e.ClosingDate, e.DueOn) },
        LegalHoldPlaced e => state with { LegalHold = e.Reference },
        LegalHoldLifted => state with { LegalHold = null },
        FileOfferedToArchive e => state with { Disposal = DisposalStage.Offered, ArchiveProcessId = e.ProcessId, OfferedAt = e.At },
        FileEvaluated e => state with { Disposal = DisposalStage.Evaluated, Decision = e.Decision },
        FileHandedToArchive => state with { Disposal = DisposalStage.HandedOver },
        ArchiveReceiptConfirmed => state with { ReceiptConfirmed = true },
        BiometricDocumentErased e => Update(state, e.DocumentId, d => d with { ErasedAt = e.At }),
        FileDeleted => state with { Disposal = DisposalStage.Deleted, Consents = ImmutableDictionary<string, SharingConsent>.Empty },
        _ => state,
    };

    public static PersonFile Replay(IEnumerable<FileEvent> events) => events.Aggregate(PersonFile.Initial, Evolve);

    private static PersonFile Update(PersonFile state, Guid documentId, Func<FileDocument, FileDocument> change) =>
        state.Documents.TryGetValue(documentId, out var document)
            ? state with { Documents = state.Documents.SetItem(documentId, change(document)) }
            : state;
}
