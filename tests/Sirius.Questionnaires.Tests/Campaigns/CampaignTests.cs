using Shouldly;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts;
using Sirius.Establishments.Contracts.IntegrationEvents;
using Sirius.Questionnaires.Contracts;
using Sirius.Testing;
using Xunit;

namespace Sirius.Questionnaires.Tests.Campaigns;

/// <summary>CFA staff manage the campaigns of their own establishments only, on PostgreSQL.</summary>
public sealed class CampaignTests(QuestionnairesHost fixture) : IClassFixture<QuestionnairesHost>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private readonly SiriusHost _host = fixture.Host;

    [Fact]
    public async Task A_CFA_creates_campaigns_for_its_formations_and_sees_which_have_one()
    {
        var (cfa, formation) = await CfaWithFormationAsync();
        var other = Events.NewFormation(formation.FormateurSiret, title: "Plombier", diploma: "BP");
        await _host.PublishAsync(other);

        var created = await _host.SendAsync(new CreateCampaigns(cfa, [Wanted(formation, await LatestVersionAsync())]));

        created.Value.ShouldBe(1);
        var choices = await _host.SendAsync(new ListCampaignFormations(cfa));
        choices.Single(c => c.Key == formation.Key).CampaignCount.ShouldBe(1);
        choices.Single(c => c.Key == other.Key).CampaignCount.ShouldBe(0);
        (await _host.SendAsync(new ListCampaignFormations(cfa, Diploma: "BP"))).ShouldHaveSingleItem().Key.ShouldBe(other.Key);
        (await _host.SendAsync(new ListCampaignFormations(cfa, Search: "plomb"))).ShouldHaveSingleItem().Key.ShouldBe(other.Key);
        var row = (await _host.SendAsync(new ListCampaigns(cfa))).ShouldHaveSingleItem();
        row.Name.ShouldBe("Maçon 2026");
        row.FormationTitle.ShouldBe("Maçon");
        row.Token.Length.ShouldBeGreaterThanOrEqualTo(22);
        row.Token.ShouldMatch("^[A-Za-z0-9_-]+$");
        row.SeatsPercent.ShouldBeNull();
    }

    [Fact]
    public async Task A_CFA_never_sees_nor_changes_another_CFAs_campaigns()
    {
        var (first, formation) = await CfaWithFormationAsync();
        var (second, _) = await CfaWithFormationAsync();
        await _host.SendAsync(new CreateCampaigns(first, [Wanted(formation, await LatestVersionAsync())]));
        var campaign = (await _host.SendAsync(new ListCampaigns(first))).Single();

        (await _host.SendAsync(new ListCampaigns(second))).ShouldBeEmpty();
        (await _host.SendAsync(new ListCampaignFormations(second))).ShouldNotContain(f => f.Key == formation.Key);
        (await _host.SendAsync(new UpdateCampaign(second, campaign.Id, "Piratée", Today, Today, 0))).Error!.Kind.ShouldBe(ErrorKind.NotFound);
        (await _host.SendAsync(new DeleteCampaign(second, campaign.Id))).Error!.Kind.ShouldBe(ErrorKind.NotFound);
        (await _host.SendAsync(new CreateCampaigns(second, [Wanted(formation, await LatestVersionAsync())]))).Error!.Kind.ShouldBe(ErrorKind.Forbidden);
        (await _host.SendAsync(new ListCampaigns(first))).ShouldHaveSingleItem().ShouldBe(campaign);
    }

    [Fact]
    public async Task A_gestionnaire_manages_the_campaigns_of_its_formateurs()
    {
        var gestionnaire = await _host.EstablishmentAsync();
        var formateur = await _host.EstablishmentAsync(gestionnaire);
        var staff = await _host.CfaStaffAsync($"gestion-{Guid.NewGuid():N}@cfa.fr", gestionnaire);
        var formation = Events.NewFormation(formateur, gestionnaire);
        await _host.PublishAsync(formation);

        (await _host.SendAsync(new CreateCampaigns(staff, [Wanted(formation, await LatestVersionAsync())]))).IsSuccess.ShouldBeTrue();

        var row = (await _host.SendAsync(new ListCampaigns(staff, Siret: formateur))).ShouldHaveSingleItem();
        (await _host.SendAsync(new UpdateCampaign(staff, row.Id, "Renommée", Today, Today.AddDays(10), 12))).IsSuccess.ShouldBeTrue();
        var updated = (await _host.SendAsync(new ListCampaigns(staff))).ShouldHaveSingleItem();
        (updated.Name, updated.EndDate, updated.Seats).ShouldBe(("Renommée", Today.AddDays(10), 12));
    }

    [Fact]
    public async Task Bad_dates_or_seats_are_refused_in_French_and_nothing_is_created()
    {
        var (cfa, formation) = await CfaWithFormationAsync();
        var second = Events.NewFormation(formation.FormateurSiret, title: "Carreleur");
        await _host.PublishAsync(second);
        var version = await LatestVersionAsync();

        var refused = await _host.SendAsync(new CreateCampaigns(cfa,
        [
            Wanted(second, version),
            Wanted(formation, version) with { EndDate = Today.AddDays(-1) },
        ]));

        refused.Error!.Message.ShouldBe("Maçon : La date de fin doit être postérieure ou égale à la date de début.");
        (await _host.SendAsync(new ListCampaigns(cfa))).ShouldBeEmpty();
        (await _host.SendAsync(new CreateCampaigns(cfa, [Wanted(formation, version) with { Seats = -1 }]))).Error!.Field.ShouldBe("campaigns");
    }

    [Fact]
    public async Task A_deleted_campaign_leaves_the_table_and_frees_its_formation()
    {
        var (cfa, formation) = await CfaWithFormationAsync();
        await _host.SendAsync(new CreateCampaigns(cfa, [Wanted(formation, await LatestVersionAsync())]));
        var campaign = (await _host.SendAsync(new ListCampaigns(cfa))).Single();

        (await _host.SendAsync(new DeleteCampaign(cfa, campaign.Id))).IsSuccess.ShouldBeTrue();

        (await _host.SendAsync(new ListCampaigns(cfa))).ShouldBeEmpty();
        (await _host.SendAsync(new ListCampaignFormations(cfa))).Single().CampaignCount.ShouldBe(0);
        (await _host.SendAsync(new UpdateCampaign(cfa, campaign.Id, "x", Today, Today, 0))).Error!.Kind.ShouldBe(ErrorKind.NotFound);
    }

    [Fact]
    public async Task The_sharing_kit_query_answers_the_actors_live_campaigns_only_in_the_order_asked()
    {
        var (cfa, formation) = await CfaWithFormationAsync();
        var second = Events.NewFormation(formation.FormateurSiret, title: "Carreleur", diploma: "BP");
        await _host.PublishAsync(second);
        var (other, theirs) = await CfaWithFormationAsync();
        var version = await LatestVersionAsync();
        await _host.SendAsync(new CreateCampaigns(cfa, [Wanted(formation, version), Wanted(second, version)]));
        await _host.SendAsync(new CreateCampaigns(other, [Wanted(theirs, version)]));
        var mine = await _host.SendAsync(new ListCampaigns(cfa));
        var macon = mine.Single(c => c.FormationTitle == "Maçon");
        var carreleur = mine.Single(c => c.FormationTitle == "Carreleur");
        var foreign = (await _host.SendAsync(new ListCampaigns(other))).Single();

        var sharing = await _host.SendAsync(new GetCampaignSharing(cfa, [carreleur.Id, macon.Id, foreign.Id]));

        sharing.Select(s => s.Id).ShouldBe([carreleur.Id, macon.Id]);
        sharing[0].ShouldBe(new CampaignSharing(
            carreleur.Id, carreleur.Token, "Carreleur 2026", "Carreleur", "BP", carreleur.EstablishmentName, "Grenoble", Today, Today.AddMonths(2)));
        (await _host.SendAsync(new GetCampaignSharing(other, [macon.Id]))).ShouldBeEmpty();
        (await _host.SendAsync(new DeleteCampaign(cfa, macon.Id))).IsSuccess.ShouldBeTrue();
        (await _host.SendAsync(new GetCampaignSharing(cfa, [macon.Id, carreleur.Id]))).ShouldHaveSingleItem().Id.ShouldBe(carreleur.Id);
    }

    [Fact]
    public async Task The_campaigns_pages_reads_answer_a_CFA_account_without_SIRET_with_nothing_and_refuse_an_observer()
    {
        var (cfa, formation) = await CfaWithFormationAsync();
        await _host.SendAsync(new CreateCampaigns(cfa, [Wanted(formation, await LatestVersionAsync())]));
        var campaign = (await _host.SendAsync(new ListCampaigns(cfa))).Single();
        var withoutSiret = await _host.CfaStaffAsync($"sans-siret-{Guid.NewGuid():N}@cfa.fr");
        var observer = await _host.ObserverAsync($"obs-{Guid.NewGuid():N}@region.fr", "national");

        (await _host.SendAsync(new ListCampaigns(withoutSiret))).ShouldBeEmpty();
        (await _host.SendAsync(new ListCampaignFormations(withoutSiret))).ShouldBeEmpty();
        (await _host.SendAsync(new GetCampaignSharing(withoutSiret, [campaign.Id]))).ShouldBeEmpty();
        (await _host.SendAsync(new ListUsableVersions(withoutSiret))).ShouldNotBeEmpty();
        foreach (var actor in new[] { observer, Guid.NewGuid() })
        {
            (await Should.ThrowAsync<RequestRefusedException>(() => _host.SendAsync(new ListCampaigns(actor)))).Error.Kind.ShouldBe(ErrorKind.Forbidden);
            await Should.ThrowAsync<RequestRefusedException>(() => _host.SendAsync(new ListCampaignFormations(actor)));
            await Should.ThrowAsync<RequestRefusedException>(() => _host.SendAsync(new GetCampaignSharing(actor, [campaign.Id])));
            await Should.ThrowAsync<RequestRefusedException>(() => _host.SendAsync(new ListUsableVersions(actor)));
        }
    }

    private async Task<(Guid Account, FormationPublished Formation)> CfaWithFormationAsync()
    {
        var siret = await _host.EstablishmentAsync();
        var account = await _host.CfaStaffAsync($"cfa-{Guid.NewGuid():N}@cfa.fr", siret);
        var formation = Events.NewFormation(siret);
        await _host.PublishAsync(formation);
        return (account, formation);
    }

    private async Task<Guid> LatestVersionAsync() => (await _host.SendAsync(new ListUsableVersions(await _host.AdministratorAsync())))[0].Id;

    private static NewCampaign Wanted(FormationPublished formation, Guid version) =>
        new(formation.Key, formation.Title + " 2026", Today, Today.AddMonths(2), 0, version);
}
