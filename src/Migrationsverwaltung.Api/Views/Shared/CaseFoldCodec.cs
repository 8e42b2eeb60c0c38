using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Api.Views.Shared;

/// <summary>
/// A folded case as stored in a fold table: its JSON, raw Deflate (fastest level) primed with
/// <see cref="CaseFoldDictionary"/>. Deflate has no preset dictionary in .NET, so the compressor is given the
/// dictionary first, flushed (a sync flush ends on a byte boundary, everything before it depends on the dictionary
/// only), and what it writes after the flush is stored. Reading puts the dictionary back in front as an uncompressed
/// Deflate block, which leaves the decompressor in the state the compressor assumed, and drops it from the output.
/// Sizes and the choice of codec: docs/adr/0012-compressed-case-folds.md.
/// </summary>
internal static class CaseFoldCodec
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);
    private static readonly byte[] Dictionary = Encoding.ASCII.GetBytes(CaseFoldDictionary.Text);
    private static readonly byte[] DictionaryBlock = StoredBlock(Dictionary);

    public static byte[] Pack(Case state)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(state, Json);
        using var output = new MemoryStream(Dictionary.Length + json.Length);
        long dictionaryEnd;
        using (var deflate = new DeflateStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(Dictionary);
            deflate.Flush();
            dictionaryEnd = output.Length;
            deflate.Write(json);
        }
        return output.GetBuffer().AsSpan((int)dictionaryEnd, (int)(output.Length - dictionaryEnd)).ToArray();
    }

    public static Case Unpack(byte[] packed)
    {
        var stream = new byte[DictionaryBlock.Length + packed.Length];
        DictionaryBlock.CopyTo(stream, 0);
        packed.CopyTo(stream, DictionaryBlock.Length);
        using var deflate = new DeflateStream(new MemoryStream(stream), CompressionMode.Decompress);
        using var inflated = new MemoryStream(4 * Dictionary.Length);
        deflate.CopyTo(inflated);
        if (inflated.Length <= Dictionary.Length)
        {
            throw new InvalidDataException("A stored case fold holds no state.");
        }
        var json = inflated.GetBuffer().AsSpan(Dictionary.Length, (int)inflated.Length - Dictionary.Length);
        return JsonSerializer.Deserialize<Case>(json, Json) ?? throw new InvalidDataException("A stored case fold holds no state.");
    }

    /// <summary>RFC 1951 §3.2.4: a non-final block of stored bytes (header bits 0, padded to the byte; LEN, NLEN little-endian).</summary>
    private static byte[] StoredBlock(byte[] data)
    {
        if (data.Length > ushort.MaxValue)
        {
            throw new InvalidOperationException("A stored Deflate block holds at most 65,535 bytes.");
        }
        var length = (ushort)data.Length;
        var negated = (ushort)~length;
        return [0x00, (byte)length, (byte)(length >> 8), (byte)negated, (byte)(negated >> 8), .. data];
    }
}
