using System.Net;
using System.Text;
using Migrationsverwaltung.Api.Tests.Http;
using Migrationsverwaltung.Testing;

namespace Migrationsverwaltung.Api.Tests.Documents.FileApi;

/// <summary>Every refused upload: a 4xx ProblemDetails with a clear German message, and nothing in the file or the content store.</summary>
public sealed class BadUploadTests : FileApiHost
{
    private async Task AssertRefusedAsync(Guid personId, HttpResponseMessage response, HttpStatusCode status, string fragment)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(status), body);
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(body, Does.Contain(fragment));
        Assert.That(await FileDocumentsAsync(personId), Is.Zero, "nothing in the file");
        Assert.That(await StoredContentsAsync(personId), Is.Zero, "nothing stored");
        Assert.That(await StagedChunksAsync(), Is.Zero, "nothing left in staging");
    }

    private async Task<int> FileDocumentsAsync(Guid personId) => (await FileAsync(personId))["documents"]!.AsArray().Count;

    [Test]
    public async Task Oversize_is_refused_with_413()
    {
        var personId = await RegisterPersonAsync();
        using var response = await UploadAsync(personId, TestViruses.Pdf(padding: (int)MaxBytes + 10));
        await AssertRefusedAsync(personId, response, HttpStatusCode.RequestEntityTooLarge, "zu groß");
    }

    [Test]
    public async Task Wrong_magic_bytes_are_refused_with_415()
    {
        var personId = await RegisterPersonAsync();
        using var response = await UploadAsync(personId, Encoding.UTF8.GetBytes("Das ist kein PDF, nur Text."));
        await AssertRefusedAsync(personId, response, HttpStatusCode.UnsupportedMediaType, "kein unterstütztes Format");
    }

    [Test]
    public async Task A_declared_type_that_does_not_match_the_bytes_is_refused_with_415()
    {
        var personId = await RegisterPersonAsync();
        using var response = await UploadAsync(personId, TestViruses.Pdf(), "image/png", "foto.png");
        await AssertRefusedAsync(personId, response, HttpStatusCode.UnsupportedMediaType, "erkannt wurde application/pdf");
    }

    [Test]
    public async Task An_empty_file_is_refused_with_400()
    {
        var personId = await RegisterPersonAsync();
        using var response = await UploadAsync(personId, []);
        await AssertRefusedAsync(personId, response, HttpStatusCode.BadRequest, "leer");
    }

    [TestCase("../../etc/passwd.pdf")]
    [TestCase("..\\..\\boot.pdf")]
    [TestCase("C:\\Windows\\pass.pdf")]
    [TestCase("pass\u0007.pdf")]
    public async Task Traversal_and_control_characters_in_file_names_are_refused_with_400(string fileName)
    {
        var personId = await RegisterPersonAsync();
        using var response = await UploadAsync(personId, TestViruses.Pdf(), fileName: fileName);
        await AssertRefusedAsync(personId, response, HttpStatusCode.BadRequest, "Dateiname");
    }

    [Test]
    public async Task An_infected_file_is_refused_recorded_and_never_stored()
    {
        var personId = await RegisterPersonAsync();
        using var response = await UploadAsync(personId, TestViruses.Pdf(padding: 5000, embedded: TestViruses.Eicar));
        await AssertRefusedAsync(personId, response, HttpStatusCode.UnprocessableEntity, TestViruses.EicarSignature);
        Assert.That((await FileAsync(personId))["infectedUploadsRefused"]!.GetValue<int>(), Is.EqualTo(1), "the refusal is recorded in the file's stream");
    }

    [Test]
    public async Task An_unknown_document_type_is_refused_before_any_byte_is_stored()
    {
        var personId = await RegisterPersonAsync();
        var metadata = new { documentType = "NO_SUCH_TYPE", receivedOn = Today, channel = "Post" };
        using var response = await UploadAsync(personId, TestViruses.Pdf(), metadata: metadata);
        await AssertRefusedAsync(personId, response, HttpStatusCode.BadRequest, "Dokumentart ist unbekannt");
    }

    [Test]
    public async Task Missing_metadata_or_a_plain_body_is_refused()
    {
        var personId = await RegisterPersonAsync();
        using (var noMetadata = await Caseworker.PostAsync($"/api/v1/persons/{personId}/file/documents",
                   Multipart(null, new ByteArrayContent(TestViruses.Pdf()), "application/pdf", "a.pdf")))
        {
            await AssertRefusedAsync(personId, noMetadata, HttpStatusCode.BadRequest, "metadata");
        }
        using var plain = await Caseworker.PostAsync($"/api/v1/persons/{personId}/file/documents", new ByteArrayContent(TestViruses.Pdf()));
        await AssertRefusedAsync(personId, plain, HttpStatusCode.UnsupportedMediaType, "multipart/form-data");
    }

    [Test]
    public async Task An_unknown_person_is_404()
    {
        using var response = await UploadAsync(Guid.NewGuid(), TestViruses.Pdf());
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), await response.Content.ReadAsStringAsync());
        Assert.That(await StagedChunksAsync(), Is.Zero);
    }

    [Test]
    public async Task A_connection_dropped_mid_upload_leaves_nothing_in_the_file_and_staging_is_purged()
    {
        var personId = await RegisterPersonAsync();
        var content = new StreamContent(new BreakingStream(TestViruses.Pdf(padding: 1_500_000), breakAfter: 800_000));

        Assert.That(async () => (await Caseworker.PostAsync($"/api/v1/persons/{personId}/file/documents", Multipart(Passport(Today), content, "application/pdf", "abbruch.pdf"))).Dispose(),
            Throws.InstanceOf<Exception>());

        await Task.Delay(500);
        Assert.That((await FileAsync(personId))["documents"]!.AsArray(), Is.Empty);
        Assert.That(await StoredContentsAsync(personId), Is.Zero);
        var store = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Api.Documents.Storage.DocumentContentStore>(Api.Services);
        await store.PurgeAbandonedAsync(TimeSpan.Zero);
        Assert.That(await StagedChunksAsync(), Is.Zero, "abandoned staging is cleaned up");
    }

    /// <summary>A request body whose source fails part-way, as when the client's connection drops.</summary>
    private sealed class BreakingStream(byte[] bytes, int breakAfter) : Stream
    {
        private int _position;
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => bytes.Length;
        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_position >= breakAfter)
            {
                throw new IOException("Verbindung abgebrochen (Test)");
            }
            var n = Math.Min(Math.Min(count, breakAfter - _position), 64 * 1024);
            Array.Copy(bytes, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
