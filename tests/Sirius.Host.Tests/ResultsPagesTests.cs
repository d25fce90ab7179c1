using System.Globalization;
using System.Net;
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
        page.ShouldContain("En quelle année de ta formation es-tu\u202F?");
        page.ShouldContain("data-chart=\"bar\"");
        page.ShouldContain("<td data-value=\"3\">3</td>");

        page.ShouldContain("<td data-value=\"100\">100&#x202F;%</td>");
        page.ShouldContain(">Télécharger (Excel)</a>");
        page.ShouldContain(">Télécharger (CSV, archive ZIP)</a>");

        var xlsx = await browser.GetAsync($"/espace/resultats?handler=Export&format=xlsx&campagnes={campaign.Id}");
        xlsx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        List<string> sheets;
        using (var document = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false))
        {
            var workbook = document.WorkbookPart!;
            sheets = workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();
            sheets.ShouldAllBe(s => s.Length <= 31 && s.IndexOfAny(new[] { ':', '\\', '/', '?', '*', '[', ']' }) < 0);
            sheets.Distinct(StringComparer.OrdinalIgnoreCase).Count().ShouldBe(sheets.Count);
            // Three responses reach the anonymity threshold: the comparison's sheet comes last.
            sheets[0].ShouldBe("Synthèse");
            sheets[^2..].ShouldBe(["Témoignages publiés", "Comparaison région et France"]);
            sheets[1..^2].Select((s, i) => s[..6]).ShouldBe(sheets[1..^2].Select((_, i) => $"Q{i + 1:00} – "));

            var summary = Worksheet(workbook, "Synthèse");
            var header = summary.Descendants<Row>().First().Elements<Cell>().First();
            Style(workbook, header).FontId!.Value.ShouldBe(1u);
            workbook.WorkbookStylesPart!.Stylesheet.Fonts!.Elements<Font>().ElementAt(1).Bold.ShouldNotBeNull();
            summary.Descendants<Pane>().Single().State!.Value.ShouldBe(PaneStateValues.Frozen);
            summary.Descendants<Column>().ShouldNotBeEmpty();
            var start = Value(summary, "Début de la période");
            start.DataType!.Value.ShouldBe(CellValues.Number);
            NumberFormat(workbook, start).ShouldBe("dd/mm/yyyy");
            DateOnly.FromDateTime(DateTime.FromOADate(double.Parse(start.CellValue!.Text, CultureInfo.InvariantCulture))).ShouldBe(campaign.StartDate);

            var year = Worksheet(workbook, sheets.Single(s => s.Contains("En quelle année", StringComparison.Ordinal)));
            var row = year.Descendants<Row>().Single(r => r.Elements<Cell>().First().InnerText == "1re année").Elements<Cell>().ToList();
            row[1].CellValue!.Text.ShouldBe("3"); // the page's count
            row[2].DataType!.Value.ShouldBe(CellValues.Number);
            row[2].CellValue!.Text.ShouldBe("1"); // the page's 100 %
            NumberFormat(workbook, row[2])!.ShouldContain("%");
        }

        var csv = await browser.GetAsync($"/espace/resultats?handler=Export&format=csv&campagnes={campaign.Id}");
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");
        var files = ExportFiles.Csvs(await csv.Content.ReadAsByteArrayAsync());
        files.Count.ShouldBe(sheets.Count, "one CSV per table, as one sheet per table");
        files.Keys.First().ShouldBe("01-synthese.csv");
        files.Values.First()[0].ShouldBe("Indicateur;Valeur");
        files.Single(f => f.Key.EndsWith("-formation-annee.csv", StringComparison.Ordinal)).Value
            .ShouldBe(["Réponse;Nombre;Part des répondants;Répondants à la question", "1re année;3;100%;3", ""]);
    }

    private static Worksheet Worksheet(WorkbookPart workbook, string name) =>
        ((WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name).Id!)).Worksheet;

    private static Cell Value(Worksheet sheet, string indicator) =>
        sheet.Descendants<Row>().Single(r => r.Elements<Cell>().First().InnerText == indicator).Elements<Cell>().ElementAt(1);

    private static CellFormat Style(WorkbookPart workbook, Cell cell) =>
        workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));

    private static string? NumberFormat(WorkbookPart workbook, Cell cell)
    {
        var id = Style(workbook, cell).NumberFormatId?.Value ?? 0;
        return workbook.WorkbookStylesPart!.Stylesheet.NumberingFormats?.Elements<NumberingFormat>().SingleOrDefault(f => f.NumberFormatId! == id)?.FormatCode?.Value;
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
        page.ShouldContain("Comparaison – «\u202FEn quelle année de ta formation es-tu\u202F?\u202F»");

        var comparison = ExportFiles.Csvs(await (await browser.GetAsync($"/espace/resultats?handler=Export&format=csv&campagnes={campaign.Id}")).Content.ReadAsByteArrayAsync())
            .Single(f => f.Key.EndsWith("-comparaison.csv", StringComparison.Ordinal)).Value;
        comparison[0].ShouldStartWith("Question;Élément;Réponse;Vos campagnes;Votre région (");
        comparison.ShouldContain("En quelle année de ta formation es-tu ?;;1re année;100%;100%;100%");
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
        var user = await Host.SendAsync(new Sirius.Establishments.Contracts.Accounts.GetAccount(await Host.AdministratorAsync(), account));
        return user!.Email;
    }
}
