using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Http;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Files;

namespace Migrationsverwaltung.Api.Documents.Retention;

// The file commands of the way out. They have no generic HTTP resource: the retention job sends them, and the imports
// of the archive's answers (0502, 0506) do. Each runs through the pipeline (log, role, access log) and the executor.

/// <summary>Gives the file the retention DOMAIN.md's rules name for its person (RetentionRules.For).</summary>
public static class AssignRetention
{
    [InternalCommand]
    public sealed record Command : FileRequest
    {
        public required RetentionAssignment Retention { get; init; }

        public override IReadOnlySet<Role> AllowedRoles => Roles.Administration;

        public override FileCommand ToDomain(CommandContext context) => new Domain.Files.AssignRetention(StreamId, context, Retention);
    }

    public sealed class Handler(CommandExecutor executor) : FileCommandHandler<Command>(executor);
}

/// <summary>Offers the due file to the public archive under the 0501's process id.</summary>
public static class OfferToArchive
{
    [InternalCommand]
    public sealed record Command : FileRequest
    {
        public required string ProcessId { get; init; }

        public override IReadOnlySet<Role> AllowedRoles => Roles.Administration;

        public override FileCommand ToDomain(CommandContext context) => new Domain.Files.OfferToArchive(StreamId, context, ProcessId);
    }

    public sealed class Handler(CommandExecutor executor) : FileCommandHandler<Command>(executor);
}

/// <summary>Records the archive's evaluation of the file from its 0502: archive or destroy.</summary>
public static class RecordArchiveEvaluation
{
    [InternalCommand]
    public sealed record Command : FileRequest
    {
        public required string ProcessId { get; init; }
        public required ArchiveDecision Decision { get; init; }

        public override IReadOnlySet<Role> AllowedRoles => Roles.Administration;

        public override FileCommand ToDomain(CommandContext context) => new Domain.Files.RecordArchiveEvaluation(StreamId, context, ProcessId, Decision);
    }

    public sealed class Handler(CommandExecutor executor) : FileCommandHandler<Command>(executor);
}

/// <summary>The archive did not answer within Retention:AnswerPeriodDays: the file's disposal type decides.</summary>
public static class ApplyDisposalWithoutAnswer
{
    [InternalCommand]
    public sealed record Command : FileRequest
    {
        public override IReadOnlySet<Role> AllowedRoles => Roles.Administration;

        public override FileCommand ToDomain(CommandContext context) => new Domain.Files.ApplyDisposalWithoutAnswer(StreamId, context);
    }

    public sealed class Handler(CommandExecutor executor) : FileCommandHandler<Command>(executor);
}

/// <summary>Marks the file as handed to the archive in a 0503.</summary>
public static class HandOverToArchive
{
    [InternalCommand]
    public sealed record Command : FileRequest
    {
        public override IReadOnlySet<Role> AllowedRoles => Roles.Administration;

        public override FileCommand ToDomain(CommandContext context) => new Domain.Files.HandOverToArchive(StreamId, context);
    }

    public sealed class Handler(CommandExecutor executor) : FileCommandHandler<Command>(executor);
}

/// <summary>Records the archive's import confirmation (0506) for the file: from now on it may be deleted here.</summary>
public static class ConfirmArchiveReceipt
{
    [InternalCommand]
    public sealed record Command : FileRequest
    {
        public required string ProcessId { get; init; }

        public override IReadOnlySet<Role> AllowedRoles => Roles.Administration;

        public override FileCommand ToDomain(CommandContext context) => new Domain.Files.ConfirmArchiveReceipt(StreamId, context, ProcessId);
    }

    public sealed class Handler(CommandExecutor executor) : FileCommandHandler<Command>(executor);
}
