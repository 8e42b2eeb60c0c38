using System.Globalization;
using Migrationsverwaltung.Api.Documents.Storage;
using Npgsql;

namespace Migrationsverwaltung.Benchmarks.Documents;

/// <summary>
/// "mvw-bench documents-host --connection CS": a process that only stores and reads documents through
/// DocumentContentStore, driven over stdin/stdout (<see cref="PipeProtocol"/>), so its peak memory is that of
/// the store path alone, with the bytes crossing a process boundary as they would in a request.
/// </summary>
public static class DocumentStoreHost
{
    public const string Command = "documents-host";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args is not ["--connection", var connectionString])
        {
            Console.Error.WriteLine($"usage: mvw-bench {Command} --connection <connection string>");
            return 2;
        }
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var store = new DocumentContentStore(dataSource);
        await store.EnsureSchemaAsync();
        await using var input = Console.OpenStandardInput();
        await using var output = Console.OpenStandardOutput();
        await PipeProtocol.WriteLineAsync(output, "READY");
        while (await PipeProtocol.ReadLineAsync(input) is { } line)
        {
            switch (line.Split(' '))
            {
                case ["U", var size, var person]:
                    var staged = await store.StageAsync(new PipeProtocol.Slice(input, long.Parse(size, CultureInfo.InvariantCulture)), DocumentTypeDetector.Pdf);
                    await PipeProtocol.WriteLineAsync(output, $"OK {await store.CommitAsync(staged, Guid.Parse(person))}");
                    break;
                case ["D", var id]:
                    var stored = await store.OpenReadAsync(Guid.Parse(id)) ?? throw new InvalidOperationException($"no content {id}");
                    await PipeProtocol.WriteLineAsync(output, stored.Size.ToString(CultureInfo.InvariantCulture));
                    await using (stored.Content)
                    {
                        await stored.Content.CopyToAsync(output);
                    }
                    await output.FlushAsync();
                    break;
                case ["Q"]:
                    return 0;
                default:
                    Console.Error.WriteLine($"{Command}: unknown request '{line}'");
                    return 2;
            }
        }
        return 0;
    }
}
