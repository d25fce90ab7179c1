using Sirius.Questionnaires.Application.Common;
using Sirius.Questionnaires.Contracts;

namespace Sirius.Questionnaires.Application.Statistics;

/// <summary>
/// Answer counts per question key, rated item and value, summed over a set of campaigns, labelled and ordered as the
/// newest questionnaire version has them (questions no version knows any more come last, by key).
/// </summary>
internal static class AnswerDistributions
{
    public static async Task<IReadOnlyList<AnswerDistribution>> OfAsync(IQuestionnairesDb db, IReadOnlyList<AnswerSum> sums, CancellationToken cancellationToken)
    {
        var counts = sums.Where(a => a.Responses > 0 && a.Value != QuestionRespondents.Value).ToList();
        var respondents = sums.Where(a => a.Value == QuestionRespondents.Value).ToDictionary(a => a.QuestionKey, a => a.Responses, StringComparer.Ordinal);
        var questions = (await db.MergedQuestionsAsync(null, cancellationToken)).ToDictionary(q => q.Question.Key, StringComparer.Ordinal);
        return counts
            .GroupBy(c => (c.QuestionKey, c.ItemKey))
            .Select(g =>
            {
                var question = questions.GetValueOrDefault(g.Key.QuestionKey);
                var item = g.Key.ItemKey.Length == 0 ? null : g.Key.ItemKey;
                var values = g.Select(v => new AnswerValueCount(v.Value, v.Responses) { Label = question?.ValueLabel(v.Value) ?? v.Value })
                    .OrderBy(v => question?.Order(item, v.Value).Value ?? 0).ThenBy(v => v.Value, StringComparer.Ordinal)
                    .ToList();
                return new AnswerDistribution(g.Key.QuestionKey, g.Key.ItemKey, values)
                {
                    QuestionLabel = question?.Question.Label ?? g.Key.QuestionKey,
                    ItemLabel = item is null ? "" : question?.OptionOrItemLabel(item) ?? item,

                    // A rated item has one value per respondent; rows counted before the respondents were are summed.
                    Respondents = item is null && respondents.TryGetValue(g.Key.QuestionKey, out var answered) ? answered : values.Sum(v => v.Responses),
                };
            })
            .OrderBy(d => questions.GetValueOrDefault(d.QuestionKey)?.Position ?? int.MaxValue)
            .ThenBy(d => d.QuestionKey, StringComparer.Ordinal)
            .ThenBy(d => questions.GetValueOrDefault(d.QuestionKey)?.Order(d.ItemKey.Length == 0 ? null : d.ItemKey, "").Item ?? 0)
            .ThenBy(d => d.ItemKey, StringComparer.Ordinal)
            .ToList();
    }
}
