using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Contracts.IntegrationEvents;
using Sirius.Testimonies.Contracts;
using Sirius.Testimonies.Application.Publication;
using Sirius.Testimonies.Application.Verbatims;
using Sirius.Testimonies.Contracts.IntegrationEvents;
using Sirius.Testimonies.Domain;
using Sirius.Testimonies.Domain.Moderation;
using Sirius.Testimonies.Domain.Verbatims;

namespace Sirius.Testimonies.Application.IntegrationEvents;

/// <summary>
/// A completed response: each non-empty free text becomes a pending verbatim with its pre-moderation, and the
/// closed answers are added to the formation's public aggregates. Delivered once by the inbox; a response
/// already counted is ignored all the same. The response that brings a formation to the anonymity threshold may make
/// its already published verbatims visible: the establishment's first publication is checked then.
/// </summary>
internal sealed class OnResponseCompleted(ITestimoniesDb db, AnonymityThreshold threshold, TimeProvider clock) : IIntegrationEventHandler<ResponseCompleted>
{
    public async Task Handle(ResponseCompleted e, CancellationToken cancellationToken)
    {
        await db.LockReadModelsAsync(cancellationToken);
        if (await db.CountedResponses.AnyAsync(r => r.ResponseId == e.ResponseId, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var freeText in e.FreeTexts.Where(f => !string.IsNullOrWhiteSpace(f.Text)).DistinctBy(f => f.QuestionKey))
        {
            var analysis = PreModerator.Analyse(freeText.Text);
            var flags = analysis.Flags.Select(StoredFlag.Of).ToList();
            var verbatim = Verbatim.Receive(
                e.ResponseId, e.CampaignId, e.FormationKey, e.FormateurSiret, freeText.QuestionKey, freeText.QuestionLabel,
                freeText.Text, analysis.AnonymisedText, JsonSerializer.Serialize(flags),
                analysis.Flags.Select(f => f.Kind.ToString()), analysis.Themes.Select(t => t.Theme.ToString()), now, e.Verified,
                SeriousFlags.Priority(flags));
            db.Verbatims.Add(verbatim);
            await db.MoveAsync(verbatim, null, verbatim.Status, cancellationToken);
            if (analysis.HasAlert)
            {
                var categories = analysis.Flags.Select(f => f.Alert).OfType<AlertCategory>().Distinct().Select(AlertCategories.Label).ToList();
                db.Publish(new VerbatimAlertRaised(Guid.CreateVersion7(), now, verbatim.Id, categories));
            }
        }

        var answers = e.Answers.Select(a => new StoredAnswer(a.QuestionKey, a.ItemKey ?? "", a.Value)).Distinct().ToList();
        var counted = CountedResponse.Create(e.ResponseId, e.CampaignId, e.FormationKey, JsonSerializer.Serialize(answers), e.Verified);
        db.CountedResponses.Add(counted);

        var formation = await db.FormationResponses.FindAsync([e.FormationKey], cancellationToken);
        if (formation is null)
        {
            formation = FormationResponses.Create(e.FormationKey, e.Cfd, e.FormateurSiret);
            db.FormationResponses.Add(formation);
        }

        formation.Responses++;
        formation.VerifiedResponses += e.Verified ? 1 : 0;
        await db.CountResponseAsync(counted, formation, +1, cancellationToken);
        await AnswerCounts.AddAsync(db, e.FormationKey, answers, +1, cancellationToken);
        if (threshold.Allows(formation.Responses)
            && !await db.FirstPublications.AnyAsync(p => p.Siret == e.FormateurSiret, cancellationToken))
        {
            var published = await db.Verbatims.Where(v => v.FormationKey == e.FormationKey).Published().ToListAsync(cancellationToken);
            await FirstPublicationCheck.RecordAsync(db, threshold, published, new Dictionary<string, int> { [e.FormationKey] = formation.Responses }, now, cancellationToken);
        }
    }
}
