using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Application.Common;
using Sirius.Questionnaires.Application.Statistics;
using Sirius.Questionnaires.Contracts;
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

/// <summary>Loads a campaign the actor may act for; another CFA's campaign is reported as not found.</summary>
internal abstract class OwnCampaignHandler(IQuestionnairesDb db, IMediator mediator)
{
    protected IQuestionnairesDb Db { get; } = db;

    protected async Task<Result<Campaign>> LoadAsync(Guid actorId, Guid campaignId, CancellationToken cancellationToken)
    {
        var campaign = await Db.Campaigns.FirstOrDefaultAsync(c => c.Id == campaignId && c.DeletedAtUtc == null, cancellationToken);
        var scope = await mediator.ScopeAsync(actorId, cancellationToken);
        return campaign is not null && scope?.MayActFor(campaign.Siret) == true
            ? campaign
            : Error.NotFound("campaign.not_found", "Cette campagne n’existe pas.");
    }

    /// <summary>Carries the campaign's new dates, seats or deletion to the statistics read side.</summary>
    protected async Task SyncStatisticsAsync(Campaign campaign, CancellationToken cancellationToken)
    {
        var formation = await Db.Formations.AsNoTracking().FirstAsync(f => f.Key == campaign.FormationKey, cancellationToken);
        await StatisticsProjection.SyncCampaignAsync(Db, campaign, formation, cancellationToken);
    }
}

internal sealed class UpdateCampaignHandler(IQuestionnairesDb db, IMediator mediator, TimeProvider clock)
    : OwnCampaignHandler(db, mediator), IRequestHandler<UpdateCampaign, Result>
{
    public async Task<Result> Handle(UpdateCampaign command, CancellationToken cancellationToken)
    {
        var campaign = await LoadAsync(command.ActorId, command.CampaignId, cancellationToken);
        if (!campaign.IsSuccess)
        {
            return campaign.Error!;
        }

        var changed = campaign.Value.Change(command.Name, command.StartDate, command.EndDate, command.Seats, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        if (changed.IsSuccess)
        {
            await SyncStatisticsAsync(campaign.Value, cancellationToken);
        }

        return changed;
    }
}

internal sealed class DeleteCampaignHandler(IQuestionnairesDb db, IMediator mediator, TimeProvider clock)
    : OwnCampaignHandler(db, mediator), IRequestHandler<DeleteCampaign, Result>
{
    public async Task<Result> Handle(DeleteCampaign command, CancellationToken cancellationToken)
    {
        var campaign = await LoadAsync(command.ActorId, command.CampaignId, cancellationToken);
        if (!campaign.IsSuccess)
        {
            return campaign.Error!;
        }

        campaign.Value.Delete(clock.GetUtcNow().UtcDateTime);
        await SyncStatisticsAsync(campaign.Value, cancellationToken);
        return Result.Success();
    }
}
