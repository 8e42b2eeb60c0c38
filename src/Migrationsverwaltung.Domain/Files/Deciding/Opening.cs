namespace Migrationsverwaltung.Domain.Files.Deciding;

/// <summary>A file opens with its first document, a refused infected upload, or an import from another office.</summary>
internal static class Opening
{
    public static IReadOnlyList<FileEvent> WithDocument(AddDocument c) =>
        [Opened(c.FileId, c.PersonId, c.OfficeId, c), .. Documents.Add(c, PersonFile.Initial with { Id = c.FileId, PersonId = c.PersonId, IsOpen = true })];

    public static IReadOnlyList<FileEvent> WithInfectedUpload(RecordInfectedUpload c) =>
        [Opened(c.FileId, c.PersonId, c.OfficeId, c), Infected(c, c.PersonId)];

    public static IReadOnlyList<FileEvent> Import(ImportFile c)
    {
        Rules.Require(!string.IsNullOrWhiteSpace(c.FromAuthority), "Die abgebende Behörde fehlt.");
        Rules.Require(!string.IsNullOrWhiteSpace(c.ProcessId), "Die Prozess-ID der Abgabe fehlt.");
        return [Opened(c.FileId, c.PersonId, c.OfficeId, c), new FileImported(c.FileId, c.PersonId, c.Context.Now, c.Context.Actor.UserId, c.FromAuthority.Trim(), c.ProcessId.Trim())];
    }

    public static FileEvent Infected(RecordInfectedUpload c, Guid personId) =>
        new InfectedUploadRefused(c.FileId, personId, c.Context.Now, c.Context.Actor.UserId, c.Sha256, c.Signature, Rules.Optional(c.FileName));

    private static FileOpened Opened(Guid fileId, Guid personId, Guid officeId, FileCommand c)
    {
        Rules.Require(fileId == FileIds.Of(personId), "Die Akten-ID gehört nicht zu dieser Person.");
        return new FileOpened(fileId, personId, c.Context.Now, c.Context.Actor.UserId, officeId);
    }
}
