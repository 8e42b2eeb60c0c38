namespace Migrationsverwaltung.Domain.Cases.Deciding;

/// <summary>Fees in cents: charged (amount from the catalogue's fee calculator), paid, reduced or waived (with reason).</summary>
internal static class Fees
{
    public static IReadOnlyList<CaseEvent> Charge(ChargeFee c, Case s)
    {
        if (s.Fees.ContainsKey(c.FeeId))
        {
            return Rules.Nothing;
        }
        Rules.Require(c.AmountCents >= 0, "Eine Gebühr kann nicht negativ sein.");
        Rules.Require(!string.IsNullOrWhiteSpace(c.LegalBasis), "Für die Gebühr fehlt die Rechtsgrundlage.");
        return [new FeeCharged(c.CaseId, c.Context.Now, c.Context.Actor.UserId, c.FeeId, c.Purpose, c.AmountCents, c.LegalBasis)];
    }

    public static IReadOnlyList<CaseEvent> Pay(RecordFeePayment c, Case s)
    {
        var fee = s.Fees[c.FeeId];
        Rules.Require(c.AmountCents > 0, "Der gezahlte Betrag muss größer als null sein.");
        Rules.Require(c.AmountCents <= fee.OutstandingCents, $"Es sind nur noch {fee.OutstandingCents / 100m:0.00} € offen.");
        return [new FeePaid(c.CaseId, c.Context.Now, c.Context.Actor.UserId, c.FeeId, c.AmountCents)];
    }

    public static IReadOnlyList<CaseEvent> Reduce(ReduceFee c, Case s)
    {
        var fee = s.Fees[c.FeeId];
        Rules.Require(c.NewAmountCents >= fee.PaidCents && c.NewAmountCents < fee.AmountCents,
            "Eine Ermäßigung muss unter der Gebühr und nicht unter dem bereits gezahlten Betrag liegen.");
        return [new FeeReduced(c.CaseId, c.Context.Now, c.Context.Actor.UserId, c.FeeId, c.NewAmountCents, Rules.RequireReason(c.Context, "Gebührenermäßigung"))];
    }

    public static IReadOnlyList<CaseEvent> Waive(WaiveFee c, Case s) =>
        s.Fees[c.FeeId].Waived
            ? Rules.Nothing
            : [new FeeWaived(c.CaseId, c.Context.Now, c.Context.Actor.UserId, c.FeeId, Rules.RequireReason(c.Context, "Gebührenverzicht"))];
}
