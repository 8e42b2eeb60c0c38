using System.CommandLine;

namespace Migrationsverwaltung.Cli.Audit;

/// <summary>The tamper-evidence commands under "mvw audit": "verify" and "anchor ..." (docs/tamper-evidence.md).</summary>
internal static class AuditChainCommands
{
    public static Command AddTo(Command audit)
    {
        audit.Subcommands.Add(VerifyCommand.Create());
        audit.Subcommands.Add(AnchorCommand.Create());
        return audit;
    }
}
