using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Migrationsverwaltung.Benchmarks.Documents;

/// <summary>
/// Starts the real API (<c>dotnet Migrationsverwaltung.Api.dll</c>, Development, on a free loopback port) as a process
/// of its own against the benchmark's database, sets up an office and a team over HTTP, registers a person per round,
/// and moves documents through <c>POST …/file/documents</c> (multipart, streamed) and <c>GET …/documents/{id}/content</c>.
/// </summary>
public sealed class ApiTransfer : IDocumentTransfer
{
    /// <summary>Room for 20 MiB documents; the upload endpoint allows this plus 64 KiB of multipart framing.</summary>
    private const long MaxDocumentBytes = 32L * 1024 * 1024;

    private readonly Process _api;
    private readonly ApiOutput _output;
    private readonly HttpClient _client;
    private readonly string _keyDirectory;
    private Guid _officeId;

    private ApiTransfer(Process api, ApiOutput output, HttpClient client, string keyDirectory) =>
        (_api, _output, _client, _keyDirectory) = (api, output, client, keyDirectory);

    public string Kind => "api";
    public int HostProcessId => _api.Id;

    /// <summary>The API assembly that was built with the benchmark (a project reference copies it next to mvw-bench).</summary>
    public static string ApiAssembly => Path.Combine(AppContext.BaseDirectory, "Migrationsverwaltung.Api.dll");

