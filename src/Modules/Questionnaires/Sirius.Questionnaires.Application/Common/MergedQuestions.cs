using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sirius.Questionnaires.Application.Versions;
using Sirius.Questionnaires.Contracts;
using Sirius.Questionnaires.Domain.Questionnaires;

namespace Sirius.Questionnaires.Application.Common;

/// <summary>Questions merged by key across questionnaire versions, labelled by the newest version that has them.</summary>
internal static class MergedQuestions
{
    /// <summary>
    /// Every question of these versions (of every version when null), once per key, from the newest version that has it,
    /// in that version's order.
    /// </summary>
    public static async Task<List<MergedQuestion>> MergedQuestionsAsync(this IQuestionnairesDb db, IReadOnlyList<Guid>? versionIds, CancellationToken cancellationToken)
    {
        var versions = await db.Versions.AsNoTracking()
            .Where(v => versionIds == null || versionIds.Contains(v.Id))
            .OrderByDescending(v => v.Number)
            .ToListAsync(cancellationToken);
        var merged = new Dictionary<string, MergedQuestion>(StringComparer.Ordinal);
        foreach (var definition in versions.Select(v => v.Definition).Where(d => d.IsSuccess).Select(d => d.Value))
        {
            foreach (var step in definition.Steps)
            {
                if (merged.TryGetValue(step.Question.Key, out var known))
                {
                    known.AddOlder(step.Question);
                }
                else
                {
                    merged[step.Question.Key] = new MergedQuestion(step.Question, step.Category.Title, merged.Count);
                }
            }
        }

        return [.. merged.Values.OrderBy(q => q.Position)];
    }
}

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
