namespace Migrationsverwaltung.Api.Reminders;

/// <summary>Configuration section "Reminders" (docs/appointments-and-reminders.md).</summary>
public sealed class ReminderOptions
{
    /// <summary>Runs the daily scan and the sender in this instance. Several instances may run both.</summary>
    public bool Enabled { get; set; }

    /// <summary>SMTP server; ignored when <see cref="PickupDirectory"/> is set.</summary>
    public string SmtpHost { get; set; } = "localhost";
    public int SmtpPort { get; set; } = 25;
    public bool SmtpSsl { get; set; }

    /// <summary>Writes each message as an .eml file here instead of sending it (file drop for a mail gateway).</summary>
    public string? PickupDirectory { get; set; }

    public string From { get; set; } = "auslaenderbehoerde@example.org";

    /// <summary>The domain part of Message-IDs: &lt;reminder-{id}@{MessageIdDomain}&gt;.</summary>
    public string MessageIdDomain { get; set; } = "reminders.migrationsverwaltung.invalid";

    /// <summary>Language of reminders for persons without a recorded preferred language, or one without a template (de, en, fr, fa, ar).</summary>
    public string Language { get; set; } = "de";

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How long a claimed row belongs to one sender; after that another instance may take it (and send again, with the same Message-ID).</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    public int BatchSize { get; set; } = 20;
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Retry n waits FirstRetry × 2^(n-1), at most MaxRetryDelay.</summary>
    public TimeSpan FirstRetry { get; set; } = TimeSpan.FromMinutes(1);
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(6);

    public TimeSpan RetryDelayAfter(int attempts) =>
        TimeSpan.FromTicks(Math.Min(MaxRetryDelay.Ticks, FirstRetry.Ticks * (1L << Math.Clamp(attempts - 1, 0, 30))));
}