    public static async Task<ApiTransfer> StartAsync(string connectionString)
    {
        var port = FreeLoopbackPort();
        var keyDirectory = Directory.CreateTempSubdirectory("mvw-bench-key-").FullName;
        var start = new ProcessStartInfo("dotnet", [ApiAssembly, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__EventStore"] = connectionString;
        start.Environment["Documents__MaxBytes"] = MaxDocumentBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["Samples__Seed"] = "false";
        start.Environment["Auth__DevKeyFile"] = Path.Combine(keyDirectory, "dev-signing-key");
        // One log line per request would cost the API time and the pipe; warnings and errors are kept for failures.
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        start.Environment["Serilog__MinimumLevel__Override__Migrationsverwaltung"] = "Warning";
        var api = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = new ApiOutput(api);
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(5) };
        var transfer = new ApiTransfer(api, output, client, keyDirectory);
        try
        {
            await transfer.WaitUntilReadyAsync();
            await transfer.SetUpOfficeAsync();
        }
        catch
        {
            await transfer.DisposeAsync();
            throw;
        }
        return transfer;
    }

    public async Task<Guid> NewPersonAsync()
    {
        using var person = await _client.PostAsJsonAsync("/api/v1/persons", new
        {
            officeId = _officeId, familyName = "Benchmark", givenNames = "Bea", birthDate = "1990-05-01", birthPlace = "Krefeld", sex = "Female", nationality = "SYR",
            address = new { street = "Ostwall", houseNumber = "1", postalCode = "47798", city = "Krefeld", country = "DEU" },
        });
        return (await ExpectAsync(person, HttpStatusCode.Created, "register person"))["streamId"]!.GetValue<Guid>();
    }

    public async Task<string> UploadAsync(Guid personId, Stream content, long size)
    {
        using var form = new MultipartFormDataContent();
        var metadata = new { documentType = "PASS", receivedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)), channel = "Counter" };
        form.Add(new StringContent(JsonSerializer.Serialize(metadata), Encoding.UTF8, "application/json"), "metadata");
        var body = new StreamContent(content, 64 * 1024);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        body.Headers.ContentLength = size;
        form.Add(body, "content", "bench.pdf");
        using var response = await _client.PostAsync($"/api/v1/persons/{personId}/file/documents", form);
        var answer = await ExpectAsync(response, HttpStatusCode.Created, "upload");
        return answer["documentId"]!.GetValue<Guid>().ToString();
    }

    public async Task<long> DownloadAsync(Guid personId, string document, Stream sink)
    {
        using var response = await _client.GetAsync($"/api/v1/persons/{personId}/file/documents/{document}/content", HttpCompletionOption.ResponseHeadersRead);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            await ExpectAsync(response, HttpStatusCode.OK, "download");
        }
        await using var body = await response.Content.ReadAsStreamAsync();
        var before = sink.Position;
        await body.CopyToAsync(sink);
        return sink.Position - before;
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (_api.HasExited)
            {
                throw new InvalidOperationException($"the API exited with {_api.ExitCode} before it was ready:\n{_output.Tail()}");
            }
            try
            {
                using var ready = await _client.GetAsync("/health/ready");
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            if (deadline.Elapsed > TimeSpan.FromSeconds(120))
            {
                throw new TimeoutException($"the API was not ready after 120 s:\n{_output.Tail()}");
            }
            await Task.Delay(200);
        }
    }

    /// <summary>An office with a team (as Administration); from then on the client is a caseworker of that team.</summary>
    private async Task SetUpOfficeAsync()
    {
        _client.DefaultRequestHeaders.Authorization = await TokenAsync(new { userId = "bench-admin", role = "Administration" });
        using var office = await _client.PostAsJsonAsync("/api/v1/offices", new { authorityCode = "05114000", fileNumberPrefix = "BENCH", name = "Benchmark-Behörde" });
        var officeId = _officeId = (await ExpectAsync(office, HttpStatusCode.Created, "establish office"))["streamId"]!.GetValue<Guid>();
        var teamId = Guid.CreateVersion7();
        using var formTeam = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/offices/{officeId}/teams") { Content = JsonContent.Create(new { teamId, name = "Team Benchmark" }) };
        formTeam.Headers.IfMatch.Add(office.Headers.ETag!);
        using var team = await _client.SendAsync(formTeam);
        await ExpectAsync(team, HttpStatusCode.OK, "form team");

        _client.DefaultRequestHeaders.Authorization = await TokenAsync(new { userId = "bench-sb", role = "Sachbearbeitung", team = teamId });
    }

    private async Task<AuthenticationHeaderValue> TokenAsync(object request)
    {
        using var response = await _client.PostAsJsonAsync("/dev/tokens", request);
        var token = await ExpectAsync(response, HttpStatusCode.OK, "dev token");
        return new AuthenticationHeaderValue("Bearer", token["access_token"]!.GetValue<string>());
    }

    private async Task<JsonObject> ExpectAsync(HttpResponseMessage response, HttpStatusCode expected, string what)
    {
        var text = await response.Content.ReadAsStringAsync();
        return response.StatusCode == expected
            ? JsonNode.Parse(text)!.AsObject()
            : throw new InvalidOperationException($"{what}: {(int)response.StatusCode} instead of {(int)expected}: {text}\n{_output.Tail()}");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        if (!_api.HasExited)
        {
            _api.Kill(entireProcessTree: true);
            await _api.WaitForExitAsync();
        }
        _api.Dispose();
        Directory.Delete(_keyDirectory, recursive: true);
    }

    /// <summary>Drains the API's stdout and stderr (a full pipe would block it) and keeps the last lines for error messages.</summary>
    private sealed class ApiOutput
    {
        private readonly Queue<string> _lines = new();

        public ApiOutput(Process api)
        {
            api.OutputDataReceived += (_, e) => Keep(e.Data);
            api.ErrorDataReceived += (_, e) => Keep(e.Data);
            api.BeginOutputReadLine();
            api.BeginErrorReadLine();
        }

        public string Tail()
        {
            lock (_lines)
            {
                return string.Join('\n', _lines);
            }
        }

        private void Keep(string? line)
        {
            if (line is null)
            {
                return;
            }
            lock (_lines)
            {
                _lines.Enqueue(line);
                if (_lines.Count > 40)
                {
                    _lines.Dequeue();
                }
            }
        }
    }
}
