using System.Text;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Sirius.BuildingBlocks.Email;

namespace Sirius.BuildingBlocks.Infrastructure.Email;

/// <summary>
/// Sends multipart/alternative UTF-8 messages (text then HTML, base64 bodies, RFC 2047 subject) with MailKit, one
/// connection per message (<see cref="SmtpClient"/> is not thread-safe). Any refusal or failure is thrown.
/// </summary>
internal sealed class SmtpEmailSender(IOptions<SmtpOptions> options, ILogger<SmtpEmailSender> logger) : IEmailSender
{
    /// <summary>An .eml file as the server would receive it: CRLF line ends, whatever the platform.</summary>
    private static readonly FormatOptions EmlFormat = new() { NewLineFormat = NewLineFormat.Dos };

    public async Task SendAsync(EmailMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value;

        using var mail = Compose(message, settings);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(settings.Timeout);
        try
        {
            if (settings.UsesPickupDirectory)
            {
                await WriteToPickupDirectoryAsync(mail, settings.PickupDirectory!, timeout.Token);
            }
            else
            {
                await SendThroughServerAsync(mail, settings, timeout.Token);
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException($"The SMTP server did not accept the message within {settings.Timeout}.");
        }

        logger.LogInformation("Email \"{Subject}\" handed to {Transport}", message.Subject, settings.UsesPickupDirectory ? "the pickup directory" : settings.Host);
    }

    private static MimeMessage Compose(EmailMessage message, SmtpOptions settings)
    {
        var from = new MailboxAddress(Encoding.UTF8, settings.FromDisplayName, settings.FromAddress!);
        var mail = new MimeMessage
        {
            MessageId = $"{Guid.NewGuid():N}@{from.Domain}",
            Body = new MultipartAlternative
            {
                Part("plain", message.TextBody),
                Part("html", message.HtmlBody),
            },
        };
        mail.From.Add(from);
        mail.To.Add(MailboxAddress.Parse(message.To));
        mail.Headers.Replace(HeaderId.Subject, Encoding.UTF8, message.Subject);
        mail.Headers.Add("Auto-Submitted", "auto-generated");
        if (message.UnsubscribeUrl is { } unsubscribe)
        {
            mail.Headers.Add(HeaderId.ListUnsubscribe, $"<{unsubscribe}>");
            mail.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        return mail;
    }

    private static TextPart Part(string subtype, string body)
    {
        var part = new TextPart(subtype) { ContentTransferEncoding = ContentEncoding.Base64 };
        part.SetText(Encoding.UTF8, body);
        return part;
    }

    private static async Task SendThroughServerAsync(MimeMessage mail, SmtpOptions settings, CancellationToken ct)
    {
        using var client = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        await client.ConnectAsync(settings.Host!, settings.Port, settings.EnableTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, ct);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password!, ct);
        }

        await client.SendAsync(mail, ct);
        await client.DisconnectAsync(quit: true, ct);
    }

    private static async Task WriteToPickupDirectoryAsync(MimeMessage mail, string pickupDirectory, CancellationToken ct)
    {
        var directory = Directory.CreateDirectory(Path.GetFullPath(pickupDirectory));
        await mail.WriteToAsync(EmlFormat, Path.Combine(directory.FullName, $"{Guid.NewGuid()}.eml"), ct);
    }
}
