using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Sirius.Host.Pages.Espace.Campagnes;
using Sirius.Questionnaires.Application;
using Sirius.Questionnaires.Contracts;
using Sirius.Testing;
using Xunit;
using static Sirius.Host.Tests.Uploads;

namespace Sirius.Host.Tests;

/// <summary>
/// A CFA uploads the roster of a campaign through its page, on SQLite: good CSV and XLSX files, bad files refused as a
/// whole with a French report, a foreign CFA kept out, and the « invitations personnelles uniquement » option.
/// </summary>
public sealed class RosterPagesTests : SqliteHostTests
{
    private const string Email = "listes@cfa.fr";

    [Fact]
    public async Task A_CFA_downloads_the_template_and_uploads_a_CSV_then_an_XLSX_roster()
    {
        var (cfa, campaign) = await Host.OpenCampaignAsync(cfaEmail: Email);
        var browser = await Host.SignedInAsync(Email);
        var page = $"/espace/campagnes/{campaign.Id}/apprentis";

        var template = await browser.GetAsync($"{page}?handler=Modele");
        template.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var templateText = await template.Content.ReadAsStringAsync();
        templateText.ShouldContain("prenom;nom;courriel");

        var csv = await UploadAsync(browser, page, "liste.csv", Csv("Prénom;Nom;Courriel", "Léa;Dupont;Lea.Dupont@Example.fr", "\"Jean; dit Jo\";Martin;jean.martin@example.fr"));
        csv.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var xlsx = await UploadAsync(browser, page, "liste.xlsx", Xlsx(["prenom", "nom", "courriel"], ["Inès", "Benali", "ines.benali@example.fr"]));
        xlsx.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var roster = (await Host.SendAsync(new GetRoster(cfa, campaign.Id)))!;
        roster.Entries.Select(e => (e.FirstName, e.LastName, e.Email)).ShouldBe(
            [("Inès", "Benali", "ines.benali@example.fr"), ("Léa", "Dupont", "lea.dupont@example.fr"), ("Jean; dit Jo", "Martin", "jean.martin@example.fr")]);
        roster.Counts.ShouldBe(new RosterCounts(3, 0, 0, 0));
        var html = await (await browser.BrowseAsync(page)).Content.ReadAsStringAsync();
        html.ShouldContain("3 sur la liste");
        html.ShouldContain("ines.benali@example.fr");
        var campaigns = await (await browser.BrowseAsync("/espace/campagnes")).Content.ReadAsStringAsync();
        campaigns.ShouldContain(page);
        campaigns.ShouldContain("Invitations\u202F: 0 invité(s), 0 ouvert(s), 0 réponse(s)");
        (await (await browser.BrowseAsync("/espace/resultats")).Content.ReadAsStringAsync()).ShouldContain("Invitations personnelles\u202F: 0 apprenti(s) invité(s)");
    }

