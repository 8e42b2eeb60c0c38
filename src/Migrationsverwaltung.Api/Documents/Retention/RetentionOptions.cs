namespace Migrationsverwaltung.Api.Documents.Retention;

/// <summary>
/// Settings of the retention job (section "Retention"): where the messages to the archive go, how long the archive
/// may take to answer an offer, and the names of sender and receiver in the xdomea message heads.
/// </summary>
public sealed record RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Where 0501, 0503 and 0505 are written for the transport to the archive (file drop, OSCI gateway).</summary>
    public string OutboxDirectory { get; init; } = ".data/retention-outbox";

    /// <summary>Days the archive has to evaluate an offer; afterwards the file's disposal type decides.</summary>
    public int AnswerPeriodDays { get; init; } = 180;

    public string OfficeName { get; init; } = "Ausländerbehörde";

    public string ArchiveName { get; init; } = "Öffentliches Archiv";

    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(OutboxDirectory))
        {
            throw new InvalidOperationException("Retention:OutboxDirectory must name a directory.");
        }
        if (AnswerPeriodDays is < 1 or > 3650)
        {
            throw new InvalidOperationException($"Retention:AnswerPeriodDays must be between 1 and 3650, not {AnswerPeriodDays}.");
        }
    }
}
