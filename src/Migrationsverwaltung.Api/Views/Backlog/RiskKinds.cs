using Migrationsverwaltung.Domain.Deadlines;

namespace Migrationsverwaltung.Api.Views.Backlog;

/// <summary>
/// The risk lists a team lead watches, each one timer of the case: listed from its first warning (§ 75 VwGO
/// from 6 weeks, BA consent fiction a week before, Fiktionsbescheinigung two weeks before expiry) or only once
/// overdue (documents, hearing, eAT).
/// </summary>
public static class RiskKinds
{
    public sealed record Risk(string Key, DeadlineKind Deadline, bool FromWarning, string Label);

    public static readonly IReadOnlyList<Risk> All =
    [
        new("inaction_lawsuit", DeadlineKind.InactionLawsuitRisk, FromWarning: true, "Untätigkeitsklage droht (§ 75 VwGO)"),
        new("ba_consent_fiction_due", DeadlineKind.BaConsentFiction, FromWarning: true, "Zustimmungsfiktion der BA steht an (§ 36 Abs. 2 BeschV)"),
        new("documents_overdue", DeadlineKind.MissingDocuments, FromWarning: false, "Frist für Unterlagen abgelaufen"),
        new("hearing_overdue", DeadlineKind.Hearing, FromWarning: false, "Anhörungsfrist abgelaufen"),
        new("eat_production_overdue", DeadlineKind.EatProductionOverdue, FromWarning: false, "eAT-Produktion überfällig"),
        new("eat_not_collected", DeadlineKind.EatNotCollected, FromWarning: false, "eAT nicht abgeholt"),
        new("fiktionsbescheinigung_expiring", DeadlineKind.FiktionsbescheinigungExpiring, FromWarning: true, "Fiktionsbescheinigung läuft ab"),
    ];
}
