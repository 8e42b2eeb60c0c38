using System.Security.Cryptography;

namespace Migrationsverwaltung.EventStore.Chain;

/// <summary>
/// The chain's link in C#: hash = SHA-256(previous hash || digest), 32 + 32 bytes, the same as the SQL functions
/// mt_chain_step and the verifier's sha256(prev_hash || digest). The digest itself is only ever computed by PostgreSQL.
/// </summary>
internal static class ChainHashes
{
    /// <summary>The "previous hash" of every stream's version 1: 32 zero bytes (mt_chain_genesis()).</summary>
    public static ReadOnlySpan<byte> Genesis => new byte[32];

    public static byte[] Next(ReadOnlySpan<byte> previous, ReadOnlySpan<byte> digest)
    {
        Span<byte> input = stackalloc byte[64];
        previous.CopyTo(input);
        digest.CopyTo(input[32..]);
        return SHA256.HashData(input);
    }

    /// <summary>The hashes of rows in stream order (versions ascending; version 1 starts a new stream's chain).</summary>
    public static byte[][] Link(IReadOnlyList<int> versions, byte[][] digests)
    {
        var hashes = new byte[digests.Length][];
        for (var i = 0; i < digests.Length; i++)
        {
            hashes[i] = Next(versions[i] == 1 ? Genesis : hashes[i - 1], digests[i]);
        }
        return hashes;
    }
}
