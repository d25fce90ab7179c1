using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Application.Rosters;
using Sirius.Questionnaires.Application.Statistics;
using Sirius.Questionnaires.Contracts;
using Sirius.Questionnaires.Contracts.IntegrationEvents;
using Sirius.Questionnaires.Domain.Questionnaires;
using Sirius.Questionnaires.Domain.Responses;

namespace Sirius.Questionnaires.Application.Answering;

internal sealed class SaveAnswerHandler(IQuestionnairesDb db, TimeProvider clock, QuestionnaireDefinitionCache definitions, CampaignLinkCache links,
    IOptions<SuspicionRules> rules)
    : IRequestHandler<SaveAnswer, Result<SavedAnswer>>
{
    public async Task<Result<SavedAnswer>> Handle(SaveAnswer command, CancellationToken cancellationToken)
    {
        var linked = await db.FindCampaignAsync(command.Token, clock, definitions, links, cancellationToken);
        if (linked is null)
        {
            return Error.NotFound("campaign.not_found", "Ce questionnaire n’existe pas : vérifie le lien que ton CFA t’a donné.");
        }

        if (!linked.IsOpen)
        {
            return Error.Conflict("campaign.closed", "Ce questionnaire n’accepte pas de réponses en ce moment.");
        }

        var definition = linked.Definition!;
        var posted = command.Answer;
        var answer = definition.ValidateAnswer(command.QuestionKey, new AnswerInput(posted.Values, posted.Items, posted.FollowUp));
        if (!answer.IsSuccess)
        {
            return answer.Error!;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var key = command.Key;
        var response = await db.Responses.OpenAsync(key, linked.Campaign.Id, cancellationToken);
        var started = response is null;
        if (response is null)
        {
            if (key is not null)
            {
                return Error.Conflict("response.unknown", "Nous ne retrouvons pas tes réponses précédentes : recommence le questionnaire depuis le lien de ton CFA.");
            }

            var verified = await UseInvitationAsync(linked, command.InvitationToken, now, cancellationToken);
            if (!verified.IsSuccess)
            {
                return verified.Error!;
            }

            var (secret, hash) = ResponseKeys.NewSecret();
            response = Response.Start(linked.Campaign.Id, linked.Campaign.VersionId, hash, command.AddressHash, now, verified.Value);
            key = new ResponseKey(response.Id, secret);
            var version = await db.Versions.FirstAsync(v => v.Id == linked.Campaign.VersionId, cancellationToken);
            var recorded = version.RecordAnswer(now);
            if (!recorded.IsSuccess)
            {
                return recorded.Error!;
            }

            db.Responses.Add(response);
        }

        var saved = response.Save(definition, answer.Value, command.HoneypotFilled, now);
        if (!saved.IsSuccess)
        {
            return saved.Error!;
        }

        var step = definition.FindStep(command.QuestionKey)!;
        if (!step.IsLast)
        {
            return new SavedAnswer(key!, started, step.Number + 1, Completed: false);
        }

        var completed = await CompleteAsync(linked, response, now, cancellationToken);
        return completed.IsSuccess ? new SavedAnswer(key!, started, null, Completed: true) : completed.Error!;
    }

    /// <summary>
    /// Uses up the personal link that starts this response (true: verified). The conditional update holds the line
    /// until commit, so one link cannot start two responses; it records "answered" and nothing that would point to
    /// the response. Without a link, the open link is fine unless the campaign takes personal invitations only.
    /// The statistics count the used link from the event, under the rebuild barrier like a completion.
    /// </summary>
    private async Task<Result<bool>> UseInvitationAsync(LinkedCampaign linked, string? invitationToken, DateTime now, CancellationToken cancellationToken)
    {
        if (invitationToken is null)
        {
            return linked.Campaign.PersonalInvitationsOnly
                ? Error.Conflict("campaign.invitations_only", "Ce questionnaire est réservé aux apprentis invités personnellement : utilise le lien reçu par courriel.")
                : false;
        }

        var campaignId = linked.Campaign.Id;
        await StatisticsProjection.HoldOffRebuildAsync(db, cancellationToken);
        var used = await db.RosterEntries.WithToken(invitationToken)
            .Where(e => e.CampaignId == campaignId && !e.Answered)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Answered, true), cancellationToken);
        if (used != 1)
        {
            return Invitations.Used;
        }

        db.Publish(new PersonalInvitationUsed(Guid.CreateVersion7(), now, campaignId));
        return true;
    }

    private async Task<Result> CompleteAsync(LinkedCampaign linked, Response response, DateTime now, CancellationToken cancellationToken)
    {
        await StatisticsProjection.HoldOffRebuildAsync(db, cancellationToken);
        var definition = linked.Definition!;
        var window = now - rules.Value.AddressWindow;
        var recent = response.AddressHash is null
            ? 0
            : await db.Responses.CountAsync(
                r => r.AddressHash == response.AddressHash && r.CompletedAtUtc >= window && r.Status == ResponseStatus.Completed, cancellationToken);
        var completed = response.Complete(definition, rules.Value, recent, now);
        if (!completed.IsSuccess)
        {
            return completed;
        }

        // The conditional update holds the campaign's row until commit: concurrent completions cannot pass the seats.
        var campaignId = linked.Campaign.Id;
        var counted = await db.Campaigns
            .Where(c => c.Id == campaignId && c.DeletedAtUtc == null && (c.Seats == 0 || c.ResponsesCount < c.Seats))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ResponsesCount, c => c.ResponsesCount + 1), cancellationToken);
        if (counted == 0)
        {
            return Error.Conflict("campaign.full", "Ce questionnaire a reçu toutes les réponses prévues pendant que tu répondais : la tienne ne peut plus être comptée. Merci de ton aide !");
        }

        var answers = response.ValidAnswers(definition);
        var chosen = answers.SelectMany(a => a.ChosenValues.Select(v => (a.QuestionKey, v.ItemKey, v.Value))).ToList();
        db.ResponseChoices.AddRange(ResponseChoice.AllOf(response.Id, campaignId, chosen));

        var formation = linked.Formation;
        db.Publish(new ResponseCompleted(
            Guid.CreateVersion7(), now, response.Id, campaignId, formation.Key, formation.Cfd, formation.FormateurSiret,
            formation.RegionCode, formation.DepartmentCode, formation.Level, response.VersionId, response.DurationSeconds!.Value,
            response.Verified,
            chosen.Select(c => new ClosedAnswer(c.QuestionKey, c.ItemKey, c.Value)).ToList(),
            answers.OfType<FreeTextAnswer>()
                .Select(a => new ResponseFreeText(a.QuestionKey, definition.FindQuestion(a.QuestionKey)!.Label, a.Text))
                .ToList()));
        return Result.Success();
    }
}
