namespace Sirius.BuildingBlocks.Email;

/// <summary>One email to one recipient, with a plain text body and an HTML body (both in French).</summary>
public sealed record EmailMessage(string To, string Subject, string HtmlBody, string TextBody);
