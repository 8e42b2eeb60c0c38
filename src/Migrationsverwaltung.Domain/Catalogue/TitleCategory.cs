namespace Migrationsverwaltung.Domain.Catalogue;

/// <summary>The chapter of the law a case belongs to; backlog views and statistics group by it.</summary>
public enum TitleCategory
{
    /// <summary>Aufenthaltserlaubnis for education, §§ 16–17 AufenthG.</summary>
    Education,

    /// <summary>Aufenthaltserlaubnis for employment, §§ 18–21 AufenthG.</summary>
    Employment,

    /// <summary>Blaue Karte EU, § 18g AufenthG: its own title, with its own fee line and BA rules.</summary>
    EuBlueCard,

    /// <summary>ICT-Karte § 19 and Mobiler-ICT-Karte § 19b AufenthG (intra-corporate transfer).</summary>
    Ict,

    /// <summary>Aufenthaltserlaubnis on international-law, humanitarian or political grounds, §§ 22–26 AufenthG.</summary>
    Humanitarian,

    /// <summary>Aufenthaltserlaubnis for family reasons, §§ 27–36a AufenthG.</summary>
    Family,

    /// <summary>Special residence rights, §§ 37–38a AufenthG.</summary>
    Special,

    /// <summary>Niederlassungserlaubnis and Erlaubnis zum Daueraufenthalt-EU: no expiry date.</summary>
    Permanent,

    /// <summary>Handled as a case, but not a residence title under § 4(1) AufenthG.</summary>
    NonTitle,
}
