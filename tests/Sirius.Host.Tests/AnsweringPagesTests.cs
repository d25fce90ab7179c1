using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Shouldly;
using Sirius.Questionnaires.Contracts;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests;

/// <summary>An apprentice answers through plain HTML forms (no JavaScript), on SQLite: save, reload, resume, errors, finish.</summary>
public sealed class AnsweringPagesTests : SqliteHostTests
{
    [Fact]
    public async Task An_apprentice_answers_every_step_reloads_midway_resumes_and_finishes()
    {
        var (cfa, campaign) = await Host.OpenCampaignAsync();
        var browser = Browser();
        var landing = await browser.GetStringAsync($"/q/{campaign.Token}");
        landing.ShouldContain("Commencer le questionnaire");
        var count = (await Host.SendAsync(new GetResponseStep(campaign.Token, null, 1)))!.StepCount;

        for (var n = 1; n <= 4; n++)
        {
            (await AnswerStepAsync(browser, campaign.Token, n)).Headers.Location!.ToString().ShouldEndWith($"/questions/{n + 1}");
        }

        (await browser.GetStringAsync($"/q/{campaign.Token}")).ShouldContain("Reprendre à la question 5");
        (await browser.GetAsync($"/q/{campaign.Token}/questions/9")).Headers.Location!.ToString().ShouldEndWith("/questions/5");
        var second = await browser.GetStringAsync($"/q/{campaign.Token}/questions/2");
        second.ShouldContain("checked");
        (await Browser().GetStringAsync($"/q/{campaign.Token}")).ShouldContain("Commencer le questionnaire");

        for (var n = 5; n < count; n++)
        {
            await AnswerStepAsync(browser, campaign.Token, n);
        }

        var finished = await AnswerStepAsync(browser, campaign.Token, count);
        finished.Headers.Location!.ToString().ShouldEndWith($"/q/{campaign.Token}/merci");
        (await browser.GetStringAsync($"/q/{campaign.Token}/merci")).ShouldContain("Merci pour tes réponses");
        (await browser.GetAsync($"/q/{campaign.Token}/questions/1")).Headers.Location!.ToString().ShouldEndWith("/merci");
        (await Host.SendAsync(new ListCampaigns(cfa))).Single().ResponsesCount.ShouldBe(1);
    }

    [Fact]
    public async Task A_wrong_answer_comes_back_with_a_french_message_beside_the_question_and_nothing_saved()
    {
        var (_, campaign) = await Host.OpenCampaignAsync();
        var browser = Browser();
        var question = (await Host.SendAsync(new GetResponseStep(campaign.Token, null, 1)))!.Question;

        var empty = await browser.SubmitAsync($"/q/{campaign.Token}/questions/1", new Dictionary<string, string> { ["QuestionKey"] = question.Key });
        var forged = await browser.SubmitAsync($"/q/{campaign.Token}/questions/1",
            new Dictionary<string, string> { ["QuestionKey"] = question.Key, ["Values"] = "<script>alert(1)</script>" });

        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var emptyPage = await empty.Content.ReadAsStringAsync();
        emptyPage.ShouldContain("Cette question est obligatoire");
        emptyPage.ShouldContain("fr-fieldset--error");
        Regex.IsMatch(emptyPage, "aria-describedby=\"[^\"]*q-[a-z0-9-]+-error\"").ShouldBeTrue("the error is tied to the question");
        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var forgedPage = await forged.Content.ReadAsStringAsync();
        forgedPage.ShouldNotContain("<script>alert(1)</script>");
        forgedPage.ShouldContain("ne fait pas partie des choix proposés");
        (await browser.GetStringAsync($"/q/{campaign.Token}")).ShouldContain("Commencer le questionnaire");
    }

    [Fact]
    public async Task Without_javascript_a_ranking_move_shows_the_new_order_and_next_saves_the_order_shown()
    {
        var (_, campaign) = await Host.OpenCampaignAsync();
        var browser = Browser();
        var step = 1;
        while ((await Host.SendAsync(new GetResponseStep(campaign.Token, null, step)))!.Question.Kind != "ranking")
        {
            await AnswerStepAsync(browser, campaign.Token, step++);
        }

        var question = (await Host.SendAsync(new GetResponseStep(campaign.Token, null, step)))!.Question;
        var url = $"/q/{campaign.Token}/questions/{step}";
        var keys = question.Options.Select(o => o.Key).ToList();
        var moved = question.Options[2];
        var fields = keys.Select(k => KeyValuePair.Create("Values", k))
            .Append(KeyValuePair.Create("QuestionKey", question.Key))
            .Append(KeyValuePair.Create("Deplacement", $"{moved.Key} monter"));

        var move = await browser.PostWithTokenAsync(url + "?handler=Deplacer", fields, await browser.TokenAsync(url));

        move.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await move.Content.ReadAsStringAsync();
        List<string> expected = [keys[0], keys[2], keys[1], .. keys.Skip(3)];
        HiddenValues(page).ShouldBe(expected);
        WebUtility.HtmlDecode(page).ShouldContain($"«\u202F{moved.Label}\u202F» est maintenant en position 2 sur {keys.Count}");
        Regex.IsMatch(page, $"value=\"{moved.Key} monter\"[^>]*autofocus").ShouldBeTrue("focus stays on the moved option's button");
        page.ShouldContain($"action=\"{url}\"");

        var next = await browser.PostWithTokenAsync(url,
            expected.Select(k => KeyValuePair.Create("Values", k)).Append(KeyValuePair.Create("QuestionKey", question.Key)), await browser.TokenAsync(url));

        next.StatusCode.ShouldBe(HttpStatusCode.Redirect, await next.Content.ReadAsStringAsync());
        HiddenValues(await browser.GetStringAsync(url)).ShouldBe(expected, "the saved answer has the order shown");
    }

    [Fact]
    public async Task A_step_posted_without_the_anti_forgery_token_is_refused()
    {
        var (_, campaign) = await Host.OpenCampaignAsync();
        var question = (await Host.SendAsync(new GetResponseStep(campaign.Token, null, 1)))!.Question;

        var response = await Browser().PostWithoutTokenAsync($"/q/{campaign.Token}/questions/1", Respondents.FormFields(question));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_closed_campaign_sends_the_apprentice_back_to_the_landing_page_that_says_why()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var (_, campaign) = await Host.OpenCampaignAsync(start: today.AddDays(5), end: today.AddDays(30));

        var step = await Browser().GetAsync($"/q/{campaign.Token}/questions/1");

        step.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await Browser().GetStringAsync(step.Headers.Location!.ToString())).ShouldContain("Ce questionnaire ouvrira le");
    }

    private static List<string> HiddenValues(string page) =>
        [.. Regex.Matches(page, "<input type=\"hidden\" name=\"Values\" value=\"([^\"]+)\"").Select(m => m.Groups[1].Value)];

    private HttpClient Browser() => Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private async Task<HttpResponseMessage> AnswerStepAsync(HttpClient browser, string token, int step)
    {
        var question = (await Host.SendAsync(new GetResponseStep(token, null, step)))!.Question;
        var response = await browser.SubmitAsync($"/q/{token}/questions/{step}", Respondents.FormFields(question));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"step {step}: {await response.Content.ReadAsStringAsync()}");
        return response;
    }
}
