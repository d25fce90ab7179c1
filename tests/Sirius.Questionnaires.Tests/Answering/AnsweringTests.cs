using System.Text.Json;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Sirius.BuildingBlocks;
using Sirius.BuildingBlocks.Infrastructure.Database;
using Sirius.Questionnaires.Application;
using Sirius.Questionnaires.Contracts;
using Sirius.Questionnaires.Contracts.IntegrationEvents;
using Sirius.Questionnaires.Domain.Responses;
using Sirius.Testing;
using Xunit;

namespace Sirius.Questionnaires.Tests.Answering;

/// <summary>The apprentice's flow on PostgreSQL: progressive save, resume, order, completion, events, bad input.</summary>
public sealed class AnsweringTests(QuestionnairesHost fixture) : IClassFixture<QuestionnairesHost>
{
    private readonly SiriusHost _host = fixture.Host;

    [Fact]
    public async Task The_first_answer_creates_the_response_and_a_reload_resumes_where_it_stopped()
    {
        var (_, campaign) = await _host.OpenCampaignAsync();

        var key = await _host.AnswerAsync(campaign.Token, steps: 3);

        var again = (await _host.SendAsync(new GetResponseStep(campaign.Token, key, 1)))!;
        again.ResumeStepNumber.ShouldBe(4);
        again.Completed.ShouldBeFalse();
        again.Answer.ShouldNotBe(PostedAnswer.Empty);
        var stored = await fixture.ReadAsync(db => db.Responses.SingleAsync(r => r.Id == key.ResponseId));
        stored.Status.ShouldBe(ResponseStatus.InProgress);
        stored.Answers.Count.ShouldBe(3);
        stored.SecretHash.ShouldNotContain(key.Secret);

        var resumed = await _host.AnswerAsync(campaign.Token, key);
        resumed.ShouldBe(key);
        (await fixture.ReadAsync(db => db.Responses.SingleAsync(r => r.Id == key.ResponseId))).Status.ShouldBe(ResponseStatus.Completed);
    }

    [Fact]
    public async Task A_stranger_key_resumes_nothing_and_cannot_write()
    {
        var (_, campaign) = await _host.OpenCampaignAsync();
        var key = await _host.AnswerAsync(campaign.Token, steps: 2);
        var forged = key with { Secret = "AAAAAAAAAAAAAAAAAAAAAA" };

        (await _host.SendAsync(new GetResponseStep(campaign.Token, forged, 1)))!.ResumeStepNumber.ShouldBe(1);
        var first = (await _host.SendAsync(new GetResponseStep(campaign.Token, null, 1)))!.Question;
        var write = await _host.SaveAsync(campaign.Token, forged, first.Key, Respondents.ValidAnswer(first));

        write.Error!.Code.ShouldBe("response.unknown");
        (await fixture.ReadAsync(db => db.Responses.CountAsync(r => r.CampaignId == campaign.Id))).ShouldBe(1);
    }

    [Fact]
    public async Task Questions_are_answered_in_order_but_an_earlier_answer_may_change()
    {
        var (_, campaign) = await _host.OpenCampaignAsync();
        var key = await _host.AnswerAsync(campaign.Token, steps: 2);
        var fifth = (await _host.SendAsync(new GetResponseStep(campaign.Token, key, 5)))!;
        var first = (await _host.SendAsync(new GetResponseStep(campaign.Token, key, 1)))!.Question;

        (await _host.SaveAsync(campaign.Token, key, fifth.Question.Key, Respondents.ValidAnswer(fifth.Question))).Error!.Code.ShouldBe("response.out_of_order");
        var changed = await _host.SaveAsync(campaign.Token, key, first.Key, new PostedAnswer([first.Options[^1].Key], new Dictionary<string, string>(), null));

        changed.IsSuccess.ShouldBeTrue();
        changed.Value.NextStepNumber.ShouldBe(2);
        (await _host.SendAsync(new GetResponseStep(campaign.Token, key, 1)))!.Answer.Values.ShouldBe([first.Options[^1].Key]);
    }

