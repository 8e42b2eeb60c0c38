namespace Migrationsverwaltung.Api.Documents.Retention;

/// <summary>Done: the step ran. Planned: it would run (dry run). Refused: the file's state (e.g. a legal hold) forbids it. Waiting: for the archive.</summary>
public enum StepOutcome { Done, Planned, Refused, Waiting }

/// <summary>
/// One step of a run or an import for one person's file (and one document of it, for a biometric photo's erasure);
/// Detail says why, in German, without personal data.
/// </summary>
public sealed record RetentionStep(Guid PersonId, string Action, StepOutcome Outcome, string? Detail, Guid? DocumentId = null);

/// <summary>What a run or an import did (or, dry, would do), and which messages it wrote to the outbox.</summary>
public sealed record RetentionReport(DateOnly Today, bool DryRun, IReadOnlyList<RetentionStep> Steps, IReadOnlyList<string> Messages)
{
    public int Count(StepOutcome outcome) => Steps.Count(s => s.Outcome == outcome);
}
