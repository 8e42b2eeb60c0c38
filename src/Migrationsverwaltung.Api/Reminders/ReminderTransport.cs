using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Microsoft.Extensions.Options;

namespace Migrationsverwaltung.Api.Reminders;

/// <summary>One e-mail: the reminder's stable Message-ID, the address read from the person's record just now, the texts.</summary>
public sealed record OutgoingMail(string MessageId, string To, RenderedReminder Content);

/// <summary>Hands a message over for delivery. Throws <see cref="SmtpException"/> or <see cref="IOException"/> when it could not.</summary>
public interface IReminderTransport
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}

/// <summary>
/// SMTP (host and port from Reminders:*), or a file drop (Reminders:PickupDirectory) where every message becomes an
/// .eml file for a mail gateway. The Message-ID header is set by us, so a resent reminder carries the same one.
/// </summary>
public sealed class SmtpReminderTransport(IOptions<ReminderOptions> options) : IReminderTransport
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var message = new MailMessage(settings.From, mail.To)
        {
            Subject = mail.Content.Subject,
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
        };
        message.Headers.Add("Message-ID", mail.MessageId);
        message.Headers.Add("Content-Language", mail.Content.Language);
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(mail.Content.Text, Encoding.UTF8, MediaTypeNames.Text.Plain));
        message.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(mail.Content.Html, Encoding.UTF8, MediaTypeNames.Text.Html));
        using var client = settings.PickupDirectory is { Length: > 0 } directory
            ? new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = Directory.CreateDirectory(directory).FullName }
            : new SmtpClient(settings.SmtpHost, settings.SmtpPort) { EnableSsl = settings.SmtpSsl, Timeout = 30_000 };
        await client.SendMailAsync(message, cancellationToken);
    }
}
