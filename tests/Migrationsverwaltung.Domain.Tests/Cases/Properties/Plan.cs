using FsCheck;
using FsCheck.Fluent;

namespace Migrationsverwaltung.Domain.Tests.Cases.Properties;

/// <summary>
/// The random part of a walk: its habits (<see cref="WalkHabits"/>), and for each step how long to wait before it
/// and a seed for the order in which the candidates are tried (<see cref="CaseRun"/>).
/// </summary>
public sealed record Plan(int Profile, IReadOnlyList<(int Choice, int WaitMinutes)> Steps)
{
    /// <summary>FsCheck prints the counterexample with this: the walk itself, not the numbers behind it.</summary>
    public override string ToString() => $"profile {Profile}, {Steps.Count} steps:{Environment.NewLine}{CaseRun.Play(this, tryEveryCandidate: true)}";
}

/// <summary>Walks of 1 to 40 steps, mostly long ones; waits mostly minutes to hours, sometimes days or weeks so deadlines and certificates run out.</summary>
public static class PlanArbitraries
{
    public const int MaxSteps = 40;

    private static readonly Gen<int> Waits = Gen.Frequency(
        (6, Gen.Choose(0, 180)),
        (3, Gen.Choose(1, 20).Select(days => days * 24 * 60)));

    private static readonly Gen<(int Choice, int WaitMinutes)> Steps = Gen.Choose(0, int.MaxValue - 1).Zip(Waits);

    public static Gen<Plan> Plans { get; } =
        from profile in Gen.Choose(0, int.MaxValue - 1)
        from length in Gen.Frequency((1, Gen.Choose(1, 15)), (3, Gen.Choose(16, MaxSteps)))
        from steps in Steps.ArrayOf(length)
        select new Plan(profile, steps);

    public static Arbitrary<Plan> Walks() => Arb.From(Plans, Shrink);

    /// <summary>Shorter walks first (drop a step: the rest still replays as a valid walk, as choices are re-made against the decider).</summary>
    private static IEnumerable<Plan> Shrink(Plan plan)
    {
        if (plan.Steps.Count > 1)
        {
            yield return plan with { Steps = [.. plan.Steps.Take(plan.Steps.Count / 2)] };
        }
        for (var index = plan.Steps.Count - 1; index >= 0; index--)
        {
            yield return plan with { Steps = [.. plan.Steps.Where((_, at) => at != index)] };
        }
    }
}
