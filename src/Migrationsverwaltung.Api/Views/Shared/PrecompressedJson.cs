using System.IO.Compression;
using Microsoft.Net.Http.Headers;

namespace Migrationsverwaltung.Api.Views.Shared;

/// <summary>
/// A JSON answer that is served to many readers as it is: compressed once with gzip (fastest level) when first asked
/// for, then written as stored to every client that accepts gzip (browsers do), uncompressed to the others. For
/// large answers only: the backlog's whole cube is about 4 MB of JSON at a million cases and about a tenth of that
/// compressed (docs/benchmarks.md).
/// </summary>
public sealed class PrecompressedJson(byte[] json)
{
    private const string ContentType = "application/json; charset=utf-8";
    private readonly Lazy<byte[]> _gzip = new(() => Gzip(json));

    public byte[] Json => json;

    public IResult ResultFor(HttpRequest request)
    {
        if (!AcceptsGzip(request))
        {
            return Results.Bytes(json, ContentType);
        }
        request.HttpContext.Response.Headers.ContentEncoding = "gzip";
        request.HttpContext.Response.Headers.Vary = HeaderNames.AcceptEncoding;
        return Results.Bytes(_gzip.Value, ContentType);
    }

    private static bool AcceptsGzip(HttpRequest request) =>
        request.GetTypedHeaders().AcceptEncoding.Any(e => e.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase) && e.Quality is not 0);

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream(data.Length / 8);
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(data);
        }
        return output.ToArray();
    }
}
