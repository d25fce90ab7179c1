using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Shouldly;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Contracts;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests;

/// <summary>The administrators' follow-up of establishments: one row per SIRET from the three modules' read sides.</summary>
public sealed class EstablishmentFollowUpPageTests : SqliteHostTests
{
    [Fact]
    public async Task Each_establishment_shows_its_campaigns_responses_and_verbatims_with_filters_totals_and_exports()
    {
        var (_, campaign) = await Host.OpenCampaignAsync();
        for (var i = 0; i < 3; i++)
        {
            await Host.AnswerAsync(campaign.Token);
        }

        var idle = await Host.EstablishmentAsync();
        await Host.AdministratorAsync("admin-suivi@sirius.test");
        var admin = await Host.SignedInAsync("admin-suivi@sirius.test");
        await Eventually.HoldsAsync(async () =>
            (await CsvAsync(admin, "reponses=avec")).Select(l => l.Split(';'))
                .Any(f => f[0] == campaign.Siret && f[5] == "3" && f[6] is not ("0" or "")), "the responses and their verbatims reached the read sides");

        var page = await (await admin.BrowseAsync("/admin/etablissements/suivi")).Content.ReadAsStringAsync();
        page.ShouldContain(campaign.Siret);
        page.ShouldContain(idle);
        page.ShouldContain("Total de la sélection");

        var withResponses = await CsvAsync(admin, "reponses=avec");
        withResponses.ShouldNotContain(idle);
        var row = withResponses.Single(l => l.StartsWith(campaign.Siret, StringComparison.Ordinal)).Split(';');
        row[4].ShouldBe("1");
        row[5].ShouldBe("3");
        var verbatims = int.Parse(row[6], System.Globalization.CultureInfo.InvariantCulture);
        verbatims.ShouldBeGreaterThan(0);
        row[7].ShouldBe(row[6], "every verbatim still waits for moderation");
        withResponses.Last().ShouldStartWith(";Total;");

        var withoutCampaigns = await CsvAsync(admin, "campagnes=sans");
        withoutCampaigns.ShouldContain(l => l.StartsWith(idle, StringComparison.Ordinal));
        withoutCampaigns.ShouldNotContain(l => l.StartsWith(campaign.Siret, StringComparison.Ordinal));
        (await CsvAsync(admin, "recherche=" + campaign.Siret[..9])).Count(l => l.StartsWith(campaign.Siret, StringComparison.Ordinal)).ShouldBe(1);

        var xlsx = await admin.GetAsync("/admin/etablissements/suivi?reponses=avec&handler=export&format=xlsx");
        using var document = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false);
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        rows.Count.ShouldBe(withResponses.Count + 1);
    }

    [Fact]
    public async Task The_search_ignores_accents_and_case()
    {
        var school = Commands.NewEstablishment(name: "École des métiers de l’Isère");
        (await Host.SendAsync(school)).IsSuccess.ShouldBeTrue();
        var other = await Host.EstablishmentAsync();
        await Host.AdministratorAsync("admin-recherche@sirius.test");
        var admin = await Host.SignedInAsync("admin-recherche@sirius.test");

        var found = await CsvAsync(admin, "recherche=ECOLE%20des%20metiers");
        found.ShouldContain(l => l.StartsWith(school.Siret, StringComparison.Ordinal));
        found.ShouldNotContain(l => l.StartsWith(other, StringComparison.Ordinal));
        (await CsvAsync(admin, "recherche=isere")).Count(l => l.StartsWith(school.Siret, StringComparison.Ordinal) || l.StartsWith(other, StringComparison.Ordinal)).ShouldBe(2);
    }

    [Fact]
    public async Task Only_administrators_may_follow_establishments()
    {
        var (_, campaign) = await Host.OpenCampaignAsync();
        await Host.CfaStaffAsync("cfa-suivi@cfa.fr", campaign.Siret);
        await Host.ObserverAsync("pilote-suivi@region.fr", "national", "");
        foreach (var email in new[] { "cfa-suivi@cfa.fr", "pilote-suivi@region.fr" })
        {
            var client = await Host.SignedInAsync(email);
            var response = await client.GetAsync("/admin/etablissements/suivi?handler=export&format=csv");
            response.StatusCode.ShouldNotBe(HttpStatusCode.OK);
            (await response.Content.ReadAsStringAsync()).ShouldNotContain(campaign.Siret);
        }

        await Should.ThrowAsync<RequestRefusedException>(() => Host.SendAsync(new GetActivityBySiret(Guid.NewGuid())));
    }

    private static async Task<List<string>> CsvAsync(HttpClient client, string filters)
    {
        var response = await client.GetAsync($"/admin/etablissements/suivi?{filters}&handler=export&format=csv");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF')
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
    }
}
