namespace Sirius.Questionnaires.Contracts.IntegrationEvents;

/// <summary>A closed answer, for aggregates: one row per chosen option or rated item (value is the option or scale key).</summary>
public sealed record ClosedAnswer(string QuestionKey, string? ItemKey, string Value);
