using Sirius.Testimonies.Application.Discovery;
using Sirius.Testimonies.Contracts;

namespace Sirius.Testimonies.Application.Publication;

/// <summary>
/// <see cref="IPublicReadVersions"/> for the host's output cache: the versions as <see cref="ReadModelVersionCache"/>
/// and the nearby index keep them.
/// </summary>
public sealed class PublicReadVersions(ReadModelVersionCache versions, NearbySnapshots nearby) : IPublicReadVersions
{
    public ValueTask<long> ReadModelsAsync(CancellationToken cancellationToken) => versions.CurrentAsync(cancellationToken);

    /// <summary>Starts a rebuild in the background when the read models moved past the index.</summary>
    public async ValueTask<long> NearbyIndexAsync(CancellationToken cancellationToken) =>
        (await nearby.CurrentAsync(await ReadModelsAsync(cancellationToken), cancellationToken)).Index.Version;
}
