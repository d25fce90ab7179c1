using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Memory;

namespace Sirius.Host.Web;

/// <summary>
/// The « utile ? » form of a widget carries a signed, short-lived ticket naming the widget and the testimony it shows,
/// so that a vote counts only for a testimony of the widget it is posted to and only while the page is recent.
/// The ticket has no per-visitor part because the widget page is served from a shared cache; instead each client
/// address may vote once per testimony while tickets live (a bounded memory), on top of the per-browser cookie that
/// remembers votes longer. A cookie-less client therefore cannot count the same testimony twice by dropping cookies.
/// </summary>
public sealed class FeedbackTickets(IDataProtectionProvider protection) : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly ITimeLimitedDataProtector _protector =
        protection.CreateProtector("Sirius.Widget.Feedback").ToTimeLimitedDataProtector();

    // Bounded: the keys come from strangers.
    private readonly MemoryCache _votes = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    public string Issue(string subject, string code, Guid testimony) =>
        _protector.Protect(Purpose(subject, code, testimony), Lifetime);

    /// <summary>Whether the ticket was issued by the widget <paramref name="subject"/>/<paramref name="code"/> for this testimony and has not expired.</summary>
    public bool IsValid(string? ticket, string subject, string code, Guid testimony)
    {
        if (string.IsNullOrEmpty(ticket) || ticket.Length > 1024)
        {
            return false;
        }

        try
        {
            return _protector.Unprotect(ticket, out _) == Purpose(subject, code, testimony);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return false;
        }
    }

    /// <summary>Records this client's vote on the testimony; false when it already voted on it while tickets live.</summary>
    public bool FirstVote(IPAddress? client, Guid testimony)
    {
        var key = $"{client}|{testimony}";
        if (_votes.TryGetValue(key, out _))
        {
            return false;
        }

        _votes.Set(key, true, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });
        return true;
    }

    public void Dispose() => _votes.Dispose();

    private static string Purpose(string subject, string code, Guid testimony) => $"{subject}|{code.ToUpperInvariant()}|{testimony:N}";
}
