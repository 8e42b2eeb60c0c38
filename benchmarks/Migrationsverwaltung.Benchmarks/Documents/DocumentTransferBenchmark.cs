using System.Diagnostics;

namespace Migrationsverwaltung.Benchmarks.Documents;

/// <summary>
/// Upload and download of 1 MiB and 20 MiB documents, each size in a fresh host process: throughput (MiB/s,
/// median of the rounds) and the host's peak resident memory (VmHWM) after all rounds of that size. Streaming
/// means the 20 MiB host should peak within a few MiB of the 1 MiB host. Every download is checked against the
/// upload's SHA-256.
/// </summary>
public sealed class DocumentTransferBenchmark(BenchOptions options, Func<string, Task<IDocumentTransfer>> startHost)
{
    private const double MiB = 1024 * 1024;

    public async Task RunAsync()
    {
        var connectionString = await BenchDatabase.CreateAsync(options, "bench_documents");
        var peaks = new Dictionary<int, double>();
        string? kind = null;
        foreach (var (mebibytes, rounds) in new[] { (1, 20 * options.Runs), (20, options.Runs) })
        {
            await using var host = await startHost(connectionString);
            kind = host.Kind;
            var name = $"documents_{kind}_{mebibytes}mib";
            Report.Note($"documents: {name}: host process {host.HostProcessId} started, resident {ProcessMemory.CurrentBytes(host.HostProcessId) / MiB:0.0} MiB; " +
                        $"1 warm-up and {rounds} rounds");
            await RoundAsync(host, mebibytes, seed: mebibytes * 1000);
            var uploads = new List<double>();
            var downloads = new List<double>();
            for (var round = 1; round <= rounds; round++)
            {
                var (upload, download) = await RoundAsync(host, mebibytes, seed: mebibytes * 1000 + round);
                uploads.Add(mebibytes / upload.TotalSeconds);
                downloads.Add(mebibytes / download.TotalSeconds);
            }
            peaks[mebibytes] = ProcessMemory.PeakBytes(host.HostProcessId) / MiB;
            Report.Note($"documents: {name}: upload MiB/s {Report.Join(uploads, "0.0")}; download MiB/s {Report.Join(downloads, "0.0")}; {Report.Load()}");
            Report.Figure($"{name}_upload", Stats.Median(uploads), "MiB/s");
            Report.Figure($"{name}_download", Stats.Median(downloads), "MiB/s");
            Report.Figure($"{name}_peak_rss", peaks[mebibytes], "MiB");
        }
        Report.Figure($"documents_{kind}_peak_rss_20mib_minus_1mib", peaks[20] - peaks[1], "MiB");
    }

    private static async Task<(TimeSpan Upload, TimeSpan Download)> RoundAsync(IDocumentTransfer host, int mebibytes, int seed)
    {
        var size = mebibytes * 1024L * 1024;
        using var content = new GeneratedPdf(size, seed);
        var started = Stopwatch.GetTimestamp();
        var document = await host.UploadAsync(Guid.CreateVersion7(), content, size);
        var upload = Stopwatch.GetElapsedTime(started);

        using var sink = new HashingSink();
        started = Stopwatch.GetTimestamp();
        var downloaded = await host.DownloadAsync(document, sink);
        var download = Stopwatch.GetElapsedTime(started);
        if (downloaded != size || sink.Written != size || !sink.Sha256.AsSpan().SequenceEqual(content.Sha256))
        {
            throw new InvalidOperationException($"document {document}: {sink.Written} of {size} bytes came back, or other bytes");
        }
        return (upload, download);
    }
}
