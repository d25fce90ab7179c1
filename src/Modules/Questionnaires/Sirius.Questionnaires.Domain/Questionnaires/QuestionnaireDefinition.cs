using System.Text;
using Sirius.BuildingBlocks;

namespace Sirius.Questionnaires.Domain.Questionnaires;

/// <summary>
/// The content of a questionnaire version: categories of questions, in order. Administrators edit it as JSON
/// (<see cref="Parse"/>, <see cref="ToJson"/>); respondents go through its <see cref="Steps"/>, one question per
/// screen, and each answer is checked by <see cref="ValidateAnswer"/>. Two definitions are equal when their
/// content is.
/// </summary>
public sealed record QuestionnaireDefinition
{
    private readonly Dictionary<string, QuestionnaireStep> _stepsByQuestionKey;

    /// <summary>Builds a definition in memory; <see cref="Validate"/> checks it against the same rules as <see cref="Parse"/>.</summary>
    public QuestionnaireDefinition(IReadOnlyList<Category> categories)
    {
        Categories = EquatableList.From(categories);
        Steps = BuildSteps(Categories);
        _stepsByQuestionKey = new Dictionary<string, QuestionnaireStep>(StringComparer.Ordinal);
        foreach (var step in Steps)
        {
            _stepsByQuestionKey.TryAdd(step.Question.Key, step);
        }
    }

    public IReadOnlyList<Category> Categories { get; }

    /// <summary>Every question in order, one per screen, with its place in the stepper.</summary>
    public IReadOnlyList<QuestionnaireStep> Steps { get; }

    public IEnumerable<Question> Questions => Steps.Select(s => s.Question);

    /// <summary>Reads the JSON an administrator wrote; the error is the first problem found, in French, with its place.</summary>
    public static Result<QuestionnaireDefinition> Parse(string json)
    {
        var (definition, errors) = DefinitionReader.Read(json);
        return definition is not null ? definition : errors[0];
    }

    /// <summary>Every problem of the JSON text, in order (empty when <see cref="Parse"/> would succeed): for the editor.</summary>
    public static IReadOnlyList<Error> FindErrors(string json) => DefinitionReader.Read(json).Errors;

    /// <summary>The canonical JSON of this definition (what <see cref="Parse"/> reads back to an equal definition).</summary>
    public string ToJson() => DefinitionWriter.Write(this);

    /// <summary>Checks a definition built in memory against the rules <see cref="Parse"/> applies to text.</summary>
    public IReadOnlyList<Error> Validate() => FindErrors(ToJson());

    public Question? FindQuestion(string questionKey) => FindStep(questionKey)?.Question;

    public QuestionnaireStep? FindStep(string questionKey) => _stepsByQuestionKey.GetValueOrDefault(questionKey);

    /// <summary>
    /// Checks what a respondent posted for one question when they submit its step: the question must belong to this
    /// definition, options must exist, limits must hold, free text is normalised, and a required question cannot be left empty.
    /// </summary>
    public Result<Answer> ValidateAnswer(string questionKey, AnswerInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return FindQuestion(questionKey) is { } question
            ? AnswerValidator.Validate(question, input)
            : new Error(ErrorCodes.UnknownQuestion, $"La question « {questionKey} » ne fait pas partie de ce questionnaire.",
                ErrorKind.Invalid, questionKey);
    }

    /// <summary>
    /// Questions of an earlier version whose key is reused here with another kind: their results could not be merged.
    /// Call it before validating a new version.
    /// </summary>
    public IReadOnlyList<Error> FindIncompatibilitiesWith(QuestionnaireDefinition earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        return Steps
            .Where(step => earlier.FindQuestion(step.Question.Key) is { } before && before.Kind != step.Question.Kind)
            .Select(step => new Error(
                ErrorCodes.KindChanged,
                $"Catégorie {step.CategoryIndex + 1}, question {step.QuestionIndex + 1} : la clé « {step.Question.Key} » désignait une question "
                + $"de type « {Keys.Name(earlier.FindQuestion(step.Question.Key)!.Kind)} » ; changez de clé pour une question de type "
                + $"« {Keys.Name(step.Question.Kind)} », sinon les résultats des deux versions ne pourront pas être réunis.",
                ErrorKind.Conflict,
                $"$.categories[{step.CategoryIndex}].questions[{step.QuestionIndex}].key"))
            .ToList();
    }

    public bool Equals(QuestionnaireDefinition? other) => other is not null && Categories.Equals(other.Categories);

    public override int GetHashCode() => Categories.GetHashCode();

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Categories = ").Append(Categories.Count).Append(", Questions = ").Append(Steps.Count);
        return true;
    }

    private static List<QuestionnaireStep> BuildSteps(IReadOnlyList<Category> categories)
    {
        var steps = new List<QuestionnaireStep>();
        var lastCategory = categories.Count - 1;
        while (lastCategory >= 0 && categories[lastCategory].Questions.Count == 0)
        {
            lastCategory--;
        }

        for (var c = 0; c < categories.Count; c++)
        {
            var questions = categories[c].Questions;
            for (var q = 0; q < questions.Count; q++)
            {
                var isLastInCategory = q == questions.Count - 1;
                steps.Add(new QuestionnaireStep(steps.Count, c, q, categories[c], questions[q], isLastInCategory, isLastInCategory && c == lastCategory));
            }
        }

        return steps;
    }
}
