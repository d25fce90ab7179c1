using Microsoft.Extensions.Options;
using Sirius.Establishments.Application.Accounts;

namespace Sirius.Establishments.Infrastructure.Accounts;

/// <summary>Bound from the <c>Sirius</c> section: the address users reach the service at.</summary>
public sealed class SiriusOptions
{
    public const string SectionName = "Sirius";

    public Uri PublicUrl { get; set; } = new("http://localhost:5000");
}

/// <summary>Links to the host's account pages, sent in e-mails.</summary>
internal sealed class PublicLinks(IOptions<SiriusOptions> options) : IPublicLinks
{
    public string ConfirmEmail(Guid accountId, string token) =>
        Build("/compte/confirmer", accountId, token);

    public string ResetPassword(Guid accountId, string token) =>
        Build("/compte/nouveau-mot-de-passe", accountId, token);

    public string SignIn() => new Uri(options.Value.PublicUrl, "/connexion").ToString();

    public string NewCampaigns() => new Uri(options.Value.PublicUrl, "/espace/campagnes/nouvelles").ToString();

    public string Results() => new Uri(options.Value.PublicUrl, "/espace/resultats").ToString();

    public string AccountAdministration(Guid accountId) => new Uri(options.Value.PublicUrl, $"/admin/utilisateurs/{accountId}").ToString();

    public string ModerationItem(Guid verbatimId) =>
        new Uri(options.Value.PublicUrl, $"/admin/moderation?verbatim={verbatimId}#v-{verbatimId}").ToString();

    private string Build(string path, Guid accountId, string token) =>
        new Uri(options.Value.PublicUrl, $"{path}?compte={accountId}&jeton={Uri.EscapeDataString(token)}").ToString();
}
