using Migrationsverwaltung.Domain.Common;
using Migrationsverwaltung.Domain.Persons;

namespace Migrationsverwaltung.Cli.Seeding;

/// <summary>Fictitious applicants: names, birth data and addresses drawn from short lists. No real person is meant.</summary>
internal static class SyntheticPeople
{
    private static readonly (string Nationality, string[] Family, string[] Given, string[] Places)[] Origins =
    [
        ("SYR", ["Haddad", "Khalil", "Nasser", "Saleh", "Darwish"], ["Amina", "Omar", "Lina", "Yousef", "Rana"], ["Aleppo", "Damaskus", "Homs"]),
        ("TUR", ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik"], ["Ayşe", "Mehmet", "Elif", "Mustafa", "Zeynep"], ["Istanbul", "Ankara", "Izmir"]),
        ("UKR", ["Kovalenko", "Bondarenko", "Tkachenko", "Shevchenko"], ["Olena", "Andrii", "Iryna", "Dmytro"], ["Kyjiw", "Charkiw", "Lwiw"]),
        ("IND", ["Sharma", "Patel", "Iyer", "Reddy"], ["Priya", "Arjun", "Ananya", "Rahul"], ["Bengaluru", "Pune", "Chennai"]),
        ("AFG", ["Ahmadi", "Rahimi", "Karimi", "Hashimi"], ["Farid", "Mariam", "Ahmad", "Zahra"], ["Kabul", "Herat", "Masar-e Scharif"]),
        ("VNM", ["Nguyen", "Tran", "Le", "Pham"], ["Minh", "Lan", "Huong", "Tuan"], ["Hanoi", "Hue", "Da Nang"]),
        ("IRN", ["Hosseini", "Moradi", "Rezaei", "Jafari"], ["Sara", "Reza", "Niloofar", "Ali"], ["Teheran", "Isfahan", "Schiras"]),
        ("NGA", ["Okafor", "Adeyemi", "Balogun", "Eze"], ["Chiamaka", "Emeka", "Ngozi", "Tunde"], ["Lagos", "Enugu", "Ibadan"]),
    ];

    private static readonly string[] Streets = ["Hauptstraße", "Bahnhofstraße", "Lindenallee", "Schulweg", "Am Markt", "Gartenstraße", "Rheinstraße"];

    public static RegisterPerson Register(Guid personId, SeedOffice office, SeedRandom random, CommandContext context, DateOnly today)
    {
        var origin = random.Pick(Origins);
        var born = today.AddYears(-random.Between(18, 65)).AddDays(-random.Between(0, 364));
        var address = new Address(random.Pick(Streets), random.Between(1, 180).ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"{47000 + office.Index * 37 + random.Between(0, 30):D5}", office.Name.Replace("Ausländerbehörde ", ""), "DEU");
        return new RegisterPerson(personId, context, office.Id, random.Pick(origin.Family), random.Pick(origin.Given), null, born,
            random.Pick(origin.Places), random.Chance(0.5) ? Sex.Female : Sex.Male, origin.Nationality, address, null, null,
            random.Chance(0.7) ? $"{random.Between(100_000, 999_999)}{random.Between(100_000, 999_999)}" : null);
    }

    public static RecordPassport Passport(Guid personId, CommandContext context, string nationality, SeedRandom random, DateOnly today) =>
        new(personId, context, $"P{random.Between(10_000_000, 99_999_999)}", nationality, today.AddDays(random.Between(200, 3_000)));
}
