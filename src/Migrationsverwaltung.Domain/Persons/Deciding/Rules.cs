using Migrationsverwaltung.Domain.Calendar;
using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Domain.Persons.Deciding;

internal sealed class Rules : RuleBook<PersonEvent>
{
    private Rules()
    {
    }

    public static DateOnly Today(CommandContext context) => BerlinTime.DateOf(context.Now);

    /// <summary>Trimmed; empty means not given.</summary>
    public static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
