using MediatR;
using Migrationsverwaltung.Api.Cases.Completeness;
using Migrationsverwaltung.Api.Cases.Intake;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.EventSourcing;
using Migrationsverwaltung.Api.Organisation;
using Migrationsverwaltung.Api.Persons;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.EventStore;
using Person = Migrationsverwaltung.Domain.Persons;
using Verfahren = Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Api.Infrastructure.Samples;

/// <summary>
/// With Samples:Seed=true (Development, ./run.sh) a fresh database gets the sample office, its teams and users
/// and a few fictitious applicants and cases, through the same commands a person would send, so /docs can be
/// clicked through at once. A database that already has the office is left alone.
/// </summary>
internal sealed class SampleDataSeeder(IServiceProvider services, EventStoreReadiness readiness, IConfiguration configuration, ILogger<SampleDataSeeder> logger)
    : BackgroundService
{
    private static readonly Actor Admin = new("admin-1", Role.Administration, Guid.Empty);
    private static readonly Actor Caseworker = new("sb-1", Role.Sachbearbeitung, SampleIds.TeamA);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Samples:Seed", false))
        {
            return;
        }
        await readiness.WaitAsync(stoppingToken);
        var store = services.GetRequiredService<EventStore.EventStore>();
        if ((await store.ReadStreamAsync(SampleIds.Office, cancellationToken: stoppingToken)).Count > 0)
        {
            return;
        }
        await SeedOrganisationAsync(stoppingToken);
        var today = Domain.Calendar.BerlinTime.DateOf(DateTimeOffset.UtcNow);
        var amina = await SeedPersonAsync("Haddad", "Amina", new DateOnly(1991, 4, 12), "Aleppo", Person.Sex.Female, "SYR", stoppingToken);
        var tran = await SeedPersonAsync("Tran", "Minh", new DateOnly(1987, 11, 3), "Hanoi", Person.Sex.Male, "VNM", stoppingToken);
        var caseA = await SeedCaseAsync(amina, "AE_25_2_FLUECHTLING", today.AddDays(-20), today.AddDays(10), stoppingToken);
        var caseB = await SeedCaseAsync(tran, "AE_18B", today.AddDays(-5), today.AddDays(40), stoppingToken);
        await SendAsync(Caseworker, new StartCompletenessCheck.Command { CaseId = caseB.Id, ExpectedVersion = caseB.Version }, stoppingToken);
        await SendAsync(Caseworker, new RequestDocuments.Command
        {
            CaseId = caseB.Id, ExpectedVersion = caseB.Version + 1, Deadline = today.AddDays(21),
            Items = [new Verfahren.MissingItem("ARBEITSVERTRAG"), new Verfahren.MissingItem("ERKLAERUNG_BESCHAEFTIGUNGSVERHAELTNIS")],
        }, stoppingToken);
        logger.LogInformation("Sample data loaded: office {OfficeId}, cases {CaseA} and {CaseB}", SampleIds.Office, caseA.Id, caseB.Id);
    }

    private async Task SeedOrganisationAsync(CancellationToken ct)
    {
        var version = (await SendAsync(Admin, new EstablishOffice.Command { OfficeId = SampleIds.Office, ExpectedVersion = 0, AuthorityCode = "05114000", FileNumberPrefix = "ABH", Name = "Ausländerbehörde Musterstadt" }, ct)).Version;
        version = (await SendAsync(Admin, new FormTeam.Command { OfficeId = SampleIds.Office, ExpectedVersion = version, TeamId = SampleIds.TeamA, Name = "Team A–K" }, ct)).Version;
        version = (await SendAsync(Admin, new FormTeam.Command { OfficeId = SampleIds.Office, ExpectedVersion = version, TeamId = SampleIds.TeamB, Name = "Team L–Z" }, ct)).Version;
        foreach (var (user, role, team) in new (string, Role, Guid?)[]
                 {
                     ("sb-1", Role.Sachbearbeitung, SampleIds.TeamA), ("sb-2", Role.Sachbearbeitung, SampleIds.TeamA),
                     ("tl-1", Role.Teamleitung, SampleIds.TeamA), ("tl-2", Role.Teamleitung, SampleIds.TeamA),
                     ("rev-1", Role.Revision, null), ("admin-1", Role.Administration, null),
                 })
        {
            version = (await SendAsync(Admin, new AppointStaffMember.Command { OfficeId = SampleIds.Office, ExpectedVersion = version, UserId = user, Role = role, TeamId = team }, ct)).Version;
        }
    }

    private async Task<Guid> SeedPersonAsync(string family, string given, DateOnly born, string place, Person.Sex sex, string nationality, CancellationToken ct)
    {
        var id = Guid.CreateVersion7();
        await SendAsync(Caseworker, new RegisterPerson.Command
        {
            PersonId = id, ExpectedVersion = 0, OfficeId = SampleIds.Office, FamilyName = family, GivenNames = given, BirthDate = born,
            BirthPlace = place, Sex = sex, Nationality = nationality, Address = new Person.Address("Musterstraße", "1", "47798", "Musterstadt", "DEU"),
        }, ct);
        return id;
    }

    private async Task<(Guid Id, long Version)> SeedCaseAsync(Guid person, string title, DateOnly receivedOn, DateOnly currentTitleValidUntil, CancellationToken ct)
    {
        var id = Guid.CreateVersion7();
        await SendAsync(Caseworker, new ReceiveApplication.Command
        {
            CaseId = id, ExpectedVersion = 0, PersonId = person, OfficeId = SampleIds.Office, TeamId = SampleIds.TeamA, TitleCode = title,
            Kind = Verfahren.ApplicationKind.Extension, Channel = Verfahren.ApplicationChannel.Counter, ReceivedOn = receivedOn, CurrentTitleValidUntil = currentTitleValidUntil,
        }, ct);
        var registered = await SendAsync(Caseworker, new RegisterCase.Command { CaseId = id, ExpectedVersion = 1 }, ct);
        return (id, registered.Version);
    }

    private async Task<CommandResult> SendAsync(Actor actor, ICommandRequest request, CancellationToken ct)
    {
        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().Set(actor);
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send((IRequest<CommandResult>)request, ct);
    }
}
