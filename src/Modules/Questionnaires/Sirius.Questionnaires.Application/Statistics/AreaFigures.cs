using Sirius.Questionnaires.Contracts;

namespace Sirius.Questionnaires.Application.Statistics;

/// <summary>An area's responses and answer distributions, as the benchmark compares them.</summary>
internal sealed record AreaFigures(long Responses, IReadOnlyDictionary<(string QuestionKey, string ItemKey), AnswerDistribution> Distributions);
