namespace Sirius.Questionnaires.Application.Statistics;

/// <summary>
/// A question's respondents are counted as a value of their own beside its values: a multiple choice has more choices
/// than respondents, and its shares are shares of respondents (as in a CFA's own results).
/// </summary>
internal static class QuestionRespondents
{
    public const string Value = "*";
}
