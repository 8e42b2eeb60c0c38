namespace Migrationsverwaltung.Domain.Cases.Deciding;

internal static class Lifecycle
{
    public static IReadOnlyList<CaseEvent> Withdraw(Withdraw c, Case s)
    {
        var reason = c.OnApplicantsBehalf ? Rules.RequireReason(c.Context, "Rücknahme im Namen der antragstellenden Person") : c.Context.Reason;
        return DecisionRules.WithFiktionVoided(s, c.Context, new CaseWithdrawn(c.CaseId, c.Context.Now, c.Context.Actor.UserId, c.OnApplicantsBehalf, reason));
    }

    public static IReadOnlyList<CaseEvent> Settle(Settle c, Case s)
    {
        Rules.Require(c.Kind != SettlementKind.MovedAway || !string.IsNullOrWhiteSpace(c.NewOfficeCode),
            "Bei Wegzug muss die neue zuständige Ausländerbehörde angegeben werden.");
        return DecisionRules.WithFiktionVoided(s, c.Context, new CaseSettled(c.CaseId, c.Context.Now, c.Context.Actor.UserId, c.Kind, c.NewOfficeCode));
    }

    /// <summary>First assignment needs no reason; taking a case from someone (reassignment) does.</summary>
    public static IReadOnlyList<CaseEvent> Assign(AssignCase c, Case s)
    {
        if (c.Caseworker == s.Caseworker && c.TeamId == s.TeamId)
        {
            return Rules.Nothing;
        }
        var reason = s.Caseworker is not null || c.TeamId != s.TeamId ? Rules.RequireReason(c.Context, "Umverteilung") : c.Context.Reason;
        return [new CaseAssigned(c.CaseId, c.Context.Now, c.Context.Actor.UserId, c.Caseworker, c.TeamId, reason)];
    }
}
