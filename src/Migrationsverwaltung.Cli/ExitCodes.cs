namespace Migrationsverwaltung.Cli;

/// <summary>What a script calling mvw can tell apart; everything but 0 comes with a message on stderr.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Failed = 1;
    public const int Usage = 2;
    public const int PostgresNotInstalled = 3;
    public const int NotEnoughDisk = 4;

    /// <summary>The command ran, but some files refused a step (legal hold, wrong process): see the report.</summary>
    public const int SomeRefused = 5;

    /// <summary>mvw audit verify / anchor check: a hash chain is broken or the log changed since the anchor.</summary>
    public const int BrokenChain = 6;
}
