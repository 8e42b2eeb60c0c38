using MediatR;
using Migrationsverwaltung.Api.Documents.Storage;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Files;

namespace Migrationsverwaltung.Api.Documents.Retention;

/// <summary>
/// Deletes a file the archive has received or evaluated "destroy": the FileDeleted tombstone and the erasure of the
/// person's document contents commit together; the person's personal data is erased right after. Should the process
/// stop in between, the next retention run finds the deleted file with data left and completes it (FileErasure).
/// </summary>
public static class DeleteFile
{
    [InternalCommand]
    public sealed record Command : FileRequest
    {
        public override IReadOnlySet<Role> AllowedRoles => Roles.Administration;

        public override FileCommand ToDomain(CommandContext context) => new Domain.Files.DeleteFile(StreamId, context);
    }

    public sealed class Handler(CommandExecutor executor, FileErasure erasure, CurrentActor current) : IRequestHandler<Command, CommandResult>
    {
        public async Task<CommandResult> Handle(Command request, CancellationToken cancellationToken)
        {
            var result = await executor.ExecuteAsync(Aggregates.File, request, (context, _, session, _) =>
            {
                session.AfterAppend((connection, written, ct) => written.Count > 0
                    ? DocumentContentStore.EraseAsync(connection, request.PersonId, ct)
                    : Task.CompletedTask);
                return Task.FromResult(new Prepared<FileCommand>(request.ToDomain(context)));
            }, cancellationToken);
            await erasure.CompleteAsync(request.PersonId, current.Actor.UserId, cancellationToken);
            return result;
        }
    }
}
