namespace Migrationsverwaltung.Api.Documents.Storage;

/// <summary>The media types a document may have, recognised by their first bytes (never by name or header).</summary>
public static class DocumentTypeDetector
{
    public const string Pdf = "application/pdf";
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";
    public const string Tiff = "image/tiff";

    /// <summary>Enough leading bytes to recognise every supported type.</summary>
    public const int HeaderLength = 8;

    public static readonly IReadOnlyList<string> Supported = [Pdf, Jpeg, Png, Tiff];

    public static string? Detect(ReadOnlySpan<byte> header) => header switch
    {
        [0x25, 0x50, 0x44, 0x46, 0x2D, ..] => Pdf, // %PDF-
        [0xFF, 0xD8, 0xFF, ..] => Jpeg,
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => Png,
        [0x49, 0x49, 0x2A, 0x00, ..] => Tiff, // II*\0, little-endian
        [0x4D, 0x4D, 0x00, 0x2A, ..] => Tiff, // MM\0*, big-endian
        _ => null,
    };
}
