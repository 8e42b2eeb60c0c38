using Migrationsverwaltung.Api.Documents.Storage;

namespace Migrationsverwaltung.Api.Tests.Documents.Storage;

public class DocumentTypeDetectorTests
{
    private static readonly object[] Cases =
    [
        new object?[] { "%PDF-1.7\n"u8.ToArray(), DocumentTypeDetector.Pdf },
        new object?[] { new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10 }, DocumentTypeDetector.Jpeg },
        new object?[] { new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 }, DocumentTypeDetector.Png },
        new object?[] { new byte[] { 0x49, 0x49, 0x2A, 0x00, 8, 0, 0, 0 }, DocumentTypeDetector.Tiff },
        new object?[] { new byte[] { 0x4D, 0x4D, 0x00, 0x2A, 0, 0, 0, 8 }, DocumentTypeDetector.Tiff },
        new object?[] { "%PDF"u8.ToArray(), null },
        new object?[] { new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A }, null },
        new object?[] { new byte[] { 0xFF, 0xD8 }, null },
        new object?[] { "MZ\x90\0"u8.ToArray(), null },
        new object?[] { "<html>"u8.ToArray(), null },
        new object?[] { Array.Empty<byte>(), null },
    ];

    [TestCaseSource(nameof(Cases))]
    public void Detects_the_type_from_the_first_bytes_only(byte[] header, string? expected) =>
        Assert.That(DocumentTypeDetector.Detect(header), Is.EqualTo(expected));
}
