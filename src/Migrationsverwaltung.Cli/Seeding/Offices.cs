using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Organisation;
using Migrationsverwaltung.EventStore.Importing;

namespace Migrationsverwaltung.Cli.Seeding;

internal sealed record SeedTeam(Guid Id, string Name, string Lead, IReadOnlyList<string> Caseworkers);

/// <summary>A simulated office: its share of the cases, its teams and staff, its organisation stream.</summary>
internal sealed record SeedOffice(int Index, Guid Id, string Name, string Prefix, string AuthorityCode, double Share, IReadOnlyList<SeedTeam> Teams)
{
    public int CasesPerYear(SeedPlan plan) => (int)Math.Round(plan.Cases * Share / plan.Years);
}

/// <summary>
/// Offices of different sizes (<see cref="Workload.OfficeWeight"/>), staffed as DOMAIN.md's Krefeld figures suggest,
/// established through the real <see cref="OfficeDecider"/> by the administration.
/// </summary>
internal static class Offices
{
    private static readonly string[] Towns =
    [
        "Nordhafen", "Südstadt", "Westerbruch", "Osterfeld", "Lindenau", "Bergkamen-Ost", "Talheim", "Seefeld", "Auenbach", "Rheinhöhe",
        "Brückenau", "Eichwalde", "Mühlbach", "Sandhausen", "Kirchberg", "Waldmünde", "Steinfurt-Land", "Hafenstedt", "Grünwinkel", "Altmark",
    ];

    public static IReadOnlyList<SeedOffice> Plan(SeedPlan plan)
    {
        var random = SeedRandom.For(plan.Seed, -1);
        var total = Enumerable.Range(0, plan.Offices).Sum(Workload.OfficeWeight);
        return Enumerable.Range(0, plan.Offices).Select(i =>
        {
            var share = Workload.OfficeWeight(i) / total;
            var prefix = $"ABH{Letters(i)}";
            var caseworkers = Math.Max(3, (int)Math.Round(plan.Cases * share / plan.Years / Workload.CasesPerCaseworkerAndYear));
            var teams = Enumerable.Range(0, (caseworkers + Workload.CaseworkersPerTeam - 1) / Workload.CaseworkersPerTeam).Select(t => new SeedTeam(
                random.Guid(), $"Team {t + 1}", $"tl-{prefix.ToLowerInvariant()}-{t + 1}",
                [.. Enumerable.Range(0, caseworkers).Where(c => c % ((caseworkers + Workload.CaseworkersPerTeam - 1) / Workload.CaseworkersPerTeam) == t)
                    .Select(c => $"sb-{prefix.ToLowerInvariant()}-{c + 1:D2}")])).ToList();
            var town = i < Towns.Length ? Towns[i] : $"Musterstadt {i + 1}";
            return new SeedOffice(i, StreamIds.ForOffice(plan, i, random), $"Ausländerbehörde {town}", prefix, $"05{i + 100:D3}000", share, teams);
        }).ToList();
    }

    /// <summary>The office's organisation stream, decided command by command a week before the simulated years start.</summary>
    public static ImportedStream Stream(SeedOffice office, SeedPlan plan)
    {
        var admin = new Actor("admin-seed", Role.Administration, Guid.Empty);
        var at = new DateTimeOffset(plan.From.AddDays(-7).ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero);
        var state = Office.Initial;
        var events = new List<ImportedEvent>();
        void Decide(Func<CommandContext, OfficeCommand> command)
        {
            at = at.AddMinutes(1);
            foreach (var e in OfficeDecider.Decide(command(new CommandContext(admin, at)), state))
            {
                state = OfficeEvolution.Evolve(state, e);
                events.Add(new ImportedEvent(e, at, SeedMetadata.For(admin.UserId)));
            }
        }
        Decide(c => new EstablishOffice(office.Id, c, office.AuthorityCode, office.Prefix, office.Name));
        foreach (var team in office.Teams)
        {
            Decide(c => new FormTeam(office.Id, c, team.Id, team.Name));
            Decide(c => new AppointStaffMember(office.Id, c, team.Lead, Role.Teamleitung, team.Id));
            foreach (var caseworker in team.Caseworkers)
            {
                Decide(c => new AppointStaffMember(office.Id, c, caseworker, Role.Sachbearbeitung, team.Id));
            }
        }
        return new ImportedStream(office.Id, "office", events);
    }

    private static string Letters(int index) => index < 26 ? ((char)('A' + index)).ToString() : $"{(char)('A' + index / 26 - 1)}{(char)('A' + index % 26)}";
}
