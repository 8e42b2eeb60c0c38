using Migrationsverwaltung.Domain.Calendar;

namespace Migrationsverwaltung.Domain.Appointments.Triage;

/// <summary>
/// A Düsseldorf-like load on the fast lane: about <c>perDay</c> requests every calendar day (lodged around the clock,
/// weekends too), triage every working day morning with a quota of emergency slots. Reports the share of requests
/// answered (slot or reasoned refusal) within one working day: by the triage of the first working day after lodging.
/// Seeded, so the figures repeat.
/// </summary>
public static class TriageSimulation
{
    public sealed record Report(int Requests, int Answered, int AnsweredWithinOneWorkingDay, int SlotsGiven, int Declined, int StillWaiting, double MeanWaitingAtTriage)
    {
        public double ShareWithinOneWorkingDay => Requests == 0 ? 0 : (double)AnsweredWithinOneWorkingDay / Requests;
    }

    public static Report Run(DateOnly start, int days, int perDay, int quota, int seed, TriageRules? rules = null)
    {
        rules ??= TriageRules.Default;
        var random = new Random(seed);
        var lodged = new Dictionary<Guid, DateOnly>();
        var waiting = new List<EmergencyRequest>();
        var (answered, withinDay, slots, declined, queueSum, triageDays) = (0, 0, 0, 0, 0L, 0);
        // Requests arrive for `days` days; triage runs a week longer, so that late arrivals are not counted as missed.
        for (var day = start; day < start.AddDays(days + 7); day = day.AddDays(1))
        {
            if (WorkingDays.IsWorkingDay(day))
            {
                var result = TriageQueue.Decide(waiting, day, quota, rules);
                foreach (var answer in result.Answers)
                {
                    answered++;
                    // Lodged on day d (any time), answered by the morning triage of the first working day after d.
                    withinDay += answer.AnsweredOn <= WorkingDays.NextAfter(lodged[answer.RequestId]) ? 1 : 0;
                    slots += answer is SlotGiven ? 1 : 0;
                    declined += answer is Declined ? 1 : 0;
                }
                waiting = result.StillWaiting.ToList();
                queueSum += waiting.Count;
                triageDays++;
            }
            var count = day < start.AddDays(days) ? perDay + random.Next(-perDay / 5, perDay / 5 + 1) : 0;
            for (var i = 0; i < count; i++)
            {
                var request = Draw(random, day);
                lodged[request.Id] = day;
                waiting.Add(request);
            }
        }
        return new Report(lodged.Count, answered, withinDay, slots, declined, waiting.Count, triageDays == 0 ? 0 : (double)queueSum / triageDays);
    }

    /// <summary>Estimated mix: 45 % title expiring, 15 % eAT pickup, 15 % lost document, 25 % job start; dates 0–40 days ahead.</summary>
    private static EmergencyRequest Draw(Random random, DateOnly day)
    {
        var at = BerlinTime.StartOf(day).AddMinutes(random.Next(0, 24 * 60));
        var roll = random.Next(100);
        var reason = roll < 45 ? EmergencyReason.TitleExpiresSoon : roll < 60 ? EmergencyReason.EatPickup : roll < 75 ? EmergencyReason.LostDocument : EmergencyReason.JobStarts;
        DateOnly? deadline = reason == EmergencyReason.LostDocument ? null : day.AddDays(random.Next(0, 41));
        return new EmergencyRequest(new Guid(random.NextInt64().ToString("x16") + random.NextInt64().ToString("x16")), at, reason, deadline);
    }
}
