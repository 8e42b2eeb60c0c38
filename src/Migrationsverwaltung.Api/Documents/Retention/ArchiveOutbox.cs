using System.Text.RegularExpressions;

namespace Migrationsverwaltung.Api.Documents.Retention;

/// <summary>
/// The messages to the archive (0501, 0503, 0505) as files in Retention:OutboxDirectory, named as xdomea names them
/// ("{ProzessID}_{Nachricht}.zip"), for the transport (file drop, OSCI gateway) to pick up. A message is written to a
/// hidden temporary file and renamed, so a half-written message is never seen; the same name is replaced.
/// </summary>
public sealed partial class ArchiveOutbox(RetentionOptions options)
{
    public string Directory => Path.GetFullPath(options.OutboxDirectory);

    public async Task<string> WriteAsync(string name, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        RequireName(name);
        System.IO.Directory.CreateDirectory(Directory);
        var final = Path.Combine(Directory, name);
        var temporary = Path.Combine(Directory, $".{name}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                await write(file, cancellationToken);
                await file.FlushAsync(cancellationToken);
                file.Flush(flushToDisk: true);
            }
            File.Move(temporary, final, overwrite: true);
            return final;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public IReadOnlyList<FileInfo> List() => !System.IO.Directory.Exists(Directory)
        ? []
        : [.. new DirectoryInfo(Directory).EnumerateFiles().Where(f => MessageName().IsMatch(f.Name)).OrderBy(f => f.Name, StringComparer.Ordinal)];

    /// <summary>Opens a message by its name; null when there is none (or the name is not a message's).</summary>
    public FileStream? OpenRead(string name) =>
        MessageName().IsMatch(name) && File.Exists(Path.Combine(Directory, name))
            ? new FileStream(Path.Combine(Directory, name), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous)
            : null;

    private static void RequireName(string name)
    {
        if (!MessageName().IsMatch(name))
        {
            throw new ArgumentException($"„{name}“ ist kein Nachrichtenname (erwartet {{ProzessID}}_{{Nachricht}}.zip).");
        }
    }

    [GeneratedRegex(@"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}_[A-Za-z]+\.[A-Za-z]+\.[0-9]{4}\.zip$", RegexOptions.CultureInvariant)]
    private static partial Regex MessageName();
}
