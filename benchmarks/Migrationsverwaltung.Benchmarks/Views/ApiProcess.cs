using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace Migrationsverwaltung.Benchmarks.Views;

/// <summary>
/// The real API (<c>dotnet Migrationsverwaltung.Api.dll</c>, Development, free loopback port, Samples:Seed=false,
/// Serilog at Warning) as a process of its own against a database, with extra settings as environment variables
/// (<c>Section__Key</c>). Hands out HTTP clients with development tokens (<c>POST /dev/tokens</c>).
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process _api;
    private readonly Queue<string> _tail = new();
    private readonly string _keyDirectory;
    private readonly List<HttpClient> _clients = [];

    private ApiProcess(Process api, Uri address, string keyDirectory)
    {
        (_api, Address, _keyDirectory) = (api, address, keyDirectory);
        api.OutputDataReceived += (_, e) => Keep(e.Data);
        api.ErrorDataReceived += (_, e) => Keep(e.Data);
        api.BeginOutputReadLine();
        api.BeginErrorReadLine();
    }

    public Uri Address { get; }
    public int ProcessId => _api.Id;

    public static async Task<ApiProcess> StartAsync(string connectionString, IReadOnlyDictionary<string, string> settings)
    {
        var port = FreeLoopbackPort();
        var keyDirectory = Directory.CreateTempSubdirectory("mvw-bench-key-").FullName;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Migrationsverwaltung.Api.dll"), "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__EventStore"] = connectionString;
        start.Environment["Samples__Seed"] = "false";
        start.Environment["Auth__DevKeyFile"] = Path.Combine(keyDirectory, "dev-signing-key");
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        start.Environment["Serilog__MinimumLevel__Override__Migrationsverwaltung"] = "Warning";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var api = new ApiProcess(process, new Uri($"http://127.0.0.1:{port}"), keyDirectory);
        try
        {
            await api.WaitUntilReadyAsync(TimeSpan.FromMinutes(10));
        }
        catch
        {
            await api.DisposeAsync();
            throw;
        }
        return api;
    }

    /// <summary>
    /// A client of its own (one connection, as one user's browser or service) with a development token; like a browser
    /// it accepts gzip and inflates what comes compressed (the latency includes that).
    /// </summary>
    public async Task<HttpClient> ClientAsync(string userId, string role, Guid? team)
    {
        var client = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.GZip })
        {
            BaseAddress = Address, Timeout = TimeSpan.FromMinutes(2),
        };
        _clients.Add(client);
        using var minted = await client.PostAsJsonAsync("/dev/tokens", new { userId, role, team, minutes = 240 });
        var token = (await ExpectAsync(minted, HttpStatusCode.OK, "dev token"))["access_token"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A client without a token (the public status lookup).</summary>
    public HttpClient AnonymousClient()
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromMinutes(2) };
        _clients.Add(client);
        return client;
    }

    public async Task<JsonObject> ExpectAsync(HttpResponseMessage response, HttpStatusCode expected, string what)
    {
        var text = await response.Content.ReadAsStringAsync();
        return response.StatusCode == expected
            ? JsonNode.Parse(text)!.AsObject()
            : throw new InvalidOperationException($"{what}: {(int)response.StatusCode} instead of {(int)expected}: {text}\n{Tail()}");
    }

    private async Task WaitUntilReadyAsync(TimeSpan limit)
    {
        using var probe = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
        var waited = Stopwatch.StartNew();
        while (true)
        {
            if (_api.HasExited)
            {
                throw new InvalidOperationException($"the API exited with {_api.ExitCode} before it was ready:\n{Tail()}");
            }
            try
            {
                using var ready = await probe.GetAsync("/health/ready");
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
            {
                // not listening yet
            }
            if (waited.Elapsed > limit)
            {
                throw new TimeoutException($"the API was not ready after {limit.TotalSeconds:0} s:\n{Tail()}");
            }
            await Task.Delay(250);
        }
    }

    public string Tail()
    {
        lock (_tail)
        {
            return string.Join('\n', _tail);
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_tail)
        {
            _tail.Enqueue(line);
            if (_tail.Count > 40)
            {
                _tail.Dequeue();
            }
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }
        if (!_api.HasExited)
        {
            _api.Kill(entireProcessTree: true);
            await _api.WaitForExitAsync();
        }
        _api.Dispose();
        Directory.Delete(_keyDirectory, recursive: true);
    }
}
