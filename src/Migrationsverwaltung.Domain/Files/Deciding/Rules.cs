using Migrationsverwaltung.Domain.Calendar;
using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Domain.Files.Deciding;

internal sealed class Rules : RuleBook<FileEvent>
{
    private Rules()
    {
    }

    public static DateOnly Today(CommandContext context) => BerlinTime.DateOf(context.Now);

    public static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static FileDocument Document(PersonFile state, Guid documentId) =>
        state.Documents.TryGetValue(documentId, out var document) ? document : throw new RuleViolation(FileMessages.UnknownDocument);
}
