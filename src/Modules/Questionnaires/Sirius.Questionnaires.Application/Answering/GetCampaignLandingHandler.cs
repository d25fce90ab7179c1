using System.Text.RegularExpressions;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.Questionnaires.Contracts;
using Sirius.Questionnaires.Domain.Campaigns;

namespace Sirius.Questionnaires.Application.Answering;

internal sealed partial class GetCampaignLandingHandler(IQuestionnairesDb db, TimeProvider clock) : IRequestHandler<GetCampaignLanding, CampaignLanding?>
{
    private static readonly TimeZoneInfo France = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>Today in France: campaigns open and close on French calendar days.</summary>
    public static DateOnly TodayInFrance(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), France).DateTime);

    public async Task<CampaignLanding?> Handle(GetCampaignLanding query, CancellationToken cancellationToken)
    {
        if (!TokenPattern().IsMatch(query.Token))
        {
            return null;
        }

        var found = await (
                from c in db.Campaigns.AsNoTracking()
                join f in db.Formations.AsNoTracking() on c.FormationKey equals f.Key
                join v in db.Versions.AsNoTracking() on c.VersionId equals v.Id
                where c.Token == query.Token && c.DeletedAtUtc == null
                select new
                {
                    Campaign = c,
                    Formation = f,
                    v.DefinitionJson,
                    Establishment = db.Establishments.Where(e => e.Siret == c.Siret).Select(e => e.Name).FirstOrDefault(),
                })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var campaign = found.Campaign;
        var availability = campaign.AvailabilityOn(TodayInFrance(clock)) switch
        {
            CampaignAvailability.NotStarted => CampaignAvailabilities.NotStarted,
            CampaignAvailability.Ended => CampaignAvailabilities.Ended,
            CampaignAvailability.Full => CampaignAvailabilities.Full,
            _ => CampaignAvailabilities.Open,
        };
        var definition = Domain.Questionnaires.QuestionnaireDefinition.Parse(found.DefinitionJson);
        return new CampaignLanding(
            campaign.Id, campaign.Name, found.Formation.Title, found.Formation.Diploma, found.Establishment ?? campaign.Siret,
            found.Formation.Commune, campaign.StartDate, campaign.EndDate, availability,
            definition.IsSuccess ? definition.Value.Steps.Count : 0);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{22,64}$")]
    private static partial Regex TokenPattern();
}
