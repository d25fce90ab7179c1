using System.Globalization;
using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Shouldly;
using Sirius.Questionnaires.Contracts;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests;

/// <summary>The pilots' dashboard on PostgreSQL: scopes, breakdowns, national comparison and exports opened back.</summary>
public sealed class PilotagePageTests : IAsyncLifetime
{
    private SiriusHost _host = null!;

    public async Task InitializeAsync() => _host = await SiriusHost.OnPostgresAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task An_observer_of_a_region_sees_its_figures_beside_national_ones_and_nothing_of_another_region()
    {
        var (_, isere) = await CampaignInAsync("84", "38");
        var (_, bouches) = await CampaignInAsync("93", "13");
        var invitation = await _host.InviteAsync(isere.Id);
        await _host.InviteAsync(isere.Id);
        await _host.AnswerAsync(isere.Token, invitation: invitation);
        await _host.AnswerAsync(isere.Token);
        await _host.AnswerAsync(isere.Token);
        await _host.AnswerAsync(bouches.Token);
        await Eventually.HoldsAsync(async () => (await _host.SendAsync(new GetStatistics(await _host.AdministratorAsync()))).Counters.Responses == 4, "four responses counted");

        // The helper invites straight on the roster lines, without the sending job: a rebuild counts them from there.
        (await _host.SendAsync(new RebuildStatistics())).IsSuccess.ShouldBeTrue();
        await _host.ObserverAsync("pilote-ara@region.fr", "region", "84");
        await _host.ObserverAsync("pilote-paca@region.fr", "region", "93");
        var auvergne = await _host.SignedInAsync("pilote-ara@region.fr");
        var paca = await _host.SignedInAsync("pilote-paca@region.fr");

        var page = await (await auvergne.BrowseAsync("/pilotage")).Content.ReadAsStringAsync();

        // Names, not codes: the scope, the région, département, académie and diploma level of each breakdown.
        page.ShouldContain("Région Auvergne-Rhône-Alpes");
        page.ShouldNotContain("Région 84");
        page.ShouldContain("<th scope=\"row\">Auvergne-Rhône-Alpes</th>");
        page.ShouldContain("<th scope=\"row\">Isère (38)</th>");
        page.ShouldContain("<th scope=\"row\">Académie de Grenoble</th>");
        page.ShouldContain("<th scope=\"row\">Niveau 3 (CAP, BEP)</th>");
        page.ShouldNotContain("<th scope=\"row\">84</th>");
        page.ShouldContain(isere.Siret);
        page.ShouldNotContain(bouches.Siret);
        foreach (var table in new[] { "indicateurs", "regions", "departements", "academies", "niveaux", "formations", "etablissements", "semaines", "mois" })
        {
            page.ShouldContain($"id=\"tableau-{table}\"");
        }

        var pacaPage = await (await paca.BrowseAsync("/pilotage")).Content.ReadAsStringAsync();
        pacaPage.ShouldContain(bouches.Siret);
        pacaPage.ShouldNotContain(isere.Siret);
        page.ShouldContain("Taux de réponse aux invitations");

        // Two apprentices invited in Isère, one answered through their link: 50 % there and nationally, none in PACA.
        var auvergneFigures = Encoding.UTF8.GetString(await (await auvergne.GetAsync("/pilotage?handler=export&table=indicateurs&format=csv")).Content.ReadAsByteArrayAsync());
        auvergneFigures.Split("\r\n").ShouldContain("Apprentis invités personnellement;2;2");
        auvergneFigures.Split("\r\n").ShouldContain("Réponses par invitation personnelle;1;1");
        auvergneFigures.Split("\r\n").ShouldContain("Taux de réponse aux invitations (%);50;50");
        var pacaFigures = Encoding.UTF8.GetString(await (await paca.GetAsync("/pilotage?handler=export&table=indicateurs&format=csv")).Content.ReadAsByteArrayAsync());
        pacaFigures.Split("\r\n").ShouldContain("Apprentis invités personnellement;0;2");
        pacaFigures.Split("\r\n").ShouldContain("Réponses par invitation personnelle;0;1");
        var establishments = await paca.GetAsync("/pilotage?handler=export&table=etablissements&format=csv");
        var csv = Encoding.UTF8.GetString(await establishments.Content.ReadAsByteArrayAsync());
        csv.ShouldContain(bouches.Siret + ";1;1;1;0;");
        csv.ShouldNotContain(isere.Siret);

        // Three responses in the scope (at the anonymity threshold), four in the country, each with the same free texts:
        // the verbatims follow suit.
        var verbatims = Encoding.UTF8.GetString(await (await auvergne.GetAsync("/pilotage?handler=export&table=verbatims&format=csv")).Content.ReadAsByteArrayAsync());
        var pending = verbatims.Split("\r\n").Single(l => l.StartsWith("À modérer;", StringComparison.Ordinal)).Split(';');
        var (inScope, national) = (int.Parse(pending[1], CultureInfo.InvariantCulture), int.Parse(pending[2], CultureInfo.InvariantCulture));
        inScope.ShouldBeGreaterThan(0);
        (inScope * 4).ShouldBe(national * 3);
    }

