using MediatR;
using Migrationsverwaltung.Api.Documents.Storage;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Files;

namespace Migrationsverwaltung.Api.Documents.Retention;

/// <summary>
/// Erases a biometric photo's content after its shorter retention (BiometricRetention): the BiometricDocumentErased
/// event and the deletion of the stored bytes of all its versions commit in one transaction, so nothing can be left
/// half done. Bytes another document of the file still uses are kept. The retention job sends it (BiometricErasure).
/// </summary>
public static class EraseBiometricDocument
{
    [InternalCommand]
    public sealed record Command : FileRequest
    {
        public required Guid DocumentId { get; init; }

        /// <summary>The person's birth date (read through the access log): it decides between the adult and the minor period.</summary>
        public DateOnly? BirthDate { get; init; }

        public override IReadOnlySet<Role> AllowedRoles => Roles.Administration;

        public override FileCommand ToDomain(CommandContext context) => new Domain.Files.EraseBiometricDocument(StreamId, context, DocumentId, BirthDate);
    }

    public sealed class Handler(CommandExecutor executor) : IRequestHandler<Command, CommandResult>
    {
        public Task<CommandResult> Handle(Command request, CancellationToken cancellationToken) =>
            executor.ExecuteAsync(Aggregates.File, request, (context, file, session, _) =>
            {
                var contents = ContentsOnlyOf(file, request.DocumentId);
                session.AfterAppend((connection, written, ct) => written.Count > 0
                    ? DocumentContentStore.EraseAsync(connection, request.PersonId, contents, ct)
                    : Task.CompletedTask);
                return Task.FromResult(new Prepared<FileCommand>(request.ToDomain(context)));
            }, cancellationToken);
    }

    /// <summary>The content ids of the document's versions that no other document of the file (still holding content) uses.</summary>
    private static Guid[] ContentsOnlyOf(PersonFile file, Guid documentId)
    {
        if (!file.Documents.TryGetValue(documentId, out var document))
        {
            return [];
        }
        var usedElsewhere = file.Documents.Values.Where(d => d.Id != documentId && !d.IsErased).SelectMany(d => d.Versions).Select(v => v.ContentId).ToHashSet();
        return [.. document.Versions.Select(v => v.ContentId).Distinct().Where(id => !usedElsewhere.Contains(id))];
    }
}
