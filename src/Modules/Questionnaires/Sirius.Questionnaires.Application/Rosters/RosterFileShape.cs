namespace Sirius.Questionnaires.Application.Rosters;

/// <summary>
/// The limits and the header of a file of apprentices, and the French messages that name them.
/// </summary>
/// <param name="MaxLines">Lines allowed under the header.</param>
/// <param name="Header">The header as the user should write it, for the message about a missing one.</param>
/// <param name="Noun">What a line is, in French and plural (« apprentis », « contrats »).</param>
internal sealed record RosterFileShape(int MaxLines, long MaxBytes, string Header, string Noun);
