using System.Text;

namespace Sirius.BuildingBlocks.Email;

/// <summary>How an email speaks to its reader: apprentices are addressed with « tu », staff with « vous ».</summary>
public enum EmailAddressing
{
    Vous,
    Tu,
}

/// <summary>Both bodies of an email rendered by <see cref="EmailLayout"/>.</summary>
public sealed record EmailBody(string Html, string Text)
{
    /// <summary>The one-click unsubscription address (RFC 8058), sent as the <c>List-Unsubscribe</c> header.</summary>
    public string? OneClickUnsubscribeUrl { get; init; }

    public EmailMessage ToMessage(string to, string subject) => new(to, FrenchTypography.Apply(subject), Html, Text, OneClickUnsubscribeUrl);
}

/// <summary>
/// An unsubscription offered by a bulk email: <see cref="PageUrl"/>, shown under the button, asks for a confirmation;
/// <see cref="OneClickUrl"/>, in the <c>List-Unsubscribe</c> header, unsubscribes on a POST from the mail client.
/// </summary>
public sealed record EmailUnsubscription(string Sentence, string PageUrl, string OneClickUrl);

/// <summary>
/// The one layout of Sirius emails: a "Sirius" header, a title, paragraphs, an optional button-like link and the
/// standard footer, as simple accessible HTML and as plain text. Every inserted value is HTML-encoded.
/// </summary>
public static class EmailLayout
{
    private const string Service = "Sirius, service public qui recueille les témoignages d’apprentis sur leur formation.";

    public static EmailBody Render(
        string title,
        IEnumerable<string> paragraphs,
        string? actionLabel = null,
        string? actionUrl = null,
        EmailAddressing addressing = EmailAddressing.Vous,
        EmailUnsubscription? unsubscription = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(paragraphs);
        if (string.IsNullOrWhiteSpace(actionLabel) != string.IsNullOrWhiteSpace(actionUrl))
        {
            throw new ArgumentException("An action needs both a label and a URL.", nameof(actionUrl));
        }

        if (actionUrl is not null
            && !(Uri.TryCreate(actionUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            throw new ArgumentException("The action URL must be an absolute http(s) URL.", nameof(actionUrl));
        }

        title = FrenchTypography.Apply(title);
        actionLabel = actionLabel is null ? null : FrenchTypography.Apply(actionLabel);
        var texts = paragraphs.Select(FrenchTypography.Apply).ToList();
        var words = addressing == EmailAddressing.Tu
            ? new Words("Si le bouton ne fonctionne pas, copie ce lien dans ton navigateur\u202F:", $"Ce message t’est envoyé par {Service} Ne réponds pas à ce message.")
            : new Words("Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur\u202F:", $"Ce message vous est envoyé par {Service} Ne répondez pas à ce message.");
        var unsubscribe = unsubscription is null ? null : unsubscription with { Sentence = FrenchTypography.Apply(unsubscription.Sentence) };
        return new EmailBody(Html(title, texts, actionLabel, actionUrl, words, unsubscribe), Text(title, texts, actionLabel, actionUrl, words, unsubscribe))
        {
            OneClickUnsubscribeUrl = unsubscription?.OneClickUrl,
        };
    }

    private static string Html(string title, List<string> paragraphs, string? actionLabel, string? actionUrl, Words words, EmailUnsubscription? unsubscribe)
    {
        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\r\n<html lang=\"fr\">\r\n<head>\r\n<meta charset=\"utf-8\">\r\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\r\n")
            .Append("<title>").Append(Encode(title)).Append("</title>\r\n</head>\r\n")
            .Append("<body style=\"margin:0;padding:0;background:#f6f6f6;color:#161616;font-family:Marianne,Arial,sans-serif;font-size:16px;line-height:1.5;\">\r\n")
            .Append("<div style=\"max-width:600px;margin:0 auto;background:#ffffff;\">\r\n")
            .Append("<header style=\"padding:16px 24px;border-bottom:4px solid #000091;\">")
            .Append("<p style=\"margin:0;font-size:24px;font-weight:bold;color:#000091;\">Sirius</p></header>\r\n")
            .Append("<main style=\"padding:24px;\">\r\n")
            .Append("<h1 style=\"margin:0 0 16px;font-size:22px;\">").Append(Encode(title)).Append("</h1>\r\n");
        foreach (var paragraph in paragraphs)
        {
            html.Append("<p style=\"margin:0 0 16px;\">").Append(Encode(paragraph).ReplaceLineEndings("<br>\r\n")).Append("</p>\r\n");
        }

        if (actionUrl is not null)
        {
            var href = Encode(actionUrl);
            html.Append("<p style=\"margin:24px 0;\"><a href=\"").Append(href)
                .Append("\" style=\"display:inline-block;padding:12px 24px;background:#000091;color:#ffffff;font-weight:bold;text-decoration:none;\">")
                .Append(Encode(actionLabel!)).Append("</a></p>\r\n")
                .Append("<p style=\"margin:0 0 16px;font-size:14px;\">").Append(Encode(words.LinkFallback))
                .Append("<br>\r\n<a href=\"").Append(href).Append("\" style=\"color:#000091;word-break:break-all;\">").Append(href).Append("</a></p>\r\n");
        }

        if (unsubscribe is not null)
        {
            var href = Encode(unsubscribe.PageUrl);
            html.Append("<p style=\"margin:0 0 16px;font-size:14px;\">").Append(Encode(unsubscribe.Sentence))
                .Append("<br>\r\n<a href=\"").Append(href).Append("\" style=\"color:#000091;word-break:break-all;\">").Append(href).Append("</a></p>\r\n");
        }

        return html
            .Append("</main>\r\n")
            .Append("<footer style=\"padding:16px 24px;border-top:1px solid #dddddd;font-size:14px;color:#666666;\">")
            .Append("<p style=\"margin:0;\">").Append(Encode(words.Footer)).Append("</p></footer>\r\n")
            .Append("</div>\r\n</body>\r\n</html>\r\n")
            .ToString();
    }

    private static string Text(string title, List<string> paragraphs, string? actionLabel, string? actionUrl, Words words, EmailUnsubscription? unsubscribe)
    {
        var text = new StringBuilder().Append("Sirius\r\n\r\n").Append(title).Append("\r\n\r\n");
        foreach (var paragraph in paragraphs)
        {
            text.Append(paragraph.ReplaceLineEndings("\r\n")).Append("\r\n\r\n");
        }

        if (actionUrl is not null)
        {
            text.Append(actionLabel).Append("\u202F:\r\n").Append(actionUrl).Append("\r\n\r\n");
        }

        if (unsubscribe is not null)
        {
            text.Append(unsubscribe.Sentence).Append("\r\n").Append(unsubscribe.PageUrl).Append("\r\n\r\n");
        }

        return text.Append("-- \r\n").Append(words.Footer).Append("\r\n").ToString();
    }

    private sealed record Words(string LinkFallback, string Footer);

    /// <summary>Escapes the five HTML-significant characters and leaves the rest (accents included) as UTF-8 text.</summary>
    private static string Encode(string value)
    {
        var encoded = new StringBuilder(value.Length + 16);
        foreach (var c in value)
        {
            _ = c switch
            {
                '&' => encoded.Append("&amp;"),
                '<' => encoded.Append("&lt;"),
                '>' => encoded.Append("&gt;"),
                '"' => encoded.Append("&quot;"),
                '\'' => encoded.Append("&#39;"),
                _ => encoded.Append(c),
            };
        }

        return encoded.ToString();
    }
}
