using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Contracts;
using Sirius.Questionnaires.Domain.Statistics;

namespace Sirius.Questionnaires.Application.Statistics;

/// <summary>
/// Reports and area figures computed from the statistics read side, kept in memory for one
/// <see cref="StatisticsVersion"/>: a request reads the version (one row) and, while it has not moved, gets them
/// without adding anything up again.
/// </summary>
public sealed class StatisticsCache
{
    private const int Capacity = 2_000;

    internal VersionedCache<string, StatisticsReport> Reports { get; } = new(Capacity);

    internal VersionedCache<string, AreaFigures> Areas { get; } = new(Capacity);

    internal static Task<long> VersionAsync(IQuestionnairesDb db, CancellationToken cancellationToken) =>
        db.StatisticsVersions.AsNoTracking().Where(v => v.Id == StatisticsVersion.SingleId).Select(v => v.Version).FirstAsync(cancellationToken);
}
