using Migrationsverwaltung.Domain.Calendar;

namespace Migrationsverwaltung.Domain.Cases.Deciding;

/// <summary>§82(1) AufenthV: missing documents are named, with a deadline set by the office.</summary>
internal static class Completeness
{
    public static IReadOnlyList<CaseEvent> Request(RequestDocuments c)
    {
        Rules.Require(c.Items.Count > 0, "Die Nachforderung muss die fehlenden Unterlagen benennen.");
        Rules.Require(c.Deadline > BerlinTime.DateOf(c.Context.Now), "Die Frist für die Unterlagen muss in der Zukunft liegen.");
        return [new DocumentsRequested(c.CaseId, c.Context.Now, c.Context.Actor.UserId, c.Items, c.Deadline)];
    }

    public static IReadOnlyList<CaseEvent> Extend(ExtendDocumentDeadline c, Case s)
    {
        var reason = Rules.RequireReason(c.Context, "Fristverlängerung");
        Rules.Require(c.NewDeadline > s.DocumentDeadline, "Die neue Frist muss nach der bisherigen liegen.");
        Rules.Require(c.NewDeadline > BerlinTime.DateOf(c.Context.Now), "Die neue Frist muss in der Zukunft liegen.");
        return [new DocumentDeadlineExtended(c.CaseId, c.Context.Now, c.Context.Actor.UserId, c.NewDeadline, reason)];
    }

    public static IReadOnlyList<CaseEvent> ProceedWithout(ProceedWithoutDocuments c, Case s)
    {
        var reason = Rules.RequireReason(c.Context, "Entscheidung nach Aktenlage");
        Rules.Require(s.DocumentDeadline is { } deadline && c.Context.Now >= BerlinTime.EndOf(deadline),
            "Nach Aktenlage kann erst entschieden werden, wenn die Frist für die Unterlagen abgelaufen ist.");
        return [new ProceededWithoutDocuments(c.CaseId, c.Context.Now, c.Context.Actor.UserId, reason)];
    }
}

internal static class AppearanceRules
{
    /// <summary>For an eAT: identity, fingerprints (§61a AufenthV) and signature; for every case: the fee settled.</summary>
    public static IReadOnlyList<CaseEvent> Complete(CompleteAppearance c, Case s)
    {
        Rules.Require(s.IdentityChecked, "Die Vorsprache ist erst abgeschlossen, wenn die Identität geprüft ist.");
        Rules.Require(!s.IssuesEat || (s.FingerprintsTaken && s.SignatureTaken),
            "Für den eAT müssen Fingerabdrücke und Unterschrift erfasst sein.");
        Rules.Require(s.Fees.Count > 0 && s.OutstandingFeesCents == 0, "Die Vorsprache ist erst abgeschlossen, wenn die Gebühr erhoben und bezahlt ist.");
        return [new AppearanceCompleted(c.CaseId, c.Context.Now, c.Context.Actor.UserId)];
    }
}
