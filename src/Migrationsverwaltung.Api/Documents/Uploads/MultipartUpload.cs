using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Migrationsverwaltung.Api.Infrastructure.Http;

namespace Migrationsverwaltung.Api.Documents.Uploads;

/// <summary>The content part of an upload: its declared media type, the sanitised file name and the body, not yet read.</summary>
public sealed record UploadContent(string DeclaredMediaType, string FileName, Stream Body);

/// <summary>
/// Reads a document upload as multipart/form-data without buffering it: first a part "metadata" (JSON), then a part
/// "content" with the file's name and media type, whose body is handed on as a stream. Anything else is a 400.
/// </summary>
public sealed class MultipartUpload
{
    private readonly MultipartReader _reader;

    private MultipartUpload(MultipartReader reader) => _reader = reader;

    public static MultipartUpload Open(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType) || !contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            throw new UploadFormatException("Ein Dokument wird als multipart/form-data hochgeladen: Teil „metadata“ (JSON), dann Teil „content“ (die Datei).",
                StatusCodes.Status415UnsupportedMediaType);
        }
        var boundary = HeaderUtilities.RemoveQuotes(contentType.Boundary).Value;
        if (string.IsNullOrWhiteSpace(boundary) || boundary.Length > 200)
        {
            throw new UploadFormatException("Die multipart-Grenze (boundary) fehlt oder ist zu lang.");
        }
        return new MultipartUpload(new MultipartReader(boundary, request.Body) { HeadersLengthLimit = 8 * 1024 });
    }

    public async Task<T> ReadMetadataAsync<T>(CancellationToken cancellationToken)
    {
        var section = await NextAsync("metadata", cancellationToken);
        try
        {
            var metadata = await JsonSerializer.DeserializeAsync<T>(new LimitedStream(section.Body, 64 * 1024), CommandBody.Options, cancellationToken);
            return metadata ?? throw new UploadFormatException("Der Teil „metadata“ ist leer.");
        }
        catch (JsonException e)
        {
            throw new UploadFormatException($"Der Teil „metadata“ ist kein gültiges JSON: {e.Message}");
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            throw new UploadFormatException($"Der multipart-Inhalt ist fehlerhaft: {e.Message}");
        }
    }

    public async Task<UploadContent> ReadContentAsync(CancellationToken cancellationToken)
    {
        var section = await NextAsync("content", cancellationToken);
        ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition);
        var fileName = disposition?.FileNameStar.Value ?? disposition?.FileName.Value;
        if (string.IsNullOrWhiteSpace(section.ContentType))
        {
            throw new UploadFormatException("Der Teil „content“ braucht einen Content-Type (application/pdf, image/jpeg, image/png oder image/tiff).");
        }
        if (!MediaTypeHeaderValue.TryParse(section.ContentType, out var declared) || declared.MediaType.Value is not { Length: > 0 } mediaType)
        {
            throw new UploadFormatException($"Der Content-Type des Teils „content“ ist ungültig: {section.ContentType}");
        }
        var name = HeaderUtilities.RemoveQuotes(fileName).Value ?? "";
        if (name.IndexOfAny(['/', '\\', ':']) >= 0 || name.Trim() is "." or ".." || name.Any(char.IsControl))
        {
            throw new UploadFormatException("Der Dateiname darf keine Pfadangaben (/, \\, :, ..) und keine Steuerzeichen enthalten.");
        }
        return new UploadContent(mediaType, Storage.FileNames.Sanitize(name), section.Body);
    }

    private async Task<MultipartSection> NextAsync(string name, CancellationToken cancellationToken)
    {
        MultipartSection? section;
        try
        {
            section = await _reader.ReadNextSectionAsync(cancellationToken);
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            throw new UploadFormatException($"Der multipart-Inhalt ist fehlerhaft: {e.Message}");
        }
        if (section is null)
        {
            throw new UploadFormatException($"Der Teil „{name}“ fehlt.");
        }
        if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase)
            || !string.Equals(HeaderUtilities.RemoveQuotes(disposition.Name).Value, name, StringComparison.Ordinal))
        {
            throw new UploadFormatException($"Erwartet war der Teil „{name}“ (zuerst „metadata“, dann „content“).");
        }
        return section;
    }

    /// <summary>Metadata is small: more than the limit is refused rather than read into memory.</summary>
    private sealed class LimitedStream(Stream inner, long limit) : Stream
    {
        private long _read;
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var n = await inner.ReadAsync(buffer, cancellationToken);
            _read += n;
            return _read > limit ? throw new UploadFormatException($"Der Teil „metadata“ ist größer als {limit} Bytes.") : n;
        }

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
