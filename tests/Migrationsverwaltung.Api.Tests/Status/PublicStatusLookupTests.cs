using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Migrationsverwaltung.Api.Cases.Intake;
using Migrationsverwaltung.Api.Cases.Lifecycle;
using Migrationsverwaltung.Api.Infrastructure.Commands;
using Migrationsverwaltung.Api.Infrastructure.Persistence;
using Migrationsverwaltung.Api.Status;
using Migrationsverwaltung.Api.Tests.Cases;
using V = Migrationsverwaltung.Domain.Cases;

namespace Migrationsverwaltung.Api.Tests.Status;

public sealed class PublicStatusLookupTests : ApiTestBase
{
    private StatusHost _host = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _host = await StatusHost.StartAsync(Api, permitsPerMinute: 100_000);
        await CaseDriver.EstablishOfficeAsync(_host.Services);
    }

    private async Task<string> StatusOfAsync(string token)
    {
        using var response = await _host.LookUpAsync(token);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("status").GetString()!;
    }

    /// <summary>What a token that was never issued gets; every other "unknown" must be exactly this.</summary>
    private async Task<Observed> UnknownAsync(string? acceptLanguage = null) =>
        await Observed.Of(await _host.LookUpAsync(StatusTokens.Create(), acceptLanguage));

    [Test]
    public async Task Given_a_registered_case_When_its_token_is_looked_up_Then_it_answers_received()
    {
        var (_, token, _) = await StatusCases.RegisterAsync(_host);

        Assert.That(await StatusOfAsync(token), Is.EqualTo(PublicStatus.Received));
        Assert.That(await StatusOfAsync(token.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant()), Is.EqualTo(PublicStatus.Received),
            "typed without hyphens in lower case");
    }

    [Test]
    public async Task When_a_case_walks_from_registration_to_handover_Then_each_step_shows_its_coarse_state_as_the_domain_says()
    {
        var (d, token, _) = await StatusCases.RegisterAsync(_host);
        var store = _host.Services.GetRequiredService<EventStore.EventStore>();
        var shown = new List<string> { await StatusOfAsync(token) };
        var fromDomain = new List<string> { PublicStatus.Received };

        foreach (var step in StatusCases.ToHandover(_host))
        {
            await step.Run(d);
            shown.Add(await StatusOfAsync(token));
            var state = V.CaseEvolution.Replay((await store.ReadStreamAsync(d.CaseId)).Select(e => (V.CaseEvent)e.Data));
            fromDomain.Add(PublicStatus.Of(state.Status) ?? fromDomain[^1]);
        }

        Assert.That(shown, Is.EqualTo(new[]
        {
            "received", "in_progress", "documents_needed", "in_progress", "documents_needed", "in_progress", "in_progress", "in_progress",
            "in_progress", "in_progress", "in_progress", "decided", "card_in_production", "card_in_production", "card_in_production",
            "ready_for_pickup", "handed_over", "handed_over",
        }));
        Assert.That(shown, Is.EqualTo(fromDomain), "the projection follows the domain's own status, mapped by PublicStatus.Of");
    }

    [Test]
    public async Task Given_documents_were_requested_When_looked_up_Then_it_answers_documents_needed()
    {
        var (d, token, _) = await StatusCases.RegisterAsync(_host);
        foreach (var step in StatusCases.ToHandover(_host).Take(2))
        {
            await step.Run(d);
        }

        Assert.That(await StatusOfAsync(token), Is.EqualTo(PublicStatus.DocumentsNeeded));
    }

    [Test]
    public async Task Given_a_handed_over_card_When_eight_weeks_have_passed_Then_the_answer_is_exactly_the_unknown_one()
    {
        var (d, token) = await StatusCases.HandedOverAsync(_host);
        Assert.That(await StatusOfAsync(token), Is.EqualTo(PublicStatus.HandedOver));
        await d.SendAsync((id, v) => new CloseCase.Command { CaseId = id, ExpectedVersion = v });

        _host.Clock.Advance(TimeSpan.FromDays(56) - TimeSpan.FromMinutes(1));
        Assert.That(await StatusOfAsync(token), Is.EqualTo(PublicStatus.HandedOver), "a minute before the eight weeks are up");
        _host.Clock.Advance(TimeSpan.FromMinutes(2));
        var expired = await Observed.Of(await _host.LookUpAsync(token));
        var unknown = await UnknownAsync();

        Assert.That((expired.Code, expired.Headers, expired.Body), Is.EqualTo((unknown.Code, unknown.Headers, unknown.Body)));
        Assert.That(expired.Text, Does.Contain("\"status\":\"unknown\""));
    }

    [Test]
    public async Task Given_a_withdrawn_application_When_looked_up_Then_it_is_closed_and_expires_eight_weeks_later()
    {
        var (d, token, _) = await StatusCases.RegisterAsync(_host);
        await d.SendAsync((id, v) => new Withdraw.Command { CaseId = id, ExpectedVersion = v });
        Assert.That(await StatusOfAsync(token), Is.EqualTo(PublicStatus.Closed));

        _host.Clock.Advance(TimeSpan.FromDays(56));

        Assert.That(await StatusOfAsync(token), Is.EqualTo(PublicStatus.Unknown));
    }

    [Test]
    public async Task Given_a_reissued_token_When_both_are_looked_up_Then_the_old_one_is_unknown_and_the_new_one_answers()
    {
        var (d, oldToken, _) = await StatusCases.RegisterAsync(_host);
        await StatusCases.ToHandover(_host)[0].Run(d);

        var reissued = await d.SendAsync((id, v) => new ReissueStatusToken.Command { CaseId = id, ExpectedVersion = v });
        var newToken = reissued.Extra![CommandResultKeys.StatusToken];
        var old = await Observed.Of(await _host.LookUpAsync(oldToken));
        var unknown = await UnknownAsync();

        Assert.That((old.Code, old.Headers, old.Body), Is.EqualTo((unknown.Code, unknown.Headers, unknown.Body)));
        Assert.That(await StatusOfAsync(newToken), Is.EqualTo(PublicStatus.InProgress));
    }

    private static IEnumerable<TestCaseData> MalformedTokens()
    {
        var valid = StatusTokens.Create();
        var wrongCheck = valid[..^1] + (valid[^1] == '0' ? '1' : '0');
        yield return new TestCaseData(wrongCheck).SetName("Malformed: wrong check character");
        yield return new TestCaseData(valid[..9]).SetName("Malformed: too short");
        yield return new TestCaseData(valid + "7").SetName("Malformed: one character too many");
        yield return new TestCaseData("hello world!").SetName("Malformed: garbage");
        yield return new TestCaseData("").SetName("Malformed: empty");
        yield return new TestCaseData("   ").SetName("Malformed: blanks");
        yield return new TestCaseData("' OR '1'='1").SetName("Malformed: SQL OR 1=1");
        yield return new TestCaseData("x'; DROP TABLE app.public_status; --").SetName("Malformed: SQL DROP TABLE");
        yield return new TestCaseData("%' UNION SELECT token_hash FROM app.public_status --").SetName("Malformed: SQL UNION");
        yield return new TestCaseData(new string('A', 2048)).SetName("Malformed: 2 KB string");
        yield return new TestCaseData("رمز-وضعیت-۱۲۳۴").SetName("Malformed: right-to-left text");
        yield return new TestCaseData("\u202EABCD-EFGH-JKMN-P").SetName("Malformed: right-to-left override");
        yield return new TestCaseData("A\u0301BCD-EFGH-JKMN-P").SetName("Malformed: combining accent");
        yield return new TestCaseData("../../health/ready").SetName("Malformed: path traversal");
        yield return new TestCaseData(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData("x"u8)).ToLowerInvariant()).SetName("Malformed: a SHA-256 hex string");
    }

    [TestCaseSource(nameof(MalformedTokens))]
    public async Task When_a_malformed_token_is_looked_up_Then_the_answer_is_byte_identical_to_unknown(string token)
    {
        var malformed = await Observed.Of(await _host.LookUpAsync(token, "fa, en;q=0.5"));
        var unknown = await UnknownAsync("fa, en;q=0.5");

        Assert.That(malformed.Code, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(malformed.Headers, Is.EqualTo(unknown.Headers));
        Assert.That(malformed.Body, Is.EqualTo(unknown.Body));
    }

    [Test]
    public async Task When_looked_up_Then_the_answer_has_the_constant_shape_with_all_five_languages_and_no_case_data()
    {
        var (d, token, fileNumber) = await StatusCases.RegisterAsync(_host);
        var store = _host.Services.GetRequiredService<EventStore.EventStore>();
        var received = (V.ApplicationReceived)(await store.ReadStreamAsync(d.CaseId))[0].Data;

        var found = await Observed.Of(await _host.LookUpAsync(token, "ar-SY, fr;q=0.9"));
        var unknown = await UnknownAsync("ar-SY, fr;q=0.9");
        using var body = JsonDocument.Parse(found.Body);
        var root = body.RootElement;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(root.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "status", "language", "text", "texts", "rtl" }));
            Assert.That(root.GetProperty("texts").EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "de", "en", "fr", "fa", "ar" }));
            Assert.That(root.GetProperty("rtl").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "fa", "ar" }));
            Assert.That(root.GetProperty("language").GetString(), Is.EqualTo("ar"));
            Assert.That(root.GetProperty("text").GetString(), Is.EqualTo(root.GetProperty("texts").GetProperty("ar").GetString()));
            Assert.That(found.Text, Does.Contain("طلبك"), "Arabic as UTF-8, not escaped");
            foreach (var secret in new[] { fileNumber, d.CaseId.ToString(), received.PersonId.ToString(), token, StatusTokens.HashOf(token)! })
            {
                Assert.That(found.Text, Does.Not.Contain(secret).IgnoreCase);
            }
            Assert.That(WithoutLength(found.Headers), Is.EqualTo(WithoutLength(unknown.Headers)), "found and unknown answers carry the same headers");
            Assert.That(found.Headers, Does.Contain("Cache-Control: no-store"));
            Assert.That(found.Headers, Does.Contain("Content-Language: ar"));
            Assert.That(found.Headers, Does.Contain("Content-Type: application/json; charset=utf-8"));
        }
    }

    private static string WithoutLength(string headers) =>
        string.Join("\n", headers.Split('\n').Where(h => !h.StartsWith("Content-Length:", StringComparison.Ordinal)));

    [TestCase(null, "de")]
    [TestCase("en-GB,en;q=0.9", "en")]
    [TestCase("tr, fa;q=0.8, fr;q=0.9", "fr")]
    [TestCase("FA-IR", "fa")]
    [TestCase("fr;q=0, *;q=0.5", "de")]
    [TestCase("this is ;;; not a header", "de")]
    public async Task When_Accept_Language_is_sent_Then_it_chooses_the_primary_text(string? acceptLanguage, string expected)
    {
        var unknown = await UnknownAsync(acceptLanguage);
        using var body = JsonDocument.Parse(unknown.Body);

        Assert.That(body.RootElement.GetProperty("language").GetString(), Is.EqualTo(expected));
        Assert.That(body.RootElement.GetProperty("texts").EnumerateObject().Count(), Is.EqualTo(5));
    }
}
