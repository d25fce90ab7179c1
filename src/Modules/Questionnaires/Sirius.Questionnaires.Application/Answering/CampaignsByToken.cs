using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Sirius.Questionnaires.Application.Common;
using Sirius.Questionnaires.Contracts;
using Sirius.Questionnaires.Domain.Campaigns;
using Sirius.Questionnaires.Domain.Questionnaires;

namespace Sirius.Questionnaires.Application.Answering;

/// <summary>
/// Finds campaigns by their link's token (see <see cref="CampaignLinkCache"/>), with their parsed definition (see
/// <see cref="QuestionnaireDefinitionCache"/>).
/// </summary>
internal static partial class CampaignsByToken
{
    public static async Task<LinkedCampaign?> FindCampaignAsync(
        this IQuestionnairesDb db, string token, TimeProvider clock, QuestionnaireDefinitionCache definitions, CampaignLinkCache links,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || !TokenPattern().IsMatch(token))
        {
            return null;
        }

        var found = await links.GetAsync(token, () => (
                from c in db.Campaigns.AsNoTracking()
                join f in db.Formations.AsNoTracking() on c.FormationKey equals f.Key
                join v in db.Versions.AsNoTracking() on c.VersionId equals v.Id
                where c.Token == token && c.DeletedAtUtc == null
                select new CampaignLinkCache.Link(
                    c,
                    f,
                    v.UpdatedAtUtc,
                    v.Status == QuestionnaireVersionStatus.Validated,
                    db.Establishments.Where(e => e.Siret == c.Siret).Select(e => e.Name).FirstOrDefault()))
            .FirstOrDefaultAsync(cancellationToken));
        if (found is null)
        {
            return null;
        }

        var campaign = found.Campaign;
        var definition = found.VersionValidated
            ? await definitions.GetAsync(db, campaign.VersionId, found.VersionUpdatedAtUtc, cancellationToken)
            : null;
        var availability = campaign.AvailabilityOn(FrenchCalendar.Today(clock)) switch
        {
            CampaignAvailability.NotStarted => CampaignAvailabilities.NotStarted,
            CampaignAvailability.Ended => CampaignAvailabilities.Ended,
            CampaignAvailability.Full => CampaignAvailabilities.Full,
            _ => CampaignAvailabilities.Open,
        };
        var landing = new CampaignLanding(
            campaign.Id, campaign.Name, found.Formation.Title, found.Formation.Diploma, found.EstablishmentName ?? campaign.Siret,
            found.Formation.Commune, campaign.StartDate, campaign.EndDate, availability, definition?.Steps.Count ?? 0,
            campaign.PersonalInvitationsOnly);
        return new LinkedCampaign(campaign, found.Formation, landing, definition);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{22,64}$")]
    private static partial Regex TokenPattern();
}
