namespace Migrationsverwaltung.Api.Tests.Deploy;

internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(directory.FullName, "Migrationsverwaltung.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"No Migrationsverwaltung.sln above {AppContext.BaseDirectory}.");
    }
}
