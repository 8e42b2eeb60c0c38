using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Migrationsverwaltung.Api.Reminders;
using Migrationsverwaltung.Api.Tests.Cases;
using Migrationsverwaltung.Api.Views.Expiring;
using Migrationsverwaltung.Domain.Calendar;
using Migrationsverwaltung.Domain.Persons;
using Migrationsverwaltung.EventStore.Daemon;
using Npgsql;
using P = Migrationsverwaltung.Api.Persons;
using Store = Migrationsverwaltung.EventStore.EventStore;

namespace Migrationsverwaltung.Api.Tests.Reminders;

/// <summary>
/// An API on its own database with the reminder worker off (the tests drive scans and senders themselves), an SMTP
/// sink, an office, and helpers for persons with or without e-mail consent.
/// </summary>
internal sealed class ReminderTestHost : IAsyncDisposable
{
    public required string Database { get; init; }
    public required ApiFactory Api { get; init; }
    public required SmtpSink Sink { get; init; }

    public static DateOnly Today => BerlinTime.DateOf(DateTimeOffset.UtcNow);

    /// <summary>Starts the host; with <paramref name="establishOffice"/> false the caller sets up the office itself.</summary>
    public static async Task<ReminderTestHost> StartAsync(string name, Dictionary<string, string?> more, bool establishOffice = true)
    {
        var sink = new SmtpSink();
        var database = await Testing.TestCluster.CreateDatabaseAsync(name);
        var settings = new Dictionary<string, string?>(more)
        {
            ["ConnectionStrings:EventStore"] = database,
            ["Reminders:Enabled"] = "false",
            ["Reminders:SmtpHost"] = "127.0.0.1",
            ["Reminders:SmtpPort"] = sink.Port.ToString(CultureInfo.InvariantCulture),
        };
        var host = new ReminderTestHost { Database = database, Api = new ApiFactory(settings), Sink = sink };
        (await host.Api.WaitUntilReadyAsync()).Dispose();
        if (establishOffice)
        {
            await CaseDriver.EstablishOfficeAsync(host.Api.Services);
        }
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        await Api.DisposeAsync();
        await Sink.DisposeAsync();
        await Testing.TestCluster.DropDatabaseAsync(Database);
    }

    public CaseDriver Driver() => new(Api.Services, CaseDriver.Caseworker());

    public static string EmailOf(Guid personId) => $"p-{personId:N}@example.org";

    /// <summary>Registers a person named Muster with an e-mail address, gives consent if asked; returns the id and the stream's version.</summary>
    public Task<(Guid PersonId, long Version)> RegisterPersonAsync(bool consent, string? language = null) => RegisterPersonAsync(Api.Services, consent, language);

    public static async Task<(Guid PersonId, long Version)> RegisterPersonAsync(IServiceProvider services, bool consent, string? language = null)
    {
        var id = Guid.NewGuid();
        var d = new CaseDriver(services, CaseDriver.Caseworker());
        await d.SendAsync(new P.RegisterPerson.Command
        {
            PersonId = id, ExpectedVersion = 0, OfficeId = CaseDriver.Office, FamilyName = "Muster", BirthDate = new DateOnly(1990, 1, 1), BirthPlace = "Ort",
            Sex = Sex.Female, Nationality = "DEU", Address = new Address("A", "1", "47798", "Krefeld", "DEU"), Email = EmailOf(id),
        });
        var version = 1L;
        if (consent)
        {
            await d.SendAsync(new P.GiveContactConsent.Command { PersonId = id, ExpectedVersion = version++, Channel = ContactChannel.Email });
        }
        if (language is not null)
        {
            await d.SendAsync(new P.RecordPreferredLanguage.Command { PersonId = id, ExpectedVersion = version++, Language = language });
        }
        return (id, version);
    }

    /// <summary>The scan reads the async expiring-documents view: wait until it has every event.</summary>
    public async Task WaitForExpiringViewAsync()
    {
        var caughtUp = await Api.Services.GetRequiredService<ProjectionControl>()
            .WaitForCatchUpAsync([ExpiringDocumentsProjection.ProjectionName], TimeSpan.FromSeconds(30));
        Assert.That(caughtUp, Is.True, "the expiring-documents projection did not catch up in 30 s");
    }

    public IReminderTransport Transport() => new SmtpReminderTransport(Api.Services.GetRequiredService<IOptions<ReminderOptions>>());

    public ReminderSender Sender(string instance, IReminderTransport? transport = null, TimeSpan? lease = null)
    {
        var options = Api.Services.GetRequiredService<IOptions<ReminderOptions>>().Value;
        var settings = Options.Create(new ReminderOptions
        {
            SmtpHost = options.SmtpHost, SmtpPort = options.SmtpPort, Lease = lease ?? options.Lease, FirstRetry = options.FirstRetry, BatchSize = 5,
        });
        return new ReminderSender(Api.Services.GetRequiredService<NpgsqlDataSource>(), Api.Services.GetRequiredService<Store>(), transport ?? Transport(), settings,
            NullLogger<ReminderSender>.Instance, instance);
    }

    public static async Task DrainAsync(ReminderSender sender)
    {
        while (await sender.ProcessOnceAsync(CancellationToken.None) > 0)
        {
        }
    }

    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
