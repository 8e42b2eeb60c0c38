using Migrationsverwaltung.Api.Documents.Xdomea;
using Migrationsverwaltung.Xdomea;
using Migrationsverwaltung.Xdomea.Model;
using Migrationsverwaltung.Xdomea.Schema;

namespace Migrationsverwaltung.Api.Documents.Retention;

/// <summary>Writes our messages to the archive into the outbox: the offer (0501), the hand-over (0503), our receipt of the evaluation (0505).</summary>
public sealed class ArchiveMessages(FileExporter exporter, ArchiveOutbox outbox, RetentionOptions options)
{
    public async Task<string> WriteOfferAsync(Guid processId, IEnumerable<Guid> personIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var files = await ExportAsync(personIds, cancellationToken);
        return await outbox.WriteAsync(Nachrichtentyp.Anbieteverzeichnis.ZipDateiname(processId),
            (zip, ct) => Aussonderung.WriteAnbieteverzeichnisAsync(files, Kopf(processId, now), zip, ct), cancellationToken);
    }

    public async Task<string> WriteHandOverAsync(Guid processId, IEnumerable<Guid> personIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var files = await ExportAsync(personIds, cancellationToken);
        return await outbox.WriteAsync(Nachrichtentyp.Aussonderung.ZipDateiname(processId),
            (zip, ct) => Aussonderung.WriteAussonderungAsync(files, Kopf(processId, now), archivkennungErwuenscht: true, zip, ct), cancellationToken);
    }

    public Task<string> WriteEvaluationReceiptAsync(Guid processId, DateTimeOffset now, CancellationToken cancellationToken) =>
        outbox.WriteAsync(Nachrichtentyp.BewertungEmpfangBestaetigen.ZipDateiname(processId),
            (zip, ct) => Aussonderung.WriteBewertungEmpfangBestaetigenAsync(Kopf(processId, now) with { EmpfangsbestaetigungErwuenscht = false }, zip, ct),
            cancellationToken);

    private Nachrichtenkopf Kopf(Guid processId, DateTimeOffset now) =>
        new(processId, now, new Behoerde(options.OfficeName), new Behoerde(options.ArchiveName));

    private async Task<IReadOnlyList<AkteExport>> ExportAsync(IEnumerable<Guid> personIds, CancellationToken cancellationToken)
    {
        var files = new List<AkteExport>();
        foreach (var personId in personIds)
        {
            files.Add(await exporter.ExportAsync(personId, null, cancellationToken));
        }
        return files;
    }
}
