using Migrationsverwaltung.Domain.Calendar;

namespace Migrationsverwaltung.Domain.Cases.Deciding;

/// <summary>The Fiktionsbescheinigung (§81(5) AufenthV): only with an entitlement, at most one valid at a time.</summary>
internal static class Fiktion
{
    public static IReadOnlyList<CaseEvent> OrderContinuation(OrderFiktionContinuation c, Case s)
    {
        Rules.Require(s.FiktionBasis is null && s.CurrentTitleValidUntil is not null,
            "Eine Fortgeltung kann nur angeordnet werden, wenn der Verlängerungsantrag nach Ablauf des Titels gestellt wurde (§ 81 Abs. 4 Satz 3 AufenthG).");
        return [new FiktionContinuationOrdered(c.CaseId, c.Context.Now, c.Context.Actor.UserId, Rules.RequireReason(c.Context, "Anordnung der Fortgeltung"))];
    }

    public static IReadOnlyList<CaseEvent> Issue(IssueFiktionsbescheinigung c, Case s)
    {
        var today = BerlinTime.DateOf(c.Context.Now);
        Rules.Require(s.FiktionBasis is not null, "Für dieses Verfahren besteht kein Anspruch auf eine Fiktionsbescheinigung (§ 81 Abs. 3/4 AufenthG).");
        Rules.Require(!s.HasValidFiktion(today), "Es gibt bereits eine gültige Fiktionsbescheinigung; verlängern Sie diese.");
        Rules.Require(c.ValidUntil > today, "Die Fiktionsbescheinigung muss in der Zukunft gültig sein.");
        Rules.Require(!string.IsNullOrWhiteSpace(c.DocumentNumber), "Die Nummer der Fiktionsbescheinigung fehlt.");
        return [new FiktionsbescheinigungIssued(c.CaseId, c.Context.Now, c.Context.Actor.UserId, s.PersonId, c.DocumentNumber.Trim(), c.ValidUntil)];
    }

    public static IReadOnlyList<CaseEvent> Renew(RenewFiktionsbescheinigung c, Case s)
    {
        Rules.Require(s.Fiktion is { Void: false }, "Es gibt keine Fiktionsbescheinigung, die verlängert werden könnte.");
        Rules.Require(c.ValidUntil > s.Fiktion!.ValidUntil, "Die Verlängerung muss über die bisherige Gültigkeit hinausgehen.");
        Rules.Require(c.ValidUntil > BerlinTime.DateOf(c.Context.Now), "Die Fiktionsbescheinigung muss in der Zukunft gültig sein.");
        return [new FiktionsbescheinigungRenewed(c.CaseId, c.Context.Now, c.Context.Actor.UserId, c.ValidUntil)];
    }
}
