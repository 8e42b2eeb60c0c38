using Migrationsverwaltung.Domain.Appointments.Triage;

namespace Migrationsverwaltung.Api.Appointments.Triage;

/// <summary>
/// A request as the applicant and the office see it: the reason and date given, the state (waiting, slot given,
/// declined), the answer's reason, the appointment if one was given, and while waiting the place in the queue.
/// </summary>
public sealed record EmergencyRequestView(
    Guid RequestId,
    Guid CaseId,
    EmergencyReason Reason,
    DateOnly? Deadline,
    DateTimeOffset LodgedAt,
    string Status,
    int? QueuePosition,
    DateTimeOffset? AnsweredAt,
    string? Answer,
    BookingView? Appointment);

public static class EmergencyRequestStatus
{
    public const string Waiting = "waiting";
    public const string SlotGiven = "slot_given";
    public const string Declined = "declined";

    public static readonly IReadOnlyList<string> All = [Waiting, SlotGiven, Declined];
}
