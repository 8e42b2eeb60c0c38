namespace Migrationsverwaltung.Domain.Appointments.Triage;

/// <summary>
/// The fast lane's daily decision. A request is an emergency when its date is at most <see cref="TriageRules.UrgentWithinDays"/>
/// days away (a lost document always is); others get a reasoned answer at once (book a regular appointment; an
/// extension applied for in time keeps the title valid, §81(4) AufenthV). Emergencies are ranked lost documents
/// first, then by how soon their date comes, then by the time they were lodged, and the day's quota of
/// emergency slots goes to the top of that order. The rest wait for the next working day, still ranked.
/// </summary>
public static class TriageQueue
{
    public sealed record DayResult(IReadOnlyList<TriageAnswer> Answers, IReadOnlyList<EmergencyRequest> StillWaiting);

    public static DayResult Decide(IEnumerable<EmergencyRequest> waiting, DateOnly today, int quota, TriageRules rules)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(quota);
        var answers = new List<TriageAnswer>();
        var emergencies = new List<EmergencyRequest>();
        foreach (var request in waiting)
        {
            if (rules.IsEmergency(request, today))
            {
                emergencies.Add(request);
            }
            else
            {
                answers.Add(new Declined(request.Id, today, rules.WhyNot(request)));
            }
        }
        var ranked = Rank(emergencies);
        answers.AddRange(ranked.Take(quota).Select(r => new SlotGiven(r.Id, today, today)));
        return new DayResult(answers, ranked.Skip(quota).ToList());
    }

    /// <summary>
    /// The fast lane's order, the same on every day: lost documents first (no proof of lawful stay at all), then the
    /// nearest date, then first come, first served.
    /// </summary>
    public static List<EmergencyRequest> Rank(IEnumerable<EmergencyRequest> emergencies) =>
        emergencies.OrderBy(r => r.Reason == EmergencyReason.LostDocument ? 0 : 1).ThenBy(r => r.Deadline ?? DateOnly.MinValue).ThenBy(r => r.LodgedAt).ThenBy(r => r.Id).ToList();
}

/// <summary>The configurable part of triage: how near a date must be to count as an emergency.</summary>
public sealed record TriageRules(int UrgentWithinDays)
{
    public static TriageRules Default { get; } = new(14);

    public bool IsEmergency(EmergencyRequest request, DateOnly today) =>
        request.Reason == EmergencyReason.LostDocument
        || request.Deadline is { } deadline && deadline.DayNumber - today.DayNumber <= UrgentWithinDays;

    public string WhyNot(EmergencyRequest request) => request.Deadline is null
        ? "Ohne Datum kein Notfall: Bitte nennen Sie den Tag (Ablauf, Arbeitsbeginn, Reise) oder buchen Sie einen regulären Termin."
        : $"Kein Notfall: Der Termin liegt mehr als {UrgentWithinDays} Tage entfernt. Bitte buchen Sie einen regulären Termin; ein rechtzeitig gestellter Verlängerungsantrag hält Ihren Aufenthaltstitel gültig (§ 81 Abs. 4 AufenthG).";
}
