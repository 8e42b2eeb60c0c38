namespace Migrationsverwaltung.Domain.Common;

/// <summary>The roles of the office's staff and its partners (issue 4 maps them to token claims).</summary>
public enum Role
{
    Sachbearbeitung,
    Teamleitung,
    Revision,
    Administration,
    Partner,
}

/// <summary>Who sends a command: the user's id (never a name), the role they act in, their team.</summary>
public sealed record Actor(string UserId, Role Role, Guid TeamId);

/// <summary>
/// What every command carries besides its content: who, when (the domain never reads a clock) and why.
/// Reasons are required for rejections, withdrawals on the applicant's behalf, reassignments and overrides.
/// </summary>
public sealed record CommandContext(Actor Actor, DateTimeOffset Now, string? Reason = null);
