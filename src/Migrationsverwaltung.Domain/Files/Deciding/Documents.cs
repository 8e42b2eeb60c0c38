using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Domain.Files.Deciding;

/// <summary>Adding, versioning, classifying and linking documents. Bytes already in the file are never added twice.</summary>
internal static class Documents
{
    public static IReadOnlyList<FileEvent> Add(AddDocument c, PersonFile s)
    {
        var d = c.Description;
        CheckDescription(d.DocumentType, d.ValidUntil, d.ReceivedOn, c.Context);
        Rules.Require(d.ReceivedOn <= Rules.Today(c.Context), "Das Eingangsdatum liegt in der Zukunft.");
        var (by, at) = (c.Context.Actor.UserId, c.Context.Now);
        if (s.DocumentWithContent(c.Content.Sha256) is { } existing)
        {
            // The Laufmappe idea: the same paper is collected once and serves every case.
            return [.. c.CaseIds.Distinct().Where(caseId => !existing.Cases.Contains(caseId))
                .Select(caseId => new DocumentLinkedToCase(s.Id, s.PersonId, at, by, existing.Id, caseId))];
        }
        Rules.Require(!s.Documents.ContainsKey(c.DocumentId), "Diese Dokument-ID ist in der Akte bereits vergeben.");
        var content = c.Content;
        return
        [
            new DocumentAdded(s.Id, s.PersonId, at, by, c.DocumentId, d.DocumentType, Rules.Optional(d.Title), d.ReceivedOn, d.Channel, d.Confidentiality,
                d.ValidUntil, content.ContentId, content.Sha256, content.Size, content.MediaType, Rules.Optional(content.FileName), content.Scan),
            .. c.CaseIds.Distinct().Select(caseId => new DocumentLinkedToCase(s.Id, s.PersonId, at, by, c.DocumentId, caseId)),
        ];
    }

    public static IReadOnlyList<FileEvent> AddVersion(AddDocumentVersion c, PersonFile s)
    {
        var document = Rules.Document(s, c.DocumentId);
        Rules.Require(!document.IsErased, FileMessages.Erased);
        if (document.Current.Sha256 == c.Content.Sha256)
        {
            return Rules.Nothing;
        }
        if (s.DocumentWithContent(c.Content.Sha256) is { } other)
        {
            throw new RuleViolation($"Genau dieser Inhalt ist bereits das Dokument {other.Id} der Akte; eine neue Fassung muss sich unterscheiden.");
        }
        var content = c.Content;
        return [new DocumentVersionAdded(s.Id, s.PersonId, c.Context.Now, c.Context.Actor.UserId, c.DocumentId, document.Versions.Count + 1,
            content.ContentId, content.Sha256, content.Size, content.MediaType, Rules.Optional(content.FileName), content.Scan)];
    }

    public static IReadOnlyList<FileEvent> Reclassify(ReclassifyDocument c, PersonFile s)
    {
        var document = Rules.Document(s, c.DocumentId);
        CheckDescription(c.DocumentType, c.ValidUntil, document.ReceivedOn, c.Context);
        var title = Rules.Optional(c.Title);
        if (document.DocumentType == c.DocumentType && document.Title == title && document.Confidentiality == c.Confidentiality && document.ValidUntil == c.ValidUntil)
        {
            return Rules.Nothing;
        }
        Rules.RequireReason(c.Context, "Dokument umklassifizieren");
        return [new DocumentReclassified(s.Id, s.PersonId, c.Context.Now, c.Context.Actor.UserId, c.DocumentId, c.DocumentType, title, c.Confidentiality, c.ValidUntil)];
    }

    public static IReadOnlyList<FileEvent> Link(LinkDocumentToCase c, PersonFile s)
    {
        var document = Rules.Document(s, c.DocumentId);
        Rules.Require(c.CaseId != Guid.Empty, "Das Verfahren fehlt.");
        return document.Cases.Contains(c.CaseId)
            ? Rules.Nothing
            : [new DocumentLinkedToCase(s.Id, s.PersonId, c.Context.Now, c.Context.Actor.UserId, c.DocumentId, c.CaseId)];
    }

    public static IReadOnlyList<FileEvent> Unlink(UnlinkDocumentFromCase c, PersonFile s)
    {
        var document = Rules.Document(s, c.DocumentId);
        if (!document.Cases.Contains(c.CaseId))
        {
            return Rules.Nothing;
        }
        Rules.RequireReason(c.Context, "Dokument vom Verfahren lösen");
        return [new DocumentUnlinkedFromCase(s.Id, s.PersonId, c.Context.Now, c.Context.Actor.UserId, c.DocumentId, c.CaseId)];
    }

    private static void CheckDescription(string documentType, DateOnly? validUntil, DateOnly receivedOn, CommandContext context)
    {
        Rules.Require(!string.IsNullOrWhiteSpace(documentType), "Die Dokumentart fehlt.");
        Rules.Require(receivedOn != default, "Das Eingangsdatum fehlt.");
        Rules.Require(validUntil is null || validUntil > Rules.Today(context).AddYears(-30), "Das Gültigkeitsdatum ist offensichtlich falsch.");
    }
}
