namespace Sirius.BuildingBlocks.Email;

/// <summary>
/// One email to one recipient, with a plain text body and an HTML body (both in French); <see cref="UnsubscribeUrl"/>,
/// when set, goes out as the <c>List-Unsubscribe</c> header with one-click unsubscription (RFC 8058): a POST to it unsubscribes.
/// </summary>
public sealed record EmailMessage(string To, string Subject, string HtmlBody, string TextBody, string? UnsubscribeUrl = null);
