using Migrationsverwaltung.Domain.Catalogue;

namespace Migrationsverwaltung.Domain.Files.Deciding;

/// <summary>A biometric photo's content goes when its shorter retention ends (BiometricRetention); its metadata stays.</summary>
internal static class Biometrics
{
    public static IReadOnlyList<FileEvent> Erase(EraseBiometricDocument c, PersonFile s)
    {
        var document = Rules.Document(s, c.DocumentId);
        Rules.Require(BiometricRetention.IsBiometric(document),
            $"Das Dokument ist kein Lichtbild ({DocumentCodes.Lichtbild}); nur Lichtbilder haben eine eigene, kürzere Aufbewahrungsfrist.");
        Rules.Require(!document.IsErased, "Der Inhalt dieses Lichtbilds ist bereits gelöscht.");
        var due = BiometricRetention.DueOn(document, c.BirthDate);
        Rules.Require(due <= Rules.Today(c.Context), $"Die Aufbewahrungsfrist des Lichtbilds läuft noch; es ist erst ab {due:dd.MM.yyyy} zu löschen.");
        return [new BiometricDocumentErased(s.Id, s.PersonId, c.Context.Now, c.Context.Actor.UserId, document.Id, document.Versions.Count, due)];
    }
}
