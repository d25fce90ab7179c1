using System.Text;
using System.Text.RegularExpressions;

namespace Sirius.Testimonies.Domain.Moderation;

/// <summary>
/// French phone numbers written at least partly in words, as writers do to slip past a filter: « zéro six, douze,
/// trente-quatre, cinquante-six, soixante-dix-huit », « 06 douze 34 cinquante-six 78 », « plus trente-trois six… ».
/// Each number word becomes its digits (« soixante-dix-huit » 78, « zéro » 0); a run of them reading as ten digits
/// starting with 0 (or 33 then nine digits) is a number.
/// </summary>
internal static partial class SpelledPhoneNumbers
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["un"] = 1, ["une"] = 1, ["deux"] = 2, ["trois"] = 3, ["quatre"] = 4, ["cinq"] = 5, ["six"] = 6,
        ["sept"] = 7, ["huit"] = 8, ["neuf"] = 9,
    };

    private static readonly Dictionary<string, int> Teens = new(StringComparer.Ordinal)
    {
        ["dix"] = 10, ["onze"] = 11, ["douze"] = 12, ["treize"] = 13, ["quatorze"] = 14, ["quinze"] = 15, ["seize"] = 16,
    };

    private static readonly Dictionary<string, int> Tens = new(StringComparer.Ordinal)
    {
        ["vingt"] = 20, ["vingts"] = 20, ["trente"] = 30, ["quarante"] = 40, ["cinquante"] = 50, ["soixante"] = 60,
    };

    private readonly record struct Word(string Key, int Start, int End);

    public static IEnumerable<(int Start, int End)> Find(string text)
    {
        var words = new List<Word>();
        var previousEnd = 0;
        foreach (Match match in WordPattern().Matches(text))
        {
            // Only spaces, commas, dots, dashes or slashes may separate the parts of one number.
            if (words.Count > 0 && !Separator().IsMatch(text.AsSpan(previousEnd, match.Index - previousEnd)))
                words.Add(new Word("", previousEnd, previousEnd));
            words.Add(new Word(Folding.FoldWord(match.ValueSpan), match.Index, match.Index + match.Length));
            previousEnd = match.Index + match.Length;
        }

        for (var start = 0; start < words.Count; start++)
        {
            var key = words[start].Key;
            if (key is not ("zero" or "0" or "+33" or "33" or "0033" or "plus") && !(key.Length == 2 && key[0] == '0' && char.IsAsciiDigit(key[1])))
                continue;
            var end = Read(words, start);
            if (end > start)
            {
                yield return (words[start].Start, words[end].End);
                start = end;
            }
        }
    }

    // The index of the last word of a number starting at start, or -1.
    private static int Read(List<Word> words, int start)
    {
        var digits = new StringBuilder();
        var spelled = 0;
        var i = start;
        if (words[i].Key == "plus")
        {
            if (i + 1 >= words.Count || words[i + 1].Key is not ("trente" or "33"))
                return -1;
            i++;
        }

        while (i < words.Count && digits.Length < 11)
        {
            var key = words[i].Key;
            if (key.TrimStart('+').All(char.IsAsciiDigit) && key.TrimStart('+').Length is > 0 and <= 4)
            {
                digits.Append(key.TrimStart('+'));
                i++;
            }
            else if (ReadNumber(words, ref i) is { } value)
            {
                digits.Append(value);
                spelled++;
            }
            else
            {
                break;
            }

            var number = digits.ToString();
            if (spelled > 0 && (number.Length == 10 && number[0] == '0' && number[1] != '0' || number.Length == 11 && number.StartsWith("33", StringComparison.Ordinal) && number[2] != '0'))
                return i - 1;
        }

        return -1;
    }

    // One spelled number below 100 from word i (« trente-quatre », « soixante et onze », « quatre-vingt-dix-huit »),
    // as the digits a phone number shows for it (« zéro » 0, « six » 6, « douze » 12).
    private static string? ReadNumber(List<Word> words, ref int i)
    {
        string Key(int at) => at < words.Count ? words[at].Key : "";
        var key = Key(i);
        int value;
        if (key == "quatre" && Key(i + 1) is "vingt" or "vingts")
        {
            value = 80;
            i += 2;
        }
        else if (Tens.TryGetValue(key, out value))
        {
            i++;
        }
        else if (Teens.ContainsKey(key) || Units.ContainsKey(key))
        {
            var small = ReadBelowTwenty(words, ref i);
            return small.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else
        {
            return null;
        }

        if (Key(i) == "et" && Key(i + 1) is "un" or "une" or "onze")
            i++;
        if ((value is 60 or 80) && Teens.ContainsKey(Key(i)) || Units.ContainsKey(Key(i)) && Key(i) != "zero")
            value += ReadBelowTwenty(words, ref i);
        return value.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static int ReadBelowTwenty(List<Word> words, ref int i)
    {
        var key = words[i].Key;
        i++;
        if (key == "dix" && i < words.Count && words[i].Key is "sept" or "huit" or "neuf")
            return 10 + Units[words[i++].Key];
        return Teens.TryGetValue(key, out var teen) ? teen : Units[key];
    }

    [GeneratedRegex(@"\+?[\p{L}\d]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^[\s,.;/\-–…]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();
}
