using Microsoft.Extensions.DependencyInjection;
using Sirius.Testimonies.Application.Discovery;
using Sirius.Testimonies.Contracts;

namespace Sirius.Testimonies.Application.Publication;

/// <summary>
/// <see cref="IPublicReadVersions"/> for the host's output cache: a memory read while <see cref="ReadModelVersionCache"/>
/// is fresh; once a second, one caller (not one per concurrent request) reads the version from the database in a scope
/// of its own.
/// </summary>
public sealed class PublicReadVersions(IServiceScopeFactory scopes, ReadModelVersionCache versions, NearbySnapshots nearby) : IPublicReadVersions
{
    private readonly Lock _reading = new();
    private Task<long>? _read;

    public ValueTask<long> ReadModelsAsync(CancellationToken cancellationToken) =>
        versions.TryFresh(out var version) ? new(version) : new(ReadOnceAsync().WaitAsync(cancellationToken));

    /// <summary>Starts a rebuild in the background when the read models moved past the index.</summary>
    public async ValueTask<long> NearbyIndexAsync(CancellationToken cancellationToken) =>
        (await nearby.CurrentAsync(await ReadModelsAsync(cancellationToken), cancellationToken)).Index.Version;

    private Task<long> ReadOnceAsync()
    {
        lock (_reading)
        {
            return _read is { IsCompleted: false } pending ? pending : _read = ReadAsync();
        }
    }

    private async Task<long> ReadAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        return await versions.CurrentAsync(scope.ServiceProvider.GetRequiredService<ITestimoniesDb>(), CancellationToken.None);
    }
}
