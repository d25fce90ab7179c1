using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sirius.BuildingBlocks;
using Sirius.Testimonies.Domain;

namespace Sirius.Testimonies.Application;

/// <summary>
/// The <see cref="ReadModelVersion"/> kept a second in memory (<see cref="RecentVersion"/>), read again in a scope of
/// its own; the module's context calls <see cref="Changed"/> when this process raises it.
/// </summary>
public sealed class ReadModelVersionCache(IServiceScopeFactory scopes)
{
    private readonly RecentVersion _version = new();

    public ValueTask<long> CurrentAsync(CancellationToken cancellationToken) => _version.CurrentAsync(ReadAsync, cancellationToken);

    /// <summary>Called by this process after it raised the version.</summary>
    public void Changed() => _version.Changed();

    private async Task<long> ReadAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ITestimoniesDb>().ReadModelVersions.AsNoTracking()
            .Where(v => v.Id == ReadModelVersion.SingleId).Select(v => v.Version).FirstOrDefaultAsync();
    }
}
