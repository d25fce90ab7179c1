using Microsoft.EntityFrameworkCore;

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
