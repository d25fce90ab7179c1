namespace Sirius.Questionnaires.Domain.Questionnaires;

/// <summary>The questionnaire for apprentices that ships with Sirius (embedded resource <c>default-questionnaire.json</c>).</summary>
public static class DefaultQuestionnaire
{
    private const string ResourceName = "Sirius.Questionnaires.Domain.default-questionnaire.json";

    private static readonly string Text = Load();

    private static readonly Lazy<QuestionnaireDefinition> ParsedDefinition = new(() => QuestionnaireDefinition.Parse(Text).Value);

    /// <summary>The JSON text, as an administrator would edit it.</summary>
    public static string Json => Text;

    /// <summary>The parsed definition (read once).</summary>
    public static QuestionnaireDefinition Definition => ParsedDefinition.Value;

    private static string Load()
    {
        using var stream = typeof(DefaultQuestionnaire).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
