using Sirius.BuildingBlocks;
using Sirius.Testimonies.Contracts;

namespace Sirius.Testimonies.Application;

/// <summary>
/// Answers computed from the module's read models, kept in memory for one <see cref="Domain.ReadModelVersion"/>:
/// while the module's tables do not change, a read is a version lookup (<see cref="ReadModelVersionCache"/>) and a
/// dictionary hit.
/// </summary>
public sealed class ReadSideCache
{
    internal VersionedCache<string, Result<PublicTestimonies>> Answers { get; } = new(10_000);

    internal VersionedCache<string, IReadOnlyList<StatusCount>> VerbatimCounts { get; } = new(1_000);

    internal VersionedCache<string, IReadOnlyDictionary<string, IReadOnlyList<StatusCount>>> VerbatimCountsBySiret { get; } = new(1);
}
