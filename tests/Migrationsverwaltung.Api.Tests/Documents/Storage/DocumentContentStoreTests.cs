using System.Security.Cryptography;
using Migrationsverwaltung.Api.Documents.Storage;
using Migrationsverwaltung.Api.Infrastructure.Persistence;
using Migrationsverwaltung.EventStore.Schema;
using Migrationsverwaltung.Testing;
using Npgsql;

namespace Migrationsverwaltung.Api.Tests.Documents.Storage;

public class DocumentContentStoreTests
{
    private string _database = null!;
    private NpgsqlDataSource _dataSource = null!;
    private DocumentContentStore _store = null!;

    [OneTimeSetUp]
    public async Task CreateDatabase()
    {
        _database = await TestCluster.CreateDatabaseAsync("documents");
        _dataSource = NpgsqlDataSource.Create(_database);
        await new VersionedSchema(_dataSource, AppSchema.Name, "schema_migrations", AppSchema.Migrations).MigrateAsync();
        _store = new DocumentContentStore(_dataSource, new DocumentStorageOptions { MaxBytes = 4 * 1024 * 1024 });
    }

    [OneTimeTearDown]
    public async Task DropDatabase()
    {
        await _dataSource.DisposeAsync();
        await TestCluster.DropDatabaseAsync(_database);
    }

    [Test]
    public async Task Ensuring_the_schema_again_changes_nothing() =>
        await _store.EnsureSchemaAsync();

    [Test]
    public async Task A_3_MB_pdf_comes_back_byte_for_byte_in_chunks()
    {
        var bytes = Pdf(3 * 1024 * 1024 + 17);
        var person = Guid.NewGuid();

        var staged = await _store.StageAsync(new MemoryStream(bytes), "application/pdf");
        var contentId = await _store.CommitAsync(staged, person);
        var stored = await _store.OpenReadAsync(contentId);

        Assert.That(stored, Is.Not.Null);
        Assert.That(staged.Sha256, Is.EqualTo(SHA256.HashData(bytes)));
        Assert.That(stored!.Sha256, Is.EqualTo(SHA256.HashData(bytes)));
        Assert.That(stored.Size, Is.EqualTo(bytes.Length));
        Assert.That(stored.MediaType, Is.EqualTo(DocumentTypeDetector.Pdf));
        Assert.That(await CountAsync("document_chunks WHERE content_id = $1", contentId), Is.EqualTo(13));
        await using (stored.Content)
        {
            Assert.That(await SHA256.HashDataAsync(stored.Content), Is.EqualTo(SHA256.HashData(bytes)));
        }
        Assert.That(await CountAsync("document_staging WHERE upload_id = $1", staged.UploadId), Is.Zero);
    }

    [Test]
    public async Task A_small_read_buffer_gets_the_same_bytes_synchronously()
    {
        var bytes = Pdf(600 * 1024);
        var contentId = await UploadAsync(bytes, Guid.NewGuid());
        await using var stored = (await _store.OpenReadAsync(contentId))!.Content;

        var copy = new MemoryStream();
        var buffer = new byte[1000];
        int read;
        while ((read = stored.Read(buffer, 0, buffer.Length)) > 0)
        {
            copy.Write(buffer, 0, read);
        }

        Assert.That(copy.ToArray(), Is.EqualTo(bytes));
    }

    [Test]
    public async Task Unknown_content_is_null() =>
        Assert.That(await _store.OpenReadAsync(Guid.NewGuid()), Is.Null);

    [Test]
    public async Task The_same_bytes_for_the_same_person_are_stored_once()
    {
        var bytes = Pdf(300 * 1024);
        var person = Guid.NewGuid();

        var first = await UploadAsync(bytes, person);
        var second = await UploadAsync(bytes, person);
        var otherPerson = await UploadAsync(bytes, Guid.NewGuid());

        Assert.That(second, Is.EqualTo(first));
        Assert.That(otherPerson, Is.Not.EqualTo(first));
        Assert.That(await CountAsync("document_contents WHERE person_id = $1", person), Is.EqualTo(1));
        Assert.That(await CountAsync("document_chunks WHERE content_id = $1", first), Is.EqualTo(2));
    }

