namespace Migrationsverwaltung.Domain.Common;

/// <summary>
/// Marks a property of an event that holds personal data (names, birth data, addresses, contact data,
/// document numbers, free text about a person). The store keeps such fields apart from the event so that
/// retention can erase them without rewriting the stream (docs/adr/0006); they must be nullable, because
/// after erasure they read as null.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class PersonalDataAttribute : Attribute;

/// <summary>An event whose personal data belongs to one person: the data subject retention erases by.</summary>
public interface IAboutPerson
{
    Guid PersonId { get; }
}
