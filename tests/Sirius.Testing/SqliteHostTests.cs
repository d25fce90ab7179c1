namespace Sirius.Testing;

/// <summary>Base of a test class whose tests each get a host of their own on a fresh SQLite database (xunit disposes it).</summary>
public abstract class SqliteHostTests : IDisposable
{
    protected SqliteHostTests()
        : this(null)
    {
    }

    protected SqliteHostTests(IDictionary<string, string?>? settings) => Host = SiriusHost.OnSqlite(settings);

    protected SiriusHost Host { get; }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Host.Dispose();
        }
    }
}
