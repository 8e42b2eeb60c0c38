using Migrationsverwaltung.Domain.Calendar;
using Migrationsverwaltung.Domain.Cases;
using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Domain.Tests.Cases.Support;

/// <summary>
/// Builds an event history step by step on a fixed clock: the story starts on Monday 2026-03-02 at 09:00
/// Berlin time and every event happens a quarter of an hour after the previous one (unless <see cref="At"/> moves the
/// clock). Events are written out, not decided, so a Given never depends on the decider under test.
/// </summary>
public sealed partial class CaseStory
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(1));

    private static readonly TimeSpan Step = TimeSpan.FromMinutes(15);

    private readonly List<CaseEvent> events = [];

    private CaseStory(Application application) => Application = application;

    public Application Application { get; }

    /// <summary>The time of the next event, and of the next command sent with <see cref="Context"/>.</summary>
    public DateTimeOffset Now { get; private set; } = Start;

    public DateOnly Today => BerlinTime.DateOf(Now);

    public IReadOnlyList<CaseEvent> Events => events;

    public Case State => CaseEvolution.Replay(events);

    public static CaseStory Nothing(Application? application = null) => new(application ?? Application.Extension18b);

    public static CaseStory Received(Application? application = null)
    {
        var story = Nothing(application);
        story.Append(story.Application.Event);
        return story.Application.CertificateAtReceipt ? story.FiktionIssued(new DateOnly(2026, 6, 30)) : story;
    }

    /// <summary>Who sends the next command, at <see cref="Now"/>, and why.</summary>
    public CommandContext Context(Actor? actor = null, string? reason = null) => new(actor ?? Staff.Caseworker, Now, reason);

    public CommandContext ContextAt(DateTimeOffset at, Actor? actor = null, string? reason = null) => new(actor ?? Staff.Caseworker, at, reason);

    public CaseStory At(DateTimeOffset moment)
    {
        Now = moment;
        return this;
    }

    public CaseStory Append(Func<DateTimeOffset, string, CaseEvent> make, Actor? by = null)
    {
        events.Add(make(Now, (by ?? Staff.Caseworker).UserId));
        Now = Now.Add(Step);
        return this;
    }

    /// <summary>Decisions and endings void a Fiktionsbescheinigung that is still held, in the same instant.</summary>
    private CaseStory AppendVoidingCertificate(Func<DateTimeOffset, string, CaseEvent> make, Actor? by = null)
    {
        var holdsCertificate = State.Fiktion is { Void: false };
        var actor = (by ?? Staff.Caseworker).UserId;
        events.Add(make(Now, actor));
        if (holdsCertificate)
        {
            events.Add(new FiktionsbescheinigungVoided(Ids.Case, Now, actor));
        }
        Now = Now.Add(Step);
        return this;
    }
}
