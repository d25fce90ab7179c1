using System.Globalization;
using Sirius.Questionnaires.Application.Versions;
using Sirius.Questionnaires.Contracts;
using Sirius.Questionnaires.Domain.Questionnaires;

namespace Sirius.Questionnaires.Application.Common;

internal sealed class MergedQuestion(Question question, string category, int position)
{
    private readonly List<Question> _older = [];

    public Question Question { get; } = question;

    public QuestionView View { get; } = question.ToView();

    public string Category { get; } = category;

    public int Position { get; } = position;

    public void AddOlder(Question older) => _older.Add(older);

    /// <summary>A value as people read it: an option's label, or the number or rank itself.</summary>
    public string ValueLabel(string value) => View.Kind is "number" or "ranking" ? value : OptionLabel(value);

    public string OptionLabel(string key) =>
        View.Options.FirstOrDefault(o => o.Key == key)?.Label
        ?? _older.SelectMany(q => q.ToView().Options).FirstOrDefault(o => o.Key == key)?.Label
        ?? key;

    public string OptionOrItemLabel(string key) =>
        View.Items.Concat(View.Options).FirstOrDefault(o => o.Key == key)?.Label
        ?? _older.SelectMany(q => q.ToView().Items.Concat(q.ToView().Options)).FirstOrDefault(o => o.Key == key)?.Label
        ?? key;

    /// <summary>Rows in the question's order: items, then options (or numbers, ranks) as the version lists them.</summary>
    public (int Item, int Value) Order(string? itemKey, string valueKey)
    {
        var item = itemKey is null ? -1 : IndexOf(View.Kind == "ranking" ? View.Options : View.Items, itemKey);
        var value = View.Kind is "number" or "ranking"
            ? int.TryParse(valueKey, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue
            : IndexOf(View.Options, valueKey);
        return (item, value);
    }

    private static int IndexOf(IReadOnlyList<ChoiceView> choices, string key)
    {
        for (var i = 0; i < choices.Count; i++)
        {
            if (choices[i].Key == key)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
