using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sirius.Questionnaires.Application;
using Sirius.Testing;
using Xunit;

namespace Sirius.Questionnaires.Tests;

/// <summary>One host on a fresh PostgreSQL database, shared by the tests of a class (each test uses its own SIRETs).</summary>
public sealed class QuestionnairesHost : IAsyncLifetime
{
    public SiriusHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await SiriusHost.OnPostgresAsync(new Dictionary<string, string?> { ["Outbox:AutoDispatch"] = "false" });
        _ = Host.Services;
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>Reads the module's tables (no tracking) in a scope of its own.</summary>
    public async Task<T> ReadAsync<T>(Func<IQuestionnairesDb, Task<T>> read)
    {
        await using var scope = Host.Scope();
        var db = scope.ServiceProvider.GetRequiredService<IQuestionnairesDb>();
        ((DbContext)db).ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return await read(db);
    }
}
