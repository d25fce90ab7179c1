using System.Text.RegularExpressions;
using Sirius.Testimonies.Domain.Moderation.Lexicons;

namespace Sirius.Testimonies.Domain.Moderation;

/// <summary>E-mail addresses, phone numbers, links and social handles, found in the original text.</summary>
internal static partial class PersonalDataDetector
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private static readonly HashSet<string> HandleMarkers = Lexicon.Words("c est c'est mon ma compte pseudo");

    public static void Detect(string text, List<Finding> findings)
    {
        foreach (Match match in Email().Matches(text))
            Add(findings, match.Index, match.Length, text, FlagKind.Email, "[e-mail]", "Adresse e-mail détectée", "adresse e-mail");

        foreach (Match match in DisguisedEmail().Matches(text))
            Add(findings, match.Index, match.Length, text, FlagKind.Email, "[e-mail]", "Adresse e-mail détectée", "adresse e-mail déguisée (« at », « arobase », « point »)");

        foreach (Match match in Url().Matches(text))
        {
            var length = TrimEnd(text, match.Index, match.Length);
            var rule = match.Groups["scheme"].Success ? "adresse web" : "nom de domaine";
            Add(findings, match.Index, length, text, FlagKind.Url, "[lien]", "Lien détecté", rule);
        }

        foreach (Match match in Phone().Matches(text))
        {
            var rule = match.Groups["intl"].Success ? "numéro français au format international" : "numéro français";
            Add(findings, match.Index, match.Length, text, FlagKind.Phone, "[téléphone]", "Numéro de téléphone détecté", rule);
        }

        foreach (Match match in AtHandle().Matches(text))
        {
            var length = TrimEnd(text, match.Index, match.Length);
            Add(findings, match.Index, length, text, FlagKind.SocialHandle, "[pseudo]", "Pseudo de réseau social détecté", "pseudo commençant par @");
        }

        foreach (Match match in PlatformHandle().Matches(text))
        {
            var handle = match.Groups["handle"];
            var length = TrimEnd(text, handle.Index, handle.Length);
            if (length < 3 || !LooksLikeHandle(text.AsSpan(handle.Index, length), match.Groups["sep"].Success))
                continue;

            var platform = match.Groups["platform"].Value;
            Add(findings, handle.Index, length, text, FlagKind.SocialHandle, "[pseudo]", "Pseudo de réseau social détecté", $"pseudo après « {platform} »");
        }
    }

    // Without a "snap :" style separator, only what cannot be an ordinary word is a handle.
    private static bool LooksLikeHandle(ReadOnlySpan<char> handle, bool explicitSeparator)
    {
        var folded = Folding.FoldWord(handle);
        if (FrenchWords.Common.Contains(folded))
            return false;
        if (explicitSeparator)
            return true;

        foreach (var c in handle)
        {
            if (char.IsDigit(c) || c is '_' or '.' or '#')
                return true;
        }

        return false;
    }

    private static void Add(List<Finding> findings, int start, int length, string text, FlagKind kind, string mask, string what, string rule)
    {
        var end = start + length;
        foreach (var existing in findings)
        {
            if (existing.Overlaps(start, end))
                return;
        }

        var excerpt = text.Substring(start, length);
        var flag = new ModerationFlag(kind, FlagSeverity.Medium, excerpt, $"{what} : « {excerpt} » (règle : {rule})");
        findings.Add(new Finding(start, end, flag, mask));
    }

    private static int TrimEnd(string text, int start, int length)
    {
        while (length > 0 && text[start + length - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '»' or '\'' or '-')
            length--;
        return length;
    }

    [GeneratedRegex(@"(?<![\w.+-])[a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9](?:[a-z0-9-]{0,62}\.)+[a-z]{2,24}(?![\w-])", Options)]
    private static partial Regex Email();

    // "prenom [at] gmail point com", "ines2005 arobase outlook.fr", "tom dot leclerc at gmail dot com".
    [GeneratedRegex(
        @"(?<![\w.])[a-z0-9][a-z0-9._-]{1,63}(?:\s+(?:dot|point)\s+[a-z0-9._-]+)*" +
        @"\s*(?:[\[\(\{<]\s*(?:at|arobase|@)\s*[\]\)\}>]|\s(?:at|arobase)\s)\s*" +
        @"[a-z0-9-]{2,63}\s*(?:[\[\(\{<]\s*(?:dot|point|\.)\s*[\]\)\}>]|\s(?:dot|point)\s|\.)\s*" +
        @"(?:com|fr|net|org|eu|io|be|ch|ca|info)\b", Options)]
    private static partial Regex DisguisedEmail();

    [GeneratedRegex(
        @"(?<scheme>\b(?:https?://|www\.))[^\s<>""«»]+" +
        @"|(?<![\w@.-])(?:[a-z0-9][a-z0-9-]{0,62}\.)+(?:fr|com|net|org|io|eu|be|ch|info|ly|ee|app|dev|xyz|site|online|co|tv|me|gouv\.fr)(?![\w-])(?:/[^\s<>""«»]*)?",
        Options)]
    private static partial Regex Url();

    // 06 12 34 56 78, 06.12.34.56.78, 06-12-34-56-78, 0612345678, +33 6 12 34 56 78, 0033 6..., +33 (0)6...
    [GeneratedRegex(
        @"(?<![\d+])(?:(?<intl>(?:\+|00)\s?33[\s.-]?(?:\(0\)[\s.-]?)?)|0)[1-9](?:[ \u00A0\u202F.-]{0,2}\d{2}){4}(?!\d)",
        Options)]
    private static partial Regex Phone();

    [GeneratedRegex(@"(?<![\w@.])@[a-z0-9_][a-z0-9_.]{1,29}", Options)]
    private static partial Regex AtHandle();

    // "insta : xxx", "mon snap c'est xxx", "snap xxx", "discord : Pseudo#1234".
    [GeneratedRegex(
        @"\b(?<platform>insta(?:gram)?|ig|snap(?:chat)?|sc|tik\s?tok|twitter|discord|twitch|facebook|fb|telegram|threads|bereal|linkedin)\b" +
        @"(?:(?<sep>\s*(?:[:=]|->|=>)\s*|\s+c\s?['’]?\s?est\s+(?::\s*)?)|\s+)" +
        @"(?<handle>(?!@)[\p{L}0-9_.#-]{3,40})",
        Options)]
    private static partial Regex PlatformHandle();
}
