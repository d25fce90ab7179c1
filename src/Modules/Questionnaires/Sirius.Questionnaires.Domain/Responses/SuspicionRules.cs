namespace Sirius.Questionnaires.Domain.Responses;

/// <summary>
/// When a completed response is flagged for review (configuration <c>Questionnaires:Suspicion</c>). The defaults
/// are deliberately lenient: a class answering together behind one school network must not all be flagged.
/// </summary>
public sealed class SuspicionRules
{
    /// <summary>Below this completion time, in seconds, the response is « too fast ».</summary>
    public int MinimumSeconds { get; set; } = 60;

    /// <summary>Below this share of questions answered (not skipped), the response is « incomplete ».</summary>
    public double MinimumAnsweredShare { get; set; } = 0.5;

    /// <summary>More completed responses than this from one address within <see cref="AddressWindow"/> is « rate ».</summary>
    public int MaximumPerAddress { get; set; } = 30;

    public TimeSpan AddressWindow { get; set; } = TimeSpan.FromHours(1);

    /// <param name="recentFromSameAddress">Responses already completed from the same address in the window.</param>
    public SuspicionFlags Evaluate(int durationSeconds, int answered, int questions, int recentFromSameAddress)
    {
        var flags = SuspicionFlags.None;
        if (durationSeconds < MinimumSeconds)
        {
            flags |= SuspicionFlags.TooFast;
        }

        if (questions > 0 && answered < MinimumAnsweredShare * questions)
        {
            flags |= SuspicionFlags.Incomplete;
        }

        if (recentFromSameAddress >= MaximumPerAddress)
        {
            flags |= SuspicionFlags.Rate;
        }

        return flags;
    }
}
