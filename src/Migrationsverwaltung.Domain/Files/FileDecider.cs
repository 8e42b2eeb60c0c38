using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Files.Deciding;
using D = Migrationsverwaltung.Domain.Files.DisposalStage;

namespace Migrationsverwaltung.Domain.Files;

/// <summary>
/// The transition table of a person's file. A file opens with its first document (or an import); documents are
/// added, versioned, reclassified, linked and shared while the file is in the office. A legal hold stops the way
/// out: offered to the archive → evaluated → handed over → receipt → deleted, or evaluated "destroy" → deleted.
/// After deletion only the tombstone remains. A repeated command yields no events.
/// </summary>
public static class FileDecider
{
    public static IReadOnlyList<FileEvent> Decide(FileCommand command, PersonFile state) => (command, state) switch
    {
        (_, { IsDeleted: true }) => throw new RuleViolation(FileMessages.Deleted),
        (AddDocument c, { IsOpen: false }) => Opening.WithDocument(c),
        (RecordInfectedUpload c, { IsOpen: false }) => Opening.WithInfectedUpload(c),
        (ImportFile c, { IsOpen: false }) => Opening.Import(c),
        (ImportFile, _) => throw new RuleViolation(FileMessages.AlreadyOpen),
        (_, { IsOpen: false }) => throw new RuleViolation(FileMessages.NoFile),
        (RecordInfectedUpload c, var s) => [Opening.Infected(c, s.PersonId)],

        // Legal hold: placed and lifted at any stage before deletion; it stops every step of the way out.
        (PlaceLegalHold c, var s) => Retention.PlaceHold(c, s),
        (LiftLegalHold c, var s) => Retention.LiftHold(c, s),
        (AssignRetention c, var s) => Retention.Assign(c, s),
        (OfferToArchive or RecordArchiveEvaluation or ApplyDisposalWithoutAnswer or HandOverToArchive or DeleteFile or EraseBiometricDocument, { LegalHold: { } reference })
            => throw new RuleViolation(FileMessages.OnHold(reference)),

        // A biometric photo's shorter retention, at any stage before the file's deletion.
        (EraseBiometricDocument c, var s) => Biometrics.Erase(c, s),

        // The way out
        (OfferToArchive c, { Disposal: D.None } s) => Retention.Offer(c, s),
        (OfferToArchive c, { Disposal: D.Offered } s) when c.ProcessId == s.ArchiveProcessId => Rules.Nothing,
        (RecordArchiveEvaluation c, { Disposal: D.Offered } s) => Retention.Evaluate(c, s),
        (RecordArchiveEvaluation c, { Disposal: D.Evaluated } s) when c.Decision == s.Decision && c.ProcessId == s.ArchiveProcessId => Rules.Nothing,
        (ApplyDisposalWithoutAnswer c, { Disposal: D.Offered } s) => Retention.WithoutAnswer(c, s),
        (HandOverToArchive c, { Disposal: D.Evaluated, Decision: ArchiveDecision.Archive } s) => Retention.HandOver(c, s),
        (HandOverToArchive, { Disposal: D.HandedOver }) => Rules.Nothing,
        (ConfirmArchiveReceipt c, { Disposal: D.HandedOver } s) => Retention.ConfirmReceipt(c, s),
        (DeleteFile c, { Disposal: D.HandedOver, ReceiptConfirmed: true } s) => Retention.Delete(c, s, archived: true),
        (DeleteFile c, { Disposal: D.Evaluated, Decision: ArchiveDecision.Destroy } s) => Retention.Delete(c, s, archived: false),
        (OfferToArchive or RecordArchiveEvaluation or ApplyDisposalWithoutAnswer or HandOverToArchive or ConfirmArchiveReceipt or DeleteFile, var s)
            => throw new RuleViolation(FileMessages.NotNow(command, s)),

        // Once offered to the archive, the file's content is fixed.
        (_, { Disposal: not D.None }) => throw new RuleViolation(FileMessages.Leaving),
        (AddDocument c, var s) => Documents.Add(c, s),
        (AddDocumentVersion c, var s) => Documents.AddVersion(c, s),
        (ReclassifyDocument c, var s) => Documents.Reclassify(c, s),
        (LinkDocumentToCase c, var s) => Documents.Link(c, s),
        (UnlinkDocumentFromCase c, var s) => Documents.Unlink(c, s),
        (RecordSharingConsent c, var s) => Sharing.RecordConsent(c, s),
        (WithdrawSharingConsent c, var s) => Sharing.WithdrawConsent(c, s),
        (ShareDocuments c, var s) => Sharing.Share(c, s),
        (RevokeShare c, var s) => Sharing.Revoke(c, s),

        _ => throw new RuleViolation($"„{command.GetType().Name}“ ist für eine Akte nicht vorgesehen."),
    };
}

public static class FileMessages
{
    public const string NoFile = "Für diese Person gibt es noch keine Akte; sie entsteht mit dem ersten Dokument.";
    public const string AlreadyOpen = "Für diese Person gibt es bereits eine Akte; eine Übernahme ist nur in eine neue Akte möglich.";
    public const string Deleted = "Die Akte ist gelöscht; es gibt nur noch den Löschnachweis.";
    public const string Leaving = "Die Akte ist der Archivverwaltung angeboten oder ausgesondert; ihr Inhalt kann nicht mehr geändert werden.";
    public const string UnknownDocument = "Dieses Dokument gibt es in der Akte nicht.";
    public const string Erased = "Der Inhalt dieses Dokuments ist nach Ablauf seiner Aufbewahrungsfrist gelöscht; ein neues Lichtbild wird als neues Dokument erfasst.";

    public static string OnHold(string reference) => $"Für die Akte gilt eine Aufbewahrungssperre (Legal Hold, {reference}); Aussonderung und Löschung ruhen.";

    public static string NotNow(FileCommand command, PersonFile state) =>
        $"„{command.GetType().Name}“ ist im Aussonderungsstand „{state.Disposal}“ nicht möglich.";
}
