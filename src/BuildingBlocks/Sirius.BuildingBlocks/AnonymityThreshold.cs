namespace Sirius.BuildingBlocks;

/// <summary>
/// The fewest responses a group must have before any figure computed over it (a distribution, a percentage, a median
/// duration, a free-text rate, a testimony) leaves the moderation desk; the number of responses itself may always be
/// shown. One setting, <c>Sirius:AnonymityThreshold</c> (3 by default), for every module and page.
/// </summary>
public sealed record AnonymityThreshold
{
    public const string Key = "Sirius:AnonymityThreshold";

    public const int Default = 3;

    /// <param name="value">Below 1 counts as 1: a threshold cannot hide a group of nobody.</param>
    public AnonymityThreshold(int value) => Value = Math.Max(1, value);

    public int Value { get; }

    /// <summary>Whether figures computed over this many responses may be shown.</summary>
    public bool Allows(long responses) => responses >= Value;
}
