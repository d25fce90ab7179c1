using Sirius.BuildingBlocks;

namespace Sirius.Questionnaires.Domain.Questionnaires;

/// <summary>Where a problem is in a definition: a French prefix for the message and a JSON path for <see cref="Error.Field"/>.</summary>
internal sealed record Location(string Label, string Path)
{
    public static Location Root { get; } = new("", "$");

    public static Location Category(int index) => new($"Catégorie {index + 1}", $"$.categories[{index}]");

    public Location Question(int index) => new($"{Label}, question {index + 1}", $"{Path}.questions[{index}]");

    public Location Option(int index) => new($"{Label}, option {index + 1}", $"{Path}.options[{index}]");

    public Location Item(int index) => new($"{Label}, élément {index + 1}", $"{Path}.items[{index}]");

    public Location FollowUp() => new($"{Label}, suivi", $"{Path}.followUp");

    public string Field(string property) => $"{Path}.{property}";

    /// <summary>« Catégorie 2, question 3 : la clé … » or, at the root, « La clé … ».</summary>
    public string Describe(string message) =>
        Label.Length == 0 ? string.Concat(message[..1].ToUpperInvariant(), message.AsSpan(1)) : $"{Label} : {message}";
}

/// <summary>A JSON property of the format and how a French message names it.</summary>
internal sealed record JsonField(string Name, string Noun);

internal static class Fields
{
    public static readonly JsonField Categories = new("categories", "la liste des catégories");
    public static readonly JsonField Questions = new("questions", "la liste des questions");
    public static readonly JsonField Key = new("key", "la clé");
    public static readonly JsonField Title = new("title", "le titre");
    public static readonly JsonField Emoji = new("emoji", "l’emoji");
    public static readonly JsonField Kind = new("kind", "le type");
    public static readonly JsonField Label = new("label", "le libellé");
    public static readonly JsonField Help = new("help", "l’aide");
    public static readonly JsonField Required = new("required", "« required »");
    public static readonly JsonField PeerQuestion = new("peerQuestion", "« peerQuestion »");
    public static readonly JsonField Options = new("options", "la liste des options");
    public static readonly JsonField Items = new("items", "la liste des éléments");
    public static readonly JsonField Min = new("min", "le minimum");
    public static readonly JsonField Max = new("max", "le maximum");
    public static readonly JsonField MaxSelections = new("maxSelections", "le nombre maximum de choix");
    public static readonly JsonField FollowUp = new("followUp", "le suivi");
    public static readonly JsonField OptionKey = new("optionKey", "l’option du suivi");
    public static readonly JsonField MaxLength = new("maxLength", "la longueur maximale");
}

/// <summary>Stable codes of the errors of a definition (<c>questionnaire.*</c>) and of an answer (<c>answer.*</c>).</summary>
internal static class ErrorCodes
{
    public const string Empty = "questionnaire.empty";
    public const string TooLong = "questionnaire.too_long";
    public const string InvalidJson = "questionnaire.invalid_json";
    public const string WrongType = "questionnaire.wrong_type";
    public const string UnknownProperty = "questionnaire.unknown_property";
    public const string DuplicateProperty = "questionnaire.duplicate_property";
    public const string PropertyNotAllowed = "questionnaire.property_not_allowed";
    public const string Missing = "questionnaire.missing";
    public const string TextTooLong = "questionnaire.text_too_long";
    public const string InvalidKey = "questionnaire.invalid_key";
    public const string DuplicateKey = "questionnaire.duplicate_key";
    public const string UnknownKind = "questionnaire.unknown_kind";
    public const string NoCategory = "questionnaire.no_category";
    public const string NoQuestion = "questionnaire.no_question";
    public const string TooFewOptions = "questionnaire.too_few_options";
    public const string TooFewItems = "questionnaire.too_few_items";
    public const string InvalidRange = "questionnaire.invalid_range";
    public const string InvalidMaxSelections = "questionnaire.invalid_max_selections";
    public const string UnknownFollowUpOption = "questionnaire.unknown_follow_up_option";
    public const string InvalidMaxLength = "questionnaire.invalid_max_length";
    public const string RequiredFreeText = "questionnaire.required_free_text";
    public const string KindChanged = "questionnaire.kind_changed";

    public const string UnknownQuestion = "answer.unknown_question";
    public const string AnswerRequired = "answer.required";
    public const string UnknownOption = "answer.unknown_option";
    public const string SingleValueExpected = "answer.single_value_expected";
    public const string TooManySelections = "answer.too_many_selections";
    public const string UnknownScaleValue = "answer.unknown_scale_value";
    public const string UnknownItem = "answer.unknown_item";
    public const string MissingItem = "answer.missing_item";
    public const string NotAPermutation = "answer.not_a_permutation";
    public const string NotANumber = "answer.not_a_number";
    public const string OutOfRange = "answer.out_of_range";
    public const string AnswerTooLong = "answer.too_long";
    public const string FollowUpNotAllowed = "answer.follow_up_not_allowed";
    public const string FollowUpTooLong = "answer.follow_up_too_long";
    public const string WrongShape = "answer.wrong_shape";
}
