namespace Sirius.Questionnaires.Contracts.IntegrationEvents;

/// <summary>A free-text answer to a peer question: it becomes a verbatim to moderate in Testimonies.</summary>
public sealed record ResponseFreeText(string QuestionKey, string QuestionLabel, string Text);
