using Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Domain.Tests.Cases.Properties;

/// <summary>
/// How likely a walk takes a command. The procedure's main line weighs 200, side lines (status token, deciding
/// without the documents, assignment, Fiktion, extra fees, asking the AZR again) 10, interruptions (withdrawal,
/// settlement, parking) 1: walks mostly move on, and now and then end early. On top, each walk has its own
/// habits: it avoids a third of the optional steps (a fortieth of their weight) and prefers a quarter of all
/// commands five times over — so some walks receive the documents late or never, others hear back from a
/// participating body only after a decision was tried: corners a uniform walk would rarely reach.
/// </summary>
public sealed class WalkHabits
{
    private static readonly Type[] CommandTypes =
    [
        .. typeof(CaseCommand).Assembly.GetTypes()
            .Where(type => type.IsSubclassOf(typeof(CaseCommand)) && !type.IsAbstract)
            .OrderBy(type => type.Name, StringComparer.Ordinal),
    ];

    private static readonly HashSet<Type> SideLines =
    [
        typeof(ReissueStatusToken), typeof(ExtendDocumentDeadline), typeof(ProceedWithoutDocuments), typeof(AssignCase),
        typeof(RequestOtherParticipation), typeof(OrderFiktionContinuation), typeof(IssueFiktionsbescheinigung),
        typeof(RenewFiktionsbescheinigung), typeof(ChargeFee), typeof(ReduceFee), typeof(WaiveFee),
    ];

    private static readonly HashSet<Type> Interruptions = [typeof(Withdraw), typeof(Settle), typeof(Park)];

    /// <summary>Steps a real case may never see: the documents never arrive, a body never answers, the applicant stays silent.</summary>
    private static readonly HashSet<Type> Optional =
    [
        typeof(ReceiveDocuments), typeof(RecordBaAnswer), typeof(ApplyBaConsentFiction), typeof(RecordSecurityCheckResult),
        typeof(RecordAzrAnswer), typeof(RecordOtherParticipationAnswer), typeof(RecordHearingStatement), typeof(RecordLegalRemedy),
    ];

    private readonly Dictionary<Type, Func<double, double>> habits;

    public WalkHabits(int profile)
    {
        var random = new Random(profile);
        habits = CommandTypes.ToDictionary(type => type, type =>
        {
            var avoided = Optional.Contains(type) && random.Next(3) == 0;
            var preferred = random.Next(4) == 0;
            return avoided ? (Func<double, double>)(weight => weight / 40) : preferred ? weight => weight * 5 : weight => weight;
        });
    }

    public double Weight(CaseCommand command, Case state) => habits[command.GetType()](BaseWeight(command, state));

    private static double BaseWeight(CaseCommand command, Case state) =>
        Interruptions.Contains(command.GetType()) ? 1
        : command is ChargeFee && state.Fees.IsEmpty ? 200
        : SideLines.Contains(command.GetType()) || IsRepetition(command, state) ? 10
        : 200;

    /// <summary>Asking the AZR once more, or paying other than a whole fee at the appearance, is allowed, but not how a case moves on.</summary>
    private static bool IsRepetition(CaseCommand command, Case state) => command switch
    {
        QueryAzr => state.Participations.ContainsKey(ParticipationKeys.Azr),
        RecordFeePayment payment => state.Status != CaseStatus.Appearance
            || !state.Fees.TryGetValue(payment.FeeId, out var fee) || payment.AmountCents < fee.OutstandingCents,
        _ => false,
    };
}
