using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts;
using Sirius.Testimonies.Contracts;
using Sirius.Testing;

namespace Sirius.Establishments.Tests.FollowUp;

/// <summary>The administrators' follow-up of establishments, the module query on a real PostgreSQL database.</summary>
public sealed class EstablishmentFollowUpTests : IAsyncLifetime
{
    private SiriusHost _host = null!;

    public async Task InitializeAsync() => _host = await SiriusHost.OnPostgresAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Establishments_are_filtered_totalled_and_masked_below_the_anonymity_threshold()
    {
        var admin = await _host.AdministratorAsync();
        var (_, busy) = await _host.OpenCampaignAsync();
        for (var i = 0; i < 3; i++)
        {
            await _host.AnswerAsync(busy.Token);
        }

        // Two establishments below the threshold, so that neither masks the busy one in turn.
        var (_, few) = await _host.OpenCampaignAsync();
        await _host.AnswerAsync(few.Token);
        var (_, other) = await _host.OpenCampaignAsync();
        await _host.AnswerAsync(other.Token);
        var idle = await _host.EstablishmentAsync();
        var school = Commands.NewEstablishment(name: "École des métiers de Savoie") with { Commune = "Chambéry", RegionCode = "11" };
        (await _host.SendAsync(school)).IsSuccess.ShouldBeTrue();

        var active = new GetEstablishmentFollowUp(admin, Campaigns: ActivityFilter.With);
        await Eventually.HoldsAsync(
            async () => (await _host.SendAsync(active)).Rows.Single(r => r.Siret == busy.Siret).VerbatimTotal > 0,
            "the free texts reached Testimonies' verbatims");
        var followUp = await _host.SendAsync(active);

        followUp.Rows.Select(r => r.Siret).ShouldBe(new[] { busy.Siret, few.Siret, other.Siret }.Order(StringComparer.Ordinal));
        var shown = followUp.Rows.Single(r => r.Siret == busy.Siret);
        (shown.Campaigns, shown.Responses).ShouldBe((1, 3L));
        shown.Verbatims.ShouldNotBeNull().Count.ShouldBe(ModerationStatuses.All.Count);
        var masked = followUp.Rows.Single(r => r.Siret == few.Siret);
        (masked.Campaigns, masked.Responses).ShouldBe((1, 1L), "the counts of campaigns and responses stay");
        masked.Verbatims.ShouldBeNull("one response is below the anonymity threshold");
        followUp.AnyMasked.ShouldBeTrue();
        (followUp.Totals.Establishments, followUp.Totals.Campaigns, followUp.Totals.Responses).ShouldBe((3, 3, 5L));
        followUp.Totals.Verbatims.ShouldBe(shown.Verbatims!, "the verbatim totals add up the rows shown only");

        var idleOnes = await _host.SendAsync(new GetEstablishmentFollowUp(admin, Responses: ActivityFilter.Without));
        idleOnes.Rows.Select(r => r.Siret).ShouldBe(new[] { idle, school.Siret }.Order(StringComparer.Ordinal));
        idleOnes.AnyMasked.ShouldBeFalse();
        (idleOnes.Totals.Establishments, idleOnes.Totals.Campaigns, idleOnes.Totals.Responses, idleOnes.Totals.VerbatimTotal).ShouldBe((2, 0, 0L, 0));

        (await _host.SendAsync(new GetEstablishmentFollowUp(admin, Search: "ECOLE des metiers"))).Rows.Single().Siret.ShouldBe(school.Siret);
        (await _host.SendAsync(new GetEstablishmentFollowUp(admin, Search: "chambery"))).Rows.Single().Siret.ShouldBe(school.Siret);
        (await _host.SendAsync(new GetEstablishmentFollowUp(admin, Search: busy.Siret[..13]))).Rows.Single().Siret.ShouldBe(busy.Siret);
        var inRegion = await _host.SendAsync(new GetEstablishmentFollowUp(admin, Region: "11"));
        inRegion.Rows.Single().Siret.ShouldBe(school.Siret);
        inRegion.Regions.Select(r => r.Code).ShouldBe(["84", "11"], "every région, by name (Auvergne-Rhône-Alpes, Île-de-France), whatever the filter");
    }

    [Fact]
    public async Task Rows_come_fifty_to_a_page_within_the_pages_there_are_or_all_at_once()
    {
        var admin = await _host.AdministratorAsync();
        for (var i = 0; i < GetEstablishmentFollowUp.PageSize + 1; i++)
        {
            await _host.EstablishmentAsync();
        }

        var first = await _host.SendAsync(new GetEstablishmentFollowUp(admin));
        (first.Rows.Count, first.Page, first.PageCount, first.Totals.Establishments).ShouldBe((GetEstablishmentFollowUp.PageSize, 1, 2, GetEstablishmentFollowUp.PageSize + 1));
        var beyond = await _host.SendAsync(new GetEstablishmentFollowUp(admin, Page: 9));
        (beyond.Rows.Count, beyond.Page).ShouldBe((1, 2));
        beyond.Rows.ShouldNotContain(r => first.Rows.Contains(r));
        (await _host.SendAsync(new GetEstablishmentFollowUp(admin, Page: null))).Rows.Count.ShouldBe(GetEstablishmentFollowUp.PageSize + 1);
    }

    [Fact]
    public async Task Only_an_administrator_may_follow_establishments()
    {
        var (cfa, _) = await _host.OpenCampaignAsync();

        (await Should.ThrowAsync<RequestRefusedException>(() => _host.SendAsync(new GetEstablishmentFollowUp(cfa))))
            .Error.Kind.ShouldBe(ErrorKind.Forbidden);
    }
}
