using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Migrationsverwaltung.Cli.Seeding;

/// <summary>The outcome of a seeding, as text for a person or as JSON for a script (--json).</summary>
internal sealed record SeedReport(
    SeedPlan Plan, IReadOnlyList<SeedOffice> Offices, SeedStatistics Statistics, TimeSpan ImportTime, TimeSpan TotalTime,
    IReadOnlyList<string> AsyncProjections, long DatabaseGrowthBytes, DiskUse Disk, string? StatusTokensFile)
{
    public string ToJson() => JsonSerializer.Serialize(new
    {
        cases = Statistics.Cases,
        open_cases = Statistics.Open,
        open_share = Math.Round((double)Statistics.Open / Math.Max(1, Statistics.Cases), 4),
        open_by_age = Statistics.OpenByAge,
        persons = Statistics.Persons,
        streams = Statistics.Streams,
        events = Statistics.Events,
        events_per_case = Math.Round((double)Statistics.Events / Math.Max(1, Statistics.Cases), 2),
        by_status = Statistics.ByStatus.OrderBy(s => s.Key).ToDictionary(s => s.Key.ToString(), s => s.Value),
        offices = Offices.Select(o => new
        {
            name = o.Name, prefix = o.Prefix, teams = o.Teams.Count, caseworkers = o.Teams.Sum(t => t.Caseworkers.Count),
            cases = Statistics.CasesByOffice.GetValueOrDefault(o.Id),
        }),
        seed = Plan.Seed,
        from = Plan.From,
        until = Plan.Until,
        import_seconds = Math.Round(ImportTime.TotalSeconds, 1),
        total_seconds = Math.Round(TotalTime.TotalSeconds, 1),
        async_projections = AsyncProjections,
        database_growth_bytes = DatabaseGrowthBytes,
        database_bytes = Disk.DatabaseBytes,
        wal_readable = Disk.WalBytes is not null,
        wal_bytes = Disk.WalBytes,
        database_and_wal_bytes = Disk.TotalBytes,
        status_tokens_file = StatusTokensFile,
        status_tokens = Statistics.StatusTokens.Count,
    }, new JsonSerializerOptions { WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public string ToText() => string.Create(CultureInfo.InvariantCulture, $"""
        Seeded {Statistics.Cases:N0} cases ({Statistics.Open:N0} open, {100.0 * Statistics.Open / Math.Max(1, Statistics.Cases):0.0} %) of {Statistics.Persons:N0} persons in {Offices.Count} offices, {Plan.From:yyyy-MM-dd} to {Plan.Until:yyyy-MM-dd}, seed {Plan.Seed}.
        {Statistics.Events:N0} events ({(double)Statistics.Events / Math.Max(1, Statistics.Cases):0.0} per case) in {ImportTime.TotalSeconds:0} s; {TotalTime.TotalSeconds:0} s in all; the database grew by {DatabaseGrowthBytes / 1e9:0.00} GB.
        Async projections built: {(AsyncProjections.Count == 0 ? "none registered" : string.Join(", ", AsyncProjections))}.
        {DiskText()}
        """);

    private string DiskText() => Disk switch
    {
        { WalBytes: { } wal, TotalBytes: { } total } => string.Create(CultureInfo.InvariantCulture,
            $"Disk: database {Disk.DatabaseBytes / 1e9:0.00} GB + WAL (pg_wal) {wal / 1e9:0.00} GB = {total / 1e9:0.00} GB."),
        _ => string.Create(CultureInfo.InvariantCulture,
            $"Disk: database {Disk.DatabaseBytes / 1e9:0.00} GB; WAL (pg_wal) not readable (needs a superuser or pg_monitor), so no total."),
    };
}
