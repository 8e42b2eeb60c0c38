using Microsoft.Extensions.DependencyInjection;
using Migrationsverwaltung.Api.Cases.Lifecycle;
using Migrationsverwaltung.Api.Infrastructure.EventSourcing;
using Migrationsverwaltung.Api.Tests.Cases;
using Migrationsverwaltung.Api.Views.Backlog;
using Migrationsverwaltung.Api.Views.Expiring;
using Migrationsverwaltung.Api.Views.Inbox;
using Migrationsverwaltung.EventStore.Projections;

namespace Migrationsverwaltung.Api.Tests.Views;

/// <summary>
/// The projections write one set-based statement per table and batch; public_status and expiring_documents apply a
/// large batch (a bulk import's chunk, the daemon catching up) in memory instead of one statement per event. Replaying
/// every event in batches of 7 (below the set-based threshold) and in one batch must give exactly the tables built
/// command by command.
/// </summary>
public sealed class SetBasedBatchTests : ViewsTestBase
{
    private static readonly Dictionary<string, string[]> TablesOf = new()
    {
        ["public_status"] = ["app.public_status"],
        [InboxProjection.ProjectionName] = [InboxProjection.Cases, InboxProjection.Directory, InboxProjection.Names, "views.inbox_fold"],
        [BacklogProjection.ProjectionName] = [BacklogProjection.OpenCases, BacklogProjection.Deadlines, BacklogProjection.Flow, "views.backlog_fold"],
        [ExpiringDocumentsProjection.ProjectionName] = [ExpiringDocumentsProjection.Persons, ExpiringDocumentsProjection.OpenCases],
    };

    [OneTimeSetUp]
    public async Task Given_a_mix_of_cases_and_persons()
    {
        var stories = new ViewStories(Services, Clock);
        var cases = await stories.MixAsync();
        await cases[^3].SendAsync((id, v) => new Resume.Command { CaseId = id, ExpectedVersion = v }); // the parked one
        var renamed = await stories.PersonAsync("Alt", "Name", passportValidUntil: PinnedToday.AddDays(40), titleValidUntil: PinnedToday.AddDays(50));
        await new CaseDriver(Services, CaseDriver.Caseworker()).SendAsync(new Api.Persons.CorrectName.Command { PersonId = renamed, ExpectedVersion = 3, FamilyName = "Neu", GivenNames = "Name", Reason = "Schreibfehler bei der Erfassung" });
        var moved = await stories.PersonAsync("Weg", "Gezogen", titleValidUntil: PinnedToday.AddDays(14));
        await new CaseDriver(Services, CaseDriver.Caseworker()).SendAsync(new Api.Persons.RecordMoveAway.Command { PersonId = moved, ExpectedVersion = 2, NewOfficeCode = "05111000" });
        await WaitForAsyncProjectionsAsync(BacklogProjection.ProjectionName, ExpiringDocumentsProjection.ProjectionName);
    }

    [TestCase("public_status")]
    [TestCase(InboxProjection.ProjectionName)]
    [TestCase(BacklogProjection.ProjectionName)]
    [TestCase(ExpiringDocumentsProjection.ProjectionName)]
    public async Task Replayed_in_small_batches_and_in_one_batch_the_tables_equal_those_built_command_by_command(string name)
    {
        var tables = TablesOf[name];
        var built = await SnapshotAsync(tables);
        Assert.That(built[tables[0]], Is.Not.Empty);
        var projection = Services.GetServices<ProjectionRegistration>().Single(r => r.Projection.Name == name).Projection;
        var store = Services.GetRequiredService<EventStore.EventStore>();

        var applied = await InlineRebuild.RunAsync(store, projection, batchSize: 7);
        var inSmallBatches = await SnapshotAsync(tables);
        await InlineRebuild.RunAsync(store, projection, batchSize: 1_000_000);
        var inOneBatch = await SnapshotAsync(tables);

        Assert.That(applied, Is.GreaterThan(64), "enough events for the set-based path");
        Assert.That(inSmallBatches, Is.EqualTo(built));
        Assert.That(inOneBatch, Is.EqualTo(built));
    }
}
