using System.Text;

namespace Sirius.Testimonies.Domain.Moderation;

/// <summary>
/// Automatic pre-moderation of a verbatim, run locally: masks personal data, flags abusive language,
/// harm the writer reports suffering (alerts) and gibberish, and suggests themes, each with a reason a moderator can check. Thread-safe.
/// </summary>
public static class PreModerator
{
    public static PreModerationResult Analyse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var findings = new List<Finding>();
        var normalised = Normalise(text, findings);
        var personalData = findings.Count;
        AbuseDetector.Detect(normalised, findings);
        AlertDetector.Detect(normalised, findings);
        GibberishDetector.Detect(normalised, findings.Count > 0, findings);
        var themes = ThemeDetector.Suggest(normalised);

        findings.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Flag.Kind.CompareTo(b.Flag.Kind));
        var flags = new ModerationFlag[findings.Count];
        for (var i = 0; i < flags.Length; i++)
            flags[i] = findings[i].Flag;

        return new PreModerationResult(personalData > 0 ? Anonymise(text, findings) : text, flags, themes);
    }

    /// <summary>The text cut into words with its personal data found and masked, as every later detector reads it.</summary>
    internal static NormalisedText Normalise(string text, List<Finding> findings)
    {
        PersonalDataDetector.Detect(text, findings);
        var normalised = NormalisedText.From(text);
        foreach (var finding in findings)
            normalised.Mask(finding.Start, finding.End);

        NameDetector.Detect(normalised, findings);
        return normalised;
    }

    private static string Anonymise(string text, List<Finding> findings)
    {
        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var finding in findings)
        {
            if (finding.Mask is null || finding.Start < position)
                continue;
            builder.Append(text, position, finding.Start - position).Append(finding.Mask);
            position = finding.End;
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }
}
