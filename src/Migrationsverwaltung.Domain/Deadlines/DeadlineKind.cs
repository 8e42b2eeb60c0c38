namespace Migrationsverwaltung.Domain.Deadlines;

/// <summary>Every timer a backlog view watches (DOMAIN.md, "Deadlines a backlog view must watch").</summary>
public enum DeadlineKind
{
    /// <summary>§ 75 VwGO: from 3 months after the application an inaction lawsuit is admissible.</summary>
    InactionLawsuitRisk,

    /// <summary>§ 36(2) BeschV: the BA's consent is deemed given 2 weeks (1 week when shortened) after the request.</summary>
    BaConsentFiction,

    /// <summary>§ 82(1) AufenthV: the period the office set for handing in missing documents.</summary>
    MissingDocuments,

    /// <summary>§ 28 VwVfG: the period the office set for the applicant's statement before an adverse decision.</summary>
    Hearing,

    /// <summary>§ 81(4) AufenthG: the title runs out and no extension has been applied for yet.</summary>
    TitleExpiringWithoutApplication,

    /// <summary>§ 81(5) AufenthG: the Fiktionsbescheinigung runs out while the case is still open.</summary>
    FiktionsbescheinigungExpiring,

    /// <summary>Practice: the passport runs out (the title must be transferred to a new passport).</summary>
    PassportExpiring,

    /// <summary>Practice: the Bundesdruckerei has not delivered the eAT 35 days after the order.</summary>
    EatProductionOverdue,

    /// <summary>Practice: the eAT has been ready for pickup for the office's configured number of weeks.</summary>
    EatNotCollected,

    /// <summary>§ 81a(3) no. 3 AufenthG: invite the employer within 3 Werktage of the recognition body's message.</summary>
    FastTrackEmployerInvitation,

    /// <summary>§ 31a(2) AufenthV: the mission decides on the visa, as a rule, within 3 weeks of the complete application.</summary>
    FastTrackVisaDecision,

    /// <summary>DOMAIN.md, § 81(6)/(6a) AufenthG: EU Blue Card mobility / family cases, decision within 30 days.</summary>
    BlueCardMobilityOrFamily,

    /// <summary>§§ 58, 70, 74 VwGO: the period for an objection or lawsuit against a notice.</summary>
    LegalRemedy,

    /// <summary>Municipal service standard: an appointment within 14 days of the request.</summary>
    AppointmentWait,
}
