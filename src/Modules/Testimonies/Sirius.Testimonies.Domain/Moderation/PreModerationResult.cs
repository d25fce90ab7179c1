namespace Sirius.Testimonies.Domain.Moderation;

/// <summary>What the automatic pre-moderation found in one verbatim, for a human moderator to confirm.</summary>
public sealed record PreModerationResult(
    string AnonymisedText,
    IReadOnlyList<ModerationFlag> Flags,
    IReadOnlyList<ThemeSuggestion> Themes)
{
    public bool HasPersonalData => Any(FlagCategory.PersonalData);

    public bool HasAbusiveLanguage => Any(FlagCategory.AbusiveLanguage);

    public bool IsGibberish => Any(FlagCategory.Gibberish);

    /// <summary>The writer reports harm suffered: the moderator should give the « Alerte » status.</summary>
    public bool HasAlert => Any(FlagCategory.Alert);

    public bool Has(FlagKind kind)
    {
        foreach (var flag in Flags)
        {
            if (flag.Kind == kind)
                return true;
        }

        return false;
    }

    private bool Any(FlagCategory category)
    {
        foreach (var flag in Flags)
        {
            if (flag.Category == category)
                return true;
        }

        return false;
    }
}

/// <param name="Excerpt">The words of the original text that raised the flag.</param>
/// <param name="Reason">Why, in French, for the moderator: what was found and by which rule.</param>
/// <param name="Alert">For an <see cref="FlagKind.Alert"/> flag, the kind of harm reported.</param>
public sealed record ModerationFlag(FlagKind Kind, FlagSeverity Severity, string Excerpt, string Reason, AlertCategory? Alert = null)
{
    public FlagCategory Category => Kind switch
    {
        FlagKind.Alert => FlagCategory.Alert,
        FlagKind.Insult or FlagKind.Vulgarity or FlagKind.Threat => FlagCategory.AbusiveLanguage,
        FlagKind.Gibberish or FlagKind.TooShort => FlagCategory.Gibberish,
        _ => FlagCategory.PersonalData,
    };
}

/// <param name="Triggers">The words of the original text that suggested the theme.</param>
public sealed record ThemeSuggestion(ModerationTheme Theme, IReadOnlyList<string> Triggers)
{
    public string Label => ModerationThemes.Label(Theme);
}

public enum FlagCategory
{
    PersonalData,
    AbusiveLanguage,
    Gibberish,
    Alert,
}

public enum FlagKind
{
    Email,
    Phone,
    Url,
    SocialHandle,
    FirstName,
    LastName,
    Vulgarity,
    Insult,
    Threat,
    Gibberish,
    TooShort,

    /// <summary>Harm the writer reports suffering (not words aimed at someone): see <see cref="AlertCategory"/>.</summary>
    Alert,

    /// <summary>A postal address (« 12 rue des Lilas », « 69003 Lyon »): personal data, masked.</summary>
    Address,
}

public enum FlagSeverity
{
    Low,
    Medium,
    High,
}
