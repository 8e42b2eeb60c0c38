using System.Text;

namespace Migrationsverwaltung.Testing;

/// <summary>
/// The EICAR anti-virus test file and the signature that finds it. The string is put together at run time, so this
/// source file itself does not trip a virus scanner on a developer's machine.
/// </summary>
public static class TestViruses
{
    /// <summary>The name in the signature database; clamd reports it with ".UNOFFICIAL" appended (not signed by Cisco).</summary>
    public const string EicarSignature = "Migrationsverwaltung.Test.EICAR";

    /// <summary>What clamd answers with for <see cref="Eicar"/>.</summary>
    public const string EicarSignatureAsReported = EicarSignature + ".UNOFFICIAL";

    public static byte[] Eicar => Encoding.ASCII.GetBytes(@"X5O!P%@AP[4\PZX54(P^)7CC)7}$" + "EICAR-STANDARD-" + "ANTIVIRUS-TEST-FILE!$H+H*");

    /// <summary>
    /// One line of an extended signature database (.ndb): name, target type 0 (any file), offset * (anywhere),
    /// the bytes in hex. "Anywhere" also finds the string inside a larger file.
    /// </summary>
    public static string EicarNdbLine => $"{EicarSignature}:0:*:{Convert.ToHexString(Eicar).ToLowerInvariant()}";

    /// <summary>A small, well-formed one-page PDF with <paramref name="padding"/> bytes of comment lines, optionally with <paramref name="embedded"/> in the middle.</summary>
    public static byte[] Pdf(int padding = 0, byte[]? embedded = null)
    {
        var head = Encoding.ASCII.GetBytes(
            "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n" +
            "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n" +
            "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n");
        var tail = Encoding.ASCII.GetBytes("trailer << /Root 1 0 R >>\n%%EOF\n");
        var body = new byte[padding];
        for (var i = 0; i < padding; i++)
        {
            body[i] = i % 64 == 0 ? (byte)'%' : i % 64 == 63 ? (byte)'\n' : (byte)('a' + i % 26);
        }
        embedded ??= [];
        var middle = padding / 2;
        return [.. head, .. body.AsSpan(0, middle), .. embedded, .. body.AsSpan(middle), .. tail];
    }
}
