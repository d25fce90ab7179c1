using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Questionnaires.Application.Common;
using Sirius.Questionnaires.Contracts;
using Sirius.Questionnaires.Domain.Statistics;

namespace Sirius.Questionnaires.Application.Statistics;

internal sealed class GetBenchmarkHandler(IQuestionnairesDb db, IMediator mediator, AnonymityThreshold threshold, StatisticsCache cache)
    : IRequestHandler<GetBenchmark, Benchmark?>
{
    public async Task<Benchmark?> Handle(GetBenchmark query, CancellationToken cancellationToken)
    {
        // EstablishmentStaffOnly let the actor through: CFA staff or an administrator, narrowed here to their campaigns.
        var actor = (await mediator.ScopeAsync(query.ActorId, cancellationToken))!;
        var ids = query.CampaignIds.Distinct().ToList();
        var own = await db.CampaignStatistics.AsNoTracking().Where(c => ids.Contains(c.CampaignId) && !c.Deleted).ToListAsync(cancellationToken);
        if (ids.Count == 0 || own.Count != ids.Count || own.Any(c => !actor.MayActFor(c.Siret)))
        {
            return null;
        }

        var region = own.GroupBy(c => c.RegionCode).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var version = await StatisticsCache.VersionAsync(db, cancellationToken);
        var groups = new[]
        {
            await FiguresAsync(StatisticsSums.OfCampaigns(db, ids), own.Sum(c => (long)c.Responses), cancellationToken),
            await AreaAsync(version, new StatisticsScope(StatisticsArea.Region, [region]), cancellationToken),
            await AreaAsync(version, StatisticsScope.National, cancellationToken),
        };

        var shown = groups.All(g => threshold.Allows(g.Responses))
            ? groups[0].Distributions.Values
                .Where(own => groups.All(g => g.Distributions.TryGetValue((own.QuestionKey, own.ItemKey), out var group) && threshold.Allows(group.Respondents)))
                .Select(own => new BenchmarkQuestion(
                    own.QuestionKey, own.ItemKey, own.Values,
                    groups[1].Distributions[(own.QuestionKey, own.ItemKey)].Values, groups[2].Distributions[(own.QuestionKey, own.ItemKey)].Values,
                    groups.Select(g => g.Distributions[(own.QuestionKey, own.ItemKey)].Respondents).ToList())
                {
                    QuestionLabel = own.QuestionLabel,
                    ItemLabel = own.ItemLabel,
                })
                .ToList()
            : [];
        return new Benchmark(region, groups[0].Responses, groups[1].Responses, groups[2].Responses, shown);
    }

    /// <summary>A région's or the country's figures: the same for every CFA while the read side does not move.</summary>
    private Task<AreaFigures> AreaAsync(long version, StatisticsScope scope, CancellationToken cancellationToken) =>
        cache.Areas.GetOrAddAsync(version, $"{scope.Kind}|{string.Join(",", scope.Codes)}", async () => await FiguresAsync(
            await StatisticsSums.ForAsync(db, scope, cancellationToken),
            await db.CampaignStatistics.AsNoTracking().Within(scope).SumAsync(c => (long)c.Responses, cancellationToken),
            cancellationToken));

    private async Task<AreaFigures> FiguresAsync(StatisticsSums sums, long responses, CancellationToken cancellationToken) =>
        new(responses, (await AnswerDistributions.OfAsync(db, await sums.AnswersAsync(cancellationToken), cancellationToken)).ToDictionary(d => (d.QuestionKey, d.ItemKey)));
}
