namespace Sirius.Questionnaires.Domain.Questionnaires;

/// <summary>How a question is answered. Serialized in camelCase (<c>singleChoice</c>, <c>emojiScale</c>…).</summary>
public enum QuestionKind
{
    /// <summary>One option among several (radio buttons).</summary>
    SingleChoice,

    /// <summary>Several options (checkboxes), optionally capped by <see cref="Question.MaxSelections"/>.</summary>
    MultipleChoice,

    /// <summary>One rating on the bad / average / good emoji scale.</summary>
    EmojiScale,

    /// <summary>Several items, each rated on the emoji scale.</summary>
    ItemScale,

    /// <summary>All the options put in order of preference.</summary>
    Ranking,

    /// <summary>A whole number between <see cref="Question.Min"/> and <see cref="Question.Max"/>.</summary>
    Number,

    /// <summary>Free text, at most <see cref="QuestionnaireLimits.FreeTextMaxLength"/> characters.</summary>
    FreeText,
}

/// <summary>The kind of text a follow-up asks for.</summary>
public enum FollowUpKind
{
    /// <summary>One line (an input), e.g. « Autre : précise ».</summary>
    ShortText,

    /// <summary>Several lines (a textarea).</summary>
    FreeText,
}

/// <summary>The limits every questionnaire and every answer obey; the web layer uses them for <c>maxlength</c>.</summary>
public static class QuestionnaireLimits
{
    /// <summary>Maximum length of a free-text answer, counted after normalisation (trimmed, line breaks as <c>\n</c>).</summary>
    public const int FreeTextMaxLength = 2000;

    /// <summary>Default maximum length of a short-text follow-up.</summary>
    public const int ShortTextDefaultMaxLength = 200;

    /// <summary>Maximum length of a label: category title, question, option, item or follow-up label.</summary>
    public const int LabelMaxLength = 300;

    /// <summary>Maximum length of a question's help text (« Le savais-tu ? … »).</summary>
    public const int HelpMaxLength = 1000;

    /// <summary>Maximum length of the JSON text of a definition.</summary>
    public const int DefinitionMaxLength = 200_000;
}
