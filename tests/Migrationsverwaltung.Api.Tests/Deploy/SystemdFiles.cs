namespace Migrationsverwaltung.Api.Tests.Deploy;

/// <summary>Reads deploy/ the way systemd does, as far as the test needs: KEY=VALUE lines, '#' comments.</summary>
internal static class SystemdFiles
{
    public static Dictionary<string, string> Read(string path)
    {
        var entries = new Dictionary<string, string>();
        foreach (var line in File.ReadLines(path).Select(line => line.Trim()))
        {
            if (line.Length == 0 || line[0] is '#' or ';' or '[')
            {
                continue;
            }
            var separator = line.IndexOf('=', StringComparison.Ordinal);
            if (separator <= 0)
            {
                throw new FormatException($"{path}: not a KEY=VALUE line: {line}");
            }
            entries[line[..separator].Trim()] = line[(separator + 1)..].Trim();
        }
        return entries;
    }
}
