using System.Buffers;
using System.Globalization;
using System.Text;

namespace Sirius.Testimonies.Domain.Moderation;

/// <summary>
/// Lowercase, accentless forms of words. A "key" also collapses repeated letters, so that
/// "connnnard", "conard" and "connard" (and "horraires"/"horaires") meet on one form.
/// </summary>
internal static class Folding
{
    private static readonly SearchValues<char> LowerAscii =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789");

    public static char Fold(char c)
    {
        if (c < 128)
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;

        var lower = char.ToLowerInvariant(c);
        return lower switch
        {
            'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' => 'a',
            'ç' => 'c',
            'è' or 'é' or 'ê' or 'ë' => 'e',
            'ì' or 'í' or 'î' or 'ï' => 'i',
            'ñ' => 'n',
            'ò' or 'ó' or 'ô' or 'õ' or 'ö' => 'o',
            'ù' or 'ú' or 'û' or 'ü' => 'u',
            'ý' or 'ÿ' => 'y',
            _ => StripMark(lower),
        };
    }

    public static string FoldWord(ReadOnlySpan<char> word)
    {
        if (!word.ContainsAnyExcept(LowerAscii))
            return word.ToString();

        var builder = new StringBuilder(word.Length + 2);
        foreach (var c in word)
        {
            switch (c)
            {
                case 'œ' or 'Œ':
                    builder.Append("oe");
                    break;
                case 'æ' or 'Æ':
                    builder.Append("ae");
                    break;
                default:
                    builder.Append(Fold(c));
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Collapses runs of the same letter into one; digits are kept as they are.</summary>
    public static string Skeleton(string folded)
    {
        var previous = '\0';
        var repeated = false;
        foreach (var c in folded)
        {
            if (c == previous && char.IsLetter(c))
            {
                repeated = true;
                break;
            }

            previous = c;
        }

        if (!repeated)
            return folded;

        var builder = new StringBuilder(folded.Length);
        previous = '\0';
        foreach (var c in folded)
        {
            if (c != previous || !char.IsLetter(c))
                builder.Append(c);
            previous = c;
        }

        return builder.ToString();
    }

    public static string Key(ReadOnlySpan<char> word) => Skeleton(FoldWord(word));

    /// <summary>Reads leet speak ("c0nnard", "s@lope", "encul3", "m€rde", "ch!er") back as letters; null when nothing to read.</summary>
    public static string? Unleet(string folded)
    {
        var hasLetter = false;
        var hasLeet = false;
        foreach (var c in folded)
        {
            if (char.IsLetter(c))
                hasLetter = true;
            else if (c is '0' or '1' or '3' or '4' or '5' or '7' or '@' or '$' or '€' or '!')
                hasLeet = true;
        }

        if (!hasLetter || !hasLeet)
            return null;

        var chars = folded.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                '0' => 'o',
                '1' or '!' => 'i',
                '3' or '€' => 'e',
                '4' or '@' => 'a',
                '5' or '$' => 's',
                '7' => 't',
                var c => c,
            };
        }

        return Skeleton(new string(chars));
    }

    private static char StripMark(char c)
    {
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        return decomposed.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(decomposed[0]) != UnicodeCategory.NonSpacingMark
            ? decomposed[0]
            : c;
    }
}
