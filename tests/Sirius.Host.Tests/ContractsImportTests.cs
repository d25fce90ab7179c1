using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Sirius.BuildingBlocks;
using Sirius.Host.Pages.Espace.Campagnes;
using Sirius.Questionnaires.Application;
using Sirius.Questionnaires.Contracts;
using Sirius.Testing;
using Xunit;
using static Sirius.Host.Tests.Uploads;

namespace Sirius.Host.Tests;

/// <summary>
/// A CFA fills a campaign's roster from a national file of apprenticeship contracts, on PostgreSQL: only the contracts
/// of the campaign's formation and establishment are kept (the others counted as ignored), a wrong kept line imports
/// nothing and is reported in French, limits and other CFAs are refused.
/// </summary>
public sealed class ContractsImportTests : IAsyncLifetime
{
    private const string Email = "contrats@cfa.fr";
    private const string OtherCfd = "40025214";
    private const string OtherSiret = "99999999900017";

    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private SiriusHost _host = null!;

    public async Task InitializeAsync() => _host = await SiriusHost.OnPostgresAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Only_the_contracts_of_the_campaigns_formation_and_establishment_become_roster_lines()
    {
        var (cfa, campaign, cfd) = await CampaignAsync();
        var browser = await _host.SignedInAsync(Email);
        var spacedSiret = string.Join(' ', campaign.Siret[..3], campaign.Siret[3..6], campaign.Siret[6..9], campaign.Siret[9..]);

        var response = await UploadAsync(browser, campaign.Id, "contrats.csv", Csv(
            "Numéro contrat;Date_Fin;SIRET;CFD;Courriel;Date_Début;Prénom;NOM;OPCO",
            $"C1;{Iso(Today.AddYears(1))};{campaign.Siret};{cfd};lea.dupont@example.fr;{Iso(Today.AddYears(-1))};Léa;Dupont;OPCO EP",
            $"C2;{Fr(Today.AddDays(10))};{campaign.Siret};{cfd};paul@example.fr;{Fr(Today.AddDays(5))};;;",
            $"C3;{Iso(Today.AddYears(1))};{campaign.Siret};{OtherCfd};autre.formation@example.fr;{Iso(Today)};Max;Leroy;",
            $"C4;{Iso(Today.AddYears(1))};{OtherSiret};{cfd};autre.site@example.fr;{Iso(Today)};Ana;Silva;",
            $"C5;pas une date;{OtherSiret};{OtherCfd};pas-une-adresse;2019-13-45;=1+1;;",
            $"C6;{Fr(Today.AddMonths(2))};{spacedSiret};{cfd.ToLowerInvariant()};Ines.Benali@Example.FR;{Fr(Today.AddMonths(-2))};Inès;Benali;",
            $"C7;{Iso(Today.AddYears(-3))};{campaign.Siret};{OtherCfd};ancien@example.fr;{Iso(Today.AddYears(-5))};Zoé;Petit;"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = WebUtility.HtmlDecode(await (await browser.BrowseAsync(Page(campaign.Id))).Content.ReadAsStringAsync());
        page.ShouldContain("3 apprenti(s) ajouté(s) à la liste depuis le fichier de contrats\u202F; 4 ligne(s) ignorée(s) (autre formation, autre établissement ou contrat hors de la période de la campagne).");
        page.ShouldContain("3 sur la liste");
        var roster = (await _host.SendAsync(new GetRoster(cfa, campaign.Id)))!;
        roster.Entries.Select(e => (e.LastName, e.FirstName, e.Email)).OrderBy(e => e.Email).ShouldBe(
            [("Benali", "Inès", "ines.benali@example.fr"), ("Dupont", "Léa", "lea.dupont@example.fr"), ("", "", "paul@example.fr")]);

        var report = await _host.SendAsync(new ImportContracts(cfa, campaign.Id, "contrats.csv", new MemoryStream(Csv(
            "cfd;siret;courriel;date_debut;date_fin",
            $"{cfd};{campaign.Siret};nouveau@example.fr;{Iso(Today)};{Iso(Today)}",
            $"{OtherCfd};{campaign.Siret};x@example.fr;{Iso(Today)};{Iso(Today)}"))));
        (report.Value.Lines, report.Value.Imported, report.Value.Ignored, report.Value.Rejections.Count).ShouldBe((2, 1, 1, 0), "the lines, the imported and the ignored ones");
    }

    [Fact]
    public async Task A_kept_line_that_is_wrong_imports_nothing_and_each_reason_is_reported_with_its_line()
    {
        var (cfa, campaign, cfd) = await CampaignAsync(start: Today.AddDays(-1), end: Today.AddDays(30));
        var browser = await _host.SignedInAsync(Email);
        (await UploadAsync(browser, campaign.Id, "contrats.csv", Csv(
            "cfd;siret;courriel;date_debut;date_fin", $"{cfd};{campaign.Siret};deja@example.fr;{Iso(Today)};{Iso(Today.AddYears(1))}")))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        string Line(string email, string start, string end, string firstName = "Prénom") => $"{cfd};{campaign.Siret};{email};{start};{end};{firstName};Nom";

        var response = await UploadAsync(browser, campaign.Id, "contrats.csv", Csv(
            "cfd;siret;courriel;date_debut;date_fin;prenom;nom",
            Line("bonne.ligne@example.fr", Iso(Today), Iso(Today.AddYears(1))),
            Line("mal.formee@", Iso(Today), Iso(Today.AddYears(1))),
            Line("date.illisible@example.fr", "31/02/2026", Iso(Today.AddYears(1))),
            Line("fin.illisible@example.fr", Iso(Today), "bientôt"),
            Line("a.l.envers@example.fr", Iso(Today.AddDays(10)), Iso(Today.AddDays(9))),
            Line("trop.tot@example.fr", Iso(Today.AddYears(-2)), Iso(Today.AddDays(-2))),
            Line("trop.tard@example.fr", Iso(Today.AddDays(31)), Iso(Today.AddYears(2))),
            Line("BONNE.LIGNE@example.fr", Iso(Today), Iso(Today.AddYears(1))),
            Line("deja@example.fr", Iso(Today), Iso(Today.AddYears(1))),
            Line("formule@example.fr", Iso(Today), Iso(Today.AddYears(1)), "\"=HYPERLINK(\"\"http://pirate.example\"\";\"\"clic\"\")\""),
            $"{OtherCfd};{campaign.Siret};ignoree@example.fr;{Iso(Today)};{Iso(Today)};;"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("Aucun apprenti n’a été importé\u202F: 7 ligne(s) à corriger");
        html.ShouldContain("aria-describedby=\"contrats-erreur\"");
        html.ShouldContain("Lignes à corriger (7 sur 11, dont 3 ignorée(s)\u202F: autre formation, autre établissement ou contrat hors de la période de la campagne)");
        html.ShouldContain("<tr><td>3</td><td>Adresse électronique mal formée\u202F: «\u202Fmal.formee@\u202F».</td></tr>");
        html.ShouldContain("<tr><td>4</td><td>Date de début illisible\u202F: «\u202F31/02/2026\u202F» (attendu JJ/MM/AAAA ou AAAA-MM-JJ).</td></tr>");
        html.ShouldContain("<tr><td>5</td><td>Date de fin illisible\u202F: «\u202Fbientôt\u202F» (attendu JJ/MM/AAAA ou AAAA-MM-JJ).</td></tr>");
        html.ShouldContain($"<tr><td>6</td><td>La fin du contrat ({Fr(Today.AddDays(9))}) précède son début ({Fr(Today.AddDays(10))}).</td></tr>");
        html.ShouldContain("<tr><td>9</td><td>Doublon\u202F: l’adresse bonne.ligne@example.fr figure déjà ligne 2.</td></tr>");
        html.ShouldContain("<tr><td>10</td><td>Doublon\u202F: l’adresse deja@example.fr est déjà dans la liste de cette campagne.</td></tr>");
        html.ShouldContain("<tr><td>11</td><td>Une cellule commence comme une formule de tableur");
        html.ShouldNotContain("<tr><td>2</td>", Case.Sensitive, "the good line is not reported");
        html.ShouldNotContain("<tr><td>7</td>", Case.Sensitive, "a contract ended before the campaign is ignored, not rejected");
        html.ShouldNotContain("<tr><td>8</td>", Case.Sensitive, "a contract starting after the campaign is ignored, not rejected");
        html.ShouldNotContain("<tr><td>12</td>", Case.Sensitive, "a line of another formation is ignored, not rejected");
        (await _host.SendAsync(new GetRoster(cfa, campaign.Id)))!.Entries.Select(e => e.Email).ShouldBe(["deja@example.fr"], "all or nothing");
    }

    [Theory]
    [InlineData("contrats.txt", "cfd;siret;courriel;date_debut;date_fin", "doit être un tableau CSV (.csv) ou Excel (.xlsx)")]
    [InlineData("contrats.csv", "cfd;siret;email;debut;fin", "Colonne(s) obligatoire(s) absente(s) de l’en-tête\u202F: date_debut, date_fin.")]
    [InlineData("contrats.csv", "", "Choisissez le fichier des contrats d’apprentissage")]
    [InlineData("contrats.csv", "cfd;siret;courriel;date_debut;date_fin\n", "Aucune ligne du fichier ne concerne cette campagne")]
    public async Task A_file_that_is_not_a_contracts_file_is_refused_beside_the_field(string name, string content, string message)
    {
        var (cfa, campaign, _) = await CampaignAsync();
        var browser = await _host.SignedInAsync(Email);

        var html = WebUtility.HtmlDecode(await (await UploadAsync(browser, campaign.Id, name, System.Text.Encoding.UTF8.GetBytes(content))).Content.ReadAsStringAsync());

        html.ShouldContain(message);
        html.ShouldContain("id=\"contrats-erreur\"");
        (await _host.SendAsync(new GetRoster(cfa, campaign.Id)))!.Entries.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_file_without_any_contract_of_the_campaign_says_so_and_a_huge_one_is_refused_whole()
    {
        var (cfa, campaign, cfd) = await CampaignAsync();
        var browser = await _host.SignedInAsync(Email);
        var contract = $"{cfd};{campaign.Siret};{{0}}@example.fr;{Iso(Today)};{Iso(Today.AddYears(1))}";

        var none = WebUtility.HtmlDecode(await (await UploadAsync(browser, campaign.Id, "contrats.csv", Csv(
            "cfd;siret;courriel;date_debut;date_fin",
            $"{OtherCfd};{campaign.Siret};a@example.fr;{Iso(Today)};{Iso(Today)}",
            $"{cfd};{OtherSiret};b@example.fr;{Iso(Today)};{Iso(Today)}"))).Content.ReadAsStringAsync());
        var tooMany = WebUtility.HtmlDecode(await (await UploadAsync(browser, campaign.Id, "contrats.csv", Csv(
            ["cfd;siret;courriel;date_debut;date_fin", .. Enumerable.Range(1, 20_001).Select(i => string.Format(CultureInfo.InvariantCulture, contract, "apprenti" + i))]))).Content.ReadAsStringAsync());
        var tooBig = WebUtility.HtmlDecode(await (await UploadAsync(browser, campaign.Id, "contrats.csv", new byte[(int)ApprentisModel.MaxContractsFileBytes + 1])).Content.ReadAsStringAsync());

        none.ShouldContain($"Aucune ligne du fichier ne concerne cette campagne (formation {cfd}, établissement {campaign.Siret})\u202F: 2 ligne(s) ignorée(s) (autre formation, autre établissement ou contrat hors de la période de la campagne)");
        tooMany.ShouldContain("Le fichier compte plus de 20000 contrats\u202F: découpez-le.");
        tooBig.ShouldContain("Le fichier dépasse 10 Mo.");
        (await _host.SendAsync(new GetRoster(cfa, campaign.Id)))!.Entries.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_XLSX_file_with_dates_typed_as_dates_is_imported_and_the_template_fits_the_campaign()
    {
        var (cfa, campaign, cfd) = await CampaignAsync();
        var browser = await _host.SignedInAsync(Email);

        var template = await browser.GetAsync($"{Page(campaign.Id)}?handler=ModeleContrats");
        template.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var templateText = await template.Content.ReadAsStringAsync();
        templateText.ShouldContain("cfd;siret;courriel;date_debut;date_fin;prenom;nom\r\n");
        templateText.ShouldContain($"{cfd};{campaign.Siret};camille.martin@example.fr;");
        (await UploadAsync(browser, campaign.Id, "modele.csv", await template.Content.ReadAsByteArrayAsync())).StatusCode.ShouldBe(HttpStatusCode.Redirect, "the template as downloaded imports its example");

        var response = await UploadAsync(browser, campaign.Id, "contrats.xlsx", Xlsx(
            ["CFD", "SIRET", "Courriel", "Date début", "Date fin", "Prénom", "Nom"],
            [cfd, campaign.Siret, "ines.benali@example.fr", Serial(Today.AddMonths(-3)), Serial(Today.AddMonths(9)), "Inès", "Benali"],
            [cfd, campaign.Siret, "jean.martin@example.fr", Fr(Today), Iso(Today.AddYears(2)), "Jean", "Martin"],
            [OtherCfd, campaign.Siret, "autre@example.fr", Serial(Today), Serial(Today), "Ana", "Silva"]));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await _host.SendAsync(new GetRoster(cfa, campaign.Id)))!.Entries.Select(e => e.Email).Order().ShouldBe(
            ["camille.martin@example.fr", "ines.benali@example.fr", "jean.martin@example.fr"]);
    }

    [Fact]
    public async Task Another_CFA_cannot_import_into_the_campaign_and_a_post_needs_the_anti_forgery_token()
    {
        var (cfa, campaign, cfd) = await CampaignAsync();
        var other = await _host.CfaStaffAsync("voisin@cfa.fr", await _host.EstablishmentAsync());
        var neighbour = await _host.SignedInAsync("voisin@cfa.fr");
        var mine = await _host.SignedInAsync(Email);
        var file = Csv("cfd;siret;courriel;date_debut;date_fin", $"{cfd};{campaign.Siret};lea@example.fr;{Iso(Today)};{Iso(Today.AddYears(1))}");
        var url = $"{Page(campaign.Id)}?handler=Contrats";

        (await PostFileAsync(neighbour, url, "contrats", "contrats.csv", file, await neighbour.TokenAsync("/espace/campagnes"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _host.SendAsync(new ImportContracts(other, campaign.Id, "contrats.csv", new MemoryStream(file)))).Error!.Kind.ShouldBe(ErrorKind.NotFound);
        (await PostFileAsync(mine, url, "contrats", "contrats.csv", file, null)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await _host.SendAsync(new GetRoster(cfa, campaign.Id)))!.Entries.ShouldBeEmpty();

        (await PostFileAsync(mine, url, "contrats", "contrats.csv", file, await mine.TokenAsync(Page(campaign.Id)))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await _host.SendAsync(new GetRoster(cfa, campaign.Id)))!.Entries.Count.ShouldBe(1);
    }

    private async Task<(Guid Cfa, CampaignRow Campaign, string Cfd)> CampaignAsync(DateOnly? start = null, DateOnly? end = null)
    {
        var (cfa, campaign) = await _host.OpenCampaignAsync(start: start, end: end, cfaEmail: Email);
        await using var scope = _host.Scope();
        var db = scope.ServiceProvider.GetRequiredService<IQuestionnairesDb>();
        var cfd = await db.Campaigns.Where(c => c.Id == campaign.Id)
            .Join(db.Formations, c => c.FormationKey, f => f.Key, (_, f) => f.Cfd)
            .SingleAsync();
        return (cfa, campaign, cfd);
    }

    private static string Page(Guid campaignId) => $"/espace/campagnes/{campaignId}/apprentis";

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient browser, Guid campaignId, string name, byte[] content) =>
        await Uploads.UploadAsync(browser, Page(campaignId), "Contrats", "contrats", name, content);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Fr(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>A date as a workbook types it: days since 30 December 1899.</summary>
    private static int Serial(DateOnly date) => date.DayNumber - new DateOnly(1899, 12, 30).DayNumber;
}
