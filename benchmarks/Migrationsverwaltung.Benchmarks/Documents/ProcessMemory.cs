using System.Globalization;

namespace Migrationsverwaltung.Benchmarks.Documents;

/// <summary>A process's resident memory from /proc/PID/status: VmHWM (the peak so far) and VmRSS (now).</summary>
public static class ProcessMemory
{
    public static long PeakBytes(int processId) => Kilobytes(processId, "VmHWM:") * 1024;

    public static long CurrentBytes(int processId) => Kilobytes(processId, "VmRSS:") * 1024;

    private static long Kilobytes(int processId, string field)
    {
        var line = File.ReadLines($"/proc/{processId}/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal))
                   ?? throw new InvalidOperationException($"/proc/{processId}/status has no {field}");
        // "VmHWM:	  123456 kB"
        return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }
}
