using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Migrationsverwaltung.Api.Cases.Intake;
using Organisation = Migrationsverwaltung.Api.Organisation;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using V = Migrationsverwaltung.Domain.Cases;
using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Api.Tests.Cases;

/// <summary>Sends case commands through the real MediatR pipeline of the app, as a given user, tracking the version.</summary>
internal sealed class CaseDriver(IServiceProvider services, Actor actor)
{
    public static readonly Guid Office = Guid.Parse("0b0b0b0b-0000-0000-0000-000000000001");
    public static readonly Guid Team = Guid.Parse("7e7e7e7e-0000-0000-0000-000000000001");

    public Guid CaseId { get; } = Guid.NewGuid();
    public long Version { get; private set; }
    public CommandResult? Last { get; private set; }

    public static Actor Caseworker(string id = "sb-1") => new(id, Role.Sachbearbeitung, Team);
    public static Actor TeamLead(string id = "tl-1") => new(id, Role.Teamleitung, Team);

    /// <summary>The office (prefix ABH) and its team, as the administration sets them up; once per database.</summary>
    public static async Task EstablishOfficeAsync(IServiceProvider services)
    {
        var admin = new CaseDriver(services, new Actor("admin-1", Role.Administration, Guid.Empty));
        await admin.SendAsync(new Organisation.EstablishOffice.Command { OfficeId = Office, ExpectedVersion = 0, AuthorityCode = "05114000", FileNumberPrefix = "ABH", Name = "Ausländerbehörde Krefeld" });
        await admin.SendAsync(new Organisation.FormTeam.Command { OfficeId = Office, ExpectedVersion = 1, TeamId = Team, Name = "Team 1" });
    }

    public CaseDriver As(Actor other) => new(services, other) { };

    public async Task<CommandResult> SendAsync(ICommandRequest request, Actor? by = null)
    {
        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().Set(by ?? actor);
        var result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send((IRequest<CommandResult>)request);
        Version = result.Version;
        Last = result;
        return result;
    }

    public Task<CommandResult> ReceiveAsync(string titleCode, DateOnly receivedOn, DateOnly? currentTitleValidUntil = null) =>
        SendAsync(new ReceiveApplication.Command
        {
            CaseId = CaseId, ExpectedVersion = 0, PersonId = Guid.NewGuid(), OfficeId = Office, TeamId = Team, TitleCode = titleCode,
            Kind = currentTitleValidUntil is null ? V.ApplicationKind.FirstIssue : V.ApplicationKind.Extension, Channel = V.ApplicationChannel.Counter,
            ReceivedOn = receivedOn, CurrentTitleValidUntil = currentTitleValidUntil,
        });

    public Task<CommandResult> SendAsync<T>(Func<Guid, long, T> request, Actor? by = null) where T : CaseRequest => SendAsync(request(CaseId, Version), by);
}
