using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Application;
using Sirius.Questionnaires.Contracts;
using Sirius.Questionnaires.Domain.Questionnaires;
using Sirius.Testing;
using Xunit;

namespace Sirius.Questionnaires.Tests.Answering;

/// <summary>The public link tells whether a campaign accepts answers, and why not.</summary>
public sealed class CampaignLandingTests(QuestionnairesHost fixture) : IClassFixture<QuestionnairesHost>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private readonly SiriusHost _host = fixture.Host;

    [Fact]
    public async Task An_open_campaign_shows_its_formation_and_question_count()
    {
        var (_, campaign) = await CampaignAsync(Today.AddDays(-1), Today.AddDays(30), seats: 0);

        var landing = (await _host.SendAsync(new GetCampaignLanding(campaign.Token)))!;

        landing.Availability.ShouldBe(CampaignAvailabilities.Open);
        landing.FormationTitle.ShouldBe("Maçon");
        landing.QuestionCount.ShouldBe(DefaultQuestionnaire.Definition.Steps.Count);
    }

    [Fact]
    public async Task Campaigns_not_started_ended_or_full_say_so()
    {
        var (_, later) = await CampaignAsync(Today.AddDays(2), Today.AddDays(30), seats: 0);
        var (_, over) = await CampaignAsync(Today.AddDays(-30), Today.AddDays(-2), seats: 0);
        var (_, full) = await CampaignAsync(Today.AddDays(-1), Today.AddDays(30), seats: 1);
        await using (var scope = _host.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<IQuestionnairesDb>().Campaigns
                .Where(c => c.Id == full.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.ResponsesCount, 1));
        }

        (await _host.SendAsync(new GetCampaignLanding(later.Token)))!.Availability.ShouldBe(CampaignAvailabilities.NotStarted);
        (await _host.SendAsync(new GetCampaignLanding(over.Token)))!.Availability.ShouldBe(CampaignAvailabilities.Ended);
        (await _host.SendAsync(new GetCampaignLanding(full.Token)))!.Availability.ShouldBe(CampaignAvailabilities.Full);
    }

    [Fact]
    public async Task A_deleted_campaign_or_a_forged_token_leads_nowhere()
    {
        var (cfa, campaign) = await CampaignAsync(Today, Today.AddDays(30), seats: 0);
        await _host.SendAsync(new DeleteCampaign(cfa, campaign.Id));

        (await _host.SendAsync(new GetCampaignLanding(campaign.Token))).ShouldBeNull();
        (await _host.SendAsync(new GetCampaignLanding("court"))).ShouldBeNull();
        (await _host.SendAsync(new GetCampaignLanding("' or 1=1 --aaaaaaaaaaaaaaaaaa"))).ShouldBeNull();
    }

    [Fact]
    public async Task A_campaign_changed_here_shows_at_once_and_one_changed_elsewhere_within_a_second()
    {
        var (cfa, campaign) = await CampaignAsync(Today.AddDays(-1), Today.AddDays(30), seats: 0);
        await Task.Delay(RecentVersion.Lifetime); // nothing is kept in the second after this process's own writes (the creation)
        (await _host.SendAsync(new GetCampaignLanding(campaign.Token)))!.Availability.ShouldBe(CampaignAvailabilities.Open);

        // Another instance's write (a statement this process's context does not see) is served from memory for a second at most.
        await using (var scope = _host.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<IQuestionnairesDb>().Campaigns
                .Where(c => c.Id == campaign.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.EndDate, Today.AddDays(-1)));
        }

        var kept = (await _host.SendAsync(new GetCampaignLanding(campaign.Token)))!;
        await Task.Delay(RecentVersion.Lifetime + TimeSpan.FromMilliseconds(100));
        (await _host.SendAsync(new GetCampaignLanding(campaign.Token)))!.Availability.ShouldBe(CampaignAvailabilities.Ended);
        kept.Availability.ShouldBe(CampaignAvailabilities.Open, "read within the second: from memory");

        // This process's own change is seen by the next request.
        (await _host.SendAsync(new GetCampaignLanding(campaign.Token))).ShouldNotBeNull();
        await _host.SendAsync(new DeleteCampaign(cfa, campaign.Id));
        (await _host.SendAsync(new GetCampaignLanding(campaign.Token))).ShouldBeNull();
    }

    private async Task<(Guid Cfa, CampaignRow Campaign)> CampaignAsync(DateOnly start, DateOnly end, int seats)
    {
        var siret = await _host.EstablishmentAsync();
        var cfa = await _host.CfaStaffAsync($"cfa-{Guid.NewGuid():N}@cfa.fr", siret);
        var formation = Events.NewFormation(siret);
        await _host.PublishAsync(formation);
        var version = (await _host.SendAsync(new ListUsableVersions(await _host.AdministratorAsync())))[^1].Id;
        (await _host.SendAsync(new CreateCampaigns(cfa, [new NewCampaign(formation.Key, "Campagne", start, end, seats, version)]))).IsSuccess.ShouldBeTrue();
        return (cfa, (await _host.SendAsync(new ListCampaigns(cfa))).Single());
    }
}
