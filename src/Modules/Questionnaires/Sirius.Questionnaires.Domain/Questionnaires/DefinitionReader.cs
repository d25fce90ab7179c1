using System.Diagnostics;
using System.Text.Json;
using Sirius.BuildingBlocks;

namespace Sirius.Questionnaires.Domain.Questionnaires;

/// <summary>
/// Reads the JSON text of a definition and checks every rule on the way, collecting all the problems with their
/// place (« Catégorie 2, question 3 : … ») so that the administrator's editor can list them at once.
/// </summary>
internal sealed class DefinitionReader
{
    private static readonly JsonDocumentOptions JsonOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 16,
    };

    private static readonly string[] RootProperties = [Fields.Categories.Name];

    private static readonly string[] CategoryProperties = [Fields.Key.Name, Fields.Title.Name, Fields.Emoji.Name, Fields.Questions.Name];

    private static readonly string[] QuestionProperties =
    [
        Fields.Key.Name, Fields.Kind.Name, Fields.Label.Name, Fields.Help.Name, Fields.Required.Name, Fields.Options.Name,
        Fields.Items.Name, Fields.Min.Name, Fields.Max.Name, Fields.MaxSelections.Name, Fields.FollowUp.Name, Fields.PeerQuestion.Name,
    ];

    private static readonly string[] ChoiceProperties = [Fields.Key.Name, Fields.Label.Name];

    private static readonly string[] FollowUpProperties = [Fields.OptionKey.Name, Fields.Label.Name, Fields.Kind.Name, Fields.MaxLength.Name];

    /// <summary>The kinds each kind-specific property applies to.</summary>
    private static readonly (JsonField Field, QuestionKind[] Kinds)[] KindSpecificProperties =
    [
        (Fields.Options, [QuestionKind.SingleChoice, QuestionKind.MultipleChoice, QuestionKind.Ranking]),
        (Fields.Items, [QuestionKind.ItemScale]),
        (Fields.Min, [QuestionKind.Number]),
        (Fields.Max, [QuestionKind.Number]),
        (Fields.MaxSelections, [QuestionKind.MultipleChoice]),
        (Fields.FollowUp, [QuestionKind.SingleChoice, QuestionKind.MultipleChoice]),
        (Fields.PeerQuestion, [QuestionKind.FreeText]),
    ];

    private const int EmojiMaxLength = 16;

    private readonly List<Error> _errors = [];
    private readonly HashSet<string> _categoryKeys = new(StringComparer.Ordinal);
    private readonly HashSet<string> _questionKeys = new(StringComparer.Ordinal);

    private DefinitionReader()
    {
    }

    /// <summary>The definition when the text is valid, otherwise null and every problem found.</summary>
    public static (QuestionnaireDefinition? Definition, IReadOnlyList<Error> Errors) Read(string? json)
    {
        var reader = new DefinitionReader();
        var definition = reader.ReadText(json);
        return reader._errors.Count == 0 ? (definition, []) : (null, reader._errors);
    }

    private QuestionnaireDefinition? ReadText(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            Add(ErrorCodes.Empty, Location.Root, Location.Root.Path, "le questionnaire est vide : écrivez ou collez sa définition au format JSON.");
            return null;
        }

        if (json.Length > QuestionnaireLimits.DefinitionMaxLength)
        {
            Add(ErrorCodes.TooLong, Location.Root, Location.Root.Path,
                $"le texte dépasse {QuestionnaireLimits.DefinitionMaxLength} caractères ({json.Length}).");
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json, JsonOptions);
            return ReadRoot(document.RootElement);
        }
        catch (JsonException exception)
        {
            Add(ErrorCodes.InvalidJson, Location.Root, Location.Root.Path,
                $"le texte n’est pas un JSON valide (ligne {exception.LineNumber + 1}, position {exception.BytePositionInLine + 1}) : "
                + "vérifiez les guillemets, les virgules, les crochets et les accolades.");
            return null;
        }
    }

    private QuestionnaireDefinition? ReadRoot(JsonElement element)
    {
        var at = Location.Root;
        var properties = ReadObject(element, at, "le questionnaire", RootProperties);
        if (properties is null)
        {
            return null;
        }

        var categories = ReadList(properties, at, Fields.Categories, ErrorCodes.NoCategory,
            "le questionnaire doit contenir au moins une catégorie.", (e, i) => ReadCategory(e, Location.Category(i)));
        return categories is null ? null : new QuestionnaireDefinition(categories);
    }

    private Category? ReadCategory(JsonElement element, Location at)
    {
        var properties = ReadObject(element, at, "la catégorie", CategoryProperties);
        if (properties is null)
        {
            return null;
        }

        var key = ReadKey(properties, at, Keys.IsCategoryKey, _categoryKeys,
            "elle doit être en minuscules sans accents, par exemple « cfa » ou « vie_entreprise »");
        var title = ReadText(properties, at, Fields.Title, QuestionnaireLimits.LabelMaxLength);
        var emoji = ReadText(properties, at, Fields.Emoji, EmojiMaxLength);
        var questions = ReadList(properties, at, Fields.Questions, ErrorCodes.NoQuestion,
            "la catégorie doit contenir au moins une question.", (e, i) => ReadQuestion(e, at.Question(i)));

        return key is null || title is null || emoji is null || questions is null
            ? null
            : new Category { Key = key, Title = title, Emoji = emoji, Questions = questions };
    }

    private Question? ReadQuestion(JsonElement element, Location at)
    {
        var properties = ReadObject(element, at, "la question", QuestionProperties);
        if (properties is null)
        {
            return null;
        }

        var key = ReadKey(properties, at, Keys.IsQuestionKey, _questionKeys,
            "elle doit être de la forme « cfa.accueil » (minuscules sans accents, chiffres, _ et au moins un point)");
        var kind = ReadKind(properties, at);
        var label = ReadText(properties, at, Fields.Label, QuestionnaireLimits.LabelMaxLength);
        var help = ReadText(properties, at, Fields.Help, QuestionnaireLimits.HelpMaxLength, required: false);
        var required = ReadBool(properties, at, Fields.Required) ?? false;
        if (kind is not { } questionKind)
        {
            return null;
        }

        foreach (var (field, kinds) in KindSpecificProperties)
        {
            if (properties.ContainsKey(field.Name) && !kinds.Contains(questionKind))
            {
                Add(ErrorCodes.PropertyNotAllowed, at, at.Field(field.Name),
                    $"la propriété « {field.Name} » ne s’applique pas à une question de type « {Keys.Name(questionKind)} ».");
                properties.Remove(field.Name);
            }
        }

        var question = questionKind switch
        {
            QuestionKind.SingleChoice or QuestionKind.MultipleChoice => ReadChoice(properties, at, questionKind),
            QuestionKind.Ranking => ReadRanking(properties, at),
            QuestionKind.ItemScale => ReadItemScale(properties, at),
            QuestionKind.Number => ReadNumber(properties, at),
            QuestionKind.FreeText => ReadFreeText(properties, at, required),
            QuestionKind.EmojiScale => new Question { Key = "", Kind = questionKind, Label = "" },
            _ => throw new UnreachableException(),
        };

        return question is null || key is null || label is null
            ? null
            : question with { Key = key, Kind = questionKind, Label = label, Help = help, Required = required };
    }

    private Question? ReadChoice(Dictionary<string, JsonElement> properties, Location at, QuestionKind kind)
    {
        var options = ReadOptions(properties, at, "une question à choix doit avoir au moins deux options.");
        var maxSelections = ReadInt(properties, at, Fields.MaxSelections);
        var followUp = properties.TryGetValue(Fields.FollowUp.Name, out var followUpElement)
            ? ReadFollowUp(followUpElement, at.FollowUp(), options)
            : null;
        if (options is null)
        {
            return null;
        }

        if (maxSelections is { } max && (max < 2 || max > options.Count))
        {
            Add(ErrorCodes.InvalidMaxSelections, at, at.Field(Fields.MaxSelections.Name),
                $"le nombre maximum de choix doit être compris entre 2 et {options.Count} (le nombre d’options).");
            return null;
        }

        if (followUp is null && properties.ContainsKey(Fields.FollowUp.Name))
        {
            return null;
        }

        return new Question { Key = "", Kind = kind, Label = "", Options = options, MaxSelections = maxSelections, FollowUp = followUp };
    }

    private Question? ReadRanking(Dictionary<string, JsonElement> properties, Location at)
    {
        var options = ReadOptions(properties, at, "une question de classement doit avoir au moins deux options à classer.");
        return options is null ? null : new Question { Key = "", Kind = QuestionKind.Ranking, Label = "", Options = options };
    }

    private Question? ReadItemScale(Dictionary<string, JsonElement> properties, Location at)
    {
        var items = ReadList(properties, at, Fields.Items, ErrorCodes.TooFewItems,
            "une question de notes par élément doit avoir au moins deux éléments à noter.",
            (e, i) => ReadChoiceEntry(e, at.Item(i), "l’élément"), minimum: 2, keyOf: o => o.Key);
        return items is null
            ? null
            : new Question { Key = "", Kind = QuestionKind.ItemScale, Label = "", Items = items.Select(i => new ScaleItem(i.Key, i.Label)).ToList() };
    }

    private Question? ReadNumber(Dictionary<string, JsonElement> properties, Location at)
    {
        var hasMin = properties.ContainsKey(Fields.Min.Name);
        var hasMax = properties.ContainsKey(Fields.Max.Name);
        var min = ReadInt(properties, at, Fields.Min);
        var max = ReadInt(properties, at, Fields.Max);
        if (!hasMin || !hasMax)
        {
            Add(ErrorCodes.InvalidRange, at, at.Field(hasMin ? Fields.Max.Name : Fields.Min.Name),
                "une question numérique doit avoir un minimum (« min ») et un maximum (« max »).");
            return null;
        }

        if (min is null || max is null)
        {
            return null;
        }

        if (min >= max)
        {
            Add(ErrorCodes.InvalidRange, at, at.Field(Fields.Max.Name), $"le minimum ({min}) doit être inférieur au maximum ({max}).");
            return null;
        }

        return new Question { Key = "", Kind = QuestionKind.Number, Label = "", Min = min, Max = max };
    }

    private Question? ReadFreeText(Dictionary<string, JsonElement> properties, Location at, bool required)
    {
        var errorsBefore = _errors.Count;
        var peerQuestion = ReadBool(properties, at, Fields.PeerQuestion);
        if (required)
        {
            Add(ErrorCodes.RequiredFreeText, at, at.Field(Fields.Required.Name),
                "une question à texte libre ne peut pas être obligatoire : l’expression libre reste facultative.");
            return null;
        }

        return _errors.Count != errorsBefore
            ? null
            : new Question { Key = "", Kind = QuestionKind.FreeText, Label = "", PeerQuestion = peerQuestion ?? false };
    }

    private List<QuestionOption>? ReadOptions(Dictionary<string, JsonElement> properties, Location at, string tooFewMessage)
    {
        var options = ReadList(properties, at, Fields.Options, ErrorCodes.TooFewOptions, tooFewMessage,
            (e, i) => ReadChoiceEntry(e, at.Option(i), "l’option"), minimum: 2, keyOf: o => o.Key);
        return options;
    }

    private QuestionOption? ReadChoiceEntry(JsonElement element, Location at, string noun)
    {
        var properties = ReadObject(element, at, noun, ChoiceProperties);
        if (properties is null)
        {
            return null;
        }

        var key = ReadKey(properties, at, Keys.IsOptionKey, null,
            "elle doit être en minuscules sans accents, chiffres et _, par exemple « autre » ou « moins_de_10 »");
        var label = ReadText(properties, at, Fields.Label, QuestionnaireLimits.LabelMaxLength);
        return key is null || label is null ? null : new QuestionOption(key, label);
    }

    private FollowUp? ReadFollowUp(JsonElement element, Location at, List<QuestionOption>? options)
    {
        var errorsBefore = _errors.Count;
        var properties = ReadObject(element, at, "le suivi", FollowUpProperties);
        if (properties is null)
        {
            return null;
        }

        var optionKey = ReadText(properties, at, Fields.OptionKey, Keys.MaxLength);
        var label = ReadText(properties, at, Fields.Label, QuestionnaireLimits.LabelMaxLength);
        var kind = FollowUpKind.ShortText;
        if (properties.TryGetValue(Fields.Kind.Name, out var kindElement))
        {
            var kindName = kindElement.ValueKind == JsonValueKind.String ? kindElement.GetString() ?? "" : kindElement.GetRawText();
            if (!Keys.TryParseFollowUpKind(kindName, out kind))
            {
                Add(ErrorCodes.UnknownKind, at, at.Field(Fields.Kind.Name),
                    $"le type « {kindName} » est inconnu (types possibles : {Keys.AllFollowUpKindNames}).");
            }
        }

        var maxLength = ReadInt(properties, at, Fields.MaxLength)
            ?? (kind == FollowUpKind.FreeText ? QuestionnaireLimits.FreeTextMaxLength : QuestionnaireLimits.ShortTextDefaultMaxLength);
        if (maxLength is < 1 or > QuestionnaireLimits.FreeTextMaxLength)
        {
            Add(ErrorCodes.InvalidMaxLength, at, at.Field(Fields.MaxLength.Name),
                $"la longueur maximale doit être comprise entre 1 et {QuestionnaireLimits.FreeTextMaxLength}.");
        }

        if (optionKey is not null && options is not null && !options.Exists(o => o.Key == optionKey))
        {
            Add(ErrorCodes.UnknownFollowUpOption, at, at.Field(Fields.OptionKey.Name),
                $"l’option « {optionKey} » n’existe pas dans cette question.");
        }

        return _errors.Count == errorsBefore ? new FollowUp(optionKey!, label!, kind, maxLength) : null;
    }

    private QuestionKind? ReadKind(Dictionary<string, JsonElement> properties, Location at)
    {
        if (!properties.TryGetValue(Fields.Kind.Name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            Add(ErrorCodes.Missing, at, at.Field(Fields.Kind.Name),
                $"le type est obligatoire (types possibles : {Keys.AllKindNames}).");
            return null;
        }

        var name = element.ValueKind == JsonValueKind.String ? element.GetString() ?? "" : element.GetRawText();
        if (Keys.TryParseKind(name, out var kind))
        {
            return kind;
        }

        Add(ErrorCodes.UnknownKind, at, at.Field(Fields.Kind.Name), $"le type « {name} » est inconnu (types possibles : {Keys.AllKindNames}).");
        return null;
    }

    private string? ReadKey(Dictionary<string, JsonElement> properties, Location at, Func<string, bool> isValid, HashSet<string>? used, string shape)
    {
        var key = ReadText(properties, at, Fields.Key, int.MaxValue);
        if (key is null)
        {
            return null;
        }

        if (!isValid(key))
        {
            Add(ErrorCodes.InvalidKey, at, at.Field(Fields.Key.Name), $"la clé « {key} » n’est pas valide : {shape}.");
            return null;
        }

        if (used is not null && !used.Add(key))
        {
            Add(ErrorCodes.DuplicateKey, at, at.Field(Fields.Key.Name), $"la clé « {key} » est déjà utilisée.");
            return null;
        }

        return key;
    }

    private List<T>? ReadList<T>(
        Dictionary<string, JsonElement> properties,
        Location at,
        JsonField field,
        string tooFewCode,
        string tooFewMessage,
        Func<JsonElement, int, T?> readEntry,
        int minimum = 1,
        Func<T, string>? keyOf = null)
        where T : class
    {
        if (!properties.TryGetValue(field.Name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            Add(tooFewCode, at, at.Field(field.Name), tooFewMessage);
            return null;
        }

        if (element.ValueKind != JsonValueKind.Array)
        {
            Add(ErrorCodes.WrongType, at, at.Field(field.Name), $"{field.Noun} doit être une liste entre crochets [ ].");
            return null;
        }

        if (element.GetArrayLength() < minimum)
        {
            Add(tooFewCode, at, at.Field(field.Name), tooFewMessage);
            return null;
        }

        var errorsBefore = _errors.Count;
        var entries = new List<T>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var entryElement in element.EnumerateArray())
        {
            var entry = readEntry(entryElement, index);
            if (entry is not null && keyOf is not null && !keys.Add(keyOf(entry)))
            {
                var key = keyOf(entry);
                var entryAt = field == Fields.Items ? at.Item(index) : at.Option(index);
                Add(ErrorCodes.DuplicateKey, entryAt, entryAt.Field(Fields.Key.Name), $"la clé « {key} » est déjà utilisée dans cette question.");
            }
            else if (entry is not null)
            {
                entries.Add(entry);
            }

            index++;
        }

        return _errors.Count == errorsBefore ? entries : null;
    }

    private string? ReadText(Dictionary<string, JsonElement> properties, Location at, JsonField field, int maxLength, bool required = true)
    {
        if (!properties.TryGetValue(field.Name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Add(ErrorCodes.Missing, at, at.Field(field.Name), $"{field.Noun} est obligatoire.");
            }

            return null;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            Add(ErrorCodes.WrongType, at, at.Field(field.Name), $"{field.Noun} doit être un texte entre guillemets.");
            return null;
        }

        var text = element.GetString()!.Trim();
        if (text.Length == 0)
        {
            if (required)
            {
                Add(ErrorCodes.Missing, at, at.Field(field.Name), $"{field.Noun} est obligatoire.");
            }

            return null;
        }

        if (text.Length > maxLength)
        {
            Add(ErrorCodes.TextTooLong, at, at.Field(field.Name), $"{field.Noun} dépasse {maxLength} caractères ({text.Length}).");
            return null;
        }

        return text;
    }

    private bool? ReadBool(Dictionary<string, JsonElement> properties, Location at, JsonField field)
    {
        if (!properties.TryGetValue(field.Name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return element.GetBoolean();
        }

        Add(ErrorCodes.WrongType, at, at.Field(field.Name), $"{field.Noun} doit valoir true ou false (sans guillemets).");
        return null;
    }

    private int? ReadInt(Dictionary<string, JsonElement> properties, Location at, JsonField field)
    {
        if (!properties.TryGetValue(field.Name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var value))
        {
            return value;
        }

        Add(ErrorCodes.WrongType, at, at.Field(field.Name), $"{field.Noun} doit être un nombre entier (sans guillemets).");
        return null;
    }

    private Dictionary<string, JsonElement>? ReadObject(JsonElement element, Location at, string noun, string[] allowed)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Add(ErrorCodes.WrongType, at, at.Path, $"{noun} doit être un objet entre accolades {{ }}.");
            return null;
        }

        var properties = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!allowed.Contains(property.Name))
            {
                Add(ErrorCodes.UnknownProperty, at, at.Field(property.Name),
                    $"la propriété « {property.Name} » est inconnue (propriétés possibles : {string.Join(", ", allowed)}).");
            }
            else if (!properties.TryAdd(property.Name, property.Value))
            {
                Add(ErrorCodes.DuplicateProperty, at, at.Field(property.Name), $"la propriété « {property.Name} » apparaît deux fois.");
            }
        }

        return properties;
    }

    private void Add(string code, Location at, string field, string message) =>
        _errors.Add(new Error(code, at.Describe(message), ErrorKind.Invalid, field));
}
