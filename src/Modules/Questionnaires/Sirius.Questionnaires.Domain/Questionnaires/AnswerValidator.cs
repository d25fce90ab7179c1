using System.Globalization;
using Sirius.BuildingBlocks;

namespace Sirius.Questionnaires.Domain.Questionnaires;

/// <summary>Turns what a respondent posted for one question into a valid <see cref="Answer"/>, or a French error for them.</summary>
internal static class AnswerValidator
{
    public static Result<Answer> Validate(Question question, AnswerInput input)
    {
        var values = (input.Values ?? []).Select(v => v?.Trim() ?? "").Where(v => v.Length > 0).ToList();
        var itemValues = (input.ItemValues ?? new Dictionary<string, string>())
            .Where(p => !string.IsNullOrWhiteSpace(p.Value))
            .ToDictionary(p => p.Key.Trim(), p => p.Value.Trim(), StringComparer.Ordinal);
        var followUp = NormalizeFollowUp(question, input.FollowUp);

        if (itemValues.Count > 0 && question.Kind is not (QuestionKind.ItemScale or QuestionKind.Ranking))
        {
            return Fail(question, ErrorCodes.WrongShape, "Cette réponse ne correspond pas à la question posée.");
        }

        return question.Kind switch
        {
            QuestionKind.SingleChoice => SingleChoice(question, values, followUp),
            QuestionKind.MultipleChoice => MultipleChoice(question, values, followUp),
            _ when followUp is not null => FollowUpNotAllowed(question),
            QuestionKind.EmojiScale => EmojiScaleValue(question, values),
            QuestionKind.ItemScale => ItemScale(question, values, itemValues),
            QuestionKind.Ranking => Ranking(question, values, itemValues),
            QuestionKind.Number => NumberValue(question, values),
            QuestionKind.FreeText => FreeText(question, input.Values ?? []),
            _ => Fail(question, ErrorCodes.WrongShape, "Cette réponse ne correspond pas à la question posée."),
        };
    }

    private static Result<Answer> SingleChoice(Question question, List<string> values, string? followUp)
    {
        if (values.Count == 0)
        {
            return followUp is not null ? FollowUpNotAllowed(question) : Empty(question);
        }

        if (values.Count > 1)
        {
            return Fail(question, ErrorCodes.SingleValueExpected, "Choisis une seule réponse.");
        }

        if (question.FindOption(values[0]) is null)
        {
            return UnknownOption(question, values[0]);
        }

        if (followUp is not null && question.FollowUp?.OptionKey != values[0])
        {
            return FollowUpNotAllowed(question);
        }

        return CheckFollowUpLength(question, followUp) is { } tooLong
            ? tooLong
            : new SingleChoiceAnswer(question.Key, values[0], followUp);
    }

    private static Result<Answer> MultipleChoice(Question question, List<string> values, string? followUp)
    {
        if (values.Count == 0)
        {
            return followUp is not null ? FollowUpNotAllowed(question) : Empty(question);
        }

        if (values.Find(v => question.FindOption(v) is null) is { } unknown)
        {
            return UnknownOption(question, unknown);
        }

        var chosen = question.Options.Select(o => o.Key).Where(values.Contains).ToList();
        if (question.MaxSelections is { } max && chosen.Count > max)
        {
            return Fail(question, ErrorCodes.TooManySelections, $"Tu peux choisir {max} réponses au maximum : tu en as choisi {chosen.Count}.");
        }

        if (followUp is not null && (question.FollowUp is null || !chosen.Contains(question.FollowUp.OptionKey)))
        {
            return FollowUpNotAllowed(question);
        }

        return CheckFollowUpLength(question, followUp) is { } tooLong
            ? tooLong
            : new MultipleChoiceAnswer(question.Key, chosen, followUp);
    }

    private static Result<Answer> EmojiScaleValue(Question question, List<string> values)
    {
        if (values.Count == 0)
        {
            return Empty(question);
        }

        if (values.Count > 1)
        {
            return Fail(question, ErrorCodes.SingleValueExpected, "Choisis une seule réponse.");
        }

        return EmojiScale.TryParse(values[0], out var value)
            ? new EmojiScaleAnswer(question.Key, value)
            : UnknownScaleValue(question, values[0]);
    }

    private static Result<Answer> ItemScale(Question question, List<string> values, Dictionary<string, string> itemValues)
    {
        if (values.Count > 0)
        {
            return Fail(question, ErrorCodes.WrongShape, "Cette réponse ne correspond pas à la question posée.");
        }

        if (itemValues.Keys.FirstOrDefault(k => question.FindItem(k) is null) is { } unknown)
        {
            return Fail(question, ErrorCodes.UnknownItem, $"L’élément « {unknown} » ne fait pas partie de cette question.");
        }

        var ratings = new List<ItemRating>();
        foreach (var item in question.Items)
        {
            if (!itemValues.TryGetValue(item.Key, out var key))
            {
                continue;
            }

            if (!EmojiScale.TryParse(key, out var value))
            {
                return UnknownScaleValue(question, key);
            }

            ratings.Add(new ItemRating(item.Key, value));
        }

        if (ratings.Count == 0)
        {
            return Empty(question);
        }

        if (question.Required && question.Items.FirstOrDefault(i => !itemValues.ContainsKey(i.Key)) is { } missing)
        {
            return Fail(question, ErrorCodes.MissingItem, $"Donne une note à chaque ligne : « {missing.Label} » n’en a pas.");
        }

        return new ItemScaleAnswer(question.Key, ratings);
    }

