namespace Sirius.Testimonies.Domain.Moderation;

public enum ModerationTheme
{
    IntegrationAndAtmosphere,
    LearningTheTrade,
    WorkingHours,
    CompanySchoolRhythm,
    FewerHolidays,
    TypicalDayInCompany,
    AtmosphereAtCfa,
    DifficultyOfClasses,
    TeachingOffered,
    Equipment,
    DisabilityAccess,
    Workload,
    TypicalDayAtCfa,
    PersonalPace,
}

public static class ModerationThemes
{
    private static readonly string[] Labels =
    [
        "Intégration et ambiance",
        "Apprentissage du métier",
        "Horaires de travail",
        "Rythme entreprise / école",
        "Moins de vacances",
        "Journée type en entreprise",
        "Ambiance au CFA",
        "Difficulté des cours",
        "Enseignements proposés",
        "Équipements",
        "Accessibilité handicap",
        "Charge de travail",
        "Journée type au CFA",
        "Rythme personnel",
    ];

    public static IReadOnlyList<ModerationTheme> All { get; } = Enum.GetValues<ModerationTheme>();

    /// <summary>The French label shown to moderators and on public pages.</summary>
    public static string Label(ModerationTheme theme) => Labels[(int)theme];

    public static bool TryParse(string label, out ModerationTheme theme)
    {
        var index = Array.IndexOf(Labels, label);
        theme = index < 0 ? default : (ModerationTheme)index;
        return index >= 0;
    }
}
