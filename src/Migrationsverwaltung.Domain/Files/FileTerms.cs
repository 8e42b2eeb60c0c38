using System.Security.Cryptography;

namespace Migrationsverwaltung.Domain.Files;

/// <summary>How a document reached the office.</summary>
public enum Channel { Counter, Post, Email, OnlineApplication, Partner, Transfer }

/// <summary>Who may see a document inside the office (VS-NfD is the highest grade an immigration file carries).</summary>
public enum Confidentiality { Normal, Confidential, RestrictedOfficialUse }

/// <summary>Whether the bytes went through the virus scanner: without clamd a document is marked NotScanned.</summary>
public enum ScanStatus { Clean, NotScanned }

/// <summary>Aussonderungsart: what happens to a file when its retention ends (xdomea: A archive, B review, V destroy).</summary>
public enum DisposalType { Archive, Review, Destroy }

/// <summary>The public archive's answer for one offered file (xdomea 0502).</summary>
public enum ArchiveDecision { Archive, Destroy }

/// <summary>Where a file stands on its way out of the office.</summary>
public enum DisposalStage { None, Offered, Evaluated, HandedOver, Deleted }

/// <summary>Bytes that are already stored (content id from the content store) with what was verified on the way in.</summary>
public sealed record StoredContent(Guid ContentId, string Sha256, long Size, string MediaType, string? FileName, ScanStatus Scan);

/// <summary>Retention of a file: class (the rule applied), what happens at the end, the closing date and when it is due.</summary>
public sealed record RetentionAssignment(string RetentionClass, DisposalType Disposal, DateOnly ClosingDate, DateOnly DueOn);

/// <summary>
/// The file (E-Akte, Laufmappe) of a person is one stream whose id is derived from the person's id, so every
/// part of the system finds it without a lookup table and two offices never race to create it.
/// </summary>
public static class FileIds
{
    private static readonly Guid Namespace = new("5f1e0000-6d76-4e2d-8a6b-416b74650001");

    public static Guid Of(Guid personId)
    {
        Span<byte> input = stackalloc byte[32];
        Namespace.TryWriteBytes(input[..16], bigEndian: true, out _);
        personId.TryWriteBytes(input[16..], bigEndian: true, out _);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(input, hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80); // version 8: name-based, own hash
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(hash[..16], bigEndian: true);
    }
}
