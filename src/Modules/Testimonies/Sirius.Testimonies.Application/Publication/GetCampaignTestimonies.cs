using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Testimonies.Application.Verbatims;
using Sirius.Testimonies.Contracts;
using Sirius.Testimonies.Domain.Verbatims;

namespace Sirius.Testimonies.Application.Publication;

internal sealed class GetCampaignTestimoniesHandler(ITestimoniesDb db, IMediator mediator, AnonymityThreshold threshold) : IRequestHandler<GetCampaignTestimonies, CampaignTestimonies>
{
    public async Task<CampaignTestimonies> Handle(GetCampaignTestimonies query, CancellationToken cancellationToken)
    {
        if (!threshold.Allows(query.Responses))
        {
            return new CampaignTestimonies(0, [], Masked: true);
        }

        var ids = query.CampaignIds.Distinct().ToList();
        var ofCampaigns = db.Verbatims.AsNoTracking().Where(v => ids.Contains(v.CampaignId));
        var scope = await mediator.Send(new GetActorScope(query.ActorId), cancellationToken);
        if (scope?.IsAdministrator != true)
        {
            var sirets = scope?.Sirets.ToList() ?? [];
            ofCampaigns = ofCampaigns.Where(v => sirets.Contains(v.FormateurSiret));
        }

        var published = ofCampaigns.Published();
        var items = await published
            .OrderByDescending(v => v.Status == VerbatimStatus.Gem).ThenByDescending(v => v.ModeratedAtUtc).ThenBy(v => v.Id)
            .Take(Math.Clamp(query.Max, 1, 500))
            .Select(v => new { v.Id, v.QuestionKey, v.QuestionLabel, v.AnonymisedText, IsGem = v.Status == VerbatimStatus.Gem, PublishedAtUtc = v.ModeratedAtUtc ?? v.ReceivedAtUtc })
            .ToListAsync(cancellationToken);
        var testimonyIds = items.Select(i => i.Id).ToList();
        var replies = await db.TestimonyReplies.AsNoTracking().Where(r => testimonyIds.Contains(r.VerbatimId))
            .ToDictionaryAsync(r => r.VerbatimId, cancellationToken);
        var written = await ofCampaigns.Where(v => !v.Discarded)
            .GroupBy(v => v.QuestionKey).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return new CampaignTestimonies(
            await published.CountAsync(cancellationToken),
            items.Select(v => new CampaignTestimony(v.Id, v.QuestionKey, v.QuestionLabel, v.AnonymisedText, v.IsGem, v.PublishedAtUtc,
                replies.TryGetValue(v.Id, out var reply) ? OwnReplyOf(reply) : null)).ToList(),
            Written: written);
    }

    private static OwnReply OwnReplyOf(TestimonyReply reply)
    {
        var status = ReplyStatusNames.Of(reply.Status);
        return new OwnReply(reply.Text, status, ReplyStatuses.Label(status), reply.RejectionReason);
    }
}
