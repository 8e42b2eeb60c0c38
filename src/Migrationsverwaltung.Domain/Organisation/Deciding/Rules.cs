using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Domain.Organisation.Deciding;

internal static class Rules
{
    public static readonly IReadOnlyList<OfficeEvent> Nothing = [];

    /// <summary>Moving and removing staff must say why.</summary>
    public static string RequireReason(CommandContext context, string action) =>
        string.IsNullOrWhiteSpace(context.Reason)
            ? throw new RuleViolation($"Für „{action}“ ist eine Begründung erforderlich.")
            : context.Reason.Trim();

    public static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new RuleViolation(message);
        }
    }
}
