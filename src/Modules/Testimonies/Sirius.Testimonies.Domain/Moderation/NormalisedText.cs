namespace Sirius.Testimonies.Domain.Moderation;

internal enum WordCase
{
    None,
    Lower,
    Capitalised,
    Upper,
}

/// <param name="Folded">Lowercase without accents, as written otherwise.</param>
/// <param name="Key">Folded with repeated letters collapsed: what the lexicons are looked up with.</param>
/// <param name="PunctuationBefore">A comma, a full stop or the like stands between this word and the previous one.</param>
/// <param name="JoinedToNext">A hyphen ties this word to the next one ("Jean-Pierre", "week-end").</param>
internal readonly record struct Token(
    int Start,
    int Length,
    string Folded,
    string Key,
    WordCase Case,
    bool StartsSentence,
    bool PunctuationBefore,
    bool JoinedToNext,
    int Sentence)
{
    public int End => Start + Length;

    public bool HasLetter => Case != WordCase.None;

    public bool IsCapitalised => Case is WordCase.Capitalised or WordCase.Upper;
}

/// <summary>The text cut into words once, shared by every detector.</summary>
internal sealed class NormalisedText
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "m", "mr", "mme", "mlle", "mmes", "dr", "pr", "st", "ste", "me", "etc", "cf", "ex", "av", "bd",
    };

    private NormalisedText(string original, Token[] tokens, bool shouted)
    {
        Original = original;
        Tokens = tokens;
        Keys = Array.ConvertAll(tokens, t => t.Key);
        Masked = new bool[tokens.Length];
        Shouted = shouted;
    }

    public string Original { get; }

    public Token[] Tokens { get; }

    public string[] Keys { get; }

    /// <summary>Words already recognised as personal data: other detectors leave them alone.</summary>
    public bool[] Masked { get; }

    /// <summary>Written mostly in capitals, so capitals tell nothing about names.</summary>
    public bool Shouted { get; }

    public string Slice(int firstToken, int lastToken) =>
        Original[Tokens[firstToken].Start..Tokens[lastToken].End];

    public void Mask(int start, int end)
    {
        for (var i = 0; i < Tokens.Length; i++)
        {
            if (Tokens[i].Start < end && Tokens[i].End > start)
                Masked[i] = true;
        }
    }

    public static NormalisedText From(string text)
    {
        var tokens = new List<Token>(text.Length / 5 + 1);
        var upper = 0;
        var letters = 0;
        var sentence = 0;
        var sentenceBreak = true;
        var punctuation = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!IsWordChar(text, i))
            {
                if (c is '.' or '!' or '?' or '…' or '\n' or '\r')
                {
                    var afterAbbreviation = c == '.' && tokens.Count > 0 && tokens[^1].End == i && Abbreviations.Contains(tokens[^1].Folded);
                    if (!afterAbbreviation && !sentenceBreak && !IsInsideNumberOrWord(text, i))
                    {
                        sentenceBreak = true;
                        sentence++;
                    }
                }

                if (!char.IsWhiteSpace(c) && c is not '\'' and not '’' and not '-')
                    punctuation = true;
                i++;
                continue;
            }

            var start = i;
            var hasUpper = false;
            var hasLower = false;
            var firstUpper = char.IsUpper(c);
            while (i < text.Length && IsWordChar(text, i))
            {
                if (char.IsUpper(text[i]))
                {
                    hasUpper = true;
                    upper++;
                    letters++;
                }
                else if (char.IsLetter(text[i]))
                {
                    hasLower = true;
                    letters++;
                }

                i++;
            }

            var span = text.AsSpan(start, i - start);
            var folded = Folding.FoldWord(span);
            var wordCase = (hasUpper, hasLower) switch
            {
                (false, false) => WordCase.None,
                (true, false) when span.Length > 1 => WordCase.Upper,
                (true, _) when firstUpper => WordCase.Capitalised,
                _ => WordCase.Lower,
            };
            var joined = i + 1 < text.Length && text[i] == '-' && char.IsLetter(text[i + 1]);
            tokens.Add(new Token(start, i - start, folded, Folding.Skeleton(folded), wordCase, sentenceBreak, punctuation, joined, sentence));
            sentenceBreak = false;
            punctuation = false;
        }

        return new NormalisedText(text, [.. tokens], letters >= 12 && upper * 10 >= letters * 6);
    }

    // Letters and digits make words; "@", "$", "€" and "!" too when they sit inside one ("s@lope", "m€rde", "ch!er").
    private static bool IsWordChar(string text, int i)
    {
        var c = text[i];
        if (char.IsLetterOrDigit(c))
            return true;
        return c is '@' or '$' or '€' or '!'
            && i > 0 && char.IsLetter(text[i - 1])
            && i + 1 < text.Length && char.IsLetter(text[i + 1]);
    }

    private static bool IsInsideNumberOrWord(string text, int i) =>
        i > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]) && text[i] == '.';
}
