using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Migrationsverwaltung.Api.Documents.Scanning;
using Migrationsverwaltung.Api.Infrastructure;
using Migrationsverwaltung.Testing;

namespace Migrationsverwaltung.Api.Tests.Documents.Scanning;

public sealed class VirusScanningRegistrationTests
{
    [Test]
    public async Task Given_no_clamd_configured_When_scanning_Then_the_document_is_not_scanned_for_want_of_a_scanner()
    {
        await using var services = Services(new());

        var verdict = await services.GetRequiredService<IVirusScanner>().ScanAsync(new MemoryStream(TestViruses.Eicar), CancellationToken.None);

        Assert.That(verdict, Is.EqualTo(new ScanVerdict.NotScanned("kein Virenscanner konfiguriert")));
        Assert.That(await services.GetRequiredService<IReadinessCheck>().ProblemAsync(CancellationToken.None), Is.Null);
    }

    [Test]
    public async Task Given_Documents_Clamd_Socket_configured_When_scanning_EICAR_Then_clamd_finds_it()
    {
        await using var clamd = await ClamdProcess.StartAsync();
        await using var services = Services(new() { ["Documents:Clamd:Socket"] = clamd.SocketPath });

        var verdict = await services.GetRequiredService<IVirusScanner>().ScanAsync(new MemoryStream(TestViruses.Eicar), CancellationToken.None);

        Assert.That(verdict, Is.EqualTo(new ScanVerdict.Infected(TestViruses.EicarSignatureAsReported)));
    }

    [Test]
    public async Task Given_every_clamd_setting_in_the_configuration_When_resolved_Then_the_options_carry_them()
    {
        await using var services = Services(new()
        {
            ["Documents:Clamd:Host"] = "clamd.example.internal",
            ["Documents:Clamd:Port"] = "3311",
            ["Documents:Clamd:TimeoutSeconds"] = "7",
            ["Documents:Clamd:MaxStreamBytes"] = "1000",
            ["Documents:Clamd:ChunkBytes"] = "100",
            ["Documents:Clamd:OnFailure"] = "AcceptUnscanned",
        });

        Assert.That(services.GetRequiredService<ClamdOptions>(), Is.EqualTo(new ClamdOptions
        {
            Host = "clamd.example.internal", Port = 3311, TimeoutSeconds = 7, MaxStreamBytes = 1000, ChunkBytes = 100,
            OnFailure = ClamdFailureMode.AcceptUnscanned,
        }));
    }

    [Test]
    public async Task Given_both_a_socket_and_a_host_When_the_scanner_is_resolved_Then_the_configuration_is_refused()
    {
        await using var services = Services(new() { ["Documents:Clamd:Socket"] = "/run/clamav/clamd.ctl", ["Documents:Clamd:Host"] = "localhost" });

        Assert.That(() => services.GetRequiredService<IVirusScanner>(),
            Throws.InvalidOperationException.With.Message.Contains("Documents:Clamd: set either Socket or Host"));
    }

    [Test]
    public async Task Given_a_configured_clamd_that_is_down_When_asked_for_readiness_Then_it_names_the_scanner()
    {
        await using var services = Services(new() { ["Documents:Clamd:Socket"] = "/tmp/mvw-no-clamd-here.sock" });

        var problem = await services.GetRequiredService<IReadinessCheck>().ProblemAsync(CancellationToken.None);

        Assert.That(problem, Is.EqualTo(new ReadinessProblem("Virus scanner unavailable",
            "clamd (unix:/tmp/mvw-no-clamd-here.sock) did not answer PING; see the application log.")));
    }

    [Test]
    public void Given_the_scanner_refuses_When_mapped_Then_the_answer_is_503_in_German()
    {
        var problem = ErrorMapping.Map(new VirusScannerUnavailableException("clamd (unix:/x) ist nicht erreichbar"));

        Assert.That(problem!.Status, Is.EqualTo(503));
        Assert.That(problem.Title, Is.EqualTo("Virenscanner nicht verfügbar"));
        Assert.That(problem.Detail, Does.Not.Contain("unix:/x"), "socket paths stay in the log");
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddVirusScanning(configuration).BuildServiceProvider();
    }
}
