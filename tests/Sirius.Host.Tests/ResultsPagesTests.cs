using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Shouldly;
using Sirius.Questionnaires.Contracts;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests;

/// <summary>A CFA reads and exports its results; another CFA gets nothing; an administrator discards a flagged response.</summary>
public sealed class ResultsPagesTests : SqliteHostTests
{
    [Fact]
    public async Task A_CFA_reads_its_results_and_opens_the_XLSX_and_CSV_exports_back()
    {
        var (cfa, campaign) = await Host.OpenCampaignAsync();
        for (var i = 0; i < 3; i++)
        {
            await Host.AnswerAsync(campaign.Token);
        }

        var email = await EmailOfAsync(cfa);
        var browser = await Host.SignedInAsync(email);

        var page = await (await browser.BrowseAsync($"/espace/resultats?campagnes={campaign.Id}")).Content.ReadAsStringAsync();
        page.ShouldContain("Résultats de mes campagnes");
        page.ShouldContain("En quelle année de ta formation es-tu ?");
        page.ShouldContain("data-chart=\"bar\"");
        page.ShouldContain("<td data-value=\"3\">3</td>");

        var xlsx = await browser.GetAsync($"/espace/resultats?handler=Export&format=xlsx&campagnes={campaign.Id}");
        xlsx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using (var document = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false))
        {
            var workbook = document.WorkbookPart!;
            // Three responses reach the anonymity threshold: the comparison's sheets follow the first three.
            var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
            sheets.Take(3).ShouldBe(["Synthèse", "Réponses", "Témoignages publiés"]);
            sheets.Skip(3).ShouldNotBeEmpty();
            sheets.Skip(3).ShouldAllBe(s => s!.StartsWith("Comparaison"));
            var answers = (WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().ElementAt(1).Id!);
            var rows = answers.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(Text).ToList()).ToList();
            rows[0].ShouldBe(["Clé", "Question", "Élément", "Réponse", "Nombre", "Répondants à la question"]);
            rows.ShouldContain(r => r[0] == "formation.annee" && r[3] == "1re année" && r[4] == "3" && r[5] == "3");
        }

        var csv = await browser.GetAsync($"/espace/resultats?handler=Export&format=csv&campagnes={campaign.Id}");
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        text.ShouldStartWith("\uFEFFSynthèse");
        text.ShouldContain("formation.annee;En quelle année de ta formation es-tu ?;;1re année;3;3");
    }

    [Fact]
    public async Task Once_every_group_is_above_the_anonymity_threshold_each_question_is_compared_with_the_region_and_the_country()
    {
        var (cfa, campaign) = await Host.OpenCampaignAsync();
        await Host.AnswerAsync(campaign.Token);
        await Host.AnswerAsync(campaign.Token);
        var browser = await Host.SignedInAsync(await EmailOfAsync(cfa));
        await Eventually.HoldsAsync(async () => (await Host.SendAsync(new GetBenchmark(cfa, [campaign.Id])))?.OwnResponses == 2, "two responses counted");
        var below = await (await browser.BrowseAsync($"/espace/resultats?campagnes={campaign.Id}")).Content.ReadAsStringAsync();
        below.ShouldContain("La comparaison apparaît quand");
        below.ShouldNotContain("tableau-comparaison-");

        await Host.AnswerAsync(campaign.Token);
        await Eventually.HoldsAsync(async () => (await Host.SendAsync(new GetBenchmark(cfa, [campaign.Id])))?.OwnResponses == 3, "three responses counted");
        var page = await (await browser.BrowseAsync($"/espace/resultats?campagnes={campaign.Id}")).Content.ReadAsStringAsync();
        page.ShouldContain("id=\"tableau-comparaison-formation-annee\"");
        page.ShouldContain("Comparaison – « En quelle année de ta formation es-tu ? »");

        var csv = Encoding.UTF8.GetString(await (await browser.GetAsync($"/espace/resultats?handler=Export&format=csv&campagnes={campaign.Id}")).Content.ReadAsByteArrayAsync());
        csv.ShouldContain("Réponse;Vos campagnes (%);Votre région (%);France (%)");
        csv.ShouldContain("1re année;100;100;100");
    }

    [Fact]
    public async Task Another_CFA_gets_a_404_for_these_results_and_their_export()
    {
        var (_, campaign) = await Host.OpenCampaignAsync();
        var (other, _) = await Host.OpenCampaignAsync();
        var browser = await Host.SignedInAsync(await EmailOfAsync(other));

        (await browser.BrowseAsync($"/espace/resultats?campagnes={campaign.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.GetAsync($"/espace/resultats?handler=Export&format=xlsx&campagnes={campaign.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.GetAsync("/espace/resultats?handler=Export&format=exe")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_administrator_discards_a_flagged_response_from_the_review_page()
    {
        await Host.AdministratorAsync("admin@sirius.fr");
        var (_, campaign) = await Host.OpenCampaignAsync();
        var robot = await Host.AnswerAsync(campaign.Token, honeypot: true);
        var admin = await Host.SignedInAsync("admin@sirius.fr");

        var list = await (await admin.BrowseAsync("/admin/reponses-signalees?motif=pot-de-miel")).Content.ReadAsStringAsync();
        list.ShouldContain(robot.ResponseId.ToString());
        list.ShouldContain("Champ piège rempli (1)");
        var posted = await admin.SubmitAsync("/admin/reponses-signalees?motif=pot-de-miel",
            new Dictionary<string, string> { ["ids"] = robot.ResponseId.ToString(), ["decision"] = ReviewDecisions.Discard });

        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await (await admin.BrowseAsync(posted.Headers.Location!.ToString())).Content.ReadAsStringAsync()).ShouldContain("1 réponse(s) écartée(s)");
        (await Host.SendAsync(new ListCampaigns((await Host.AdministratorAsync("admin@sirius.fr"))))).Single(c => c.Id == campaign.Id).ResponsesCount.ShouldBe(0);
    }

    private static string Text(Cell cell) => cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? "";

    private async Task<string> EmailOfAsync(Guid account)
    {
        var user = await Host.SendAsync(new Sirius.Establishments.Contracts.Accounts.GetAccount(account));
        return user!.Email;
    }
}