    [Fact]
    public async Task A_save_from_a_window_that_read_the_response_before_another_saved_it_is_a_conflict_and_stores_nothing()
    {
        var (_, campaign) = await _host.OpenCampaignAsync();
        var key = await _host.AnswerAsync(campaign.Token, steps: 2);
        var first = (await _host.SendAsync(new GetResponseStep(campaign.Token, key, 1)))!.Question;
        var third = (await _host.SendAsync(new GetResponseStep(campaign.Token, key, 3)))!.Question;
        await using var window = _host.Scope();
        var db = window.ServiceProvider.GetRequiredService<IQuestionnairesDb>();
        await db.Responses.SingleAsync(r => r.Id == key.ResponseId);

        (await _host.SaveAsync(campaign.Token, key, third.Key, Respondents.ValidAnswer(third))).IsSuccess.ShouldBeTrue();
        var late = await window.ServiceProvider.GetRequiredService<IMediator>().Send(
            new SaveAnswer(campaign.Token, key, first.Key, new PostedAnswer([first.Options[^1].Key], new Dictionary<string, string>(), null), false, null));

        late.Error.ShouldBe(Error.Conflict("response.concurrent", "Cette réponse vient d’être enregistrée depuis une autre fenêtre : recharge la page pour continuer."));
        var stored = await fixture.ReadAsync(db => db.Responses.SingleAsync(r => r.Id == key.ResponseId));
        stored.Answers.Count.ShouldBe(3);
        stored.Answers[first.Key].Values.ShouldBe([first.Options[0].Key]);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_a_french_message_and_nothing_is_stored()
    {
        var (_, campaign) = await _host.OpenCampaignAsync();
        var first = (await _host.SendAsync(new GetResponseStep(campaign.Token, null, 1)))!.Question;

        var unknownOption = await _host.SaveAsync(campaign.Token, null, first.Key, new PostedAnswer(["n-existe-pas"], new Dictionary<string, string>(), null));
        var unknownQuestion = await _host.SaveAsync(campaign.Token, null, "pas.une.question", Respondents.ValidAnswer(first));
        var empty = await _host.SaveAsync(campaign.Token, null, first.Key, PostedAnswer.Empty);
        var skipAhead = await _host.SaveAsync(campaign.Token, null, (await _host.SendAsync(new GetResponseStep(campaign.Token, null, 2)))!.Question.Key,
            Respondents.ValidAnswer((await _host.SendAsync(new GetResponseStep(campaign.Token, null, 2)))!.Question));

        unknownOption.Error!.Kind.ShouldBe(ErrorKind.Invalid);
        unknownOption.Error.Message.ShouldContain("ne fait pas partie des choix proposés");
        unknownOption.Error.Field.ShouldBe(first.Key);
        unknownQuestion.Error!.Code.ShouldBe("answer.unknown_question");
        empty.Error!.Code.ShouldBe("answer.required");
        skipAhead.Error!.Code.ShouldBe("response.out_of_order");
        (await fixture.ReadAsync(db => db.Responses.CountAsync(r => r.CampaignId == campaign.Id))).ShouldBe(0);
    }

    [Fact]
    public async Task Free_text_over_two_thousand_characters_is_refused()
    {
        var (_, campaign) = await _host.OpenCampaignAsync();
        var key = await _host.AnswerAsync(campaign.Token, steps: FirstFreeTextStep - 1);
        var freeText = (await _host.SendAsync(new GetResponseStep(campaign.Token, key, FirstFreeTextStep)))!.Question;

        var tooLong = await _host.SaveAsync(campaign.Token, key, freeText.Key, new PostedAnswer([new string('a', 2001)], new Dictionary<string, string>(), null));

        tooLong.Error!.Code.ShouldBe("answer.too_long");
        tooLong.Error.Message.ShouldContain("2001 caractères pour 2000");
    }

    [Fact]
    public async Task Completing_publishes_one_event_with_the_closed_answers_and_the_free_texts_and_freezes_the_response()
    {
        var (_, campaign) = await _host.OpenCampaignAsync();

        var key = await _host.AnswerAsync(campaign.Token, answer: q => Respondents.ValidAnswer(q, "Mon tuteur m’a beaucoup appris."));

        var events = await CompletedEventsAsync(campaign.Id);
        var completed = events.ShouldHaveSingleItem();
        completed.ResponseId.ShouldBe(key.ResponseId);
        completed.FormateurSiret.ShouldBe(campaign.Siret);
        completed.FreeTexts.ShouldNotBeEmpty();
        completed.FreeTexts.ShouldAllBe(f => f.Text == "Mon tuteur m’a beaucoup appris." && f.QuestionLabel.Length > 0);
        completed.Answers.ShouldContain(a => a.Value == "bien");
        completed.Answers.ShouldContain(a => a.ItemKey != null && a.Value == "moyen");
        (await fixture.ReadAsync(db => db.ResponseChoices.CountAsync(c => c.ResponseId == key.ResponseId))).ShouldBe(completed.Answers.Count);
        (await fixture.ReadAsync(db => db.Campaigns.SingleAsync(c => c.Id == campaign.Id))).ResponsesCount.ShouldBe(1);
        (await fixture.ReadAsync(db => db.Versions.SingleAsync(v => v.Id == db.Campaigns.Single(c => c.Id == campaign.Id).VersionId))).HasAnswers.ShouldBeTrue();

        var last = (await _host.SendAsync(new GetResponseStep(campaign.Token, key, 99)))!;
        last.Completed.ShouldBeTrue();
        (await _host.SaveAsync(campaign.Token, key, last.Question.Key, Respondents.ValidAnswer(last.Question))).Error!.Code.ShouldBe("response.closed");
        (await CompletedEventsAsync(campaign.Id)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Seats_are_never_oversold_under_concurrent_completions()
    {
        const int seats = 3, apprentices = 12;
        var (_, campaign) = await _host.OpenCampaignAsync(seats);
        var count = (await _host.SendAsync(new GetResponseStep(campaign.Token, null, 1)))!.StepCount;
        var keys = new List<ResponseKey>();
        for (var i = 0; i < apprentices; i++)
        {
            keys.Add(await _host.AnswerAsync(campaign.Token, steps: count - 1));
        }

        var last = (await _host.SendAsync(new GetResponseStep(campaign.Token, keys[0], count)))!.Question;
        using var start = new SemaphoreSlim(0);
        var finishing = keys.Select(key => Task.Run(async () =>
        {
            await start.WaitAsync();
            return await _host.SaveAsync(campaign.Token, key, last.Key, Respondents.ValidAnswer(last));
        })).ToList();
        start.Release(apprentices);
        var results = await Task.WhenAll(finishing);

        results.Count(r => r.IsSuccess).ShouldBe(seats);
        results.Where(r => !r.IsSuccess).ShouldAllBe(r => r.Error!.Code == "campaign.full" || r.Error.Code == "campaign.closed");
        (await fixture.ReadAsync(db => db.Campaigns.SingleAsync(c => c.Id == campaign.Id))).ResponsesCount.ShouldBe(seats);
        (await fixture.ReadAsync(db => db.Responses.CountAsync(r => r.CampaignId == campaign.Id && r.Status == ResponseStatus.Completed))).ShouldBe(seats);
        (await CompletedEventsAsync(campaign.Id)).Count.ShouldBe(seats);
        (await _host.SendAsync(new GetCampaignLanding(campaign.Token)))!.Availability.ShouldBe(CampaignAvailabilities.Full);
    }

    [Fact]
    public async Task A_robot_filling_the_hidden_field_and_racing_through_is_flagged_not_refused()
    {
        var (_, campaign) = await _host.OpenCampaignAsync();

        var key = await _host.AnswerAsync(campaign.Token, honeypot: true);

        var response = await fixture.ReadAsync(db => db.Responses.SingleAsync(r => r.Id == key.ResponseId));
        response.Status.ShouldBe(ResponseStatus.Completed);
        response.Flags.ShouldBe(SuspicionFlags.Honeypot | SuspicionFlags.TooFast);
    }

    [Fact]
    public async Task A_closed_campaign_accepts_nothing()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var (_, ended) = await _host.OpenCampaignAsync(start: today.AddDays(-30), end: today.AddDays(-2));
        var first = DefaultFirstQuestionKey();

        var refused = await _host.SaveAsync(ended.Token, null, first, new PostedAnswer(["x"], new Dictionary<string, string>(), null));

        refused.Error!.Code.ShouldBe("campaign.closed");
        (await fixture.ReadAsync(db => db.Responses.CountAsync(r => r.CampaignId == ended.Id))).ShouldBe(0);
    }

    private static string DefaultFirstQuestionKey() =>
        Domain.Questionnaires.DefaultQuestionnaire.Definition.Steps[0].Question.Key;

    private static int FirstFreeTextStep =>
        Domain.Questionnaires.DefaultQuestionnaire.Definition.Steps.First(s => s.Question.Kind == Domain.Questionnaires.QuestionKind.FreeText).Number;

    private Task<List<ResponseCompleted>> CompletedEventsAsync(Guid campaignId) => fixture.ReadAsync(async db =>
        (await ((ModuleDbContext)db).OutboxMessages.Where(m => m.Type.Contains(nameof(ResponseCompleted))).Select(m => m.Payload).ToListAsync())
            .Select(p => JsonSerializer.Deserialize<ResponseCompleted>(p, new JsonSerializerOptions(JsonSerializerDefaults.Web))!)
            .Where(e => e.CampaignId == campaignId)
            .ToList());
}
