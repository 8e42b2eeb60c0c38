using Migrationsverwaltung.Api.Reminders;
using Migrationsverwaltung.Domain.Reminders;

namespace Migrationsverwaltung.Api.Tests.Reminders;

public sealed class ReminderTemplateTests
{
    private static IEnumerable<TestCaseData> Every() =>
        from kind in ReminderKinds.All from language in ReminderTemplates.Languages select new TestCaseData(kind, language);

    [TestCaseSource(nameof(Every))]
    public void Every_kind_renders_in_every_language_with_its_date_and_direction(ReminderKind kind, string language)
    {
        var rendered = ReminderTemplates.Render(kind, language, new DateOnly(2026, 10, 25));
        var rtl = language is "fa" or "ar";

        Assert.Multiple(() =>
        {
            Assert.That(rendered.Language, Is.EqualTo(language));
            Assert.That(rendered.Subject, Is.Not.Empty);
            Assert.That(rendered.Text, Does.Contain("2026").And.Not.Contain("{0}"));
            Assert.That(rendered.Html, Does.Contain(rtl ? "dir=\"rtl\"" : "dir=\"ltr\"").And.Contain($"lang=\"{language}\""));
        });
    }

    [Test]
    public void Texts_differ_between_languages() =>
        Assert.That(ReminderTemplates.Languages.Select(l => ReminderTemplates.Render(ReminderKind.PassportExpiresIn3Months, l, new DateOnly(2026, 1, 1)).Text).Distinct().Count(), Is.EqualTo(5));
}
