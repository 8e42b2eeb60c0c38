using Migrationsverwaltung.Domain.Calendar;

namespace Migrationsverwaltung.Domain.Deadlines;

/// <summary>
/// One running timer of a case, computed by <see cref="DeadlineRules"/> from a trigger date. It holds dates
/// only; its state is asked for with the caller's "now", so the domain never reads a clock.
/// </summary>
public sealed record Deadline
{
    public Deadline(
        DeadlineKind kind,
        DateOnly triggeredOn,
        DateOnly lastDay,
        IEnumerable<DateOnly> warningMarks,
        string legalBasis)
    {
        var marks = warningMarks.Distinct().Order().ToArray();
        if (marks.Length == 0)
        {
            throw new ArgumentException("Eine Frist braucht mindestens eine Warnmarke.", nameof(warningMarks));
        }
        if (marks[^1] > lastDay)
        {
            throw new ArgumentException("Eine Warnmarke darf nicht nach dem letzten Tag der Frist liegen.", nameof(warningMarks));
        }
        ArgumentException.ThrowIfNullOrWhiteSpace(legalBasis);

        Kind = kind;
        TriggeredOn = triggeredOn;
        LastDay = lastDay;
        WarningMarks = marks;
        LegalBasis = legalBasis;
    }

    public DeadlineKind Kind { get; }

    /// <summary>
    /// The day the rule counts from: the triggering event's day for periods counted forwards (not itself
    /// counted, § 187(1) BGB), the valid-until date for reminders counted backwards from an expiry.
    /// </summary>
    public DateOnly TriggeredOn { get; }

    /// <summary>The last day of the period, after any § 193 BGB / § 31(3) VwVfG shift the rule applies.</summary>
    public DateOnly LastDay { get; }

    /// <summary>The instant the period expires: 24:00 Berlin time of <see cref="LastDay"/>.</summary>
    public DateTimeOffset DueAt => BerlinTime.EndOf(LastDay);

    /// <summary>Berlin dates from whose start the deadline shows a warning, earliest first (never empty).</summary>
    public IReadOnlyList<DateOnly> WarningMarks { get; }

    /// <summary>The first warning mark.</summary>
    public DateOnly WarningFrom => WarningMarks[0];

    /// <summary>Legal basis and counting rule in German, for the caseworker and the audit.</summary>
    public string LegalBasis { get; }

    /// <summary>When the awaited act happened; null while the deadline is open.</summary>
    public DateTimeOffset? MetAt { get; init; }

    public Deadline MarkMet(DateTimeOffset at) => this with { MetAt = at };

    /// <summary>True from 24:00 Berlin time of the last day on, met or not.</summary>
    public bool HasExpiredAt(DateTimeOffset now) => now >= DueAt;

    public DeadlineState StateAt(DateTimeOffset now)
    {
        // A closing recorded after "now" has not happened yet from now's point of view (as-of replays).
        if (MetAt is { } met && met <= now)
        {
            return DeadlineState.Met;
        }
        if (HasExpiredAt(now))
        {
            return DeadlineState.Overdue;
        }
        return WarningMarksReachedAt(now) > 0 ? DeadlineState.Warning : DeadlineState.Ok;
    }

    /// <summary>How many warning marks have been reached: the escalation level (e.g. 6, 10, 12 weeks for § 75 VwGO).</summary>
    public int WarningMarksReachedAt(DateTimeOffset now)
    {
        var today = BerlinTime.DateOf(now);
        return WarningMarks.Count(mark => mark <= today);
    }

    // Records compare collections by reference; two deadlines with the same marks are the same deadline.
    public bool Equals(Deadline? other) =>
        other is not null
        && Kind == other.Kind
        && TriggeredOn == other.TriggeredOn
        && LastDay == other.LastDay
        && WarningMarks.SequenceEqual(other.WarningMarks)
        && LegalBasis == other.LegalBasis
        && MetAt == other.MetAt;

    public override int GetHashCode() => HashCode.Combine(Kind, TriggeredOn, LastDay, WarningFrom, LegalBasis, MetAt);
}
