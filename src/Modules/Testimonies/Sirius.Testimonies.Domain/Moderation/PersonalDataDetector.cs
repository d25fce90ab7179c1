using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Sirius.Testimonies.Domain.Moderation.Lexicons;

namespace Sirius.Testimonies.Domain.Moderation;

/// <summary>E-mail addresses, phone numbers, links, social handles and postal addresses, found in the original text.</summary>
internal static partial class PersonalDataDetector
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // Words that end a street name written in lowercase (« au 12 rue des lilas et c'est loin »).
    private static readonly FrozenSet<string> StreetNameStops = Lexicon.Words(
        """
        a au aux et ou mais pour par avec chez dans en sur sous c est j je il elle on nous vous ils elles qui que quand
        donc car puis alors ca cela ce cet cette ces mon ma mes ton ta tes son sa ses notre votre leur leurs y pas ne
        tout tous depuis pendant entre apres avant vers n s qu juste pres loin face
        """);

    private static readonly FrozenSet<string> NotATown = Lexicon.Words(
        "habitants euros eur personnes apprentis eleves salaries entreprises km kilometres metres heures visiteurs clients abonnes vues likes followers",
        FrenchWords.Common);

    private static readonly FrozenSet<string> StreetParticles = Lexicon.Words("de du des d la le les l aux saint sainte st ste");

    // Without a number, only a word that is always a street is one (« place », « route », « cours » are also ordinary words),
    // and only where it says where someone lives (« j'habite rue Victor Hugo »): « la rue Saint-Louis » alone is a place.
    private static readonly FrozenSet<string> UnnumberedStreets = Lexicon.Words(
        "rue avenue av boulevard bd bld blvd impasse allee chemin quai square faubourg lotissement ruelle sentier esplanade");

    // A named hamlet or block of flats is where a few families live, wherever it is written: « lieu-dit La Combe
    // Haute », « résidence Les Tilleuls ». Its name must be capitalised (« la résidence étudiante » is no address).
    private static readonly FrozenSet<string> Dwellings = Lexicon.Words("lieu-dit hameau lotissement residence");

    private static readonly FrozenSet<string> HandleMarkers = Lexicon.Words("c est c'est mon ma compte pseudo");

    public static void Detect(string text, List<Finding> findings)
    {
        foreach (Match match in Email().Matches(text))
            Add(findings, match.Index, match.Length, text, FlagKind.Email, "[e-mail]", "Adresse e-mail détectée", "adresse e-mail");

        foreach (Match match in SpelledEmail().Matches(text))
            Add(findings, match.Index, match.Length, text, FlagKind.Email, "[e-mail]", "Adresse e-mail détectée", "adresse e-mail déguisée (« at », « arobase », « point »)");

        foreach (Match match in DisguisedEmail().Matches(text))
            Add(findings, match.Index, match.Length, text, FlagKind.Email, "[e-mail]", "Adresse e-mail détectée", "adresse e-mail déguisée (« at », « arobase », « point »)");

        FindAddresses(text, findings);

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

        foreach (var (start, end) in SpelledPhoneNumbers.Find(text))
            Add(findings, start, end - start, text, FlagKind.Phone, "[téléphone]", "Numéro de téléphone détecté", "numéro écrit en lettres");

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

    // « 12 rue des Lilas », « au 3 bis avenue Jean Jaurès, 69007 Lyon », « chemin des Vignes », « 69003 Lyon ».
    private static void FindAddresses(string text, List<Finding> findings)
    {
        foreach (Match match in Street().Matches(text))
        {
            var numbered = match.Groups["number"].Success;
            var type = Folding.FoldWord(match.Groups["type"].ValueSpan);
            var strong = UnnumberedStreets.Contains(type);
            // Any type of street (« route de Brest », « place Bellecour ») where the writer says they live.
            var homeCue = HomeCue().IsMatch(text.AsSpan(Math.Max(0, match.Index - 30), Math.Min(30, match.Index)));
            if (!numbered && !Dwellings.Contains(type) && !homeCue)
                continue;

            // A lowercase name only after a number and a word that is always a street (« 8 impasse des tilleuls », not « 2 cours de maths »).
            var end = StreetNameEnd(text, match.Index + match.Length, numbered, strong);
            if (end < 0)
                continue;

            // « , bâtiment C, appartement 14 », « bât. B escalier 2 », « 3e étage »
            for (var complement = Complement().Match(text, end); complement.Success && complement.Index == end; complement = Complement().Match(text, end))
                end = complement.Index + complement.Length;

            var city = PostcodeAndCity().Match(text, end);
            if (city.Success && text.AsSpan(end, city.Index - end).Trim().Trim(',').IsWhiteSpace())
                end = city.Index + city.Length;
            Add(findings, match.Index, end - match.Index, text, FlagKind.Address, "[adresse]", "Adresse postale détectée",
                numbered ? "numéro et type de voie" : "type de voie suivi d'un nom");
        }

        foreach (Match match in PostBox().Matches(text))
            Add(findings, match.Index, match.Length, text, FlagKind.Address, "[adresse]", "Adresse postale détectée", "boîte postale");

        foreach (Match match in PostcodeAndCity().Matches(text))
        {
            if (NotATown.Contains(Folding.FoldWord(match.Groups["town"].ValueSpan)))
                continue;
            Add(findings, match.Index, match.Length, text, FlagKind.Address, "[adresse]", "Adresse postale détectée", "code postal et ville");
        }
    }

    // The end of the street name after its type, or -1 when no name follows.
    private static int StreetNameEnd(string text, int position, bool numbered, bool strong)
    {
        var end = -1;
        var words = 0;
        foreach (Match word in StreetWord().Matches(text, position))
        {
            // Only spaces between the words of a name; punctuation ends it.
            if (!text.AsSpan(position, word.Index - position).IsWhiteSpace() || words++ == 5)
                break;

            var folded = Folding.FoldWord(word.ValueSpan);
            var apostrophe = folded.IndexOfAny(['\'', '’']);
            var head = apostrophe > 0 ? folded[..apostrophe] : folded;
            var rest = apostrophe > 0 ? word.Value[(apostrophe + 1)..] : word.Value;
            if (apostrophe < 0 && StreetParticles.Contains(folded))
            {
                position = word.Index + word.Length;
                continue;
            }

            if (apostrophe > 0 && !StreetParticles.Contains(head) || rest.Length == 0)
                break;
            var capitalised = char.IsUpper(rest[0]) || char.IsDigit(rest[0]);
            if (!capitalised && (!numbered || !strong || StreetNameStops.Contains(Folding.FoldWord(rest)) || end >= 0 && words > 3))
                break;

            end = word.Index + word.Length;
            position = end;
        }

        return end;
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

    // "jean(point)dupont(at)gmail(point)com", "lea.martin@gmail point com", "tom [dot] roux [at] free [dot] fr":
    // any mix of spelled-out and bracketed separators, wherever they are.
    private const string SpelledDot = @"(?:\s*[\[\(\{<]\s*(?:dot|point|\.)\s*[\]\)\}>]\s*|\s+(?:dot|point)\s+|\.)";
    private const string SpelledAt = @"(?:\s*[\[\(\{<]\s*(?:at|arobase|@)\s*[\]\)\}>]\s*|\s+(?:at|arobase)\s+|\s*@\s*|arobase)";

    [GeneratedRegex(
        @"(?<![\w.@])[a-z0-9][a-z0-9_-]*(?:" + SpelledDot + @"[a-z0-9_-]+)*" + SpelledAt +
        @"[a-z0-9][a-z0-9-]{1,62}(?:" + SpelledDot + @"[a-z0-9-]{2,63})*?" + SpelledDot +
        @"(?:com|fr|net|org|eu|io|be|ch|ca|info)\b", Options)]
    private static partial Regex SpelledEmail();

    [GeneratedRegex(
        @"(?<scheme>\b(?:https?://|www\.))[^\s<>""«»]+" +
        @"|(?<![\w@.-])(?:[a-z0-9][a-z0-9-]{0,62}\.)+(?:fr|com|net|org|io|eu|be|ch|info|ly|ee|app|dev|xyz|site|online|co|tv|me|gouv\.fr)(?![\w-])(?:/[^\s<>""«»]*)?",
        Options)]
    private static partial Regex Url();

    // 06 12 34 56 78, 06.12.34.56.78, 06-12-34-56-78, 06/12/34/56/78, 0612345678, +33 6 12 34 56 78, 0033 6..., +33 (0)6...,
    // and one digit at a time: 0 6 1 2 3 4 5 6 7 8.
    [GeneratedRegex(
        @"(?<![\d+])(?:(?<intl>(?:\+|00)\s?33[\s.-]?(?:\(0\)[\s.-]?)?)|0)[1-9](?:[ \u00A0\u202F./_-]{0,2}\d{2}){4}(?!\d)" +
        @"|(?<![\d+])0(?:[ \u00A0\u202F.-][1-9])(?:[ \u00A0\u202F.-]\d){8}(?!\d)",
        Options)]
    private static partial Regex Phone();

    [GeneratedRegex(
        @"(?<number>(?<![\w,.])\d{1,3}\s*(?:bis|ter|b)?\s*,?\s+)?\b(?<type>rue|avenue|av|boulevard|bd|bld|blvd|chemin|impasse|all[ée]e|place|route|quai|square|faubourg|lotissement|lieu-dit|hameau|ruelle|sentier|esplanade|parvis|rond-point|cours|passage|r[ée]sidence|cit[ée]|promenade|mont[ée]e|traverse)\b\.?",
        Options)]
    private static partial Regex Street();

    // What follows a street inside a building: « , bâtiment C », « bât. 4 », « appt 12 », « escalier B », « 3e étage », « porte 7 ».
    [GeneratedRegex(
        @"\G\s*,?\s*(?:(?:b[aâ]timent|b[aâ]t\.?|appartement|appart\.?|appt\.?|apt\.?|app\.|escalier|esc\.|porte|entr[ée]e|logement|log\.|[ée]tage)\s*(?:n[°o]\s*)?(?-i:[A-Z]|\d{1,4}[A-Z]?)\b|\d{1,2}\s*(?:e|er|[èe]me)\s+[ée]tage\b)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex Complement();

    // « BP 42 », « B.P. 1207 »
    [GeneratedRegex(@"\bB\.?P\.?\s?\d{1,5}\b", RegexOptions.CultureInvariant)]
    private static partial Regex PostBox();

    [GeneratedRegex(@"\b(?:habite|habites|habitons|habitez|habitent|habitait|habiter|loge|logé|logee|logée|vis|vit|vivons|domicile|domicilié|domiciliée|adresse|demeure|chez moi|chez nous|chez eux|chez lui|chez elle)\b\W*(?:\w+\W+){0,2}$", Options)]
    private static partial Regex HomeCue();

    [GeneratedRegex(@"[\p{L}\d][\p{L}\d'’-]*", RegexOptions.CultureInvariant)]
    private static partial Regex StreetWord();

    // A French postcode (01000–98999) and a capitalised town: « 69003 Lyon », « 13100 Aix-en-Provence ».
    [GeneratedRegex(
        @"(?<![\w,.])(?:0[1-9]|[1-8]\d|9[0-8])\d{3}\s+(?<town>\p{Lu}[\p{L}'’-]+)(?:\s+(?:(?:sur|sous|en|lès|les|le|la|de|du|des|Saint|Sainte|Cedex|CEDEX|\d{1,2})\s+)?\p{Lu}[\p{L}'’-]+)?(?:\s+(?:Cedex|CEDEX|\d{1,2}(?:e|er|ème)?)\b)?",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex PostcodeAndCity();

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
