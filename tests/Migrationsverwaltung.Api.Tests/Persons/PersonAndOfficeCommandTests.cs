using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Organisation;
using Migrationsverwaltung.Api.Persons;
using Migrationsverwaltung.Api.Tests.Cases;
using Migrationsverwaltung.Domain.Common;
using Address = Migrationsverwaltung.Domain.Persons.Address;
using ContactChannel = Migrationsverwaltung.Domain.Persons.ContactChannel;
using Sex = Migrationsverwaltung.Domain.Persons.Sex;
using Npgsql;

namespace Migrationsverwaltung.Api.Tests.Persons;

public sealed class PersonAndOfficeCommandTests : ApiTestBase
{
    [OneTimeSetUp]
    public async Task WaitForStore() => (await Api.WaitUntilReadyAsync()).Dispose();

    [Test]
    public async Task When_a_person_is_registered_and_consents_Then_the_events_are_stored_with_names_apart_from_the_stream()
    {
        var personId = Guid.NewGuid();
        var registered = await SendAsync(CaseDriver.Caseworker(), new RegisterPerson.Command
        {
            PersonId = personId, ExpectedVersion = 0, OfficeId = CaseDriver.Office, FamilyName = "Yilmaz", GivenNames = "Ayse",
            BirthDate = new DateOnly(1990, 5, 17), BirthPlace = "Izmir", Sex = Sex.Female, Nationality = "TUR",
            Address = new Address("Ostwall", "1", "47798", "Krefeld", "DEU"), Email = "ayse@example.org",
        });
        var consent = await SendAsync(CaseDriver.Caseworker(), new GiveContactConsent.Command { PersonId = personId, ExpectedVersion = registered.Version, Channel = ContactChannel.Email });

        Assert.That(registered.Events, Is.EqualTo(new[] { "person_registered" }));
        Assert.That(consent.Version, Is.EqualTo(2));
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT string_agg(data::text, ' ') FROM event_store.mt_events WHERE stream_id = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = personId });
        Assert.That((string)(await command.ExecuteScalarAsync())!, Does.Not.Contain("Yilmaz").And.Not.Contain("ayse@example.org"));
    }

    [Test]
    public async Task When_the_person_data_is_invalid_Then_each_field_is_named()
    {
        var error = Assert.ThrowsAsync<FluentValidation.ValidationException>(() => SendAsync(CaseDriver.Caseworker(), new RegisterPerson.Command
        {
            PersonId = Guid.NewGuid(), ExpectedVersion = 0, OfficeId = Guid.Empty, FamilyName = "", BirthDate = default, BirthPlace = "X",
            Sex = (Sex)42, Nationality = "Türkei", Address = new Address("A", "1", "47798", "Krefeld", "DEU"),
        }));
        Assert.That(error!.Errors.Select(e => e.PropertyName), Is.SupersetOf(new[] { "OfficeId", "FamilyName", "BirthDate", "Sex", "Nationality" }));
    }

    [Test]
    public async Task When_the_organisation_is_changed_Then_only_the_administration_may_do_it()
    {
        var officeId = Guid.NewGuid();
        var establish = new EstablishOffice.Command { OfficeId = officeId, ExpectedVersion = 0, AuthorityCode = "05114000", FileNumberPrefix = "ABH", Name = "Ausländerbehörde Krefeld" };

        Assert.ThrowsAsync<ForbiddenException>(() => SendAsync(CaseDriver.Caseworker(), establish));
        var admin = new Actor("admin-1", Role.Administration, Guid.Empty);
        var result = await SendAsync(admin, establish);
        var team = await SendAsync(admin, new FormTeam.Command { OfficeId = officeId, ExpectedVersion = result.Version, TeamId = CaseDriver.Team, Name = "Team A–K" });

        Assert.That(team.Events, Is.EqualTo(new[] { "team_formed" }));
    }

    private async Task<CommandResult> SendAsync(Actor actor, ICommandRequest request)
    {
        using var scope = Api.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().Set(actor);
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send((IRequest<CommandResult>)request);
    }
}
