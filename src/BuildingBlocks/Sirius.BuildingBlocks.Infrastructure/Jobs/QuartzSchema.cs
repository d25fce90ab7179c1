using System.Text.RegularExpressions;
using Quartz;
using Sirius.BuildingBlocks.Infrastructure.Database;

namespace Sirius.BuildingBlocks.Infrastructure.Jobs;

/// <summary>Bound from the <c>Scheduler</c> configuration section.</summary>
public sealed class SchedulerOptions
{
    public const string SectionName = "Scheduler";

    /// <summary>
    /// Quartz's persistent, clustered job store in the database (the platform schema); by default on PostgreSQL and
    /// SQL Server, never on SQLite (in-memory store, one instance). False keeps the in-memory store on a server too.
    /// </summary>
    public bool? PersistentStore { get; set; }

    /// <summary>How often a clustered instance records that it is alive; another takes over its work after two missed check-ins.</summary>
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Jobs run only when asked (the jobs page's « Lancer »), never on their schedule. For a host whose clock is moved
    /// by hand, as tests do: Quartz reads the application's TimeProvider, so moving it by days fired the weekly and
    /// nightly jobs in the middle of the test. Meant for a fresh job store: it schedules nothing, it removes nothing.
    /// </summary>
    public bool ManualOnly { get; set; }

    public bool UsesPersistentStore(DatabaseProvider provider) =>
        provider != DatabaseProvider.Sqlite && (PersistentStore ?? true);
}

/// <summary>
/// Quartz's tables, in the platform schema. Created by a platform migration (run once, under EF's migration lock)
/// from the idempotent creation script Quartz ships for the provider — the schema of the Quartz version in use.
/// </summary>
public static class QuartzSchema
{
    public const string TablePrefix = PlatformDbContext.SchemaName + ".qrtz_";

    private const string UnqualifiedPrefix = "qrtz_";
    /// <summary>The script separates statements with lines reading exactly this.</summary>
    private const string Separator = "--;;";

    public static IReadOnlyList<string> PostgresStatements() => Statements("create_postgres.sql");

    public static IReadOnlyList<string> SqlServerStatements() => Statements("create_sqlServer.sql");

    private static List<string> Statements(string script)
    {
        var name = "Quartz.Impl.AdoJobStore.Schema." + script;
        using var stream = typeof(IJob).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Quartz ships no {name} script.");
        using var reader = new StreamReader(stream);
        return [.. Regex.Split(reader.ReadToEnd().ReplaceLineEndings("\n"), "^" + Separator + "$", RegexOptions.Multiline)
            .Select(piece => piece.Replace("{0}", TablePrefix, StringComparison.Ordinal).Replace("{1}", UnqualifiedPrefix, StringComparison.Ordinal))
            .Where(piece => piece.Split('\n').Any(line => line.Trim() is { Length: > 0 } text && !text.StartsWith("--", StringComparison.Ordinal)))];
    }
}
