using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Shouldly;
using Sirius.Questionnaires.Contracts;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests;

/// <summary>What an apprentice reads when the questionnaire closes under them, on PostgreSQL over HTTP.</summary>
public sealed class ClosedQuestionnaireTests : IAsyncLifetime
{
    private SiriusHost _host = null!;

    public async Task InitializeAsync() => _host = await SiriusHost.OnPostgresAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_deleted_campaign_link_says_the_survey_no_longer_exists_not_that_the_address_is_wrong()
    {
        var (cfa, campaign) = await _host.OpenCampaignAsync();
        var started = Browser();
        await AnswerStepAsync(started, campaign.Token, 1);
        (await _host.SendAsync(new DeleteCampaign(cfa, campaign.Id))).IsSuccess.ShouldBeTrue();

        var landing = await Browser().GetAsync($"/q/{campaign.Token}");

        landing.StatusCode.ShouldBe(HttpStatusCode.Gone);
        var html = await landing.Content.ReadAsStringAsync();
        html.ShouldContain("Ce questionnaire n’existe plus");
        html.ShouldContain("Ton centre de formation a supprimé ce questionnaire");
        html.ShouldNotContain("Vérifiez l’adresse");
        var question = await started.GetAsync($"/q/{campaign.Token}/questions/2");
        question.Headers.Location!.ToString().ShouldBe($"/q/{campaign.Token}");
        (await started.GetAsync($"/q/{campaign.Token}")).StatusCode.ShouldBe(HttpStatusCode.Gone);
        (await Browser().GetAsync("/q/AAAAAAAAAAAAAAAAAAAAAAAAAAAA")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_apprentice_half_way_when_the_last_seat_fills_is_told_why_their_answers_cannot_be_sent()
    {
        var (_, campaign) = await _host.OpenCampaignAsync(seats: 1);
        var halfWay = Browser();
        await AnswerStepAsync(halfWay, campaign.Token, 1);
        await AnswerStepAsync(halfWay, campaign.Token, 2);
        await _host.AnswerAsync(campaign.Token);

        var next = await halfWay.GetAsync($"/q/{campaign.Token}/questions/3");
        next.Headers.Location!.ToString().ShouldBe($"/q/{campaign.Token}");
        var page = await halfWay.GetStringAsync($"/q/{campaign.Token}");

        page.ShouldContain("la dernière place a été prise juste avant toi");
        page.ShouldContain("Tes réponses n’ont pas pu être envoyées");
        (await Browser().GetStringAsync($"/q/{campaign.Token}")).ShouldContain("Ce questionnaire a reçu toutes les réponses prévues");
    }

    private HttpClient Browser() => _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private async Task AnswerStepAsync(HttpClient browser, string token, int step)
    {
        var question = (await _host.SendAsync(new GetResponseStep(token, null, step)))!.Question;
        var response = await browser.SubmitAsync($"/q/{token}/questions/{step}", Respondents.FormFields(question));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"step {step}: {await response.Content.ReadAsStringAsync()}");
    }
}
