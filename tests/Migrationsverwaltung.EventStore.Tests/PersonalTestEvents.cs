using System.Reflection;
using Migrationsverwaltung.EventStore.Serialization;

namespace Migrationsverwaltung.EventStore.Tests;

/// <summary>Marks a personal property the way a domain would; the store itself only sees the predicate.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PersonalAttribute : Attribute;

public sealed record Address(string Street, string PostalCode, string City);

public sealed record PersonRegistered(
    Guid PersonId,
    [property: Personal] string? FamilyName,
    [property: Personal] string? GivenNames,
    [property: Personal] DateOnly? BirthDate,
    string Nationality);

public sealed record PersonMoved(Guid PersonId, [property: Personal] Address? Address, DateOnly ValidFrom);

public sealed record NoteAdded(Guid PersonId, [property: Personal] string? Text, string Topic);

public sealed record NameRequired(Guid PersonId, [property: Personal] string FamilyName);

public sealed record BirthDateRequired(Guid PersonId, [property: Personal] DateOnly BirthDate);

public static class PersonalTestRegistry
{
    public static bool IsPersonal(PropertyInfo property) => property.IsDefined(typeof(PersonalAttribute));

    public static Guid? SubjectOf(object @event) => @event switch
    {
        PersonRegistered e => e.PersonId,
        PersonMoved e => e.PersonId,
        NoteAdded e => e.PersonId,
        _ => null,
    };

    public static EventTypeRegistry Create() => TestRegistry.Create()
        .Register<PersonRegistered>("person_registered")
        .Register<PersonMoved>("person_moved")
        .WithPersonalData(IsPersonal, SubjectOf)
        .Register<NoteAdded>("note_added"); // registered after the hook on purpose: both orders are checked
}
