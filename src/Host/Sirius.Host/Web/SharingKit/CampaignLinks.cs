namespace Sirius.Host.Web.SharingKit;

/// <summary>
/// The public link of a campaign: <c>{Sirius:PublicUrl}/q/{token}</c>, the address e-mails use too, so a printed
/// sheet carries the address apprentices reach even behind a proxy; the request's own origin when it is not set.
/// </summary>
public sealed class CampaignLinks(IConfiguration configuration)
{
    public string For(HttpRequest request, string token)
    {
        var origin = configuration["Sirius:PublicUrl"] is { Length: > 0 } configured
            ? new Uri(configured)
            : new Uri($"{request.Scheme}://{request.Host}");
        return new Uri(origin, $"/q/{token}").ToString();
    }
}
