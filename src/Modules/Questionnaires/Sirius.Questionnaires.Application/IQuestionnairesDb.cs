using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Domain;
using Sirius.Questionnaires.Domain.Campaigns;
using Sirius.Questionnaires.Domain.Questionnaires;
using Sirius.Questionnaires.Domain.Responses;

namespace Sirius.Questionnaires.Application;

/// <summary>The module's tables as its handlers see them; the pipeline commits them with the outbox.</summary>
public interface IQuestionnairesDb : IEventOutbox
{
    DbSet<KnownEstablishment> Establishments { get; }

    DbSet<CampaignFormation> Formations { get; }

    DbSet<QuestionnaireVersion> Versions { get; }

    DbSet<Campaign> Campaigns { get; }

    DbSet<Response> Responses { get; }

    DbSet<ResponseChoice> ResponseChoices { get; }
}
