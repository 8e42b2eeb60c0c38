using Microsoft.Extensions.DependencyInjection;
using Migrationsverwaltung.Api.Documents.Retention;
using Migrationsverwaltung.Api.Infrastructure.Commands;

namespace Migrationsverwaltung.Api.Tests.Documents.Retention;

/// <summary>The job as a job: a dry run writes nothing, a second run finds nothing to do, a deletion interrupted by a crash is completed.</summary>
public sealed class RetentionRunTests : RetentionHost
{
    [Test]
    public async Task A_dry_run_reports_what_it_would_do_and_changes_nothing()
    {
        var personId = await RestrictedPersonWithFileAsync();
        PassRetentionPeriod();
        var events = await EventCountAsync();
        var messages = Directory.Exists(Outbox) ? Directory.GetFiles(Outbox).Length : 0;

        var dry = await RunAsync(dryRun: true);

        Assert.That(Outcome(dry, personId, "AssignRetention"), Is.EqualTo("Planned"));
        Assert.That(Outcome(dry, personId, "OfferToArchive"), Is.EqualTo("Planned"), "the dry run follows the file through the assignment to the offer");
        Assert.That(dry["dryRun"]!.GetValue<bool>(), Is.True);
        Assert.That(await EventCountAsync(), Is.EqualTo(events));
        Assert.That(Directory.Exists(Outbox) ? Directory.GetFiles(Outbox).Length : 0, Is.EqualTo(messages));
        Assert.That((await FileAsync(personId))["retention"], Is.Null);
    }

    [Test]
    public async Task Running_twice_changes_nothing_the_second_time()
    {
        var personId = await RestrictedPersonWithFileAsync("Zweimal");
        PassRetentionPeriod();
        var first = await RunAsync();
        Assert.That(Outcome(first, personId, "OfferToArchive"), Is.EqualTo("Done"));
        var events = await EventCountAsync();
        var messages = Directory.GetFiles(Outbox).Length;

        var second = await RunAsync();

        Assert.That(await EventCountAsync(), Is.EqualTo(events));
        Assert.That(Directory.GetFiles(Outbox), Has.Length.EqualTo(messages));
        Assert.That(StepsOf(second, personId).Select(s => s["outcome"]!.GetValue<string>()), Is.All.EqualTo("Waiting"));
    }

    [Test]
    public async Task A_deletion_interrupted_after_the_tombstone_is_completed_by_the_next_run()
    {
        var personId = await RestrictedPersonWithFileAsync("Abgebrochen");
        PassRetentionPeriod();
        await RunAsync();
        var processId = (await DueFileAsync(personId))["archiveProcessId"]!.GetValue<string>();
        await ImportAsync("/api/v1/retention/evaluations", Evaluation(processId, (Domain.Files.FileIds.Of(personId), "V")));
        // The crash: the tombstone committed, the erasure never ran (the executor alone, without the handler's erasure).
        await RetentionActor.RunAsync(Api.Services, null, null, services => services.GetRequiredService<CommandExecutor>()
            .ExecuteAsync(Aggregates.File, new DeleteFile.Command { PersonId = personId, ExpectedVersion = 0, AnyVersion = true, Reason = "Test: Absturz" }, CancellationToken.None));
        Assert.That((await FileAsync(personId))["disposal"]!.GetValue<string>(), Is.EqualTo("Deleted"));
        Assert.That(await StoredContentsAsync(personId), Is.EqualTo(2));
        Assert.That(await PersonalDataRowsAsync(personId), Is.GreaterThan(0));

        var repair = await RunAsync();
        var after = await RunAsync();

        Assert.That(Outcome(repair, personId, "CompleteErasure"), Is.EqualTo("Done"));
        Assert.That(await StoredContentsAsync(personId), Is.Zero);
        Assert.That(await PersonalDataRowsAsync(personId), Is.Zero);
        Assert.That(StepsOf(after, personId), Is.Empty, "a complete deletion is not repeated");
        Assert.That(await CountAsync("SELECT count(*) FROM event_store.mt_personal_data_erasures WHERE subject_id = $1", personId), Is.EqualTo(1));
    }

    [Test]
    public async Task A_person_without_a_file_gets_nothing_to_do()
    {
        var personId = await RegisterPersonAsync("Ohneakte");
        await MoveAwayAsync(personId);
        PassRetentionPeriod();

        var run = await RunAsync();

        Assert.That(StepsOf(run, personId), Is.Empty);
        Assert.That(await EventsOfFileAsync(personId), Is.Zero);
    }
}
