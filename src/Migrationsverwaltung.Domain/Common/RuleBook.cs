using System.Diagnostics.CodeAnalysis;

namespace Migrationsverwaltung.Domain.Common;

/// <summary>
/// What every aggregate's decisions share: "no events" for a repeated command, a required reason, and a rule
/// that raises a <see cref="RuleViolation"/> with a message for the caseworker. Each aggregate's Deciding/Rules
/// derives from it with its own event type.
/// </summary>
public abstract class RuleBook<TEvent>
{
    private protected RuleBook()
    {
    }

    public static readonly IReadOnlyList<TEvent> Nothing = [];

    /// <summary>Rejections, withdrawals for the applicant, reassignments, corrections and overrides must say why.</summary>
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
}
