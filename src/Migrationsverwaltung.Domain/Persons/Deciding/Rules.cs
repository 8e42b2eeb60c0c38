using System.Diagnostics.CodeAnalysis;
using Migrationsverwaltung.Domain.Calendar;
using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Domain.Persons.Deciding;

internal static class Rules
{
    public static readonly IReadOnlyList<PersonEvent> Nothing = [];

    public static DateOnly Today(CommandContext context) => BerlinTime.DateOf(context.Now);

    public static string RequireReason(CommandContext context, string action) =>
        string.IsNullOrWhiteSpace(context.Reason)
            ? throw new RuleViolation($"Für „{action}“ ist eine Begründung erforderlich.")
            : context.Reason.Trim();

    public static void Require([DoesNotReturnIf(false)] bool condition, string message)
    {
        if (!condition)
        {
            throw new RuleViolation(message);
        }
    }

    /// <summary>Trimmed; empty means not given.</summary>
    public static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
