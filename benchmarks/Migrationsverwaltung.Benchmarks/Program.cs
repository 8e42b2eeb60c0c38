using System.Diagnostics;
using System.Runtime;
using Migrationsverwaltung.Benchmarks;
using Migrationsverwaltung.Benchmarks.Documents;

if (args is [DocumentStoreHost.Command, .. var hostArgs])
{
    return await DocumentStoreHost.RunAsync(hostArgs);
}

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (Exception error) when (error is ArgumentException or FormatException)
{
    Console.Error.WriteLine(error.Message);
    return 2;
}

var started = Stopwatch.GetTimestamp();
Report.Note($"mvw-bench: {(options.Quick ? "quick" : "full")} run, {Environment.ProcessorCount} cores, {options.Runs} runs per side, " +
            $"Max Auto Prepare {(options.MaxAutoPrepare > 0 ? options.MaxAutoPrepare.ToString(System.Globalization.CultureInfo.InvariantCulture) : "off")}, " +
            $"GC {(GCSettings.IsServerGC ? "server" : "workstation")}, {Report.Load()}" +
            (options.SynchronousCommitOff ? "; DIAGNOSTIC: synchronous_commit off on both sides" : ""));
if (options.Includes("append"))
{
    await new AppendBenchmark(options).RunAsync();
}
if (options.Includes("catchup"))
{
    await new CatchUpBenchmark(options).RunAsync();
}
if (options.Includes("aggregate"))
{
    await new AggregateBenchmark(options).RunAsync();
}
if (options.Includes("chain"))
{
    await new ChainBenchmark(options).RunAsync();
}
if (options.Includes("documents"))
{
    var store = await new DocumentTransferBenchmark(options, "store", async connection => await StoreHostTransfer.StartAsync(connection)).RunAsync();
    var api = await new DocumentTransferBenchmark(options, "api", async connection => await ApiTransfer.StartAsync(connection)).RunAsync();
    DocumentTransferBenchmark.Compare(api, store);
}
if (options.Includes("views"))
{
    await new Migrationsverwaltung.Benchmarks.Views.ViewsBenchmark(options).RunAsync();
}
if (options.Includes("reminders"))
{
    await new ReminderScanBenchmark(options).RunAsync();
}
Report.Note($"mvw-bench: done in {Stopwatch.GetElapsedTime(started).TotalSeconds:0} s, {Report.Load()}");
return 0;
