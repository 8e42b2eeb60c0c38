using Migrationsverwaltung.Domain.Deadlines;

namespace Migrationsverwaltung.Domain.Cases.Deciding;

/// <summary>BA consent (§39 AufenthG, fiction §36(2) BeschV), security check (§73(2)), AZR and other bodies run in parallel.</summary>
internal static class Participations
{
    public static IReadOnlyList<CaseEvent> RequestBa(RequestBaConsent c, Case s)
    {
        if (s.Ba is not null)
        {
            return s.Ba.IsOpen ? Rules.Nothing : throw new Common.RuleViolation("Die Bundesagentur für Arbeit wurde bereits beteiligt und hat geantwortet.");
        }
        Rules.Require(s.BaConsentNeed != BaConsentNeed.NotRequired, "Für diese Titelart ist keine Zustimmung der Bundesagentur für Arbeit vorgesehen.");
        return [new BaConsentRequested(c.CaseId, c.Context.Now, c.Context.Actor.UserId, c.ReceivedByBaOn)];
    }

    public static IReadOnlyList<CaseEvent> AnswerBa(RecordBaAnswer c)
    {
        Rules.Require(c.Outcome != BaOutcome.DeemedGranted, "Die Zustimmungsfiktion wird nicht erfasst, sondern nach Fristablauf festgestellt.");
        return [new BaConsentAnswered(c.CaseId, c.Context.Now, c.Context.Actor.UserId, c.Outcome)];
    }

    /// <summary>Only after the end of the 14th (7th) day after the BA received the request, shifted off weekends and holidays.</summary>
    public static IReadOnlyList<CaseEvent> ApplyBaFiction(ApplyBaConsentFiction c, Case s)
    {
        var fiction = DeadlineRules.BaConsentFiction(s.Ba!.RequestedOn, s.ShortenedBaFiction);
        Rules.Require(fiction.HasExpiredAt(c.Context.Now),
            $"Die Zustimmung der Bundesagentur gilt erst nach Ablauf des {fiction.LastDay:dd.MM.yyyy} als erteilt.");
        return [new BaConsentDeemedGranted(c.CaseId, c.Context.Now, c.Context.Actor.UserId, fiction.LastDay)];
    }

    public static IReadOnlyList<CaseEvent> RequestSecurityCheck(RequestSecurityCheck c, Case s) =>
        s.Participations.ContainsKey(ParticipationKeys.Security)
            ? Rules.Nothing
            : [new SecurityCheckRequested(c.CaseId, c.Context.Now, c.Context.Actor.UserId)];

    public static IReadOnlyList<CaseEvent> QueryAzr(QueryAzr c, Case s) =>
        s.IsOpenParticipation(ParticipationKeys.Azr)
            ? Rules.Nothing
            : [new AzrQueried(c.CaseId, c.Context.Now, c.Context.Actor.UserId)];

    public static IReadOnlyList<CaseEvent> RequestOther(RequestOtherParticipation c, Case s)
    {
        Rules.Require(!string.IsNullOrWhiteSpace(c.Body), "Die zu beteiligende Stelle muss genannt werden.");
        return s.Participations.ContainsKey(c.ParticipationId.ToString())
            ? Rules.Nothing
            : [new OtherParticipationRequested(c.CaseId, c.Context.Now, c.Context.Actor.UserId, c.ParticipationId, c.Body.Trim())];
    }
}
