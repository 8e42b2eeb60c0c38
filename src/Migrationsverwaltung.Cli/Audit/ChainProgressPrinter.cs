using Migrationsverwaltung.EventStore.Chain;

namespace Migrationsverwaltung.Cli.Audit;

/// <summary>Progress of a long verification on stderr, a line every 5 % (stdout stays for the result).</summary>
internal sealed class ChainProgressPrinter(string label) : IProgress<ChainProgress>
{
    private readonly Lock _lock = new();
    private readonly System.Diagnostics.Stopwatch _watch = System.Diagnostics.Stopwatch.StartNew();
    private long _reported = -5;

    public void Report(ChainProgress value)
    {
        var percent = value.EventsTotal == 0 ? 100 : 100 * value.EventsVerified / value.EventsTotal;
        lock (_lock)
        {
            if (percent < _reported + 5 && percent < 100)
            {
                return;
            }
            _reported = percent;
            Console.Error.WriteLine($"mvw {label}: {value.EventsVerified:N0} of {value.EventsTotal:N0} events ({percent} %), " +
                                    $"{value.StreamsVerified:N0} streams, {_watch.Elapsed:mm\\:ss}");
        }
    }
}
