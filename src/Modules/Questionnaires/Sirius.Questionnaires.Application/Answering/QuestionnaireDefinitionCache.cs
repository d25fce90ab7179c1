using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Sirius.Questionnaires.Domain.Questionnaires;

namespace Sirius.Questionnaires.Application.Answering;

/// <summary>
/// Parsed questionnaire definitions, kept per version and last change for the answering path (a step would otherwise
/// parse its questionnaire again). Bounded: past <see cref="Capacity"/> entries, the least recently used are dropped.
/// </summary>
public sealed class QuestionnaireDefinitionCache : IDisposable
{
    private const int Capacity = 64;

    private readonly MemoryCache _definitions = new(new MemoryCacheOptions { SizeLimit = Capacity });

    /// <summary>The version's definition as it was at <paramref name="updatedAtUtc"/>; null when it does not parse.</summary>
    internal async Task<QuestionnaireDefinition?> GetAsync(IQuestionnairesDb db, Guid versionId, DateTime updatedAtUtc, CancellationToken cancellationToken)
    {
        var key = (versionId, updatedAtUtc);
        if (_definitions.TryGetValue(key, out QuestionnaireDefinition? cached))
        {
            return cached;
        }

        var json = await db.Versions.AsNoTracking().Where(v => v.Id == versionId).Select(v => v.DefinitionJson).FirstAsync(cancellationToken);
        var parsed = QuestionnaireDefinition.Parse(json);
        var definition = parsed.IsSuccess ? parsed.Value : null;
        _definitions.Set(key, definition, new MemoryCacheEntryOptions { Size = 1 });
        return definition;
    }

    public void Dispose() => _definitions.Dispose();
}
