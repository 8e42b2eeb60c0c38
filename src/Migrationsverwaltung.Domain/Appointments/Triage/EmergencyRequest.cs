namespace Migrationsverwaltung.Domain.Appointments.Triage;

/// <summary>Why someone asks for the fast lane.</summary>
public enum EmergencyReason
{
    /// <summary>The residence title expires within a few days and no application is pending.</summary>
    TitleExpiresSoon,

    /// <summary>The eAT is ready and is needed (travel, employer).</summary>
    EatPickup,

    /// <summary>Passport or title lost or stolen: no proof of lawful stay.</summary>
    LostDocument,

    /// <summary>A job starts and the title's work permission is needed.</summary>
    JobStarts,
}

/// <summary>An emergency request lodged online: when, why, and the date it is about (expiry, job start, travel), if any.</summary>
public sealed record EmergencyRequest(Guid Id, DateTimeOffset LodgedAt, EmergencyReason Reason, DateOnly? Deadline);

/// <summary>The answer every request gets: a slot on a day, or a reason why not.</summary>
public abstract record TriageAnswer(Guid RequestId, DateOnly AnsweredOn);

public sealed record SlotGiven(Guid RequestId, DateOnly AnsweredOn, DateOnly SlotDay) : TriageAnswer(RequestId, AnsweredOn);

public sealed record Declined(Guid RequestId, DateOnly AnsweredOn, string Reason) : TriageAnswer(RequestId, AnsweredOn);
