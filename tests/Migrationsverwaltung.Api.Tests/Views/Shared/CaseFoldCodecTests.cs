using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Migrationsverwaltung.Api.Views.Shared;
using Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Api.Tests.Views.Shared;

/// <summary>The stored fold: the state comes back exactly, in a fraction of its JSON, and folds written once stay readable.</summary>
public sealed class CaseFoldCodecTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    public static readonly Case JustReceived = new()
    {
        Id = Guid.Parse("0190c3a0-41aa-7c55-8e2b-5d0c1a2b3c4d"), PersonId = Guid.Parse("0190c3a0-41a9-7d10-9a3f-2b1c0d9e8f7a"),
        OfficeId = Guid.Parse("0190c000-0000-7000-8000-000000000005"), TeamId = Guid.Parse("5a1e0d3c-7b2f-4e6a-9c8d-0f1e2d3c4b5a"),
        TitleCode = "AE_16B", CatalogueVersion = "2026-02", Kind = ApplicationKind.FirstIssue, ReceivedOn = new DateOnly(2026, 9, 28),
        BaConsentNeed = BaConsentNeed.NotRequired, IssuesEat = true, Status = CaseStatus.Received,
    };

    public static readonly Case FarAlong = JustReceived with
    {
        Caseworker = "sb-abhk-07", TitleCode = "AE_18B", Kind = ApplicationKind.Extension, BaConsentNeed = BaConsentNeed.Required,
        CurrentTitleValidUntil = new DateOnly(2026, 10, 30), Status = CaseStatus.Participation, FileNumber = "ABHK-2026-004711",
        StatusTokenHash = "9f2c4e6a8b0d1f3e5a7c9b2d4f6e8a0c1b3d5f7e9a2c4b6d8f0e1a3c5b7d9f2e",
        DocumentDeadline = new DateOnly(2026, 9, 14), DocumentsRequestedAt = new DateTimeOffset(2026, 8, 31, 10, 12, 0, TimeSpan.Zero), DocumentRounds = 1,
        IdentityChecked = true, FingerprintsTaken = true, SignatureTaken = true, AppearanceCompleted = true,
        Participations = ImmutableDictionary<string, Participation>.Empty
            .Add(ParticipationKeys.Ba, new Participation("Bundesagentur für Arbeit", new DateOnly(2026, 9, 16)))
            .Add(ParticipationKeys.Security, new Participation("Sicherheitsabfrage §73 Abs. 2", new DateOnly(2026, 9, 16), new DateTimeOffset(2026, 9, 22, 8, 5, 0, TimeSpan.Zero), "NoFindings")),
        FiktionBasis = Domain.Cases.FiktionBasis.Fortgeltung, Fiktion = new FiktionCertificate(new DateOnly(2027, 1, 30), false),
        Fees = ImmutableDictionary<Guid, Fee>.Empty.Add(Guid.Parse("7d3e2c1b-0a9f-4e8d-b7c6-a5b4c3d2e1f0"),
            new Fee(Guid.Parse("7d3e2c1b-0a9f-4e8d-b7c6-a5b4c3d2e1f0"), "Aufenthaltserlaubnis für sonstige Beschäftigungszwecke", 9300, "§ 45 Nr. 2 Buchst. b AufenthV", PaidCents: 9300)),
    };

    private static string JsonOf(Case state) => JsonSerializer.Serialize(state, Json);

    [Test]
    public void A_stored_state_reads_back_as_the_same_state()
    {
        foreach (var state in new[] { JustReceived, FarAlong, Case.Initial })
        {
            Assert.That(JsonOf(CaseFoldCodec.Unpack(CaseFoldCodec.Pack(state))), Is.EqualTo(JsonOf(state)));
        }
    }

    [Test]
    public void A_stored_state_is_a_fraction_of_its_json()
    {
        foreach (var state in new[] { JustReceived, FarAlong })
        {
            var json = Encoding.UTF8.GetByteCount(JsonOf(state));
            var stored = CaseFoldCodec.Pack(state).Length;
            TestContext.Out.WriteLine($"{state.Status}: JSON {json} bytes, stored {stored} bytes");
            Assert.That(stored, Is.LessThan(json / 2), "at least 2 : 1 (about 3.4 : 1 on the seeded folds)");
        }
    }

    [Test]
    public void The_dictionary_every_stored_fold_depends_on_is_unchanged()
    {
        var digest = Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(CaseFoldDictionary.Text)));
        Assert.That(digest, Is.EqualTo(PinnedDictionaryDigest),
            "CaseFoldDictionary.Text must never change: every fold in every database is compressed against it.");
    }

    /// <summary>
    /// A fold as this layout's first version wrote it: any later version (another zlib, another level) must still read
    /// it. One participation only: the order of several in the JSON follows string hash codes, which differ per process.
    /// </summary>
    [Test]
    public void A_fold_stored_by_the_first_version_of_the_layout_is_still_read()
    {
        var stored = FarAlong with { Participations = FarAlong.Participations.Remove(ParticipationKeys.Ba) };
        Assert.That(JsonOf(CaseFoldCodec.Unpack(Convert.FromHexString(FirstVersionFold))), Is.EqualTo(JsonOf(stored)));
    }

    [Test]
    public void Bytes_that_are_no_stored_fold_are_refused()
    {
        Assert.That(() => CaseFoldCodec.Unpack([0x03, 0x00]), Throws.InstanceOf<InvalidDataException>());
        Assert.That(() => CaseFoldCodec.Unpack(Encoding.UTF8.GetBytes(JsonOf(FarAlong))), Throws.InstanceOf<InvalidDataException>().Or.InstanceOf<JsonException>());
    }

    private const string PinnedDictionaryDigest = "A8B5FA90AE559A0DF960BA9EDF23BB016981093B02F08AD1394CEEC3C6013F8F";
    private const string FirstVersionFold =
        "82D5F9869606C9C68906BA26868989BAE6C9A6A6BA16A94649BAA62906C986894649C6C92629A0F043EA3120E9B0D4354F3134D0B54C344E"
        + "D3354A324C3648B14CB548334F04155C483D06900E78523207B12C40042C19191818982AE928C17B0CA68986A90629C6C9BAE6494669BA26"
        + "A96689BA96C91629BA066986A94629C6C92649A6201B907B0CA06C9E989491AD6B00CA8CC8153FA8E7604164CF017B7D6FA96B648159DF1B"
        + "62AFEFC10532A8FE80F71C202500FE0ADFD040D718542682CA365093CC8C98FADE1B56E19B981B82BA3610CDC815BE659A513228F82C920C"
        + "520CD38C534D13CD932D938C524CD2CC522D120D920D938C534CD3CC532D138D924D92CC522CD20C520D138D934D93CC532CD38C52B13618"
        + "20658781A5AE21A836853528503B25503516BAC686218606568646C8E5384C0BACAF62A8A384D15781041A2DDB13D4ACD22D212D4248331C"
        + "D4B280FADF52D7C828C4C0C2CAC014D9FF8806079E2A1D5BFD09E9B140AB41947A134506940ED02A4868AA1C69FD28FC15A0B9AE812124DB"
        + "412A40702021D580E629C6A946C98649BA068996A062C8224537C93CD94C37D134C924D938C528D530CD005E0312A5584789400D0818BCAD"
        + "569C9F575C92999EAAE0945A9C9C01AAE25C4DD24A32D34BF3D28BABCA411DFA215C3342522B4A8564560B00";
}
