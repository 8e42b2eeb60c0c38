using Migrationsverwaltung.Domain.Cases;
using Migrationsverwaltung.Domain.Files;
using Migrationsverwaltung.Domain.Organisation;
using Migrationsverwaltung.Domain.Persons;

namespace Migrationsverwaltung.Api.Infrastructure.Commands;

/// <summary>
/// What the command executor needs to know of an aggregate: its stream type, the pure Initial/Evolve/Decide,
/// and which team a stream belongs to (for "caseworkers act only on their team's cases").
/// </summary>
public sealed record AggregateKind<TCommand, TState, TEvent>(
    string StreamType,
    TState Initial,
    Func<TState, TEvent, TState> Evolve,
    Func<TCommand, TState, IReadOnlyList<TEvent>> Decide,
    Func<TState, Guid?> TeamOf)
    where TEvent : notnull;

public static class Aggregates
{
    public static readonly AggregateKind<CaseCommand, Case, CaseEvent> Case = new(
        "case", Domain.Cases.Case.Initial, CaseEvolution.Evolve, CaseDecider.Decide,
        state => state.Status == CaseStatus.None ? null : state.TeamId);

    /// <summary>A person is the office's, not a team's: every caseworker of the office may record for them.</summary>
    public static readonly AggregateKind<PersonCommand, Person, PersonEvent> Person = new(
        "person", Domain.Persons.Person.Initial, PersonEvolution.Evolve, PersonDecider.Decide, _ => null);

    public static readonly AggregateKind<OfficeCommand, Office, OfficeEvent> Office = new(
        "office", Domain.Organisation.Office.Initial, OfficeEvolution.Evolve, OfficeDecider.Decide, _ => null);

    /// <summary>A person's file is the office's, like the person.</summary>
    public static readonly AggregateKind<FileCommand, PersonFile, FileEvent> File = new(
        "file", PersonFile.Initial, FileEvolution.Evolve, FileDecider.Decide, _ => null);
}
