using System.Collections.Immutable;
using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Domain.Organisation;

public sealed record Team(Guid Id, string Name);

/// <summary>A member of staff by user id (never a name); former staff stay listed with the time they left.</summary>
public sealed record StaffMember(string UserId, Role Role, Guid? TeamId, DateTimeOffset? LeftAt = null)
{
    public bool IsActive => LeftAt is null;
}

/// <summary>
/// The state of one Ausländerbehörde, folded from its events by <see cref="OfficeEvolution.Evolve"/>: its teams and
/// staff, so that handlers can check who may act on which team's cases.
/// </summary>
public sealed record Office
{
    public static Office Initial { get; } = new();

    public Guid Id { get; init; }
    public bool IsEstablished { get; init; }
    public string AuthorityCode { get; init; } = "";
    public string FileNumberPrefix { get; init; } = "";
    public string Name { get; init; } = "";

    public ImmutableDictionary<Guid, Team> Teams { get; init; } = ImmutableDictionary<Guid, Team>.Empty;

    /// <summary>Keyed by user id; includes former staff (see <see cref="StaffMember.IsActive"/>).</summary>
    public ImmutableDictionary<string, StaffMember> Staff { get; init; } = ImmutableDictionary<string, StaffMember>.Empty;

    public bool HasTeam(Guid teamId) => Teams.ContainsKey(teamId);

    public Team? TeamNamed(string name) =>
        Teams.Values.FirstOrDefault(t => string.Equals(t.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    public StaffMember? ActiveMember(string userId) => Staff.GetValueOrDefault(userId) is { IsActive: true } member ? member : null;

    public IEnumerable<StaffMember> MembersOf(Guid teamId) => Staff.Values.Where(m => m.IsActive && m.TeamId == teamId);

    /// <summary>Caseworkers and team leads act only on the cases of their own team.</summary>
    public bool WorksOnCasesOf(string userId, Guid teamId) =>
        ActiveMember(userId) is { Role: Role.Sachbearbeitung or Role.Teamleitung } member && member.TeamId == teamId;

    public bool IsTeamLeadOf(string userId, Guid teamId) =>
        ActiveMember(userId) is { Role: Role.Teamleitung } member && member.TeamId == teamId;

    /// <summary>Does the office confirm what the actor claims: on staff, in that role and team (Guid.Empty = no team)?</summary>
    public bool Confirms(Actor actor) =>
        ActiveMember(actor.UserId) is { } member && member.Role == actor.Role && (member.TeamId ?? Guid.Empty) == actor.TeamId;
}