    [Fact]
    public async Task A_roster_with_bad_lines_imports_nothing_and_reports_each_line_in_french()
    {
        var (cfa, campaign) = await Host.OpenCampaignAsync(cfaEmail: Email);
        var browser = await Host.SignedInAsync(Email);
        var page = $"/espace/campagnes/{campaign.Id}/apprentis";

        var response = await UploadAsync(browser, page, "liste.csv", Csv(
            "prenom;nom;courriel",
            "Léa;Dupont;lea.dupont@example.fr",
            "Paul;Durand;paul.durand@",
            "Zoé;;zoe@example.fr",
            "Max;Leroy;LEA.DUPONT@example.fr",
            "=HYPERLINK(\"http://pirate.example\";\"clic\");Nom;piege@example.fr",
            "Ana;Silva;ana@example.fr;en trop"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("Aucun apprenti n’a été importé\u202F: 5 ligne(s) à corriger");
        html.ShouldContain("aria-describedby=\"fichier-erreur\"");
        html.ShouldContain("Adresse électronique mal formée\u202F: «\u202Fpaul.durand@\u202F»");
        html.ShouldContain("Champ obligatoire manquant\u202F: nom.");
        html.ShouldContain("Doublon\u202F: l’adresse lea.dupont@example.fr figure déjà ligne 2.");
        html.ShouldContain("commence comme une formule de tableur");
        html.ShouldContain("La ligne compte plus de trois colonnes.");
        html.ShouldNotContain("<td>2</td>", Case.Sensitive, "the good line is not reported");
        (await Host.SendAsync(new GetRoster(cfa, campaign.Id)))!.Entries.ShouldBeEmpty("all or nothing");

        await UploadAsync(browser, page, "liste.csv", Csv("prenom;nom;courriel", "Léa;Dupont;lea.dupont@example.fr"));
        var again = WebUtility.HtmlDecode(await (await UploadAsync(browser, page, "liste.csv", Csv("prenom;nom;courriel", "Léa;Dupont;lea.dupont@example.fr"))).Content.ReadAsStringAsync());
        again.ShouldContain("est déjà dans la liste de cette campagne");
        (await Host.SendAsync(new GetRoster(cfa, campaign.Id)))!.Entries.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData("liste.txt", "prenom;nom;courriel\nLéa;Dupont;lea@example.fr", "doit être un tableau CSV (.csv) ou Excel (.xlsx)")]
    [InlineData("liste.xlsx", "prenom;nom;courriel\nLéa;Dupont;lea@example.fr", "doit être un tableau CSV (.csv) ou Excel (.xlsx)")]
    [InlineData("liste.csv", "nom;prenom;email\nDupont;Léa;lea@example.fr", "Les colonnes attendues sont, dans cet ordre\u202F: prenom, nom, courriel")]
    [InlineData("liste.csv", "prenom;nom;courriel\n", "ne contient aucun apprenti")]
    [InlineData("liste.csv", "", "Choisissez le fichier de la liste des apprentis")]
    public async Task A_file_that_is_not_a_roster_is_refused_beside_the_field(string name, string content, string message)
    {
        var (cfa, campaign) = await Host.OpenCampaignAsync(cfaEmail: Email);
        var browser = await Host.SignedInAsync(Email);

        var response = await UploadAsync(browser, $"/espace/campagnes/{campaign.Id}/apprentis", name, Encoding.UTF8.GetBytes(content));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain(message);
        html.ShouldContain("id=\"fichier-erreur\"");
        (await Host.SendAsync(new GetRoster(cfa, campaign.Id)))!.Entries.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_huge_roster_is_refused_whole()
    {
        var (cfa, campaign) = await Host.OpenCampaignAsync(cfaEmail: Email);
        var browser = await Host.SignedInAsync(Email);
        var page = $"/espace/campagnes/{campaign.Id}/apprentis";
        var lines = Enumerable.Range(1, 2_001).Select(i => $"Prénom{i};Nom{i};apprenti{i}@example.fr");

        var tooMany = WebUtility.HtmlDecode(await (await UploadAsync(browser, page, "liste.csv", Csv(["prenom;nom;courriel", .. lines]))).Content.ReadAsStringAsync());
        var tooBig = WebUtility.HtmlDecode(await (await UploadAsync(browser, page, "liste.csv", new byte[(int)ApprentisModel.MaxFileBytes + 1])).Content.ReadAsStringAsync());

        var bomb = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(bomb, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = zip.CreateEntry("xl/sharedStrings.xml").Open();
            await entry.WriteAsync(new byte[30 * 1024 * 1024]);
        }

        var unpacked = WebUtility.HtmlDecode(await (await UploadAsync(browser, page, "liste.xlsx", bomb.ToArray())).Content.ReadAsStringAsync());

        bomb.Length.ShouldBeLessThan(ApprentisModel.MaxFileBytes);
        unpacked.ShouldContain("doit être un tableau CSV (.csv) ou Excel (.xlsx)");
        tooMany.ShouldContain("plus de 2000 apprentis");
        tooBig.ShouldContain("Le fichier dépasse 2 Mo.");
        (await Host.SendAsync(new GetRoster(cfa, campaign.Id)))!.Entries.ShouldBeEmpty();
    }

    [Fact]
    public async Task Another_CFA_can_neither_see_nor_fill_the_roster_and_a_post_needs_the_anti_forgery_token()
    {
        var (cfa, campaign) = await Host.OpenCampaignAsync(cfaEmail: Email);
        await Host.CfaStaffAsync("voisin@cfa.fr", await Host.EstablishmentAsync());
        var other = await Host.SignedInAsync("voisin@cfa.fr");
        var mine = await Host.SignedInAsync(Email);
        var page = $"/espace/campagnes/{campaign.Id}/apprentis";

        (await other.BrowseAsync(page)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var token = await mine.TokenAsync(page);
        (await PostFileAsync(other, $"{page}?handler=Importer", "liste.csv", Csv("prenom;nom;courriel", "Léa;Dupont;lea@example.fr"), await other.TokenAsync("/espace/campagnes")))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await PostFileAsync(mine, $"{page}?handler=Importer", "liste.csv", Csv("prenom;nom;courriel", "Léa;Dupont;lea@example.fr"), null))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        token.ShouldNotBeEmpty();
        (await Host.SendAsync(new GetRoster(cfa, campaign.Id)))!.Entries.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_campaign_for_personal_invitations_only_refuses_its_open_link()
    {
        var (cfa, campaign) = await Host.OpenCampaignAsync(cfaEmail: Email);
        var browser = await Host.SignedInAsync(Email);
        var page = $"/espace/campagnes/{campaign.Id}/apprentis";

        (await browser.SubmitAsync(page, new Dictionary<string, string> { ["invitationsSeules"] = "true" }, $"{page}?handler=Mode")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await Host.SendAsync(new GetRoster(cfa, campaign.Id)))!.PersonalInvitationsOnly.ShouldBeTrue();
        var landing = WebUtility.HtmlDecode(await Host.CreateClient().GetStringAsync($"/q/{campaign.Token}"));
        landing.ShouldContain("réservé aux apprentis invités personnellement");
        landing.ShouldNotContain("Commencer le questionnaire");
        var question = (await Host.SendAsync(new GetResponseStep(campaign.Token, null, 1)))!.Question;
        var refused = await Host.SaveAsync(campaign.Token, null, question.Key, Respondents.ValidAnswer(question));
        refused.Error!.Code.ShouldBe("campaign.invitations_only");
        (await CountResponsesAsync()).ShouldBe(0);

        await browser.SubmitAsync(page, new Dictionary<string, string> { ["invitationsSeules"] = "false" }, $"{page}?handler=Mode");
        (await Host.SaveAsync(campaign.Token, null, question.Key, Respondents.ValidAnswer(question))).IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public async Task Without_the_unsubscribe_key_no_apprentice_is_imported_and_the_message_names_the_setting()
    {
        using var keyless = SiriusHost.OnSqlite(new Dictionary<string, string?> { ["Invitations:UnsubscribeKey"] = "" });
        var (cfa, campaign) = await keyless.OpenCampaignAsync(cfaEmail: Email);

        var refused = await Should.ThrowAsync<InvalidOperationException>(() =>
            keyless.SendAsync(new ImportRoster(cfa, campaign.Id, "liste.csv", new MemoryStream(Csv("prenom;nom;courriel", "Léa;Dupont;lea@example.fr")))));

        refused.Message.ShouldContain("Invitations:UnsubscribeKey");
        (await keyless.SendAsync(new GetRoster(cfa, campaign.Id)))!.Entries.ShouldBeEmpty();
    }

    private async Task<int> CountResponsesAsync()
    {
        await using var scope = Host.Scope();
        return await scope.ServiceProvider.GetRequiredService<IQuestionnairesDb>().Responses.CountAsync();
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient browser, string page, string name, byte[] content) =>
        await Uploads.UploadAsync(browser, page, "Importer", "fichier", name, content);

    private static async Task<HttpResponseMessage> PostFileAsync(HttpClient browser, string url, string name, byte[] content, string? token) =>
        await Uploads.PostFileAsync(browser, url, "fichier", name, content, token);
}
