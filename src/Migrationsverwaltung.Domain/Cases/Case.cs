using System.Collections.Immutable;

namespace Migrationsverwaltung.Domain.Cases;

/// <summary>A participating body's part: requested when, closed when and with which outcome.</summary>
public sealed record Participation(string Body, DateOnly RequestedOn, DateTimeOffset? ClosedAt = null, string? Outcome = null)
{
    public bool IsOpen => ClosedAt is null;
}

public sealed record Fee(Guid Id, string Purpose, long AmountCents, string LegalBasis, long PaidCents = 0, bool Waived = false)
{
    public long OutstandingCents => Waived ? 0 : Math.Max(0, AmountCents - PaidCents);
}

public sealed record FiktionCertificate(DateOnly ValidUntil, bool Void);

/// <summary>
/// The state of one case (Verfahren), folded from its events by <see cref="CaseEvolution.Evolve"/>. It holds
/// what the rules need; everything else (the timeline, the person) is read from the events and projections.
/// </summary>
public sealed record Case
{
    public static Case Initial { get; } = new();

    public Guid Id { get; init; }
    public Guid PersonId { get; init; }
    public Guid OfficeId { get; init; }
    public Guid TeamId { get; init; }
    public string? Caseworker { get; init; }
    public string TitleCode { get; init; } = "";
    public string CatalogueVersion { get; init; } = "";
    public ApplicationKind Kind { get; init; }
    public DateOnly ReceivedOn { get; init; }
    public BaConsentNeed BaConsentNeed { get; init; }
    public bool ShortenedBaFiction { get; init; }
    public bool IssuesEat { get; init; }
    public DateOnly? CurrentTitleValidUntil { get; init; }

    public CaseStatus Status { get; init; } = CaseStatus.None;
    public CaseStatus? ParkedFrom { get; init; }
    public string? FileNumber { get; init; }
    public string? StatusTokenHash { get; init; }

    public DateOnly? DocumentDeadline { get; init; }
    public DateTimeOffset? DocumentsRequestedAt { get; init; }
    public int DocumentRounds { get; init; }

    public bool IdentityChecked { get; init; }
    public bool FingerprintsTaken { get; init; }
    public bool SignatureTaken { get; init; }
    public bool AppearanceCompleted { get; init; }

    /// <summary>Keyed "ba", "security", "azr" or the id of another body's participation.</summary>
    public ImmutableDictionary<string, Participation> Participations { get; init; } = ImmutableDictionary<string, Participation>.Empty;

    public DateOnly? HearingDeadline { get; init; }
    public DateTimeOffset? HearingAnnouncedAt { get; init; }
    public bool HearingStatementReceived { get; init; }
    public string? RejectionProposedBy { get; init; }

    public DateOnly? GrantedValidUntil { get; init; }
    public DateTimeOffset? DecidedAt { get; init; }
    public DateOnly? NoticeServedOn { get; init; }
    public bool NoticeWithInstructions { get; init; }
    public bool EatExpress { get; init; }
    public bool EatDirectDispatch { get; init; }
    public DateTimeOffset? EatOrderedAt { get; init; }
    public DateTimeOffset? ReadyForPickupAt { get; init; }
    public DateTimeOffset? EndedAt { get; init; }

    public FiktionBasis? FiktionBasis { get; init; }
    public FiktionCertificate? Fiktion { get; init; }

    public ImmutableDictionary<Guid, Fee> Fees { get; init; } = ImmutableDictionary<Guid, Fee>.Empty;

    public bool HasValidFiktion(DateOnly today) => Fiktion is { Void: false } f && f.ValidUntil >= today;

    public bool AllParticipationsClosed => Participations.Values.All(p => !p.IsOpen);

    public long OutstandingFeesCents => Fees.Values.Sum(f => f.OutstandingCents);

    public Participation? Ba => Participations.GetValueOrDefault(ParticipationKeys.Ba);

    /// <summary>The procedural step, also while parked (a parked case keeps its place in the procedure).</summary>
    public CaseStatus PhaseStatus => Status == CaseStatus.Parked && ParkedFrom is { } from ? from : Status;

    /// <summary>Participations may be started from the completeness check until the decision is prepared.</summary>
    public bool AcceptsParticipationRequests() =>
        Status is CaseStatus.CompletenessCheck or CaseStatus.DocumentsRequested or CaseStatus.Appearance or CaseStatus.Participation;

    public bool IsOpenParticipation(string key) => Participations.GetValueOrDefault(key) is { IsOpen: true };
}

public static class ParticipationKeys
{
    public const string Ba = "ba";
    public const string Security = "security";
    public const string Azr = "azr";
}
