namespace Migrationsverwaltung.Domain.Files.Deciding;

/// <summary>Retention, legal hold and the way out through the public archive (xdomea 0501–0505).</summary>
internal static class Retention
{
    public static IReadOnlyList<FileEvent> Assign(AssignRetention c, PersonFile s)
    {
        var r = c.Retention;
        Rules.Require(!string.IsNullOrWhiteSpace(r.RetentionClass), "Die Aufbewahrungsklasse fehlt.");
        Rules.Require(r.DueOn >= r.ClosingDate, "Die Aufbewahrungsfrist endet vor dem Schließungsdatum.");
        return s.Retention == r
            ? Rules.Nothing
            : [new RetentionAssigned(s.Id, s.PersonId, c.Context.Now, c.Context.Actor.UserId, r.RetentionClass, r.Disposal, r.ClosingDate, r.DueOn)];
    }

    public static IReadOnlyList<FileEvent> PlaceHold(PlaceLegalHold c, PersonFile s)
    {
        Rules.Require(!string.IsNullOrWhiteSpace(c.Reference), "Das Aktenzeichen oder der Anlass der Sperre fehlt.");
        Rules.RequireReason(c.Context, "Aufbewahrungssperre setzen");
        return s.LegalHold == c.Reference.Trim() ? Rules.Nothing : [new LegalHoldPlaced(s.Id, s.PersonId, c.Context.Now, c.Context.Actor.UserId, c.Reference.Trim())];
    }

    public static IReadOnlyList<FileEvent> LiftHold(LiftLegalHold c, PersonFile s)
    {
        if (s.LegalHold is null)
        {
            return Rules.Nothing;
        }
        Rules.RequireReason(c.Context, "Aufbewahrungssperre aufheben");
        return [new LegalHoldLifted(s.Id, s.PersonId, c.Context.Now, c.Context.Actor.UserId)];
    }

    public static IReadOnlyList<FileEvent> Offer(OfferToArchive c, PersonFile s)
    {
        Rules.Require(s.Retention is { } r && r.DueOn <= Rules.Today(c.Context), "Die Aufbewahrungsfrist der Akte ist noch nicht abgelaufen.");
        Rules.Require(!string.IsNullOrWhiteSpace(c.ProcessId), "Die Prozess-ID der Anbietung fehlt.");
        return [new FileOfferedToArchive(s.Id, s.PersonId, c.Context.Now, c.Context.Actor.UserId, c.ProcessId)];
    }

    public static IReadOnlyList<FileEvent> Evaluate(RecordArchiveEvaluation c, PersonFile s)
    {
        Rules.Require(c.ProcessId == s.ArchiveProcessId, $"Die Bewertung gehört zu einer anderen Anbietung ({c.ProcessId}, erwartet {s.ArchiveProcessId}).");
        return [new FileEvaluated(s.Id, s.PersonId, c.Context.Now, c.Context.Actor.UserId, c.ProcessId, c.Decision, ArchiveAnswered: true)];
    }

    /// <summary>No answer in time: "archive" files are handed over anyway, "review" and "destroy" files are destroyed.</summary>
    public static IReadOnlyList<FileEvent> WithoutAnswer(ApplyDisposalWithoutAnswer c, PersonFile s)
    {
        var decision = s.Retention?.Disposal == DisposalType.Archive ? ArchiveDecision.Archive : ArchiveDecision.Destroy;
        return [new FileEvaluated(s.Id, s.PersonId, c.Context.Now, c.Context.Actor.UserId, s.ArchiveProcessId!, decision, ArchiveAnswered: false)];
    }

    public static IReadOnlyList<FileEvent> HandOver(HandOverToArchive c, PersonFile s) =>
        [new FileHandedToArchive(s.Id, s.PersonId, c.Context.Now, c.Context.Actor.UserId, s.ArchiveProcessId!)];

    public static IReadOnlyList<FileEvent> ConfirmReceipt(ConfirmArchiveReceipt c, PersonFile s)
    {
        Rules.Require(c.ProcessId == s.ArchiveProcessId, $"Die Empfangsbestätigung gehört zu einer anderen Abgabe ({c.ProcessId}).");
        return s.ReceiptConfirmed ? Rules.Nothing : [new ArchiveReceiptConfirmed(s.Id, s.PersonId, c.Context.Now, c.Context.Actor.UserId, c.ProcessId)];
    }

    public static IReadOnlyList<FileEvent> Delete(DeleteFile c, PersonFile s, bool archived) =>
        [new FileDeleted(s.Id, s.PersonId, c.Context.Now, c.Context.Actor.UserId, archived, s.Documents.Count)];
}
