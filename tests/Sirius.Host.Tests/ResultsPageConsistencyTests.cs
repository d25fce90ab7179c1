using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Questionnaires.Contracts;
using Sirius.Testimonies.Contracts;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests;

/// <summary>A CFA's results page agrees with itself, on PostgreSQL: counts, shares and the comparison use one definition.</summary>
public sealed partial class ResultsPageConsistencyTests : IAsyncLifetime
{
    private SiriusHost _host = null!;

    public async Task InitializeAsync() => _host = await SiriusHost.OnPostgresAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Free_texts_are_counted_and_multiple_choice_shares_are_shares_of_respondents_in_both_tables()
    {
        var (cfa, campaign) = await _host.OpenCampaignAsync();
        for (var i = 0; i < 3; i++)
        {
            // Each apprentice ticks two ways of finding a company: 6 choices, 3 respondents.
            await _host.AnswerAsync(campaign.Token, answer: q => q.Key == "recherche.moyens"
                ? new PostedAnswer(["cfa", "entourage"], new Dictionary<string, string>(), null)
                : Respondents.ValidAnswer(q));
        }

        await Eventually.HoldsAsync(async () => await _host.InDbAsync(db => db.Verbatims.CountAsync(v => v.CampaignId == campaign.Id && v.QuestionKey == "cfa.cours")) == 3, "verbatims received");
        var cours = await _host.InDbAsync(db => db.Verbatims.Where(v => v.CampaignId == campaign.Id && v.QuestionKey == "cfa.cours").Select(v => v.Id).ToListAsync());
        cours.Count.ShouldBe(3);
        (await _host.SendAsync(new AcceptSuggestions(await _host.ModeratorAsync(), [cours[0]]))).IsSuccess.ShouldBeTrue();
        await Eventually.HoldsAsync(async () => (await _host.SendAsync(new GetBenchmark(cfa, [campaign.Id])))?.OwnResponses == 3, "three responses counted");
        var browser = await _host.SignedInAsync((await _host.SendAsync(new GetAccount(await _host.AdministratorAsync(), cfa)))!.Email);

        var page = await (await browser.BrowseAsync($"/espace/resultats?campagnes={campaign.Id}")).Content.ReadAsStringAsync();

        // The free-text question counts the texts written, not the closed answers it has none of.
        var section = Section(page, "question-cfa-cours");
        section.ShouldContain("3 réponse(s) écrite(s) à cette question, dont 1 publiée(s) après modération");
        section.ShouldNotContain("0 réponse(s)");
        section.ShouldContain("class=\"sirius-verbatim");

        // Main table and comparison: each option chosen by 3 of 3 respondents is 100 % (not 50 % of the 6 choices).
        Section(page, "question-recherche-moyens").ShouldContain("3 répondant(s) à cette question");
        Section(page, "question-recherche-moyens").ShouldContain("<td data-value=\"100\">100&#x202F;%</td>");
        var csv = ExportFiles.CsvLines(await (await browser.GetAsync($"/espace/resultats?handler=Export&format=csv&campagnes={campaign.Id}")).Content.ReadAsByteArrayAsync());
        var benchmark = (await _host.SendAsync(new GetBenchmark(cfa, [campaign.Id])))!.Questions.Single(q => q.QuestionKey == "recherche.moyens");
        benchmark.Respondents.ShouldBe([3L, 3L, 3L]);
        var cfaLabel = benchmark.Own.Single(v => v.Value == "cfa").Label;
        csv.ShouldContain(l => l.EndsWith($";{cfaLabel};100%;100%;100%", StringComparison.Ordinal));

        // A summary first, then a table of contents with a link to every question's section.
        page.IndexOf("id=\"en-bref\"", StringComparison.Ordinal).ShouldBeLessThan(page.IndexOf("name=\"campagnes\"", StringComparison.Ordinal));
        page.ShouldContain("<strong>3 réponse(s)</strong>");
        page.ShouldContain("sommaire-titre");
        foreach (var id in QuestionIds().Matches(page).Select(m => m.Groups[1].Value).Distinct())
        {
            page.ShouldContain($"href=\"#{id}\"");
        }
    }

    /// <summary>The section of a question, from its heading to the next section.</summary>
    private static string Section(string page, string id)
    {
        var start = page.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, id);
        var end = page.IndexOf("</section>", start, StringComparison.Ordinal);
        return page[start..end];
    }

    [GeneratedRegex("<h3 class=\"fr-h5\" id=\"(question-[a-z0-9_-]+)\"")]
    private static partial Regex QuestionIds();
}
