using Migrationsverwaltung.Domain.Calendar;
using Migrationsverwaltung.Domain.Persons;

namespace Migrationsverwaltung.Domain.Files;

/// <summary>
/// DOMAIN.md's retention rules (AufenthV §§ 62–68): a person's file closes when the record becomes restricted — moved
/// away, naturalised (deleted 10 years later) or died (5 years later). Active persons' files have no closing date.
/// Immigration files are offered to the archive for evaluation ("review"): the archive decides archive or destroy.
/// </summary>
public static class RetentionRules
{
    public const string MovedAway = "AUFENTHV-62-WEGZUG-10J";
    public const string Naturalised = "AUFENTHV-62-EINBUERGERUNG-10J";
    public const string Died = "AUFENTHV-62-TOD-5J";

    public static RetentionAssignment? For(Person person)
    {
        if (!person.IsRestricted || person.RestrictedAt is not { } restrictedAt)
        {
            return null;
        }
        var closing = person.Status == PersonStatus.Died && person.DiedOn is { } diedOn ? diedOn : BerlinTime.DateOf(restrictedAt);
        var (retentionClass, years) = person.Status switch
        {
            PersonStatus.Died => (Died, 5),
            PersonStatus.Naturalised => (Naturalised, 10),
            _ => (MovedAway, 10),
        };
        // Deleted "10 years later": at the end of the year the period ends in, as files are weeded by year.
        var due = new DateOnly(closing.AddYears(years).Year, 12, 31);
        return new RetentionAssignment(retentionClass, DisposalType.Review, closing, due);
    }
}
