using Microsoft.Extensions.DependencyInjection;

namespace Sirius.Testing;

/// <summary>
/// A host on PostgreSQL whose e-mails reach a real SMTP listener and whose clock the test moves by hand; the retention
/// purges run only when the test runs them.
/// </summary>
public sealed class MailedHost : IAsyncDisposable
{
    private MailedHost(ManualClock clock, SmtpListener smtp, SiriusHost host)
    {
        Clock = clock;
        Smtp = smtp;
        Host = host;
    }

    public ManualClock Clock { get; }

    public SmtpListener Smtp { get; }

    public SiriusHost Host { get; }

    public static async Task<MailedHost> StartAsync(IDictionary<string, string?>? settings = null)
    {
        // Ahead of the wall clock, so that events stamped by test helpers with DateTime.UtcNow are due at once.
        var clock = new ManualClock(DateTimeOffset.UtcNow.AddHours(1));
        var smtp = SmtpListener.Start();
        var all = new Dictionary<string, string?>(smtp.HostSettings())
        {
            ["Retention:Schedule"] = Jobs.NeverScheduled,
            ["Sirius:PublicUrl"] = "http://localhost",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        try
        {
            return new MailedHost(clock, smtp, await SiriusHost.OnPostgresAsync(all, services => services.AddSingleton<TimeProvider>(clock)));
        }
        catch
        {
            await smtp.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}