    [Fact]
    public async Task Answer_distributions_carry_the_question_and_option_labels_apprentices_read_in_questionnaire_order()
    {
        var (_, isere) = await CampaignInAsync("84", "38");
        for (var i = 0; i < 3; i++)
        {
            await _host.AnswerAsync(isere.Token);
        }

        var admin = await _host.AdministratorAsync();
        await Eventually.HoldsAsync(async () => (await _host.SendAsync(new GetStatistics(admin))).Counters.Responses == 3, "the responses counted (the anonymity threshold)");

        var report = (await _host.SendAsync(new GetStatistics(admin)));
        var first = (await _host.SendAsync(new GetResponseStep(isere.Token, null, 1)))!.Question;
        var distribution = report.Answers[0];
        distribution.Values.ShouldNotBeEmpty();
        distribution.QuestionKey.ShouldBe(first.Key);
        distribution.QuestionLabel.ShouldBe(first.Label);
        foreach (var value in distribution.Values)
        {
            value.Label.ShouldBe(first.Options.Concat(first.Items).FirstOrDefault(o => o.Key == value.Value)?.Label ?? value.Value);
        }

        report.Answers.ShouldContain(a => a.QuestionLabel != a.QuestionKey);
    }

    [Fact]
    public async Task Every_table_exports_to_CSV_and_to_an_XLSX_that_opens_back_with_the_same_figures()
    {
        var (_, isere) = await CampaignInAsync("84", "38");
        for (var i = 0; i < 3; i++)
        {
            await _host.AnswerAsync(isere.Token);
        }

        await _host.AdministratorAsync("admin-pilotage@sirius.test");
        await Eventually.HoldsAsync(async () => (await _host.SendAsync(new GetStatistics(await _host.AdministratorAsync()))).Counters.Responses == 3, "three responses counted (the anonymity threshold)");
        var admin = await _host.SignedInAsync("admin-pilotage@sirius.test");
        var page = await (await admin.BrowseAsync("/pilotage")).Content.ReadAsStringAsync();
        var ids = System.Text.RegularExpressions.Regex.Matches(page, "id=\"tableau-([a-z0-9-]+)\"").Select(m => m.Groups[1].Value).ToList();
        ids.ShouldContain("indicateurs");
        ids.ShouldContain(id => id.StartsWith("question-", StringComparison.Ordinal));

        foreach (var id in ids)
        {
            var csv = await admin.GetAsync($"/pilotage?handler=export&table={id}&format=csv");
            csv.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length.ShouldBeGreaterThan(1);

            var xlsx = await admin.GetAsync($"/pilotage?handler=export&table={id}&format=xlsx");
            xlsx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            using var document = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false);
            var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
            rows.Count.ShouldBeGreaterThan(1);
            if (id == "etablissements")
            {
                var cells = rows[1].Elements<Cell>().ToList();
                cells[0].InnerText.ShouldBe(isere.Siret);
                cells[3].CellValue!.Text.ShouldBe("3");
            }
        }

