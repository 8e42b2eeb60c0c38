using System.Collections.Immutable;

namespace Migrationsverwaltung.Domain.Files;

/// <summary>One version of a document's bytes; versions are kept, the last one is current.</summary>
public sealed record DocumentVersion(int Number, Guid ContentId, string Sha256, long Size, string MediaType, string? FileName, ScanStatus Scan, DateTimeOffset AddedAt, string AddedBy);

/// <summary>A document of the file: what it is, how it came, its versions and the cases it serves.</summary>
public sealed record FileDocument(
    Guid Id, string DocumentType, string? Title, DateOnly ReceivedOn, Channel Channel, Confidentiality Confidentiality, DateOnly? ValidUntil,
    ImmutableList<DocumentVersion> Versions, ImmutableHashSet<Guid> Cases)
{
    public DocumentVersion Current => Versions[^1];

    /// <summary>When the content of all versions was erased (biometric photos' shorter retention); the metadata stays.</summary>
    public DateTimeOffset? ErasedAt { get; init; }

    public bool IsErased => ErasedAt is not null;

    /// <summary>A passport past its valid-until does not count as present.</summary>
    public bool IsExpiredOn(DateOnly day) => ValidUntil is { } until && until < day;
}

public sealed record SharingConsent(string Partner, string? Purpose, DateOnly Until);

public sealed record Share(Guid Id, string Partner, string? Purpose, ImmutableArray<Guid> DocumentIds, DateOnly Until, bool Revoked)
{
    public bool IsActiveOn(DateOnly day) => !Revoked && day <= Until;
}

/// <summary>
/// The state of a person's file (E-Akte, Laufmappe), folded from its stream by <see cref="FileEvolution.Evolve"/>.
/// </summary>
public sealed record PersonFile
{
    public static PersonFile Initial { get; } = new();

    public Guid Id { get; init; }
    public Guid PersonId { get; init; }
    public Guid OfficeId { get; init; }
    public bool IsOpen { get; init; }
    public string? ImportedFrom { get; init; }

    public ImmutableDictionary<Guid, FileDocument> Documents { get; init; } = ImmutableDictionary<Guid, FileDocument>.Empty;
    public ImmutableDictionary<string, SharingConsent> Consents { get; init; } = ImmutableDictionary<string, SharingConsent>.Empty;
    public ImmutableDictionary<Guid, Share> Shares { get; init; } = ImmutableDictionary<Guid, Share>.Empty;
    public int InfectedUploads { get; init; }

    public RetentionAssignment? Retention { get; init; }
    public string? LegalHold { get; init; }
    public DisposalStage Disposal { get; init; } = DisposalStage.None;
    public string? ArchiveProcessId { get; init; }
    public DateTimeOffset? OfferedAt { get; init; }
    public ArchiveDecision? Decision { get; init; }
    public bool ReceiptConfirmed { get; init; }

    public bool IsDeleted => Disposal == DisposalStage.Deleted;

    /// <summary>The current document holding exactly these bytes, if any (an erased document holds none).</summary>
    public FileDocument? DocumentWithContent(string sha256) =>
        Documents.Values.FirstOrDefault(d => !d.IsErased && d.Current.Sha256 == sha256);
}
