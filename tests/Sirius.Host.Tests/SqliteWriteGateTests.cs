using Microsoft.EntityFrameworkCore;
using Shouldly;
using Sirius.BuildingBlocks.Infrastructure.Database;
using Xunit;

namespace Sirius.Host.Tests;

/// <summary>
/// Write transactions on one SQLite file take turns in memory: a second writer waits asynchronously for the first one's
/// end instead of polling SQLite's lock on a blocked thread. Without the gate, <c>BeginTransactionAsync</c> would only
/// return once SQLite lets it in (Microsoft.Data.Sqlite runs it synchronously), so these tests would fail.
/// </summary>
public sealed class SqliteWriteGateTests : IDisposable
{
    private readonly DatabaseOptions _options = new()
    {
        SqliteDirectory = Path.Combine(Path.GetTempPath(), "sirius-gate-" + Guid.NewGuid().ToString("N")[..12]),
    };

    [Fact]
    public async Task A_second_writer_waits_for_the_first_without_blocking_and_goes_on_when_it_commits()
    {
        await using var first = await CreatedAsync();
        await using var second = Context();
        await using var held = await first.Database.BeginTransactionAsync();
        first.Notes.Add(new GateNote { Text = "première" });
        await first.SaveChangesAsync();

        var waiting = second.Database.BeginTransactionAsync();
        waiting.IsCompleted.ShouldBeFalse();
        await Task.Delay(100);
        waiting.IsCompleted.ShouldBeFalse();

        await held.CommitAsync();
        await using var next = await waiting.WaitAsync(TimeSpan.FromSeconds(5));
        second.Notes.Add(new GateNote { Text = "seconde" });
        await second.SaveChangesAsync();
        await next.CommitAsync();
        (await second.Notes.CountAsync()).ShouldBe(2);
    }

    [Fact]
    public async Task A_transaction_left_without_commit_or_rollback_gives_its_turn_back_when_disposed()
    {
        await using var first = await CreatedAsync();
        await using var second = Context();
        await using (await first.Database.BeginTransactionAsync())
        {
            first.Notes.Add(new GateNote { Text = "abandonnée" });
            await first.SaveChangesAsync();
        }

        await using var next = await second.Database.BeginTransactionAsync().WaitAsync(TimeSpan.FromSeconds(5));
        (await second.Notes.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Writers_on_other_files_do_not_wait_for_each_other()
    {
        await using var first = await CreatedAsync();
        await using var other = new GateContext(Options("autre"));
        await other.Database.EnsureCreatedAsync();
        await using var held = await first.Database.BeginTransactionAsync();

        var elsewhere = other.Database.BeginTransactionAsync();
        elsewhere.IsCompleted.ShouldBeTrue();
        await (await elsewhere).CommitAsync();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_options.SqliteDirectory))
        {
            Directory.Delete(_options.SqliteDirectory, recursive: true);
        }
    }

    private async Task<GateContext> CreatedAsync()
    {
        var context = Context();
        await context.Database.EnsureCreatedAsync();
        return context;
    }

    private GateContext Context() => new(Options("gate"));

    private DbContextOptions<GateContext> Options(string module)
    {
        var builder = new DbContextOptionsBuilder<GateContext>();
        ModuleDatabase.Configure(builder, _options, module, module);
        return builder.Options;
    }

    private sealed class GateContext(DbContextOptions<GateContext> options) : DbContext(options)
    {
        public DbSet<GateNote> Notes => Set<GateNote>();
    }

    private sealed class GateNote
    {
        public int Id { get; set; }

        public string Text { get; set; } = "";
    }
}
