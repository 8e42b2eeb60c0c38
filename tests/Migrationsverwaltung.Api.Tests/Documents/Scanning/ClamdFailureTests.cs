using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging.Abstractions;
using Migrationsverwaltung.Api.Documents.Scanning;
using Migrationsverwaltung.Testing;

namespace Migrationsverwaltung.Api.Tests.Documents.Scanning;

/// <summary>clamd configured but failing: Refuse (the default) refuses the upload, AcceptUnscanned marks it "not scanned".</summary>
public sealed class ClamdFailureTests
{
    [Test]
    public void Given_no_clamd_behind_the_configured_socket_When_scanning_Then_the_upload_is_refused_before_the_content_is_read()
    {
        var content = new MemoryStream(TestViruses.Pdf());
        var scanner = Scanner(new ClamdOptions { Socket = MissingSocket() });

        var refused = Assert.ThrowsAsync<VirusScannerUnavailableException>(() => scanner.ScanAsync(content, CancellationToken.None));

        Assert.That(refused!.Message, Does.StartWith("Das Dokument kann gerade nicht auf Viren geprüft werden"));
        Assert.That(refused.Reason, Does.Contain("ist nicht erreichbar"));
        Assert.That(content.Position, Is.Zero);
    }

    [Test]
    public async Task Given_AcceptUnscanned_and_no_clamd_When_scanning_Then_the_document_is_not_scanned_with_the_reason()
    {
        var scanner = Scanner(new ClamdOptions { Socket = MissingSocket(), OnFailure = ClamdFailureMode.AcceptUnscanned });

        var verdict = await scanner.ScanAsync(new MemoryStream(TestViruses.Pdf()), CancellationToken.None);

        Assert.That(verdict, Is.TypeOf<ScanVerdict.NotScanned>());
        Assert.That(((ScanVerdict.NotScanned)verdict).Reason, Does.StartWith("Virenscanner nicht verfügbar: clamd (unix:"));
    }

    [Test]
    public async Task Given_clamd_stopped_after_a_scan_When_scanning_again_Then_the_upload_is_refused()
    {
        await using var clamd = await ClamdProcess.StartAsync();
        var scanner = Scanner(new ClamdOptions { Socket = clamd.SocketPath });
        Assert.That(await scanner.ScanAsync(new MemoryStream(TestViruses.Pdf()), CancellationToken.None), Is.TypeOf<ScanVerdict.Clean>());

        await clamd.StopAsync();

        Assert.ThrowsAsync<VirusScannerUnavailableException>(() => scanner.ScanAsync(new MemoryStream(TestViruses.Pdf()), CancellationToken.None));
    }

    [Test]
    public async Task Given_clamds_StreamMaxLength_below_MaxStreamBytes_When_a_longer_stream_is_sent_Then_the_upload_is_refused_with_clamds_reason()
    {
        await using var clamd = await ClamdProcess.StartAsync(streamMaxLength: 1024 * 1024);
        var scanner = Scanner(new ClamdOptions { Socket = clamd.SocketPath });

        var refused = Assert.ThrowsAsync<VirusScannerUnavailableException>(() =>
            scanner.ScanAsync(new MemoryStream(TestViruses.Pdf(padding: 2 * 1024 * 1024)), CancellationToken.None));

        Assert.That(refused!.Reason, Does.Contain("INSTREAM size limit exceeded"));
    }

    [Test]
    public async Task Given_a_server_that_accepts_but_never_answers_When_scanning_Then_the_timeout_refuses_the_upload()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        var scanner = Scanner(new ClamdOptions { Host = "127.0.0.1", Port = port, TimeoutSeconds = 1 });

        var scanning = scanner.ScanAsync(new MemoryStream(TestViruses.Pdf()), CancellationToken.None);
        using var accepted = await silent.AcceptTcpClientAsync();
        var refused = Assert.ThrowsAsync<VirusScannerUnavailableException>(() => scanning);

        Assert.That(refused!.Reason, Does.Contain("hat nicht innerhalb von 1 s reagiert (Antwort)"));
    }

    [Test]
    public async Task Given_the_upload_is_cancelled_When_scanning_Then_it_is_cancelled_not_refused_as_a_scanner_failure()
    {
        await using var clamd = await ClamdProcess.StartAsync();
        var scanner = Scanner(new ClamdOptions { Socket = clamd.SocketPath });
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        Assert.That(() => scanner.ScanAsync(new MemoryStream(TestViruses.Pdf()), cancelled.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    private static ClamdScanner Scanner(ClamdOptions options) => new(options, NullLogger<ClamdScanner>.Instance);

    private static string MissingSocket() => Path.Combine(Path.GetTempPath(), $"mvw-no-clamd-{Guid.NewGuid():N}.sock");
}
