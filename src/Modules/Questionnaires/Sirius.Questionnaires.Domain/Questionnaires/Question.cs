namespace Sirius.Questionnaires.Domain.Questionnaires;

/// <summary>
/// One question. Its <see cref="Key"/> is stable across questionnaire versions: results of several versions are
/// merged by key, so a key must keep its meaning and its <see cref="Kind"/> from one version to the next.
/// Only the properties of its kind are set: options (choices, ranking), items (item scale), min/max (number),
/// max selections (multiple choice), follow-up (choices), peer question (free text).
/// </summary>
public sealed record Question
{
    private readonly IReadOnlyList<QuestionOption> _options = EquatableList.Empty<QuestionOption>();
    private readonly IReadOnlyList<ScaleItem> _items = EquatableList.Empty<ScaleItem>();

    /// <summary>Stable key such as <c>cfa.accueil</c>.</summary>
    public required string Key { get; init; }

    public required QuestionKind Kind { get; init; }

    public required string Label { get; init; }

    /// <summary>Optional help shown under the question (« Le savais-tu ? … »).</summary>
    public string? Help { get; init; }

    /// <summary>Whether the step cannot be submitted without an answer.</summary>
    public bool Required { get; init; }

    /// <summary>Choices of a single-choice, multiple-choice or ranking question, in display order.</summary>
    public IReadOnlyList<QuestionOption> Options
    {
        get => _options;
        init => _options = EquatableList.From(value);
    }

    /// <summary>Items of an item-scale question, each rated on the <see cref="EmojiScale"/>.</summary>
    public IReadOnlyList<ScaleItem> Items
    {
        get => _items;
        init => _items = EquatableList.From(value);
    }

    /// <summary>Lowest accepted answer of a number question.</summary>
    public int? Min { get; init; }

    /// <summary>Highest accepted answer of a number question.</summary>
    public int? Max { get; init; }

    /// <summary>Most options a multiple-choice question accepts (all of them when null).</summary>
    public int? MaxSelections { get; init; }

    /// <summary>A text asked for when one option is chosen (« Autre : précise »).</summary>
    public FollowUp? FollowUp { get; init; }

    /// <summary>A free-text question shown to young people as a peer's question: its answers become testimonies.</summary>
    public bool PeerQuestion { get; init; }

    public QuestionOption? FindOption(string optionKey) => Options.FirstOrDefault(o => o.Key == optionKey);

    public ScaleItem? FindItem(string itemKey) => Items.FirstOrDefault(i => i.Key == itemKey);
}

/// <summary>A choice of a question: a stable key (kept in results) and its French label.</summary>
public sealed record QuestionOption(string Key, string Label);

/// <summary>An item of an item-scale question (« Les formateurs »), rated on the emoji scale.</summary>
public sealed record ScaleItem(string Key, string Label);

/// <summary>A text asked for when the option <see cref="OptionKey"/> is chosen, with its own label and length limit.</summary>
public sealed record FollowUp(
    string OptionKey,
    string Label,
    FollowUpKind Kind = FollowUpKind.ShortText,
    int MaxLength = QuestionnaireLimits.ShortTextDefaultMaxLength);
