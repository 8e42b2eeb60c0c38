namespace Migrationsverwaltung.Domain.Catalogue;

/// <summary>The official act a fee is charged for. Which kinds a title allows is part of its <see cref="FeeRule"/>.</summary>
public enum FeeKind
{
    /// <summary>Erteilung (first issue); for certificates: Ausstellung; for a Duldung: only as a label in the passport.</summary>
    Issue,

    /// <summary>Verlängerung for a further stay of up to three months (§ 45 Nr. 2a AufenthV).</summary>
    ExtensionUpTo3Months,

    /// <summary>Verlängerung for a further stay of more than three months (§ 45 Nr. 2b AufenthV).</summary>
    ExtensionOver3Months,

    /// <summary>Änderung der Aufenthaltserlaubnis because the purpose changes, including its extension (§ 45 Nr. 3).</summary>
    ChangeOfPurpose,

    /// <summary>Neuausstellung of the card: new passport, changed data, loss, defect (§ 45c AufenthV).</summary>
    NewCard,

    /// <summary>The employer's accelerated skilled-worker procedure (§ 81a AufenthG).</summary>
    FastTrack81a,

    /// <summary>Duldung issued with a carrier form (Trägervordruck), the usual case without a passport.</summary>
    IssueOnCarrierForm,

    /// <summary>Erneuerung of a Duldung certificate as a label.</summary>
    Renewal,

    /// <summary>Erneuerung of a Duldung certificate with a carrier form.</summary>
    RenewalOnCarrierForm,
}

public static class FeeKinds
{
    /// <summary>§ 45 Nr. 2 AufenthV steps at three months of further stay: "bis zu drei Monaten" includes exactly three.</summary>
    public static FeeKind ExtensionFor(int furtherMonths)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(furtherMonths);
        return furtherMonths <= 3 ? FeeKind.ExtensionUpTo3Months : FeeKind.ExtensionOver3Months;
    }

    /// <summary>The acts that make the Bundesdruckerei produce a new eAT card.</summary>
    public static bool ProducesCard(this FeeKind kind) => kind is FeeKind.Issue or FeeKind.ExtensionUpTo3Months
        or FeeKind.ExtensionOver3Months or FeeKind.ChangeOfPurpose or FeeKind.NewCard;
}
