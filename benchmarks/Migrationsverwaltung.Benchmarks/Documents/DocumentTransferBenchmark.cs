using System.Diagnostics;

namespace Migrationsverwaltung.Benchmarks.Documents;

/// <summary>
/// Upload and download of 1 MiB and 20 MiB documents, each size in a fresh host process: throughput (MiB/s,
/// median of the rounds) and the host's peak resident memory (VmHWM) after all rounds of that size. Streaming
/// means the 20 MiB host should peak within a few MiB of the 1 MiB host. Every download is checked against the
/// upload's SHA-256. Each kind of host gets a database of its own.
/// </summary>
public sealed class DocumentTransferBenchmark(BenchOptions options, string kind, Func<string, Task<IDocumentTransfer>> startHost)
{
    private const double MiB = 1024 * 1024;

    /// <summary>The medians and the peak of one size, for comparing kinds.</summary>
    public sealed record SizeResult(double UploadMiBPerSecond, double DownloadMiBPerSecond, double PeakRssMiB);

    public async Task<IReadOnlyDictionary<int, SizeResult>> RunAsync()
    {
        var connectionString = await BenchDatabase.CreateAsync(options, $"bench_documents_{kind}");
        var results = new Dictionary<int, SizeResult>();
        foreach (var (mebibytes, rounds) in new[] { (1, 20 * options.Runs), (20, options.Runs) })
        {
            await using var host = await startHost(connectionString);
            var name = $"documents_{kind}_{mebibytes}mib";
            Report.Note($"documents: {name}: host process {host.HostProcessId} started, resident {ProcessMemory.CurrentBytes(host.HostProcessId) / MiB:0.0} MiB; " +
                        $"1 warm-up and {rounds} rounds");
            await RoundAsync(host, mebibytes, seed: mebibytes * 1000);
            Report.Note($"documents: {name}: after the warm-up resident {ProcessMemory.CurrentBytes(host.HostProcessId) / MiB:0.0} MiB, " +
                        $"peak {ProcessMemory.PeakBytes(host.HostProcessId) / MiB:0.0} MiB");
            var uploads = new List<double>();
            var downloads = new List<double>();
            for (var round = 1; round <= rounds; round++)
            {
                var (upload, download) = await RoundAsync(host, mebibytes, seed: mebibytes * 1000 + round);
                uploads.Add(mebibytes / upload.TotalSeconds);
                downloads.Add(mebibytes / download.TotalSeconds);
            }
            var result = new SizeResult(Stats.Median(uploads), Stats.Median(downloads), ProcessMemory.PeakBytes(host.HostProcessId) / MiB);
            results[mebibytes] = result;
            Report.Note($"documents: {name}: upload MiB/s {Report.Join(uploads, "0.0")}; download MiB/s {Report.Join(downloads, "0.0")}; " +
                        $"resident now {ProcessMemory.CurrentBytes(host.HostProcessId) / MiB:0.0} MiB; {Report.Load()}");
            Report.Figure($"{name}_upload", result.UploadMiBPerSecond, "MiB/s");
            Report.Figure($"{name}_download", result.DownloadMiBPerSecond, "MiB/s");
            Report.Figure($"{name}_peak_rss", result.PeakRssMiB, "MiB");
        }
        Report.Figure($"documents_{kind}_peak_rss_20mib_minus_1mib", results[20].PeakRssMiB - results[1].PeakRssMiB, "MiB");
        return results;
    }

    /// <summary>The API's throughput as a share of the store's in the same run (the store host is the baseline).</summary>
    public static void Compare(IReadOnlyDictionary<int, SizeResult> api, IReadOnlyDictionary<int, SizeResult> store)
    {
        foreach (var (mebibytes, result) in api)
        {
            Report.Figure($"documents_api_vs_store_{mebibytes}mib_upload", result.UploadMiBPerSecond / store[mebibytes].UploadMiBPerSecond, "x");
            Report.Figure($"documents_api_vs_store_{mebibytes}mib_download", result.DownloadMiBPerSecond / store[mebibytes].DownloadMiBPerSecond, "x");
        }
    }

    private static async Task<(TimeSpan Upload, TimeSpan Download)> RoundAsync(IDocumentTransfer host, int mebibytes, int seed)
    {
        var size = mebibytes * 1024L * 1024;
        using var content = new GeneratedPdf(size, seed);
        var person = await host.NewPersonAsync();
        var started = Stopwatch.GetTimestamp();
        var document = await host.UploadAsync(person, content, size);
        var upload = Stopwatch.GetElapsedTime(started);

        using var sink = new HashingSink();
        started = Stopwatch.GetTimestamp();
        var downloaded = await host.DownloadAsync(person, document, sink);
        var download = Stopwatch.GetElapsedTime(started);
        if (downloaded != size || sink.Written != size || !sink.Sha256.AsSpan().SequenceEqual(content.Sha256))
        {
            throw new InvalidOperationException($"document {document}: {sink.Written} of {size} bytes came back, or other bytes");
        }
        return (upload, download);
    }
}
