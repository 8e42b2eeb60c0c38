using MediatR;
using Migrationsverwaltung.Api.Documents.Uploads;
using Migrationsverwaltung.Api.Infrastructure.AccessLog;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Domain.Calendar;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Files;

namespace Migrationsverwaltung.Api.Documents.Queries;

/// <summary>
/// GET /api/v1/persons/{personId}/file: the person's file (Laufmappe) with its documents, their versions and cases,
/// the consents and shares, retention and legal hold, and the file's version (ETag). A biometric photo past its retention
/// stays listed, marked erased (its content is gone). Every read is in the access log.
/// </summary>
public static class GetFile
{
    public sealed record Query(Guid PersonId) : IPersonalDataQuery<View>
    {
        public IEnumerable<Guid> SubjectsOf(View response) => [response.PersonId];
    }

    public sealed record VersionView(int Number, string Sha256, long Size, string MediaType, string? FileName, ScanStatus Scan, DateTimeOffset AddedAt, string AddedBy);

    public sealed record DocumentView(
        Guid DocumentId, string DocumentType, string? Title, DateOnly ReceivedOn, Channel Channel, Confidentiality Confidentiality, DateOnly? ValidUntil,
        bool Expired, IReadOnlyList<VersionView> Versions, IReadOnlyList<Guid> CaseIds, bool Erased, DateTimeOffset? ErasedAt);

    public sealed record ShareView(Guid ShareId, string Partner, string? Purpose, IReadOnlyList<Guid> DocumentIds, DateOnly Until, bool Revoked, bool Active);

    public sealed record View(
        Guid PersonId, Guid FileId, long Version, bool Exists, string? ImportedFrom, IReadOnlyList<DocumentView> Documents,
        IReadOnlyList<SharingConsent> Consents, IReadOnlyList<ShareView> Shares, RetentionAssignment? Retention, string? LegalHold,
        DisposalStage Disposal, int InfectedUploadsRefused);

    public sealed class Handler(FileLoader files, UploadIntake intake, CurrentActor current, TimeProvider clock) : IRequestHandler<Query, View>
    {
        public async Task<View> Handle(Query query, CancellationToken cancellationToken)
        {
            if (current.Actor.Role is not (Role.Sachbearbeitung or Role.Teamleitung or Role.Revision))
            {
                throw new ForbiddenException($"Die Rolle {current.Actor.Role} sieht keine Akten.");
            }
            await intake.RequirePersonAsync(query.PersonId, cancellationToken);
            var (file, version, _) = await files.LoadAsync(query.PersonId, cancellationToken);
            var today = BerlinTime.DateOf(clock.GetUtcNow());
            return new View(query.PersonId, FileIds.Of(query.PersonId), version, file.IsOpen, file.ImportedFrom,
                [.. file.Documents.Values.OrderBy(d => d.ReceivedOn).ThenBy(d => d.Id).Select(d => new DocumentView(
                    d.Id, d.DocumentType, d.Title, d.ReceivedOn, d.Channel, d.Confidentiality, d.ValidUntil, d.IsExpiredOn(today),
                    [.. d.Versions.Select(v => new VersionView(v.Number, v.Sha256, v.Size, v.MediaType, v.FileName, v.Scan, v.AddedAt, v.AddedBy))],
                    [.. d.Cases.Order()], d.IsErased, d.ErasedAt))],
                [.. file.Consents.Values.OrderBy(c => c.Partner)],
                [.. file.Shares.Values.OrderBy(s => s.Id).Select(s => new ShareView(s.Id, s.Partner, s.Purpose, s.DocumentIds, s.Until, s.Revoked, s.IsActiveOn(today)))],
                file.Retention, file.LegalHold, file.Disposal, file.InfectedUploads);
        }
    }
}
