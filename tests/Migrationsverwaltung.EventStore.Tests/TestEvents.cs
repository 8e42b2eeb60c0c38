using Migrationsverwaltung.EventStore.Serialization;

namespace Migrationsverwaltung.EventStore.Tests;

public sealed record AccountOpened(string Owner);
public sealed record MoneyDeposited(int Amount);
public sealed record MoneyWithdrawn(int Amount);
public sealed record Payload(string Text);

public sealed record Account(string Owner, int Balance, int Events)
{
    public static Account Initial { get; } = new("", 0, 0);

    public static Account Evolve(Account state, object @event) => @event switch
    {
        AccountOpened e => state with { Owner = e.Owner, Events = state.Events + 1 },
        MoneyDeposited e => state with { Balance = state.Balance + e.Amount, Events = state.Events + 1 },
        MoneyWithdrawn e => state with { Balance = state.Balance - e.Amount, Events = state.Events + 1 },
        _ => state with { Events = state.Events + 1 },
    };
}

public static class TestRegistry
{
    public static EventTypeRegistry Create() => new EventTypeRegistry()
        .Register<AccountOpened>("account_opened")
        .Register<MoneyDeposited>("money_deposited")
        .Register<MoneyWithdrawn>("money_withdrawn")
        .Register<Payload>("payload");
}
