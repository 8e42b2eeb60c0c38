using NUnit.Framework.Constraints;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Files;

namespace Migrationsverwaltung.Domain.Tests.Files;

internal static class FileFixture
{
    public static readonly Guid PersonId = Guid.Parse("11111111-2222-3333-4444-555555555555");
    public static readonly Guid FileId = FileIds.Of(PersonId);
    public static readonly Guid OfficeId = Guid.Parse("0b0b0b0b-0000-0000-0000-000000000001");
    public static readonly Guid CaseA = Guid.Parse("aaaaaaaa-0000-0000-0000-000000000001");
    public static readonly Guid CaseB = Guid.Parse("bbbbbbbb-0000-0000-0000-000000000001");
    public static readonly DateTimeOffset Now = BerlinClock.At(2026, 11, 20);
    public const string Caseworker = "sb-1";

    public static CommandContext Context(string? reason = null, DateTimeOffset? now = null) =>
        new(new Actor(Caseworker, Role.Sachbearbeitung, Guid.Empty), now ?? Now, reason);

    public static StoredContent Content(string sha, DateOnly? _ = null) => new(Guid.NewGuid(), sha, 1234, "application/pdf", "pass.pdf", ScanStatus.Clean);

    public static DocumentDescription Passport(DateOnly? validUntil = null) =>
        new("PASS", "Reisepass", new DateOnly(2026, 11, 19), Channel.Counter, Confidentiality.Normal, validUntil ?? new DateOnly(2030, 1, 1));

    public static AddDocument Add(Guid documentId, string sha, DocumentDescription? description = null, params Guid[] cases) =>
        new(FileId, Context(), PersonId, OfficeId, documentId, description ?? Passport(), Content(sha), cases);

    public static IReadOnlyList<FileEvent> Decide(FileCommand command, PersonFile state) => FileDecider.Decide(command, state);

    /// <summary>Applies each command's events in turn, like the executor does.</summary>
    public static PersonFile Given(params FileCommand[] commands) =>
        commands.Aggregate(PersonFile.Initial, (state, command) => FileDecider.Decide(command, state).Aggregate(state, FileEvolution.Evolve));

    public static IResolveConstraint Refused(string fragment) => Throws.TypeOf<RuleViolation>().With.Message.Contains(fragment);
}
