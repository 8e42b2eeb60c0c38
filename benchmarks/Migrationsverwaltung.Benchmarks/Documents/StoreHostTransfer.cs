using System.Diagnostics;
using System.Globalization;

namespace Migrationsverwaltung.Benchmarks.Documents;

/// <summary>Starts a fresh <see cref="DocumentStoreHost"/> process and talks to it over its stdin/stdout.</summary>
public sealed class StoreHostTransfer : IDocumentTransfer
{
    private readonly Process _host;
    private readonly Stream _toHost;
    private readonly Stream _fromHost;

    private StoreHostTransfer(Process host)
    {
        _host = host;
        _toHost = host.StandardInput.BaseStream;
        _fromHost = host.StandardOutput.BaseStream;
    }

    public string Kind => "store";
    public int HostProcessId => _host.Id;

    /// <summary>The store needs no registered person: any id owns the content.</summary>
    public Task<Guid> NewPersonAsync() => Task.FromResult(Guid.CreateVersion7());

    public static async Task<StoreHostTransfer> StartAsync(string connectionString)
    {
        var host = Process.Start(new ProcessStartInfo("dotnet",
            [typeof(StoreHostTransfer).Assembly.Location, DocumentStoreHost.Command, "--connection", connectionString])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        var transfer = new StoreHostTransfer(host);
        var ready = await PipeProtocol.ReadLineAsync(transfer._fromHost);
        if (ready != "READY")
        {
            await transfer.DisposeAsync();
            throw new InvalidOperationException($"the store host did not start (said '{ready}')");
        }
        return transfer;
    }

    public async Task<string> UploadAsync(Guid personId, Stream content, long size)
    {
        await PipeProtocol.WriteLineAsync(_toHost, $"U {size.ToString(CultureInfo.InvariantCulture)} {personId}");
        await content.CopyToAsync(_toHost);
        await _toHost.FlushAsync();
        var answer = await PipeProtocol.ReadLineAsync(_fromHost);
        return answer is ['O', 'K', ' ', .. var id] ? id : throw new InvalidOperationException($"upload failed: '{answer}'");
    }

    public async Task<long> DownloadAsync(Guid personId, string document, Stream sink)
    {
        await PipeProtocol.WriteLineAsync(_toHost, $"D {document}");
        var size = long.Parse(await PipeProtocol.ReadLineAsync(_fromHost) ?? "-1", CultureInfo.InvariantCulture);
        await new PipeProtocol.Slice(_fromHost, size).CopyToAsync(sink);
        return size;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_host.HasExited)
        {
            try
            {
                await PipeProtocol.WriteLineAsync(_toHost, "Q");
            }
            catch (IOException)
            {
                // already gone
            }
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _host.WaitForExitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                _host.Kill(entireProcessTree: true);
            }
        }
        _host.Dispose();
    }
}
