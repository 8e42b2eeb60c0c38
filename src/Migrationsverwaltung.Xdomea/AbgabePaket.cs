using Migrationsverwaltung.Xdomea.Model;
using Migrationsverwaltung.Xdomea.Reading;

namespace Migrationsverwaltung.Xdomea;

/// <summary>
/// A received Abgabe.Abgabe.0401, checked: schema-valid, safe ZIP, every primary file present with the size and
/// SHA-256 the message declares. The documents' <see cref="Primaerdatei.Inhalt"/> read from the package, one
/// at a time, until it is disposed.
/// </summary>
public sealed class AbgabePaket : IAsyncDisposable
{
    private readonly EmpfangenesPaket paket;

    internal AbgabePaket(EmpfangenesPaket paket, EmpfangenerKopf kopf, bool empfangsbestaetigungErwuenscht, AkteExport akte)
    {
        this.paket = paket;
        Kopf = kopf;
        EmpfangsbestaetigungErwuenscht = empfangsbestaetigungErwuenscht;
        Akte = akte;
    }

    /// <summary>The message head: ProzessID for the answers 0402/0403, sender and receiver.</summary>
    public EmpfangenerKopf Kopf { get; }

    /// <summary>Whether the sender asked for a receipt (0403); an import confirmation (0402) is always expected.</summary>
    public bool EmpfangsbestaetigungErwuenscht { get; }

    /// <summary>The file handed over.</summary>
    public AkteExport Akte { get; }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => paket.DisposeAsync();
}
