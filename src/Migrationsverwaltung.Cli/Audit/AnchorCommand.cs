using System.CommandLine;
using Migrationsverwaltung.Cli.Events;
using Migrationsverwaltung.EventStore.Chain;

namespace Migrationsverwaltung.Cli.Audit;

/// <summary>
/// mvw audit anchor create | export [--id N] [--output FILE] | check (--file FILE | --id N): anchors over all stream heads
/// (docs/tamper-evidence.md). "check" exits with <see cref="ExitCodes.BrokenChain"/> when the log changed since the anchor.
/// </summary>
internal static class AnchorCommand
{
    public static Command Create() =>
        new("anchor", "Root hashes over all stream heads: create one, export it for the auditor, check the log against one.")
        {
            Create("create"), Export(), Check(),
        };

    private static Command Create(string name)
    {
        var (connectionString, schema, json) = Common();
        var command = new Command(name, "Store a root hash over every stream's head as of now (mt_chain_anchors).") { connectionString, schema, json };
        command.SetAction((parsed, cancellationToken) => Failures.ReportAsync(async () =>
        {
            await using var dataSource = StoreConnection.Open(parsed.GetValue(connectionString));
            var anchor = await StoreConnection.Store(dataSource, parsed.GetRequiredValue(schema)).CreateAnchorAsync(cancellationToken);
            Console.WriteLine(parsed.GetValue(json)
                ? ChainJson.Of(ChainJson.Anchor(anchor))
                : $"Anchor {anchor.Id}: root {anchor.RootHex} over {anchor.StreamCount:N0} streams, {anchor.EventCount:N0} events up to seq_id {anchor.MaxSeqId}.");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Export()
    {
        var (connectionString, schema, _) = Common();
        var id = new Option<long?>("--id") { Description = "The anchor to export (default: the newest)." };
        var output = new Option<FileInfo?>("--output") { Description = "File to write (default: stdout)." };
        var command = new Command("export", "Write an anchor with all its heads as JSON, for the auditor to keep.") { connectionString, schema, id, output };
        command.SetAction((parsed, cancellationToken) => Failures.ReportAsync(async () =>
        {
            await using var dataSource = StoreConnection.Open(parsed.GetValue(connectionString));
            var store = StoreConnection.Store(dataSource, parsed.GetRequiredValue(schema));
            var anchor = await FindAsync(store, parsed.GetValue(id), cancellationToken);
            await using var destination = parsed.GetValue(output) is { } file ? file.Create() : Console.OpenStandardOutput();
            await store.ExportAnchorAsync(anchor, destination, cancellationToken);
            await Console.Error.WriteLineAsync($"mvw audit anchor export: anchor {anchor.Id}, root {anchor.RootHex}, {anchor.StreamCount:N0} heads.");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Check()
    {
        var (connectionString, schema, json) = Common();
        var id = new Option<long?>("--id") { Description = "Check against the stored anchor with this id (trusts the database's copy of the root)." };
        var file = new Option<FileInfo?>("--file") { Description = "Check against an exported anchor (the auditor's copy)." };
        var command = new Command("check", "Whether the log up to an anchor is unchanged since it was taken.") { connectionString, schema, id, file, json };
        command.SetAction((parsed, cancellationToken) => Failures.ReportAsync(async () =>
        {
            if ((parsed.GetValue(id) is null) == (parsed.GetValue(file) is null))
            {
                throw new UsageException("Give exactly one of --file (an exported anchor) or --id (a stored one).");
            }
            await using var dataSource = StoreConnection.Open(parsed.GetValue(connectionString));
            var store = StoreConnection.Store(dataSource, parsed.GetRequiredValue(schema));
            var (anchor, heads) = parsed.GetValue(file) is { } exported
                ? await ReadExportAsync(exported, cancellationToken)
                : (await FindAsync(store, parsed.GetValue(id), cancellationToken), null);
            var check = await store.CheckAnchorAsync(anchor, heads, progress: new ChainProgressPrinter("audit anchor check"), cancellationToken: cancellationToken);
            if (parsed.GetValue(json))
            {
                Console.WriteLine(ChainJson.Of(new
                {
                    check.Intact, Anchor = ChainJson.Anchor(anchor), RecomputedRoot = Convert.ToHexStringLower(check.RecomputedRoot), check.RootMatches,
                    check.StreamCount, check.EventCount, BrokenLinks = ChainJson.Links(check.BrokenLinks), check.ChangedHeads,
                }));
            }
            else
            {
                check.BrokenLinks.ToList().ForEach(link => Console.WriteLine(ChainJson.Line(link)));
                check.ChangedHeads.ToList().ForEach(stream => Console.WriteLine($"{stream}: head differs from the anchor's"));
                Console.WriteLine(check.Intact
                    ? $"Anchor {anchor.Id} holds: root {anchor.RootHex} recomputed over {check.StreamCount:N0} streams, {check.EventCount:N0} events."
                    : $"Anchor {anchor.Id} does NOT hold: recomputed root {Convert.ToHexStringLower(check.RecomputedRoot)}, " +
                      $"{check.StreamCount:N0} streams and {check.EventCount:N0} events (anchor: {anchor.StreamCount:N0}, {anchor.EventCount:N0}).");
            }
            return check.Intact ? ExitCodes.Success : ExitCodes.BrokenChain;
        }));
        return command;
    }

    private static (Option<string?> ConnectionString, Option<string> Schema, Option<bool> Json) Common() =>
        (StoreConnection.ConnectionStringOption(), StoreConnection.SchemaOption(), new Option<bool>("--json") { Description = "Print the result as JSON." });

    private static async Task<ChainAnchor> FindAsync(EventStore.EventStore store, long? id, CancellationToken cancellationToken)
    {
        if (id is { } wanted)
        {
            return await store.GetAnchorAsync(wanted, cancellationToken) ?? throw new UsageException($"There is no anchor {wanted}.");
        }
        return (await store.ListAnchorsAsync(cancellationToken)).LastOrDefault() ?? throw new UsageException("There is no anchor yet: run 'mvw audit anchor create'.");
    }

    private static async Task<(ChainAnchor, IReadOnlyList<StreamHead>?)> ReadExportAsync(FileInfo file, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            throw new UsageException($"No such file: {file.FullName}");
        }
        try
        {
            await using var stream = file.OpenRead();
            var (anchor, heads) = await AnchorExport.ReadAsync(stream, cancellationToken);
            return (anchor, heads);
        }
        catch (Exception error) when (error is InvalidDataException or System.Text.Json.JsonException)
        {
            throw new UsageException($"{file.Name} is not a usable anchor export: {error.Message}");
        }
    }
}
