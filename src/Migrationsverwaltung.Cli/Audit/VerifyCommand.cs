using System.CommandLine;
using Migrationsverwaltung.Cli.Events;
using Migrationsverwaltung.EventStore.Chain;

namespace Migrationsverwaltung.Cli.Audit;

/// <summary>
/// mvw audit verify [--stream ID | --all] [--json]: recomputes the hash chains and names each broken stream's first broken
/// link. Exit code 0 when every chain holds, <see cref="ExitCodes.BrokenChain"/> when one does not.
/// </summary>
internal static class VerifyCommand
{
    public static Command Create()
    {
        var connectionString = StoreConnection.ConnectionStringOption();
        var schema = StoreConnection.SchemaOption();
        var stream = new Option<Guid?>("--stream") { Description = "Verify this stream only (its id)." };
        var all = new Option<bool>("--all") { Description = "Verify every stream (the default)." };
        var parallelism = new Option<int>("--parallelism") { Description = "Batches verified at once.", DefaultValueFactory = _ => 2 };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON." };
        var command = new Command("verify", "Recompute the hash chains and report the first broken link of every broken stream.")
        {
            connectionString, schema, stream, all, parallelism, json,
        };
        command.SetAction((parsed, cancellationToken) => Failures.ReportAsync(async () =>
        {
            var streamId = parsed.GetValue(stream);
            if (streamId is not null && parsed.GetValue(all))
            {
                throw new UsageException("Give either --stream or --all, not both.");
            }
            if (parsed.GetValue(parallelism) is < 1 or > 64)
            {
                throw new UsageException("--parallelism must be between 1 and 64.");
            }
            await using var dataSource = StoreConnection.Open(parsed.GetValue(connectionString));
            var store = StoreConnection.Store(dataSource, parsed.GetRequiredValue(schema));
            var result = await store.VerifyChainsAsync(streamId, new ChainVerifyOptions { Parallelism = parsed.GetValue(parallelism) },
                new ChainProgressPrinter("audit verify"), cancellationToken);
            if (parsed.GetValue(json))
            {
                Console.WriteLine(ChainJson.Of(new
                {
                    result.Intact, result.Streams, result.Events, BrokenLinks = ChainJson.Links(result.BrokenLinks), result.MoreBrokenLinks,
                }));
            }
            else
            {
                result.BrokenLinks.ToList().ForEach(link => Console.WriteLine(ChainJson.Line(link)));
                Console.WriteLine(result.Intact
                    ? $"Every chain holds: {result.Streams:N0} streams, {result.Events:N0} events."
                    : $"{result.BrokenLinks.Count:N0}{(result.MoreBrokenLinks ? "+" : "")} broken stream(s) of {result.Streams:N0}.");
            }
            return result.Intact ? ExitCodes.Success : ExitCodes.BrokenChain;
        }));
        return command;
    }
}
