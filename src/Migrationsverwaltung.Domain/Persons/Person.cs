using System.Collections.Immutable;

namespace Migrationsverwaltung.Domain.Persons;

/// <summary>
/// The state of one person (applicant), folded from the person's stream by <see cref="PersonEvolution.Evolve"/>.
/// Personal fields are null once retention has erased them.
/// </summary>
public sealed record Person
{
    public static Person Initial { get; } = new();

    public Guid Id { get; init; }
    public Guid OfficeId { get; init; }
    public PersonStatus Status { get; init; } = PersonStatus.None;

    public string? FamilyName { get; init; }
    public string? GivenNames { get; init; }
    public string? FormerNames { get; init; }
    public DateOnly? BirthDate { get; init; }
    public string? BirthPlace { get; init; }
    public Sex Sex { get; init; }
    public string Nationality { get; init; } = "";
    public Address? Address { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? AzrNumber { get; init; }

    public ImmutableHashSet<ContactChannel> Consents { get; init; } = ImmutableHashSet<ContactChannel>.Empty;

    /// <summary>ISO 639-1 code, or null: then the office's default language.</summary>
    public string? PreferredLanguage { get; init; }
    public Passport? Passport { get; init; }
    public ResidenceTitle? CurrentTitle { get; init; }

    public string? NewOfficeCode { get; init; }
    public DateOnly? DiedOn { get; init; }
    public DateOnly? NaturalisedOn { get; init; }
    public DateTimeOffset? RestrictedAt { get; init; }

    public bool IsRegistered => Status != PersonStatus.None;

    public bool IsRestricted => Status.IsRestricted();

    /// <summary>
    /// Reminders and notifications use a channel only with recorded consent, while the record is active and the
    /// contact data is there.
    /// </summary>
    public bool MayContactBy(ContactChannel channel) =>
        Status == PersonStatus.Active && Consents.Contains(channel) && HasContactData(channel);

    public bool HasContactData(ContactChannel channel) => channel switch
    {
        ContactChannel.Email => Email is not null,
        ContactChannel.Phone => Phone is not null,
        ContactChannel.Post => Address is not null,
        _ => false,
    };
}
