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

    /// <summary>
    /// The groups of a published breakdown whose count is withheld: those with a count below the threshold (a group of
    /// nobody has nothing to hide) and, when a single group is and <paramref name="summedInATotal"/>, the smallest other
    /// one too (<see cref="Withholding{TKey}.Complement"/>), so that no one recomputes the hidden count from the total.
    /// </summary>
    public Withholding<TKey> Withhold<TKey>(IEnumerable<(TKey Key, long Count)> groups, bool summedInATotal = true)
        where TKey : notnull
    {
        var list = groups.Where(g => g.Count > 0).ToList();
        var small = list.Where(g => !Allows(g.Count)).Select(g => g.Key).ToHashSet();
        var complement = new HashSet<TKey>();
        if (summedInATotal && small.Count == 1 && list.Where(g => !small.Contains(g.Key)).OrderBy(g => g.Count).ToList() is [var smallest, ..])
        {
            complement.Add(smallest.Key);
        }

        return new Withholding<TKey>(small, complement);
    }
}

/// <param name="Small">Groups below the threshold (« moins de 3 »).</param>
/// <param name="Complement">A group above it, withheld so that a small one cannot be recomputed from the total.</param>
public sealed record Withholding<TKey>(IReadOnlySet<TKey> Small, IReadOnlySet<TKey> Complement)
{
    public bool Hides(TKey key) => Small.Contains(key) || Complement.Contains(key);
}
