using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Application.Common;
using Sirius.Questionnaires.Application.Statistics;
using Sirius.Questionnaires.Contracts;
using Sirius.Questionnaires.Contracts.IntegrationEvents;
using Sirius.Questionnaires.Domain.Campaigns;
using Sirius.Questionnaires.Domain.Questionnaires;

namespace Sirius.Questionnaires.Application.Campaigns;

internal sealed class CreateCampaignsValidator : AbstractValidator<CreateCampaigns>
{
    public CreateCampaignsValidator()
    {
        RuleFor(c => c.Campaigns).NotEmpty().WithMessage("Cochez au moins une formation.");
        RuleFor(c => c.Campaigns).Must(list => list.Select(c => c.FormationKey).Distinct().Count() == list.Count)
            .WithMessage("Une formation ne peut être choisie qu’une fois.");
    }
}

internal sealed class CreateCampaignsHandler(IQuestionnairesDb db, IMediator mediator, TimeProvider clock)
    : IRequestHandler<CreateCampaigns, Result<int>>
{
    public async Task<Result<int>> Handle(CreateCampaigns command, CancellationToken cancellationToken)
    {
        var scope = await mediator.ScopeAsync(command.ActorId, cancellationToken);
        var keys = command.Campaigns.Select(c => c.FormationKey).ToList();
        var formations = await db.Formations.AsNoTracking().Where(f => keys.Contains(f.Key)).ToDictionaryAsync(f => f.Key, cancellationToken);
        var versionIds = command.Campaigns.Select(c => c.VersionId).Distinct().ToList();
        var usable = await db.Versions.AsNoTracking()
            .Where(v => versionIds.Contains(v.Id) && v.Status == QuestionnaireVersionStatus.Validated)
            .Select(v => v.Id).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;

        foreach (var wanted in command.Campaigns)
        {
            if (!formations.TryGetValue(wanted.FormationKey, out var formation) || scope?.MayActFor(formation.FormateurSiret) != true)
            {
                return Actors.NotAllowed;
            }

            if (!usable.Contains(wanted.VersionId))
            {
                return new Error("campaign.version", "Choisissez une version validée du questionnaire.", ErrorKind.Invalid, "versionId");
            }

            var campaign = Campaign.Create(
                wanted.Name, formation.Key, formation.FormateurSiret, wanted.VersionId, wanted.StartDate, wanted.EndDate, wanted.Seats, command.ActorId, now);
            if (!campaign.IsSuccess)
            {
                return campaign.Error! with { Message = $"{formation.Title} : {campaign.Error!.Message}", Field = "campaigns" };
            }

            db.Campaigns.Add(campaign.Value);
            await StatisticsProjection.SyncCampaignAsync(db, campaign.Value, formation, cancellationToken);
        }

        db.Publish(new CampaignsCreated(
            Guid.CreateVersion7(), now, command.ActorId, command.Campaigns.Select(c => formations[c.FormationKey].FormateurSiret).Distinct().ToList()));
        return command.Campaigns.Count;
    }
}
