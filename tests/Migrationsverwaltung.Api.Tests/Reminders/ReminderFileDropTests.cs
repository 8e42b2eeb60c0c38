using Microsoft.Extensions.Options;
using Migrationsverwaltung.Api.Reminders;
using Migrationsverwaltung.Domain.Reminders;

namespace Migrationsverwaltung.Api.Tests.Reminders;

public sealed class ReminderFileDropTests
{
    [Test]
    public async Task Given_a_pickup_directory_When_a_reminder_is_sent_Then_it_becomes_an_eml_file_with_its_Message_ID()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"reminder-drop-{Guid.NewGuid():N}");
        try
        {
            var transport = new SmtpReminderTransport(Options.Create(new ReminderOptions { PickupDirectory = directory }));
            var content = ReminderTemplates.Render(ReminderKind.EatReadyForPickup, "fa", new DateOnly(2026, 3, 29));

            await transport.SendAsync(new OutgoingMail("<reminder-1@test.invalid>", "someone@example.org", content), CancellationToken.None);

            var eml = await File.ReadAllTextAsync(Directory.GetFiles(directory, "*.eml").Single());
            Assert.Multiple(() =>
            {
                Assert.That(eml, Does.Contain("Message-ID: <reminder-1@test.invalid>"));
                Assert.That(eml, Does.Contain("Content-Language: fa"));
                Assert.That(eml, Does.Contain("text/html").And.Contain("text/plain"));
            });
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }
}