    /// <summary>The order is posted either as option keys, most important first, or as option key → rank (« 1 », « 2 »…).</summary>
    private static Result<Answer> Ranking(Question question, List<string> values, Dictionary<string, string> ranks)
    {
        if (values.Count > 0 && ranks.Count > 0)
        {
            return Fail(question, ErrorCodes.WrongShape, "Cette réponse ne correspond pas à la question posée.");
        }

        if (ranks.Count > 0)
        {
            var ordered = new string?[question.Options.Count];
            foreach (var (optionKey, rankText) in ranks)
            {
                if (question.FindOption(optionKey) is null)
                {
                    return UnknownOption(question, optionKey);
                }

                if (!int.TryParse(rankText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var rank) || rank < 1 || rank > ordered.Length)
                {
                    return NotAPermutation(question, $"Donne à chaque proposition un rang entre 1 et {ordered.Length}.");
                }

                if (ordered[rank - 1] is not null)
                {
                    return NotAPermutation(question, $"Le rang {rank} est donné deux fois : chaque rang ne peut servir qu’une fois.");
                }

                ordered[rank - 1] = optionKey;
            }

            values = [.. ordered.OfType<string>()];
        }

        if (values.Count == 0)
        {
            return Empty(question);
        }

        if (values.Find(v => question.FindOption(v) is null) is { } unknown)
        {
            return UnknownOption(question, unknown);
        }

        if (values.Distinct(StringComparer.Ordinal).Count() != values.Count)
        {
            return NotAPermutation(question, "Chaque proposition ne peut apparaître qu’une fois dans le classement.");
        }

        if (values.Count != question.Options.Count)
        {
            var missing = question.Options.First(o => !values.Contains(o.Key));
            return NotAPermutation(question, $"Classe toutes les propositions : « {missing.Label} » n’a pas de rang.");
        }

        return new RankingAnswer(question.Key, values);
    }

    private static Result<Answer> NumberValue(Question question, List<string> values)
    {
        if (values.Count == 0)
        {
            return Empty(question);
        }

        var text = values.Count == 1 ? values[0].Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal) : "";
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return Fail(question, ErrorCodes.NotANumber, "Indique un nombre entier, en chiffres (par exemple : 3).");
        }

        return number < question.Min || number > question.Max
            ? Fail(question, ErrorCodes.OutOfRange, $"Indique un nombre entre {question.Min} et {question.Max}.")
            : new NumberAnswer(question.Key, number);
    }

    private static Result<Answer> FreeText(Question question, IReadOnlyList<string> rawValues)
    {
        var nonBlank = rawValues.Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
        if (nonBlank.Count > 1)
        {
            return Fail(question, ErrorCodes.SingleValueExpected, "Cette réponse ne correspond pas à la question posée.");
        }

        var text = TextInput.Normalize(nonBlank.FirstOrDefault(), multiline: true);
        if (text.Length == 0)
        {
            return Empty(question);
        }

        return text.Length > QuestionnaireLimits.FreeTextMaxLength
            ? Fail(question, ErrorCodes.AnswerTooLong,
                $"Ta réponse est trop longue : {text.Length} caractères pour {QuestionnaireLimits.FreeTextMaxLength} au maximum.")
            : new FreeTextAnswer(question.Key, text);
    }

    private static string? NormalizeFollowUp(Question question, string? raw)
    {
        var multiline = question.FollowUp?.Kind == FollowUpKind.FreeText;
        var text = TextInput.Normalize(raw, multiline);
        return text.Length == 0 ? null : text;
    }

    private static Error? CheckFollowUpLength(Question question, string? followUp) =>
        followUp is not null && followUp.Length > question.FollowUp!.MaxLength
            ? new Error(ErrorCodes.FollowUpTooLong,
                $"Ta précision est trop longue : {followUp.Length} caractères pour {question.FollowUp.MaxLength} au maximum.",
                ErrorKind.Invalid, question.Key)
            : null;

    private static Result<Answer> Empty(Question question) =>
        question.Required
            ? Fail(question, ErrorCodes.AnswerRequired, "Cette question est obligatoire : réponds-y pour continuer.")
            : new SkippedAnswer(question.Key);

    private static Result<Answer> UnknownOption(Question question, string optionKey) =>
        Fail(question, ErrorCodes.UnknownOption, $"La réponse « {optionKey} » ne fait pas partie des choix proposés.");

    private static Result<Answer> UnknownScaleValue(Question question, string value) =>
        Fail(question, ErrorCodes.UnknownScaleValue,
            $"La note « {value} » n’existe pas : choisis {string.Join(", ", EmojiScale.Levels.Take(2).Select(l => l.Label))} ou {EmojiScale.Levels[^1].Label}.");

    private static Result<Answer> NotAPermutation(Question question, string message) =>
        Fail(question, ErrorCodes.NotAPermutation, message);

    private static Result<Answer> FollowUpNotAllowed(Question question) =>
        Fail(question, ErrorCodes.FollowUpNotAllowed, question.FollowUp is { } followUp && question.FindOption(followUp.OptionKey) is { } option
            ? $"La précision ne s’ajoute qu’à la réponse « {option.Label} » : choisis-la ou efface ta précision."
            : "Cette question n’attend pas de précision.");

    private static Result<Answer> Fail(Question question, string code, string message) =>
        new Error(code, message, ErrorKind.Invalid, question.Key);
}
