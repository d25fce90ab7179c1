using System.Text;
using System.Text.RegularExpressions;
using Sirius.BuildingBlocks;

namespace Sirius.Questionnaires.Domain.Questionnaires;

/// <summary>Cleans text typed by a respondent before it is measured and stored.</summary>
internal static partial class TextInput
{
    /// <summary>
    /// Line breaks (CRLF, CR, U+2028, U+2029) become <c>\n</c>; tabs become spaces; other control and format characters
    /// (<see cref="PlainText.IsHidden"/>) and unpaired surrogates are removed; the text is put in Unicode form C; spaces before a line break are removed,
    /// more than one empty line becomes one, and the whole is trimmed. A single-line text has its breaks turned into spaces.
    /// </summary>
    public static string Normalize(string? raw, bool multiline)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return "";
        }

        var text = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '\r')
            {
                if (i + 1 < raw.Length && raw[i + 1] == '\n')
                {
                    i++;
                }

                text.Append(multiline ? '\n' : ' ');
            }
            else if (c is '\n' or '\u2028' or '\u2029')
            {
                text.Append(multiline ? '\n' : ' ');
            }
            else if (c == '\t')
            {
                text.Append(' ');
            }
            else if (char.IsHighSurrogate(c) && i + 1 < raw.Length && char.IsLowSurrogate(raw[i + 1]))
            {
                text.Append(c).Append(raw[++i]);
            }
            else if (!char.IsSurrogate(c) && !PlainText.IsHidden(raw, i))
            {
                text.Append(c);
            }
        }

        var normalized = text.ToString().Normalize(NormalizationForm.FormC);
        if (multiline)
        {
            normalized = ExtraEmptyLines().Replace(SpacesBeforeLineBreak().Replace(normalized, "\n"), "\n\n");
        }

        return normalized.Trim();
    }

    [GeneratedRegex("[ \u00A0]+\n", RegexOptions.CultureInvariant)]
    private static partial Regex SpacesBeforeLineBreak();

    [GeneratedRegex("\n{3,}", RegexOptions.CultureInvariant)]
    private static partial Regex ExtraEmptyLines();
}
