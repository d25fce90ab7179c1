using Sirius.Questionnaires.Contracts;
using Sirius.Questionnaires.Domain.Campaigns;
using Sirius.Questionnaires.Domain.Questionnaires;

namespace Sirius.Questionnaires.Application.Answering;

/// <summary>A campaign reached through its public link, with what the answering flow needs of it.</summary>
internal sealed record LinkedCampaign(Campaign Campaign, CampaignFormation Formation, CampaignLanding Landing, QuestionnaireDefinition? Definition)
{
    public bool IsOpen => Landing.Availability == CampaignAvailabilities.Open && Definition is not null;
}
