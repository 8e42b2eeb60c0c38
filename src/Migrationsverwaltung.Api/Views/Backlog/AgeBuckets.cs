namespace Migrationsverwaltung.Api.Views.Backlog;

/// <summary>
/// The backlog's age buckets, counted from the date of receipt to "today" (Berlin date of the app's clock):
/// under 14 days; 14 to 41 days; 42 days up to, not including, the day 3 calendar months after receipt;
/// from that day on (the day an inaction lawsuit becomes admissible, § 75 VwGO).
/// </summary>
public static class AgeBuckets
{
    public const string UnderTwoWeeks = "under_2_weeks";
    public const string TwoToSixWeeks = "2_to_6_weeks";
    public const string SixWeeksToThreeMonths = "6_weeks_to_3_months";
    public const string OverThreeMonths = "over_3_months";

    public sealed record Bucket(string Key, string Label);

    public static readonly IReadOnlyList<Bucket> All =
    [
        new(UnderTwoWeeks, "0–2 Wochen"),
        new(TwoToSixWeeks, "2–6 Wochen"),
        new(SixWeeksToThreeMonths, "6 Wochen – 3 Monate"),
        new(OverThreeMonths, "über 3 Monate"),
    ];

    /// <summary>The latest date of receipt of each older bucket on <paramref name="today"/>: received after it = younger.</summary>
    public sealed record Cutoffs(DateOnly TwoWeeks, DateOnly SixWeeks, DateOnly ThreeMonths)
    {
        public static Cutoffs On(DateOnly today) => new(today.AddDays(-14), today.AddDays(-42), today.AddMonths(-3));

        public string KeyOf(DateOnly receivedOn) =>
            receivedOn > TwoWeeks ? UnderTwoWeeks : receivedOn > SixWeeks ? TwoToSixWeeks : receivedOn > ThreeMonths ? SixWeeksToThreeMonths : OverThreeMonths;
    }
}