        (await admin.GetAsync("/pilotage?handler=export&table=inconnu&format=csv")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Long_breakdowns_show_the_establishments_with_most_responses_and_export_every_one()
    {
        var campaigns = new List<CampaignRow>();
        for (var i = 0; i <= Pages.Pilotage.PilotageModel.TopRows; i++)
        {
            campaigns.Add((await CampaignInAsync("84", "38")).Campaign);
        }

        // The establishment listed last by SIRET has the only response: it heads the top list.
        var answered = campaigns.MaxBy(c => c.Siret, StringComparer.Ordinal)!;
        await _host.AnswerAsync(answered.Token);
        await Eventually.HoldsAsync(async () => (await _host.SendAsync(new GetStatistics(await _host.AdministratorAsync()))).Counters.Responses == 1, "the response counted");
        await _host.AdministratorAsync("admin-top@sirius.test");
        var admin = await _host.SignedInAsync("admin-top@sirius.test");

        var page = await (await admin.BrowseAsync("/pilotage")).Content.ReadAsStringAsync();
        var section = page[page.IndexOf("id=\"tableau-etablissements\"", StringComparison.Ordinal)..];
        var body = section[..section.IndexOf("</tbody>", StringComparison.Ordinal)];
        var listed = System.Text.RegularExpressions.Regex.Matches(body, "<th scope=\"row\">([0-9]{14})</th>").Select(m => m.Groups[1].Value).ToList();
        var csv = Encoding.UTF8.GetString(await (await admin.GetAsync("/pilotage?handler=export&table=etablissements&format=csv")).Content.ReadAsByteArrayAsync());

        listed.Count.ShouldBe(Pages.Pilotage.PilotageModel.TopRows);
        listed[0].ShouldBe(answered.Siret);
        listed.Skip(1).ShouldBe(listed.Skip(1).Order(StringComparer.Ordinal));
        page.ShouldContain($"20 premières lignes sur {campaigns.Count}, par nombre de réponses décroissant");
        foreach (var campaign in campaigns)
        {
            csv.ShouldContain(campaign.Siret + ";");
        }
    }

    [Fact]
    public async Task CFA_staff_and_visitors_are_kept_out()
    {
        var siret = await _host.EstablishmentAsync();
        await _host.CfaStaffAsync("cfa-pilotage@cfa.fr", siret);
        var cfa = await _host.SignedInAsync("cfa-pilotage@cfa.fr");
        var visitor = _host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        (await cfa.GetAsync("/pilotage")).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect, HttpStatusCode.Found);
        (await cfa.GetAsync("/pilotage")).Headers.Location?.ToString().ShouldNotBe("/pilotage");
        (await cfa.GetAsync("/pilotage?handler=export&table=indicateurs&format=csv")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await visitor.GetAsync("/pilotage")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    private async Task<(Guid Cfa, CampaignRow Campaign)> CampaignInAsync(string region, string department)
    {
        var siret = await _host.EstablishmentAsync();
        var cfa = await _host.CfaStaffAsync($"cfa-{Guid.NewGuid():N}@cfa.fr", siret);
        var formation = Events.NewFormation(siret) with { RegionCode = region, DepartmentCode = department };
        await _host.PublishAsync(formation);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var version = (await _host.SendAsync(new ListUsableVersions(await _host.AdministratorAsync())))[0].Id;
        var created = await _host.SendAsync(new CreateCampaigns(cfa, [new NewCampaign(formation.Key, "Campagne " + siret, today.AddDays(-1), today.AddDays(30), 0, version)]));
        created.Error?.Message.ShouldBeNull();
        return (cfa, (await _host.SendAsync(new ListCampaigns(cfa))).Single());
    }
}
