using System.CommandLine;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Migrationsverwaltung.Api.Documents.Retention;
using Migrationsverwaltung.Api.Documents.Xdomea;
using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Xdomea;
using Migrationsverwaltung.Xdomea.Model;

namespace Migrationsverwaltung.Cli.Retention;

/// <summary>
/// <c>mvw export xdomea --person ID [--case ID] --out FILE</c>: the person's file (or one case) as xdomea 0401, written
/// as the API writes it. Reading the file is recorded in the access log under --user (role Revision).
/// </summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var api = new ApiServices();
        var person = new Option<Guid>("--person") { Description = "The person whose file is exported.", Required = true };
        var @case = new Option<Guid?>("--case") { Description = "Only this case and the documents linked to it." };
        var output = new Option<FileInfo>("--out") { Description = "Where the ZIP goes (an existing file is not overwritten).", Required = true };
        var user = new Option<string>("--user") { Description = "Who exports, for the access log.", DefaultValueFactory = _ => $"cli:{Environment.UserName}" };
        var xdomea = new Command("xdomea", "Exports a person's file as xdomea 3.0.0 Abgabe.Abgabe.0401 (ZIP).") { person, @case, output, user };
        api.AddTo(xdomea);
        xdomea.SetAction((parsed, cancellationToken) => Failures.ReportAsync(async () =>
        {
            var target = parsed.GetRequiredValue(output);
            if (target.Exists)
            {
                throw new Events.UsageException($"{target.FullName} exists already.");
            }
            using var host = await api.BuildAsync(parsed, cancellationToken);
            var actor = new Actor(parsed.GetRequiredValue(user), Role.Revision, Guid.Empty);
            var processId = Guid.CreateVersion7();
            await RetentionActor.RunAsync(host.Services, actor, null, async services =>
            {
                var akte = await services.GetRequiredService<IMediator>().Send(new ExportFile.Query(parsed.GetValue(person), parsed.GetValue(@case)), cancellationToken);
                var options = services.GetRequiredService<RetentionOptions>();
                var kopf = new Nachrichtenkopf(processId, DateTimeOffset.UtcNow, new Behoerde(options.OfficeName), new Behoerde(ExportFile.Receiver));
                var temporary = target.FullName + ".part";
                try
                {
                    await using (var zip = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
                    {
                        await XdomeaAbgabe.WriteAsync(akte, kopf, zip, cancellationToken);
                    }
                    File.Move(temporary, target.FullName);
                }
                finally
                {
                    File.Delete(temporary);
                }
                return 0;
            });
            await Console.Out.WriteLineAsync($"{target.FullName} (process {processId}, {new FileInfo(target.FullName).Length} bytes)");
            return ExitCodes.Success;
        }));
        return new Command("export", "Exports files in exchange formats.") { xdomea };
    }
}
