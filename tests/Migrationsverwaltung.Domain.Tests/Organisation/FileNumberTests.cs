using Migrationsverwaltung.Domain.Organisation;

namespace Migrationsverwaltung.Domain.Tests.Organisation;

public class FileNumberTests
{
    [Test]
    public void Given_prefix_year_and_number_Then_it_is_written_with_six_digits()
    {
        Assert.That(new FileNumber("ABH", 2026, 123).ToString(), Is.EqualTo("ABH-2026-000123"));
        Assert.That(new FileNumber("AUSLAENDER", 2026, 999_999).ToString(), Is.EqualTo("AUSLAENDER-2026-999999"));
    }

    [Test]
    public void Given_a_written_file_number_When_parsed_Then_its_parts_are_read_and_it_writes_back_the_same()
    {
        var parsed = FileNumber.Parse("ABH-2026-000123");

        Assert.That((parsed.Prefix, parsed.Year, parsed.Number), Is.EqualTo(("ABH", 2026, 123)));
        Assert.That(parsed, Is.EqualTo(new FileNumber("ABH", 2026, 123)));
        Assert.That(parsed.ToString(), Is.EqualTo("ABH-2026-000123"));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("abh-2026-000123")]
    [TestCase("ABH-2026-123")]
    [TestCase("ABH-2026-0000123")]
    [TestCase("ABH-26-000123")]
    [TestCase("A-2026-000123")]
    [TestCase("ABCDEFGHIJK-2026-000123")]
    [TestCase("ABH-2026-000000")]
    [TestCase("ABH-0999-000001")]
    [TestCase("ABH-2026-00012A")]
    [TestCase("ABH-2026-+00123")]
    [TestCase("ABH2026000123")]
    [TestCase("ABH-2026-000123-1")]
    [TestCase(" ABH-2026-000123")]
    [TestCase("ABH-2026-000123 ")]
    [TestCase("ABH-２０２６-000123")]
    public void Given_text_that_is_not_a_file_number_When_parsed_Then_TryParse_is_false_and_Parse_throws(string? text)
    {
        Assert.That(FileNumber.TryParse(text, out var result), Is.False);
        Assert.That(result, Is.Null);
        Assert.That(() => FileNumber.Parse(text!), Throws.TypeOf<FormatException>());
    }

    [Test]
    public void Given_FileNumber_as_IParsable_Then_generic_parsing_works()
    {
        static T ParseAny<T>(string s) where T : IParsable<T> => T.Parse(s, null);

        Assert.That(ParseAny<FileNumber>("KR-2025-000007"), Is.EqualTo(new FileNumber("KR", 2025, 7)));
    }

    [TestCase("abh", 2026, 1)]
    [TestCase("A", 2026, 1)]
    [TestCase("ABH", 999, 1)]
    [TestCase("ABH", 10000, 1)]
    [TestCase("ABH", 2026, 0)]
    [TestCase("ABH", 2026, 1_000_000)]
    public void Given_invalid_parts_When_constructing_Then_it_is_refused(string prefix, int year, int number)
    {
        Assert.That(() => new FileNumber(prefix, year, number), Throws.InstanceOf<ArgumentException>());
    }

    [Test]
    public void Given_file_numbers_When_sorted_Then_by_year_then_number()
    {
        var numbers = new[] { "ABH-2026-000002", "ABH-2025-999999", "ABH-2026-000010", "ABH-2026-000001" }.Select(FileNumber.Parse).ToList();

        numbers.Sort();

        Assert.That(numbers.Select(n => n.ToString()),
            Is.EqualTo(new[] { "ABH-2025-999999", "ABH-2026-000001", "ABH-2026-000002", "ABH-2026-000010" }));
    }

    [Test]
    public void Given_two_file_numbers_Then_the_operators_follow_the_order()
    {
        var earlier = FileNumber.Parse("ABH-2026-000009");
        var later = FileNumber.Parse("ABH-2026-000010");

        Assert.That(earlier < later && later > earlier && earlier <= later && later >= earlier, Is.True);
        Assert.That(earlier <= FileNumber.Parse("ABH-2026-000009") && earlier >= FileNumber.Parse("ABH-2026-000009"), Is.True);
        Assert.That(earlier.CompareTo(null), Is.Positive);
    }

    [Test]
    public void Given_the_same_year_and_number_under_two_prefixes_Then_they_differ_and_order_by_prefix()
    {
        var krefeld = new FileNumber("ABH", 2026, 5);
        var other = new FileNumber("KR", 2026, 5);

        Assert.That(krefeld, Is.Not.EqualTo(other));
        Assert.That(krefeld.CompareTo(other), Is.Negative);
    }

    [Test]
    public void Given_a_file_number_When_the_next_is_taken_Then_it_counts_up_within_the_year_until_999999()
    {
        Assert.That(FileNumber.First("ABH", 2026).Next(), Is.EqualTo(new FileNumber("ABH", 2026, 2)));
        Assert.That(FileNumber.First("ABH", 2026).Next(), Is.GreaterThan(FileNumber.First("ABH", 2026)));
        Assert.That(() => new FileNumber("ABH", 2026, FileNumber.MaxNumber).Next(), Throws.InvalidOperationException);
    }

    [TestCase("AB", true)]
    [TestCase("ABCDEFGHIJ", true)]
    [TestCase("ABCDEFGHIJK", false)]
    [TestCase("Abh", false)]
    [TestCase(null, false)]
    public void Given_a_prefix_Then_only_2_to_10_uppercase_letters_are_valid(string? prefix, bool valid)
    {
        Assert.That(FileNumber.IsValidPrefix(prefix), Is.EqualTo(valid));
    }
}
