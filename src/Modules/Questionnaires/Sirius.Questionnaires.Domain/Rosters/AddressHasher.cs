using System.Security.Cryptography;
using System.Text;

namespace Sirius.Questionnaires.Domain.Rosters;

/// <summary>
/// The one-way hash kept of an apprentice's address to honour unsubscriptions: HMAC-SHA256, under a secret key
/// (<c>Invitations:UnsubscribeKey</c>), of the address's plain SHA-256 (hexadecimal, of the trimmed, lower-cased
/// address). Without the key, a list of candidate addresses cannot be matched against the stored hashes. Keying the
/// plain hash rather than the address lets the rows stored before the key (plain SHA-256) be re-hashed without
/// knowing any address (see docs/rgpd.md).
/// </summary>
public sealed class AddressHasher
{
    public const int MinimumKeyLength = 32;

    private readonly byte[]? _key;

    /// <param name="key">Null or too short: every hash then fails with a message naming the setting, so that a host
    /// without the key runs everything but the import of apprentices, the sending and the unsubscription.</param>
    public AddressHasher(string? key) => _key = key?.Trim() is { Length: >= MinimumKeyLength } set ? Encoding.UTF8.GetBytes(set) : null;

    /// <summary>The keyed hash of an address, hexadecimal (64 characters).</summary>
    public string Of(string email) => Keyed(PlainHashOf(email));

    /// <summary>The keyed hash of an address whose plain SHA-256 is <paramref name="plainHash"/>.</summary>
    public string Keyed(string plainHash) => Convert.ToHexStringLower(HMACSHA256.HashData(
        _key ?? throw new InvalidOperationException($"Invitations:UnsubscribeKey must be set to a secret of at least {MinimumKeyLength} characters (see docs/rgpd.md)."),
        Encoding.UTF8.GetBytes(plainHash)));

    /// <summary>The plain SHA-256 of the trimmed, lower-cased address, hexadecimal: what was stored before the key.</summary>
    public static string PlainHashOf(string email) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant())));
}
