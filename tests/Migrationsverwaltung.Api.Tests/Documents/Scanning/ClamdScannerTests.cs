using Microsoft.Extensions.Logging.Abstractions;
using Migrationsverwaltung.Api.Documents.Scanning;
using Migrationsverwaltung.Testing;

namespace Migrationsverwaltung.Api.Tests.Documents.Scanning;

/// <summary>Scans against a real clamd with the EICAR test signature (see ClamdProcess).</summary>
public sealed class ClamdScannerTests
{
    private ClamdProcess _clamd = null!;

    [OneTimeSetUp]
    public async Task StartClamd()
    {
        _clamd = await ClamdProcess.StartAsync();
        TestContext.Progress.WriteLine($"clamd answered PING {_clamd.StartupTime.TotalMilliseconds:F0} ms after its start");
    }

    [OneTimeTearDown]
    public async Task StopClamd() => await _clamd.DisposeAsync();

    [Test]
    public async Task Given_the_EICAR_test_file_When_scanned_Then_it_is_infected_with_the_test_signature_name()
    {
        var verdict = await Scanner().ScanAsync(new MemoryStream(TestViruses.Eicar), CancellationToken.None);

        Assert.That(verdict, Is.EqualTo(new ScanVerdict.Infected(TestViruses.EicarSignatureAsReported)));
    }

    [Test]
    public async Task Given_a_clean_pdf_When_scanned_Then_it_is_clean_with_clamds_engine_version()
    {
        var verdict = await Scanner().ScanAsync(new MemoryStream(TestViruses.Pdf(padding: 2_000)), CancellationToken.None);

        Assert.That(verdict, Is.TypeOf<ScanVerdict.Clean>());
        Assert.That(((ScanVerdict.Clean)verdict).EngineVersion, Does.StartWith("ClamAV "));
    }

    [Test]
    public async Task Given_a_pdf_of_many_chunks_When_scanned_Then_it_is_clean_and_read_to_its_end()
    {
        var content = new MemoryStream(TestViruses.Pdf(padding: 3 * 1024 * 1024));

        var verdict = await Scanner(chunkBytes: 64 * 1024).ScanAsync(content, CancellationToken.None);

        Assert.That(verdict, Is.TypeOf<ScanVerdict.Clean>());
        Assert.That(content.Position, Is.EqualTo(content.Length));
    }

    [Test]
    public async Task Given_EICAR_after_the_end_of_a_3_MB_pdf_When_scanned_in_64_KiB_chunks_Then_the_last_chunk_reached_clamd()
    {
        byte[] bytes = [.. TestViruses.Pdf(padding: 3 * 1024 * 1024), .. TestViruses.Eicar];

        var verdict = await Scanner(chunkBytes: 64 * 1024).ScanAsync(new MemoryStream(bytes), CancellationToken.None);

        Assert.That(verdict, Is.EqualTo(new ScanVerdict.Infected(TestViruses.EicarSignatureAsReported)));
    }

    [Test]
    public async Task Given_EICAR_inside_a_larger_pdf_across_a_chunk_boundary_When_scanned_Then_it_is_found()
    {
        var pdf = TestViruses.Pdf(padding: 200_000, embedded: TestViruses.Eicar);
        var offset = pdf.AsSpan().IndexOf(TestViruses.Eicar);
        var chunkBytes = offset + TestViruses.Eicar.Length / 2; // the first chunk ends in the middle of the string

        var verdict = await Scanner(chunkBytes: chunkBytes).ScanAsync(new MemoryStream(pdf), CancellationToken.None);

        Assert.That(verdict, Is.EqualTo(new ScanVerdict.Infected(TestViruses.EicarSignatureAsReported)));
    }

    [Test]
    public async Task Given_clamd_over_TCP_When_EICAR_and_a_clean_pdf_are_scanned_Then_the_verdicts_are_the_same_as_over_the_Unix_socket()
    {
        await using var clamd = await ClamdProcess.StartAsync(tcp: true);
        var scanner = new ClamdScanner(new ClamdOptions { Host = "127.0.0.1", Port = clamd.TcpPort!.Value }, NullLogger<ClamdScanner>.Instance);

        Assert.That(await scanner.ScanAsync(new MemoryStream(TestViruses.Eicar), CancellationToken.None),
            Is.EqualTo(new ScanVerdict.Infected(TestViruses.EicarSignatureAsReported)));
        Assert.That(await scanner.ScanAsync(new MemoryStream(TestViruses.Pdf(padding: 100_000)), CancellationToken.None),
            Is.TypeOf<ScanVerdict.Clean>());
    }

    [Test]
    public async Task Given_a_running_clamd_When_pinged_and_asked_for_its_version_Then_it_answers()
    {
        var client = new ClamdClient(new ClamdOptions { Socket = _clamd.SocketPath });

        await client.PingAsync(CancellationToken.None);
        Assert.That(await client.VersionAsync(CancellationToken.None), Does.Match(@"^ClamAV \d+\.\d+"));
    }

    [Test]
    public void Given_content_longer_than_MaxStreamBytes_When_scanned_Then_the_upload_is_refused_as_unscannable()
    {
        var scanner = Scanner(maxStreamBytes: 100_000);

        var refused = Assert.ThrowsAsync<VirusScannerUnavailableException>(() =>
            scanner.ScanAsync(new MemoryStream(TestViruses.Pdf(padding: 200_000)), CancellationToken.None));

        Assert.That(refused!.Reason, Does.Contain("größer als die Grenze des Virenscanners (100000 Bytes"));
    }

    private ClamdScanner Scanner(int chunkBytes = 64 * 1024, long maxStreamBytes = 25L * 1024 * 1024) =>
        new(new ClamdOptions { Socket = _clamd.SocketPath, ChunkBytes = chunkBytes, MaxStreamBytes = maxStreamBytes }, NullLogger<ClamdScanner>.Instance);
}