    [Test]
    public async Task Concurrent_uploads_of_the_same_bytes_end_with_one_content_row()
    {
        var bytes = Pdf(700 * 1024);
        var person = Guid.NewGuid();

        var ids = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => UploadAsync(bytes, person))));

        Assert.That(ids.Distinct().Count(), Is.EqualTo(1));
        Assert.That(await CountAsync("document_contents WHERE person_id = $1", person), Is.EqualTo(1));
        Assert.That(await CountAsync("document_chunks WHERE content_id = $1", ids[0]), Is.EqualTo(3));
    }

    [Test]
    public async Task An_oversize_upload_is_refused_and_leaves_no_content()
    {
        var refused = Assert.ThrowsAsync<DocumentTooLargeException>(() =>
            _store.StageAsync(new MemoryStream(Pdf(4 * 1024 * 1024 + 1)), "application/pdf"));

        Assert.That(refused!.Message, Does.Contain("zu groß"));
        Assert.That(await CountAsync("document_contents WHERE size > $1", 4L * 1024 * 1024), Is.Zero);
        await _store.PurgeAbandonedAsync(TimeSpan.Zero);
        Assert.That(await CountAsync("document_staging WHERE true"), Is.Zero);
    }

    [Test]
    public async Task A_20_MB_upload_is_allowed_by_default_and_one_byte_more_is_not()
    {
        var store = new DocumentContentStore(_dataSource);
        var limit = new DocumentStorageOptions().MaxBytes;

        var staged = await store.StageAsync(new MemoryStream(Pdf((int)limit)), "application/pdf");
        Assert.ThrowsAsync<DocumentTooLargeException>(() => store.StageAsync(new MemoryStream(Pdf((int)limit + 1)), "application/pdf"));

        Assert.That(staged.Size, Is.EqualTo(20 * 1024 * 1024));
        Assert.That(await CountAsync("document_staging WHERE upload_id = $1", staged.UploadId), Is.EqualTo(80));
        await DiscardAsync(staged);
    }

    [Test]
    public void An_empty_upload_is_refused() =>
        Assert.ThrowsAsync<EmptyDocumentException>(() => _store.StageAsync(new MemoryStream(), "application/pdf"));

    [Test]
    public async Task Png_bytes_declared_as_pdf_are_refused()
    {
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.Concat(new byte[5000]).ToArray();

        var refused = Assert.ThrowsAsync<DocumentTypeMismatchException>(() => _store.StageAsync(new MemoryStream(png), "application/pdf"));

        Assert.That(refused!.Detected, Is.EqualTo(DocumentTypeDetector.Png));
        Assert.That(refused.Message, Does.Contain("passt nicht"));
        var staged = await _store.StageAsync(new MemoryStream(png), "image/png");
        Assert.That(staged.MediaType, Is.EqualTo(DocumentTypeDetector.Png));
        await DiscardAsync(staged);
    }

    [Test]
    public void Unrecognised_bytes_are_refused_whatever_type_is_declared() =>
        Assert.ThrowsAsync<DocumentTypeMismatchException>(() =>
            _store.StageAsync(new MemoryStream("MZ this is a program"u8.ToArray()), "application/pdf"));

    [Test]
    public async Task A_connection_dropped_mid_upload_leaves_nothing_in_the_content_tables()
    {
        var person = Guid.NewGuid();
        var dropping = new DroppingStream(Pdf(2 * 1024 * 1024), failAfter: 700 * 1024);

        Assert.ThrowsAsync<IOException>(() => _store.StageAsync(dropping, "application/pdf"));

        Assert.That(await CountAsync("document_contents WHERE person_id = $1", person), Is.Zero);
        Assert.That(await CountAsync("document_staging WHERE true"), Is.Zero, "the chunks before the drop are discarded at once");
    }

    [Test]
    public async Task Staging_that_was_never_committed_is_purged_once_it_is_old_enough()
    {
        var staged = await _store.StageAsync(new MemoryStream(Pdf(300 * 1024)), "application/pdf");

        Assert.That(await _store.PurgeAbandonedAsync(TimeSpan.FromHours(1)), Is.Zero, "a recent upload is not purged");
        Assert.That(await _store.PurgeAbandonedAsync(TimeSpan.Zero), Is.GreaterThanOrEqualTo(1));
        Assert.That(await CountAsync("document_staging WHERE upload_id = $1", staged.UploadId), Is.Zero);
    }

    [Test]
    public async Task A_staged_upload_cannot_be_committed_twice()
    {
        var staged = await _store.StageAsync(new MemoryStream(Pdf(1000)), "application/pdf");
        var person = Guid.NewGuid();
        await _store.CommitAsync(staged, person);

        Assert.ThrowsAsync<InvalidOperationException>(() => _store.CommitAsync(staged, Guid.NewGuid()));
    }

    private async Task<Guid> UploadAsync(byte[] bytes, Guid person) =>
        await _store.CommitAsync(await _store.StageAsync(new MemoryStream(bytes), "application/pdf"), person);

    private async Task DiscardAsync(StagedDocument staged)
    {
        await using var command = _dataSource.CreateCommand($"DELETE FROM {AppSchema.Name}.document_staging WHERE upload_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = staged.UploadId });
        await command.ExecuteNonQueryAsync();
    }

    private async Task<long> CountAsync(string fromWhere, params object[] values)
    {
        await using var command = _dataSource.CreateCommand($"SELECT count(*) FROM {AppSchema.Name}.{fromWhere}");
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>PDF-like bytes: the header, then a pattern that differs per call, so no two tests share content.</summary>
    private static byte[] Pdf(int length)
    {
        var bytes = new byte[length];
        Random.Shared.NextBytes(bytes);
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }

    /// <summary>A request body whose client goes away: it delivers some bytes, then fails.</summary>
    private sealed class DroppingStream(byte[] bytes, int failAfter) : Stream
    {
        private int _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_position >= failAfter)
            {
                throw new IOException("The client closed the connection.");
            }
            var n = Math.Min(Math.Min(count, failAfter - _position), bytes.Length - _position);
            bytes.AsSpan(_position, n).CopyTo(buffer.AsSpan(offset, n));
            _position += n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
