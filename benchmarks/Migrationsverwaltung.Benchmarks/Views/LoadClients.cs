using System.Net;
using System.Net.Http.Json;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Intake = Migrationsverwaltung.Api.Cases.Intake;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Domain.Cases;
using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Benchmarks.Views;

/// <summary>One writer of the sustained load: receives an application for a new case of a seeded person, then registers that case.</summary>
public interface ILoadClient
{
    Task ReceiveAsync(int n);

    Task RegisterLastAsync();
}

/// <summary>Over HTTP against the API process: <c>POST /api/v1/cases</c>, then <c>POST …/registration</c> with If-Match 1.</summary>
public sealed class HttpLoadClient(HttpClient client, SeededData.WriterTeam data, int index) : ILoadClient
{
    private Uri? _last;

    public async Task ReceiveAsync(int n)
    {
        using var created = await client.PostAsJsonAsync("/api/v1/cases", new
        {
            personId = data.PersonIds[(index * 7919 + n) % data.PersonIds.Count], officeId = data.OfficeId, teamId = data.TeamId,
            titleCode = "NE_9", kind = "FirstIssue", channel = "Online", receivedOn = Domain.Calendar.BerlinTime.DateOf(DateTimeOffset.UtcNow),
        });
        if (created.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"receive application: {(int)created.StatusCode}: {await created.Content.ReadAsStringAsync()}");
        }
        _last = created.Headers.Location;
    }

    public async Task RegisterLastAsync()
    {
        using var register = new HttpRequestMessage(HttpMethod.Post, $"{_last}/registration");
        register.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        using var registered = await client.SendAsync(register);
        if (registered.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"registration: {(int)registered.StatusCode}: {await registered.Content.ReadAsStringAsync()}");
        }
    }
}

/// <summary>
/// The same two commands through the API's own MediatR pipeline in this process (validation, authorisation,
/// idempotency, deciders, append with the inline projections), without HTTP: the load the store and the async
/// projections see when the command side is not the bottleneck.
/// </summary>
public sealed class InProcessLoadClient(IServiceProvider services, SeededData.WriterTeam data, int index) : ILoadClient
{
    private readonly Actor _actor = new(data.Caseworkers[index % data.Caseworkers.Count], Role.Sachbearbeitung, data.TeamId);
    private Guid _last;

    public async Task ReceiveAsync(int n)
    {
        _last = Guid.NewGuid();
        await SendAsync(new Intake.ReceiveApplication.Command
        {
            CaseId = _last, ExpectedVersion = 0, PersonId = data.PersonIds[(index * 7919 + n) % data.PersonIds.Count], OfficeId = data.OfficeId, TeamId = data.TeamId,
            TitleCode = "NE_9", Kind = ApplicationKind.FirstIssue, Channel = ApplicationChannel.Online, ReceivedOn = Domain.Calendar.BerlinTime.DateOf(DateTimeOffset.UtcNow),
        });
    }

    public Task RegisterLastAsync() => SendAsync(new Intake.RegisterCase.Command { CaseId = _last, ExpectedVersion = 1 });

    private async Task SendAsync(IRequest<CommandResult> command)
    {
        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().Set(_actor);
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command);
    }
}
