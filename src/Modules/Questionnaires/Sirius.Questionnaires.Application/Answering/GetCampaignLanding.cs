using Sirius.Questionnaires.Contracts;

namespace Sirius.Questionnaires.Application.Answering;

internal sealed class GetCampaignLandingHandler(IQuestionnairesDb db, TimeProvider clock, QuestionnaireDefinitionCache definitions, CampaignLinkCache links)
    : MediatR.IRequestHandler<GetCampaignLanding, CampaignLanding?>
{
    public async Task<CampaignLanding?> Handle(GetCampaignLanding query, CancellationToken cancellationToken) =>
        (await db.FindCampaignAsync(query.Token, clock, definitions, links, cancellationToken))?.Landing;
}
