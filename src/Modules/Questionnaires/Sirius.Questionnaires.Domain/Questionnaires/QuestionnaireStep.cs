namespace Sirius.Questionnaires.Domain.Questionnaires;

/// <summary>What the button of a step does: go to the next question, to the next part, or finish.</summary>
public enum StepAction
{
    /// <summary>« Suivant »: the next question of the same category.</summary>
    Next,

    /// <summary>« Partie suivante »: the first question of the next category.</summary>
    NextPart,

    /// <summary>« Terminer »: the last question of the questionnaire.</summary>
    Finish,
}

/// <summary>One screen of the flow: one question, placed in its category for the stepper.</summary>
/// <param name="Index">Zero-based position among all steps.</param>
/// <param name="CategoryIndex">Zero-based position of the category.</param>
/// <param name="QuestionIndex">Zero-based position of the question in its category.</param>
public sealed record QuestionnaireStep(
    int Index,
    int CategoryIndex,
    int QuestionIndex,
    Category Category,
    Question Question,
    bool IsLastInCategory,
    bool IsLast)
{
    /// <summary>One-based number of the step, for « Question 4 sur 21 ».</summary>
    public int Number => Index + 1;

    public bool IsFirst => Index == 0;

    public bool IsFirstInCategory => QuestionIndex == 0;

    public StepAction Action => IsLast ? StepAction.Finish : IsLastInCategory ? StepAction.NextPart : StepAction.Next;
}
