using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Migrationsverwaltung.Api.Tests.Cases;

namespace Migrationsverwaltung.Api.Tests.Http;

/// <summary>A full case flow over HTTP at the most verbose log level: no name, birth date or passport number in any line.</summary>
public sealed class NoPersonalDataInLogsTests : ApiTestBase
{
    private const string FamilyName = "Wojciechowska";
    private const string GivenName = "Elżbieta";
    private const string BirthDate = "1984-07-19";
    private const string PassportNumber = "ZK4711093";
    private const string Email = "ela.wojciechowska@example.org";

    [Test]
    public async Task The_logs_of_a_whole_case_hold_no_applicant_data()
    {
        var captured = new CapturedLogs();
        await using var api = Api.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<ILoggerProvider>(captured)));
        (await api.CreateClient().GetAsync("/health/ready")).Dispose();
        await CaseDriver.EstablishOfficeAsync(api.Services);
        var sb = await api.ClientAsAsync("sb-1", "Sachbearbeitung", CaseDriver.Team);
        var today = Domain.Calendar.BerlinTime.DateOf(DateTimeOffset.UtcNow);

        using var person = await sb.CommandAsync("/api/v1/persons", new
        {
            officeId = CaseDriver.Office, familyName = FamilyName, givenNames = GivenName, birthDate = BirthDate, birthPlace = "Łódź",
            sex = "Female", nationality = "POL", email = Email,
            address = new { street = "Rheinstraße", houseNumber = "9", postalCode = "47798", city = "Musterstadt", country = "DEU" },
        });
        Assert.That(person.StatusCode, Is.EqualTo(HttpStatusCode.Created), await person.Content.ReadAsStringAsync());
        var personUrl = person.Headers.Location!.ToString();
        using (var passport = await sb.CommandAsync($"{personUrl}/passport", new { number = PassportNumber, issuingState = "POL", validUntil = today.AddYears(5) }, 1))
        {
            Assert.That(passport.StatusCode, Is.EqualTo(HttpStatusCode.OK), await passport.Content.ReadAsStringAsync());
        }
        using var created = await sb.CommandAsync("/api/v1/cases", new
        {
            personId = (await person.JsonAsync())["streamId"]!.GetValue<Guid>(), officeId = CaseDriver.Office, teamId = CaseDriver.Team,
            titleCode = "AE_18B", kind = "FirstIssue", channel = "Online", receivedOn = today,
        });
        var caseUrl = created.Headers.Location!.ToString();
        (await sb.CommandAsync($"{caseUrl}/registration", null, 1)).Dispose();
        (await sb.CommandAsync($"{caseUrl}/completeness-check", null, 2)).Dispose();
        using (var intent = await sb.CommandAsync($"{caseUrl}/document-requests", new { items = new[] { new { documentCode = "PASS", note = $"Pass {PassportNumber} abgelaufen" } }, deadline = today.AddDays(14) }, 3))
        {
            Assert.That(intent.StatusCode, Is.EqualTo(HttpStatusCode.OK), await intent.Content.ReadAsStringAsync());
        }
        (await sb.CommandAsync($"{caseUrl}/grant", new { validUntil = today.AddYears(1) }, 4)).Dispose(); // refused: 409, logged
        (await sb.GetAsync(caseUrl)).Dispose();
        (await sb.GetAsync(personUrl)).Dispose();
        (await sb.CommandAsync("/api/v1/persons", new { familyName = FamilyName, birthDate = "kein Datum" })).Dispose(); // 400, logged

        var lines = captured.Lines.ToList();
        Assert.That(lines, Has.Count.GreaterThan(20), "the flow was logged");
        foreach (var secret in new[] { FamilyName, GivenName, BirthDate, "19.07.1984", PassportNumber, Email })
        {
            Assert.That(lines.Where(l => l.Contains(secret, StringComparison.OrdinalIgnoreCase)), Is.Empty, $"'{secret}' appears in the log");
        }
    }

    private sealed class CapturedLogs : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturedLogs owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
        }
    }
}
