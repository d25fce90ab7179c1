using System.Globalization;
using System.Text;

namespace Sirius.BuildingBlocks;

/// <summary>
/// Text people type or import, without what no one reads but terminals and layout engines obey: control characters
/// (Unicode Cc: escape sequences, NUL) and format characters (Cf: right-to-left overrides, zero-width spaces, BOM),
/// except the zero-width joiner inside an emoji sequence (👩‍👩‍👧), and lone surrogates.
/// </summary>
public static class PlainText
{
    private const char ZeroWidthJoiner = '\u200D';

    /// <summary>One line (a name, a title): breaks and tabs become spaces, other control characters go, surrounding spaces too.</summary>
    public static string Line(string? text) => Clean(text, keepLineBreaks: false).Trim();

    /// <summary>A free text: line breaks stay (as \n), tabs become spaces, other control characters go.</summary>
    public static string Paragraphs(string? text) => Clean(text?.Replace("\r\n", "\n", StringComparison.Ordinal), keepLineBreaks: true).Trim();

    private static string Clean(string? text, bool keepLineBreaks)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    clean.Append(c).Append(text[++i]);
                }

                continue;
            }

            if (c is '\n' or '\r' or '\t')
            {
                clean.Append(keepLineBreaks && c == '\n' ? '\n' : ' ');
            }
            else if (!IsHidden(text, i))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }

    /// <summary>Whether the character at <paramref name="index"/> is a control or format character that must not be kept.</summary>
    public static bool IsHidden(string text, int index) => CharUnicodeInfo.GetUnicodeCategory(text[index]) switch
    {
        UnicodeCategory.Control => true,
        UnicodeCategory.Format => !(text[index] == ZeroWidthJoiner && JoinsEmoji(text, index)),
        _ => false,
    };

    private static bool JoinsEmoji(string text, int joiner) =>
        joiner > 0 && joiner + 1 < text.Length && IsPictographic(text, joiner - 1, before: true) && IsPictographic(text, joiner + 1, before: false);

    // Emoji are symbols (So) or astral characters; a variation selector (U+FE0F) may stand before the joiner.
    private static bool IsPictographic(string text, int index, bool before)
    {
        if (before && text[index] == '\uFE0F' && index > 0)
        {
            index--;
        }

        return char.IsSurrogate(text[index]) || CharUnicodeInfo.GetUnicodeCategory(text[index]) == UnicodeCategory.OtherSymbol;
    }
}
