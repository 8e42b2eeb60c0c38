using System.Net;
using Migrationsverwaltung.Api.Status;
using Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Api.Tests.Status;

/// <summary>The mapping and the texts, without a database.</summary>
public sealed class PublicStatusMappingTests
{
    [Test]
    public void Every_case_status_has_a_public_state_or_keeps_the_previous_one()
    {
        var shown = Enum.GetValues<CaseStatus>().ToDictionary(status => status, PublicStatus.Of);

        Assert.That(shown.Values.Where(s => s is not null), Is.All.AnyOf(PublicStatus.All.Except([PublicStatus.Unknown]).ToArray()));
        Assert.That(shown.Where(kv => kv.Value is null).Select(kv => kv.Key), Is.EquivalentTo(new[] { CaseStatus.None, CaseStatus.Received, CaseStatus.Closed }));
        Assert.That((shown[CaseStatus.Granted], shown[CaseStatus.Rejected]), Is.EqualTo((PublicStatus.Decided, PublicStatus.Decided)), "grant and rejection look alike");
        Assert.That(shown[CaseStatus.Parked], Is.EqualTo(PublicStatus.InProgress));
    }

    [Test]
    public void Every_state_has_a_text_in_all_five_languages()
    {
        foreach (var status in PublicStatus.All)
        {
            var texts = StatusTexts.For(status);
            Assert.That(texts.Keys, Is.EquivalentTo(new[] { "de", "en", "fr", "fa", "ar" }), status);
            Assert.That(texts.Values, Has.All.Length.InRange(20, 250), status);
            Assert.That(texts.Values.Distinct().Count(), Is.EqualTo(5), $"{status}: no language left untranslated");
        }
        Assert.That(PublicStatus.All.Select(s => StatusTexts.For(s)["de"]).Distinct().Count(), Is.EqualTo(PublicStatus.All.Count), "states read differently");
    }

    [Test]
    public void Persian_texts_use_Persian_letters_and_Arabic_texts_Arabic_ones()
    {
        foreach (var status in PublicStatus.All)
        {
            var persian = StatusTexts.For(status)["fa"];
            var arabic = StatusTexts.For(status)["ar"];
            Assert.That(persian.Any(c => c is >= '\u0600' and <= '\u06FF'), Is.True, status);
            Assert.That(persian, Does.Not.Contain("\u064A").And.Not.Contain("\u0643"), $"{status}: Arabic yeh or kaf in Persian");
            Assert.That(arabic.Any(c => c is >= '\u0600' and <= '\u06FF'), Is.True, status);
            Assert.That(arabic, Does.Not.Contain("\u06CC").And.Not.Contain("\u06A9"), $"{status}: Persian yeh or keheh in Arabic");
        }
    }

    [TestCase("203.0.113.77", "203.0.113.77", "203.0.113.0/24")]
    [TestCase("::ffff:203.0.113.77", "203.0.113.77", "203.0.113.0/24")]
    [TestCase("2001:db8:1234:5678:9abc:def0:1234:5678", "2001:db8:1234:5678::/64", "2001:db8:1234::/48")]
    public void Client_addresses_are_partitioned_and_truncated(string address, string partition, string network)
    {
        var ip = IPAddress.Parse(address);

        Assert.That((ClientAddress.PartitionOf(ip), ClientAddress.NetworkOf(ip)), Is.EqualTo((partition, network)));
        Assert.That((ClientAddress.PartitionOf(null), ClientAddress.NetworkOf(null)), Is.EqualTo(("unknown", "unknown")));
    }
}
