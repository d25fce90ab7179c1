using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sirius.BuildingBlocks.Email;

namespace Sirius.BuildingBlocks.Infrastructure.Email;

/// <summary>
/// Sends multipart/alternative UTF-8 messages (text then HTML, base64 bodies, RFC 2047 subject) with System.Net.Mail,
/// one connection per message (<see cref="SmtpClient"/> is not thread-safe). Any refusal or failure is thrown.
/// </summary>
internal sealed class SmtpEmailSender(IOptions<SmtpOptions> options, ILogger<SmtpEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value;

        using var mail = Compose(message, settings);
        using var client = CreateClient(settings);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(settings.Timeout);
        try
        {
            await client.SendMailAsync(mail, timeout.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException($"The SMTP server did not accept the message within {settings.Timeout}.");
        }

        logger.LogInformation("Email \"{Subject}\" handed to {Transport}", message.Subject, settings.UsesPickupDirectory ? "the pickup directory" : settings.Host);
    }

    private static MailMessage Compose(EmailMessage message, SmtpOptions settings)
    {
        var mail = new MailMessage
        {
            From = new MailAddress(settings.FromAddress!, settings.FromDisplayName, Encoding.UTF8),
            Subject = message.Subject,
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
        };
        try
        {
            mail.To.Add(new MailAddress(message.To));
            mail.Headers.Add("Message-ID", $"<{Guid.NewGuid():N}@{mail.From.Host}>");
            mail.Headers.Add("Auto-Submitted", "auto-generated");
            if (message.UnsubscribeUrl is { } unsubscribe)
            {
                mail.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
                mail.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }

            mail.AlternateViews.Add(View(message.TextBody, MediaTypeNames.Text.Plain));
            mail.AlternateViews.Add(View(message.HtmlBody, MediaTypeNames.Text.Html));
            return mail;
        }
        catch
        {
            mail.Dispose();
            throw;
        }
    }

    private static AlternateView View(string body, string mediaType)
    {
        var view = AlternateView.CreateAlternateViewFromString(body, Encoding.UTF8, mediaType);
        // Base64 keeps the CRLF line breaks of the text as they are; System.Net.Mail's quoted-printable encodes them.
        view.TransferEncoding = TransferEncoding.Base64;
        return view;
    }

    private static SmtpClient CreateClient(SmtpOptions settings)
    {
        if (settings.UsesPickupDirectory)
        {
            var directory = Path.GetFullPath(settings.PickupDirectory!);
            Directory.CreateDirectory(directory);
            return new SmtpClient
            {
                DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory,
                PickupDirectoryLocation = directory,
            };
        }

        return new SmtpClient(settings.Host, settings.Port)
        {
            DeliveryMethod = SmtpDeliveryMethod.Network,
            EnableSsl = settings.EnableTls,
            UseDefaultCredentials = false,
            Credentials = string.IsNullOrEmpty(settings.UserName) ? null : new NetworkCredential(settings.UserName, settings.Password),
            Timeout = (int)settings.Timeout.TotalMilliseconds,
        };
    }
}
