using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Sirius.Questionnaires.Contracts;

namespace Sirius.Host.Web;

/// <summary>
/// Where a browser keeps the key of its response in progress: one cookie per campaign link, HTTP only, sent back
/// only under <c>/q/{token}</c>, kept until the campaign ends. It is what lets an apprentice reload and resume.
/// </summary>
internal static class RespondentCookie
{
    private const string Name = "sirius_reponse";

    public static ResponseKey? Read(HttpRequest request)
    {
        var value = request.Cookies[Name];
        var dot = value?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        return dot > 0 && Guid.TryParseExact(value![..dot], "N", out var id) ? new ResponseKey(id, value[(dot + 1)..]) : null;
    }

    public static void Write(HttpResponse response, string token, ResponseKey key, DateOnly campaignEnd) =>
        response.Cookies.Append(Name, key.ResponseId.ToString("N", CultureInfo.InvariantCulture) + "." + key.Secret, new CookieOptions
        {
            Path = "/q/" + token,
            HttpOnly = true,
            Secure = response.HttpContext.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
            Expires = campaignEnd.ToDateTime(TimeOnly.MaxValue, DateTimeKind.Utc), // the end of its last day: no overflow on 9999-12-31
        });

    public static void Forget(HttpResponse response, string token) =>
        response.Cookies.Delete(Name, new CookieOptions { Path = "/q/" + token });
}

/// <summary>
/// The personal invitation link a browser came through, kept (HTTP only, for the browser session, under
/// <c>/q/{token}</c>) until the first answer uses it up and the response starts verified.
/// </summary>
internal static class InvitationCookie
{
    private const string Name = "sirius_invitation";

    public static string? Read(HttpRequest request) => request.Cookies[Name] is { Length: > 0 } value ? value : null;

    public static void Write(HttpResponse response, string token, string invitationToken) =>
        response.Cookies.Append(Name, invitationToken, new CookieOptions
        {
            Path = "/q/" + token,
            HttpOnly = true,
            Secure = response.HttpContext.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
        });

    public static void Forget(HttpResponse response, string token) =>
        response.Cookies.Delete(Name, new CookieOptions { Path = "/q/" + token });
}

/// <summary>
/// A keyed hash of the client's address: enough to notice many responses from one network, not to recover the
/// address. The key comes from <c>Questionnaires:AddressKey</c>, or is drawn at start-up (then windows reset on restart).
/// </summary>
public sealed class RespondentAddress(IConfiguration configuration)
{
    private readonly byte[] _key = configuration["Questionnaires:AddressKey"] is { Length: > 0 } key
        ? Encoding.UTF8.GetBytes(key)
        : RandomNumberGenerator.GetBytes(32);

    public string? HashOf(HttpContext context) => context.Connection.RemoteIpAddress is { } address
        ? Convert.ToHexStringLower(HMACSHA256.HashData(_key, address.GetAddressBytes()))
        : null;
}
