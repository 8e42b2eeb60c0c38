using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Migrationsverwaltung.Api.Tests.Cases;
using Migrationsverwaltung.Api.Tests.Http;
using Migrationsverwaltung.Api.Tests.Status;
using Migrationsverwaltung.Testing;
using Npgsql;

namespace Migrationsverwaltung.Api.Tests.Documents.FileApi;

/// <summary>
/// The API with a real clamd (custom EICAR signature), a document limit of 2 MB and a clock the test moves; helpers to
/// register persons and upload documents as multipart the way a client does.
/// </summary>
public abstract class FileApiHost
{
    public const long MaxBytes = 2 * 1024 * 1024;
    protected static readonly Guid Team = CaseDriver.Team;
    private ClamdProcess? _clamd;

    protected string Database { get; private set; } = null!;
    internal ApiFactory Factory { get; private set; } = null!;
    internal Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> Api { get; private set; } = null!;
    internal MovableClock Clock { get; } = new(DateTimeOffset.UtcNow);
    protected DateOnly Today => Domain.Calendar.BerlinTime.DateOf(Clock.GetUtcNow());
    protected HttpClient Caseworker { get; private set; } = null!;

    protected virtual bool WithClamd => true;

    /// <summary>Further settings of a derived host (e.g. the retention outbox).</summary>
    protected virtual void Configure(IDictionary<string, string?> settings)
    {
    }

    [OneTimeSetUp]
    public async Task StartHost()
    {
        Database = await TestCluster.CreateDatabaseAsync(GetType().Name);
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:EventStore"] = Database, ["Documents:MaxBytes"] = MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (WithClamd)
        {
            _clamd = await ClamdProcess.StartAsync();
            settings["Documents:Clamd:Socket"] = _clamd.SocketPath;
        }
        Configure(settings);
        Factory = new ApiFactory(settings);
        Api = Factory.WithWebHostBuilder(web => web.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock)));
        (await ReadyAsync()).Dispose();
        await CaseDriver.EstablishOfficeAsync(Api.Services);
        Caseworker = await Api.ClientAsAsync("sb-1", "Sachbearbeitung", Team);
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        await Api.DisposeAsync();
        await Factory.DisposeAsync();
        if (_clamd is not null)
        {
            await _clamd.DisposeAsync();
        }
        await TestCluster.DropDatabaseAsync(Database);
    }

    private async Task<HttpResponseMessage> ReadyAsync()
    {
        var client = Api.CreateClient();
        for (var i = 0; ; i++)
        {
            var response = await client.GetAsync("/health/ready");
            if (response.StatusCode == HttpStatusCode.OK || i > 300)
            {
                return response;
            }
            response.Dispose();
            await Task.Delay(100);
        }
    }

    protected async Task<Guid> RegisterPersonAsync(string familyName = "Haddad")
    {
        using var person = await Caseworker.CommandAsync("/api/v1/persons", new
        {
            officeId = CaseDriver.Office, familyName, givenNames = "Rami", birthDate = "1990-05-01", birthPlace = "Aleppo",
            sex = "Male", nationality = "SYR", address = new { street = "Ostwall", houseNumber = "1", postalCode = "47798", city = "Krefeld", country = "DEU" },
        });
        Assert.That(person.StatusCode, Is.EqualTo(HttpStatusCode.Created), await person.Content.ReadAsStringAsync());
        return (await person.JsonAsync())["streamId"]!.GetValue<Guid>();
    }

    protected static object Passport(DateOnly receivedOn, DateOnly? validUntil = null, params Guid[] caseIds) => new
    {
        documentType = "PASS", title = "Reisepass", receivedOn, channel = "Counter", confidentiality = "Normal", validUntil, caseIds,
    };

    protected static MultipartFormDataContent Multipart(object? metadata, HttpContent content, string mediaType, string? fileName)
    {
        var form = new MultipartFormDataContent();
        if (metadata is not null)
        {
            form.Add(new StringContent(JsonSerializer.Serialize(metadata), Encoding.UTF8, "application/json"), "metadata");
        }
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        if (fileName is null)
        {
            form.Add(content, "content");
        }
        else
        {
            form.Add(content, "content", fileName);
        }
        return form;
    }

    protected Task<HttpResponseMessage> UploadAsync(Guid personId, byte[] bytes, string mediaType = "application/pdf", string? fileName = "pass.pdf", object? metadata = null, HttpClient? client = null) =>
        (client ?? Caseworker).PostAsync($"/api/v1/persons/{personId}/file/documents",
            Multipart(metadata ?? Passport(Today.AddDays(-1)), new ByteArrayContent(bytes), mediaType, fileName));

    protected async Task<JsonObject> FileAsync(Guid personId, HttpClient? client = null)
    {
        using var response = await (client ?? Caseworker).GetAsync($"/api/v1/persons/{personId}/file");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    protected async Task<long> CountAsync(string sql, Guid personId)
    {
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue(personId);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    protected Task<long> StoredContentsAsync(Guid personId) => CountAsync("SELECT count(*) FROM app.document_contents WHERE person_id = $1", personId);

    protected async Task<long> StagedChunksAsync()
    {
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM app.document_staging", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    protected static string Sha256(byte[] bytes) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));

    protected static byte[] Png(int size)
    {
        var bytes = new byte[size];
        new Random(size).NextBytes(bytes);
        byte[] header = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        header.CopyTo(bytes, 0);
        return bytes;
    }
}
