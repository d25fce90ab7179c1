using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Sirius.Questionnaires.Contracts;
using Sirius.Testimonies.Contracts;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests;

/// <summary>
/// One campaign answered 1, 2 or 3 times, each response with a free text that moderation published: below
/// <c>Sirius:AnonymityThreshold</c> the CFA's results (page, CSV, XLSX), the comparison, an observer's <c>/pilotage</c>,
/// the administrators' follow-up and the public API give counts of responses and nothing computed over them; at the
/// threshold they give it all. The cases with the threshold set to 1 are the canary: the same two responses then show
/// every figure the other cases look for, so each « hidden » assertion can fail.
/// </summary>
public sealed class AnonymityThresholdTests
{
    private const string QuestionLabel = "En quelle année de ta formation es-tu ?";
    private const string FreeText = "formateurs sont disponibles";

    [Theory]
    [InlineData(1, 3, false)]
    [InlineData(2, 3, false)]
    [InlineData(3, 3, true)]
    [InlineData(2, 1, true)]
    public async Task Figures_over_responses_leave_the_moderation_desk_only_from_the_threshold_on(int responses, int threshold, bool shown)
    {
        await using var host = SiriusHost.OnSqlite(new Dictionary<string, string?> { ["Sirius:AnonymityThreshold"] = threshold.ToString(CultureInfo.InvariantCulture) });
        var (cfa, campaign) = await host.OpenCampaignAsync();
        for (var i = 0; i < responses; i++)
        {
            await host.AnswerAsync(campaign.Token);
        }

        var published = await PublishEveryVerbatimAsync(host, campaign.Id, responses);
        var admin = await host.AdministratorAsync("admin-seuil@sirius.test");
        await Eventually.HoldsAsync(async () => (await host.SendAsync(new GetStatistics(admin))).Counters.Responses == responses, "responses counted");
        var notice = $"Moins de {threshold} réponses : les résultats sont masqués pour protéger l’anonymat des apprentis";
        var pageNotice = $"Moins de {threshold} réponses\u202F: les résultats sont masqués pour protéger l’anonymat des apprentis"; // as HTML pages set it
        var staff = await host.SignedInAsync((await host.SendAsync(new Sirius.Establishments.Contracts.Accounts.GetAccount(await host.AdministratorAsync(), cfa)))!.Email);
        var results = $"/espace/resultats?campagnes={campaign.Id}";

        var page = await (await staff.BrowseAsync(results)).Content.ReadAsStringAsync();
        page.ShouldContain($"{campaign.Name} <span class=\"fr-hint-text\">{campaign.FormationTitle} · {responses} réponse(s)", Case.Insensitive, "the number of responses is always shown");
        Holds(page.Contains("id=\"tableau-question-formation-annee\"", StringComparison.Ordinal), shown, "the question's distribution");
        Holds(page.Contains("100&#x202F;%", StringComparison.Ordinal), shown, "a percentage (narrow no-break space before the sign)");
        Holds(page.Contains(FreeText, StringComparison.Ordinal), shown, "the published testimonies");
        Holds(page.Contains("id=\"tableau-comparaison-formation-annee\"", StringComparison.Ordinal), shown, "the comparison");
        Holds(page.Contains(pageNotice, StringComparison.Ordinal), !shown, "the notice");

        var csvs = ExportFiles.Csvs(await (await staff.GetAsync($"/espace/resultats?handler=Export&format=csv&campagnes={campaign.Id}")).Content.ReadAsByteArrayAsync());
        var csv = csvs.Values.SelectMany(lines => lines).ToList();
        Holds(csvs.Single(f => f.Key.EndsWith("-formation-annee.csv", StringComparison.Ordinal)).Value.Contains($"1re année;{responses};100%;{responses}"), shown, "the CSV's distribution");
        Holds(csv.Any(l => l.Contains(FreeText, StringComparison.Ordinal)), shown, "the CSV's testimonies");
        Holds(csv.Contains($"{QuestionLabel};;1re année;100%;100%;100%"), shown, "the CSV's comparison");
        Holds(csv.Any(l => l.StartsWith("Durée médiane (secondes);", StringComparison.Ordinal) && l.Split(';')[1].Length > 0), shown, "the CSV's median");
        Holds(csv.Any(l => l.Contains(notice, StringComparison.Ordinal)), !shown, "the CSV's notice");

        var sheets = ExportFiles.Sheets(await (await staff.GetAsync($"/espace/resultats?handler=Export&format=xlsx&campagnes={campaign.Id}")).Content.ReadAsByteArrayAsync());
        var question = sheets.Single(s => s.Key.StartsWith('Q') && s.Key.Contains("En quelle année", StringComparison.Ordinal)).Value;
        Holds(question.Any(r => r[0] == "1re année" && r[1] == $"{responses}"), shown, "the XLSX's distribution");
        Holds(sheets["Témoignages publiés"].Any(r => r.Any(c => c.Contains(FreeText, StringComparison.Ordinal))), shown, "the XLSX's testimonies");
        Holds(sheets.Keys.Any(k => k.StartsWith("Comparaison", StringComparison.Ordinal)), shown, "the XLSX's comparison");
        Holds(sheets["Synthèse"].Any(r => r.Contains(notice + ".")), !shown, "the XLSX's notice");

        await host.ObserverAsync("pilote-seuil@region.fr", "sirets", campaign.Siret);
        var observer = await host.SignedInAsync("pilote-seuil@region.fr");
        var pilotage = await (await observer.BrowseAsync("/pilotage")).Content.ReadAsStringAsync();
        Holds(pilotage.Contains(pageNotice, StringComparison.Ordinal), !shown, "the notice on /pilotage");
        var indicators = await CsvLinesAsync(observer, "/pilotage?handler=export&table=indicateurs&format=csv");
        indicators.ShouldContain($"Réponses;{responses};{responses}");
        Holds(indicators.Contains($"Réponses avec texte libre;{responses};{responses}"), shown, "the scope's free-text count");
        Holds(indicators.Any(l => l.StartsWith("Durée médiane de réponse (minutes);", StringComparison.Ordinal) && l.Split(';')[1].Length > 0), shown, "the scope's median");
        var establishments = await CsvLinesAsync(observer, "/pilotage?handler=export&table=etablissements&format=csv");
        var row = establishments.Single(l => l.StartsWith(campaign.Siret, StringComparison.Ordinal)).Split(';');
        row[3].ShouldBe($"{responses}", "the row's number of responses is always shown");
        Holds(row[5] == $"{responses}", shown, "the row's free-text count");
        var distribution = await CsvLinesAsync(observer, "/pilotage?handler=export&table=question-formation-annee&format=csv");
        Holds(distribution.Any(l => l.StartsWith($"1re année;{responses};100;", StringComparison.Ordinal)), shown, "the scope's distribution");
        var verbatims = await CsvLinesAsync(observer, "/pilotage?handler=export&table=verbatims&format=csv");
        Holds(verbatims.Any(l => l.StartsWith("Publié;", StringComparison.Ordinal) && l.Split(';')[1] == $"{published}"), shown, "the scope's verbatims per status");

        var administrator = await host.SignedInAsync("admin-seuil@sirius.test");
        var followUp = (await CsvLinesAsync(administrator, "/admin/etablissements/suivi?handler=export&format=csv"))
            .Single(l => l.StartsWith(campaign.Siret, StringComparison.Ordinal)).Split(';');
        followUp[5].ShouldBe($"{responses}", "the follow-up always shows the number of responses");
        Holds(followUp[6] == $"{published}", shown, "the follow-up's verbatims");
        Holds((await (await administrator.BrowseAsync("/admin/etablissements/suivi")).Content.ReadAsStringAsync()).Contains(pageNotice, StringComparison.Ordinal), !shown, "the follow-up's notice");

        Holds((await (await host.CreateClient().GetAsync($"/api/v1/etablissements/{campaign.Siret}/temoignages")).Content.ReadAsStringAsync()).Contains(FreeText, StringComparison.Ordinal),
            shown, "the public API's testimonies");
    }

    private static void Holds(bool seen, bool expected, string what) =>
        seen.ShouldBe(expected, expected ? $"{what} should be there" : $"{what} should not be there");

    /// <summary>Every free text of the campaign's responses published, as a moderator would; answers how many.</summary>
    private static async Task<int> PublishEveryVerbatimAsync(SiriusHost host, Guid campaign, int responses)
    {
        await Eventually.HoldsAsync(
            async () => await host.InDbAsync(db => db.Verbatims.Where(v => v.CampaignId == campaign).Select(v => v.ResponseId).Distinct().CountAsync()) == responses,
            "every response's verbatims received");
        var ids = await host.InDbAsync(db => db.Verbatims.Where(v => v.CampaignId == campaign).Select(v => v.Id).ToListAsync());
        (await host.SendAsync(new ModerateVerbatims(await host.ModeratorAsync(), ids, ModerationStatuses.Validated, null))).IsSuccess.ShouldBeTrue();
        return ids.Count;
    }

    private static async Task<string[]> CsvLinesAsync(HttpClient client, string url) =>
        Encoding.UTF8.GetString(await (await client.GetAsync(url)).Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n");
}
