using System.Text;
using System.Text.RegularExpressions;

namespace Sirius.BuildingBlocks;

/// <summary>
/// French typography for what a person reads: the space before « ? », « ! », « ; », « : », « % » and « » » and the one
/// after « « » become narrow no-break spaces (U+202F), so that a sign never starts a line on its own.
/// </summary>
public static partial class FrenchTypography
{
    public const char NarrowNoBreakSpace = '\u202F';

    /// <summary>The text with its spaces before (and inside) the high signs made narrow and unbreakable.</summary>
    public static string Apply(string text)
    {
        if (string.IsNullOrEmpty(text) || text.IndexOfAny(['?', '!', ';', ':', '%', '«', '»']) < 0)
        {
            return text;
        }

        return SpaceAfterOpening().Replace(SpaceBeforeSign().Replace(text, "\u202F$1"), "«\u202F");
    }

    /// <summary>
    /// The text nodes of an HTML document made French (<see cref="Apply"/>); tags, attributes, comments and the content
    /// of script, style, pre, code and textarea elements are left as they are.
    /// </summary>
    public static string ApplyToHtml(string html)
    {
        var output = new StringBuilder(html.Length);
        var position = 0;
        var afterWord = false;
        while (position < html.Length)
        {
            var tag = html.IndexOf('<', position);
            if (tag < 0)
            {
                output.Append(ApplyToText(html[position..], ref afterWord));
                break;
            }

            output.Append(ApplyToText(html[position..tag], ref afterWord));
            var end = string.CompareOrdinal(html, tag, "<!--", 0, 4) == 0 ? html.IndexOf("-->", tag, StringComparison.Ordinal) + 2 : html.IndexOf('>', tag);
            if (end < tag)
            {
                output.Append(html, tag, html.Length - tag);
                break;
            }

            output.Append(html, tag, end + 1 - tag);
            position = end + 1;
            if (RawTextElement().Match(html, tag, end + 1 - tag) is { Success: true } raw)
            {
                var closing = html.IndexOf("</" + raw.Groups[1].Value, position, StringComparison.OrdinalIgnoreCase);
                closing = closing < 0 ? html.Length : closing;
                output.Append(html, position, closing - position);
                position = closing;
            }
        }

        return output.ToString();
    }

    /// <summary>
    /// <see cref="Apply"/> on one text node; also the space that opens it before a sign when the text before the tag
    /// ended with a word (« <c>&lt;strong&gt;nom&lt;/strong&gt; ; les autres</c> »).
    /// </summary>
    private static string ApplyToText(string text, ref bool afterWord)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var applied = Apply(text);
        if (afterWord && applied.Length > 1 && applied[0] is ' ' or '\u00A0' && applied[1] is '?' or '!' or ';' or ':' or '%' or '»')
        {
            applied = NarrowNoBreakSpace + applied[1..];
        }

        afterWord = !char.IsWhiteSpace(text[^1]);
        return applied;
    }

    [GeneratedRegex(@"(?<=\S)[ \u00A0]([?!;:%»])")]
    private static partial Regex SpaceBeforeSign();

    [GeneratedRegex(@"«[ \u00A0]")]
    private static partial Regex SpaceAfterOpening();

    [GeneratedRegex(@"^<(script|style|pre|code|textarea)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RawTextElement();
}
