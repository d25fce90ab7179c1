using Microsoft.EntityFrameworkCore;
using Sirius.Testimonies.Domain;
using Sirius.Testimonies.Domain.Moderation;

namespace Sirius.Testimonies.Application.Verbatims;

internal static class AnswerCounts
{
    public static async Task AddAsync(ITestimoniesDb db, string formationKey, IReadOnlyList<StoredAnswer> answers, int delta, CancellationToken cancellationToken)
    {
        var questions = answers.Select(a => a.QuestionKey).Distinct().ToList();
        var existing = await db.AnswerCounts
            .Where(c => c.FormationKey == formationKey && questions.Contains(c.QuestionKey))
            .ToListAsync(cancellationToken);
        foreach (var answer in answers)
        {
            var count = existing.FirstOrDefault(c => c.QuestionKey == answer.QuestionKey && c.ItemKey == answer.ItemKey && c.Value == answer.Value);
            if (count is null)
            {
                count = AnswerCount.Create(formationKey, answer.QuestionKey, answer.ItemKey, answer.Value);
                existing.Add(count);
                db.AnswerCounts.Add(count);
            }

            count.Count = Math.Max(0, count.Count + delta);
        }
    }
}
