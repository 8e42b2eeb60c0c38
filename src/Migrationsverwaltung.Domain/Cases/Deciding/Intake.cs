using Migrationsverwaltung.Domain.Common;

namespace Migrationsverwaltung.Domain.Cases.Deciding;

internal static class Intake
{
    public static IReadOnlyList<CaseEvent> Receive(ReceiveApplication c)
    {
        Rules.Require(!string.IsNullOrWhiteSpace(c.TitleCode), "Der Antrag braucht eine Titelart.");
        Rules.Require(c.ReceivedOn <= Calendar.BerlinTime.DateOf(c.Context.Now), "Das Eingangsdatum darf nicht in der Zukunft liegen.");
        return [new ApplicationReceived(
            c.CaseId, c.Context.Now, c.Context.Actor.UserId, c.PersonId, c.OfficeId, c.TeamId, c.TitleCode, c.CatalogueVersion,
            c.Kind, c.Channel, c.ReceivedOn, c.BaConsent, c.ShortenedBaFiction, c.IssuesEat,
            c.CurrentTitleValidUntil, c.LawfulStayWithoutTitle, FiktionEntitlement.At(c.ReceivedOn, c.CurrentTitleValidUntil, c.LawfulStayWithoutTitle))];
    }

    public static IReadOnlyList<CaseEvent> ReissueToken(ReissueStatusToken c, Case s) =>
        c.StatusTokenHash == s.StatusTokenHash
            ? Rules.Nothing
            : [new StatusTokenReissued(c.CaseId, c.Context.Now, c.Context.Actor.UserId, c.StatusTokenHash)];
}

/// <summary>
/// §81 AufenthG: does the pending application keep the stay lawful? (3) lawful stay without a title: the stay
/// is deemed permitted; (4) a title applied to extend on or before its last day of validity continues; applied
/// later (the day after or beyond), only if the office orders it (sentence 3, <see cref="OrderFiktionContinuation"/>).
/// </summary>
public static class FiktionEntitlement
{
    public static FiktionBasis? At(DateOnly receivedOn, DateOnly? currentTitleValidUntil, bool lawfulStayWithoutTitle) =>
        currentTitleValidUntil is { } validUntil
            ? receivedOn <= validUntil ? FiktionBasis.Fortgeltung : null
            : lawfulStayWithoutTitle ? FiktionBasis.Erlaubnisfiktion : null;
}
