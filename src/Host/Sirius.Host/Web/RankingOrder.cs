using System.Globalization;
using Sirius.Questionnaires.Contracts;

namespace Sirius.Host.Web;

/// <summary>
/// The order a ranking question shows: the posted or saved one (option keys, most important first, or key → rank)
/// when it ranks every option once, otherwise the questionnaire's order. A move swaps an option with its neighbour.
/// </summary>
public static class RankingOrder
{
    public const string Up = "monter";

    public const string Down = "descendre";

    public static IReadOnlyList<ChoiceView> Of(QuestionView question, IReadOnlyList<string> values, IReadOnlyDictionary<string, string> ranks)
    {
        var keys = values.Count > 0
            ? values
            : ranks.OrderBy(r => int.TryParse(r.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var rank) ? rank : int.MaxValue)
                .Select(r => r.Key).ToList();
        var ordered = keys.Select(k => question.Options.FirstOrDefault(o => o.Key == k)).OfType<ChoiceView>().Distinct().ToList();
        return ordered.Count == question.Options.Count ? ordered : question.Options;
    }

    /// <summary>The keys once <paramref name="key"/> moved one place up or down; unchanged at either end or for an unknown key.</summary>
    public static IReadOnlyList<string> Move(IReadOnlyList<ChoiceView> order, string key, string direction)
    {
        var keys = order.Select(o => o.Key).ToList();
        var from = keys.IndexOf(key);
        var to = direction == Up ? from - 1 : direction == Down ? from + 1 : -1;
        if (from >= 0 && to >= 0 && to < keys.Count)
        {
            (keys[from], keys[to]) = (keys[to], keys[from]);
        }

        return keys;
    }

    /// <summary>What the live region says after a move, e.g. « « Le salaire » est maintenant en position 2 sur 5 ».</summary>
    public static string Announcement(string label, int position, int count) =>
        $"«\u202F{label}\u202F» est maintenant en position {position} sur {count}";
}
