namespace Sirius.Questionnaires.Application.Statistics;

/// <summary>How many responses of a group chose a value of a question (or rated item).</summary>
internal sealed record AnswerSum(string QuestionKey, string ItemKey, string Value, long Responses);
