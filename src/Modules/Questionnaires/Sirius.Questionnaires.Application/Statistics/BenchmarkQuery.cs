using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Questionnaires.Application.Common;
using Sirius.Questionnaires.Contracts;

namespace Sirius.Questionnaires.Application.Statistics;

/// <summary>Bound from <c>Questionnaires</c>: no compared group is shown below this many responses.</summary>
public sealed class StatisticsOptions
{
    public int AnonymityThreshold { get; set; } = 3;
}

internal sealed class GetBenchmarkHandler(IQuestionnairesDb db, IMediator mediator, IOptions<StatisticsOptions> options)
    : IRequestHandler<GetBenchmark, Benchmark?>
{
    public async Task<Benchmark?> Handle(GetBenchmark query, CancellationToken cancellationToken)
    {
        var actor = await mediator.ScopeAsync(query.ActorId, cancellationToken);
        var ids = query.CampaignIds.Distinct().ToList();
        var own = await db.CampaignStatistics.AsNoTracking().Where(c => ids.Contains(c.CampaignId) && !c.Deleted).ToListAsync(cancellationToken);
        if (actor is null || ids.Count == 0 || own.Count != ids.Count || own.Any(c => !actor.MayActFor(c.Siret)))
        {
            return null;
        }

        var region = own.GroupBy(c => c.RegionCode).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var groups = new[]
        {
            db.CampaignStatistics.AsNoTracking().Where(c => ids.Contains(c.CampaignId) && !c.Deleted),
            db.CampaignStatistics.AsNoTracking().Within(new StatisticsScope("region", [region])),
            db.CampaignStatistics.AsNoTracking().Within(StatisticsScope.National),
        };
        var responses = new long[groups.Length];
        var distributions = new Dictionary<(string, string), AnswerDistribution>[groups.Length];
        for (var i = 0; i < groups.Length; i++)
        {
            responses[i] = await groups[i].SumAsync(c => (long)c.Responses, cancellationToken);
            distributions[i] = (await AnswerDistributions.OfAsync(db, groups[i], cancellationToken))
                .ToDictionary(d => (d.QuestionKey, d.ItemKey));
        }

        var threshold = Math.Max(1, options.Value.AnonymityThreshold);
        var shown = responses.All(r => r >= threshold)
            ? distributions[0].Values
                .Where(own => distributions.All(d => d.TryGetValue((own.QuestionKey, own.ItemKey), out var group) && group.Values.Sum(v => v.Responses) >= threshold))
                .Select(own => new BenchmarkQuestion(
                    own.QuestionKey, own.ItemKey, own.Values,
                    distributions[1][(own.QuestionKey, own.ItemKey)].Values, distributions[2][(own.QuestionKey, own.ItemKey)].Values)
                {
                    QuestionLabel = own.QuestionLabel,
                    ItemLabel = own.ItemLabel,
                })
                .ToList()
            : [];
        return new Benchmark(region, responses[0], responses[1], responses[2], shown);
    }
}
