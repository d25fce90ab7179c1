namespace Sirius.BuildingBlocks.Email;

/// <summary>Sends one email. Throws when the message was not accepted, so that callers can retry.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken ct);
}
