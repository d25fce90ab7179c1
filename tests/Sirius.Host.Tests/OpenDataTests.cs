using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Sirius.BuildingBlocks.Jobs;
using Sirius.Host.OpenData;
using Sirius.Questionnaires.Contracts;
using Sirius.Testimonies.Contracts;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests;

/// <summary>The open-data files: only groups at the anonymity threshold, the documented columns, listed with checksums that hold.</summary>
public sealed class OpenDataTests : SqliteHostTests
{
    [Fact]
    public async Task After_a_new_generation_the_previous_files_stay_downloadable_until_the_next_one_and_nothing_else_is_served()
    {
        var client = Host.CreateClient();
        var first = await GenerateAsync(client);
        await Task.Delay(1100); // generations are named to the second
        var second = await GenerateAsync(client);
        second.ShouldNotBe(first);

        foreach (var name in first.Concat(second))
        {
            (await client.GetAsync($"/api/v1/donnees-ouvertes/{name}")).StatusCode.ShouldBe(HttpStatusCode.OK, name);
        }

        await Task.Delay(1100);
        await GenerateAsync(client);
        foreach (var name in first)
        {
            (await client.GetAsync($"/api/v1/donnees-ouvertes/{name}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, name);
        }

        (await client.GetAsync("/api/v1/donnees-ouvertes/manifest.json")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/api/v1/donnees-ouvertes/..%2Fsirius-x.csv")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public void Without_a_configured_folder_files_go_to_a_data_folder_outside_the_application()
    {
        var folder = OpenDataExport.DefaultDirectory();

        Path.IsPathRooted(folder).ShouldBeTrue();
        folder.ShouldNotStartWith(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        folder.ShouldNotStartWith(Directory.GetCurrentDirectory());
        folder.ShouldEndWith(Path.Combine("sirius", "open-data"));
    }

    private async Task<IReadOnlyList<string>> GenerateAsync(HttpClient client)
    {
        await using (var scope = Host.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<OpenDataExport>()
                .GenerateAsync(scope.ServiceProvider.GetRequiredService<IJobProgress>(), CancellationToken.None);
        }

        return [.. (await client.GetFromJsonAsync<JsonElement>("/api/v1/donnees-ouvertes")).GetProperty("files").EnumerateArray().Select(f => f.GetProperty("name").GetString()!)];
    }

    [Fact]
    public async Task Files_hold_the_groups_at_the_threshold_in_the_documented_schema_and_are_listed_with_their_checksums()
    {
        var (_, counted) = await Host.OpenCampaignAsync();
        var (_, tooFew) = await Host.OpenCampaignAsync();
        // Two of the three responses come through personal invitations: a verified share of 2/3, rounded to 4 decimals.
        await Host.AnswerAsync(counted.Token, invitation: await Host.InviteAsync(counted.Id));
        await Host.AnswerAsync(counted.Token, invitation: await Host.InviteAsync(counted.Id));
        await Host.AnswerAsync(counted.Token);

        await Host.AnswerAsync(tooFew.Token);
        await Host.AnswerAsync(tooFew.Token);
        var admin = await Host.AdministratorAsync();
        await Eventually.HoldsAsync(async () => (await Host.SendAsync(new GetStatistics(admin))).Counters.Responses == 5, "five responses counted");
        await Eventually.HoldsAsync(async () => await Host.InDbAsync(db => db.Verbatims.CountAsync(v => v.CampaignId == counted.Id)) > 0, "verbatims received");
        var verbatims = await Host.InDbAsync(db => db.Verbatims.Where(v => v.CampaignId == counted.Id).Select(v => v.Id).ToListAsync());
        (await Host.SendAsync(new AcceptSuggestions(admin, verbatims))).IsSuccess.ShouldBeTrue();
        var publishedThemes = await Host.InDbAsync(async db => (await db.Verbatims.Where(v => v.CampaignId == counted.Id).Select(v => v.Themes).ToListAsync())
            .Sum(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length));
        var client = Host.CreateClient();
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/donnees-ouvertes")).GetProperty("files").GetArrayLength().ShouldBe(0);

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await Host.SendAsync(new RecordImpact(new Dictionary<ImpactHit, long>
        {
            [new ImpactHit(today, ImpactMeasures.Impression, "etablissement/" + counted.Siret, null, null, "https://partenaire.example")] = 4,
            [new ImpactHit(today, ImpactMeasures.TestimonyShown, "formation/50022141", null, verbatims[0], "")] = 3,
        }));

        await using (var scope = Host.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<OpenDataExport>()
                .GenerateAsync(scope.ServiceProvider.GetRequiredService<IJobProgress>(), CancellationToken.None);
        }

        var listing = await client.GetFromJsonAsync<JsonElement>("/api/v1/donnees-ouvertes");
        listing.GetProperty("schemaVersion").GetInt32().ShouldBe(1);
        listing.GetProperty("threshold").GetInt32().ShouldBe(3);
        var files = listing.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("format").GetString() + ":" + f.GetProperty("name").GetString()!.Split('-')[1]);
        files.Keys.Order().ShouldBe(["csv:impact", "csv:indicateurs", "csv:reponses", "jsonl:indicateurs"]);
        var contents = new Dictionary<string, string>();
        foreach (var (kind, file) in files)
        {
            var bytes = await client.GetByteArrayAsync(file.GetProperty("url").GetString());
            Convert.ToHexStringLower(SHA256.HashData(bytes)).ShouldBe(file.GetProperty("sha256").GetString());
            file.GetProperty("size").GetInt64().ShouldBe(bytes.Length);
            contents[kind] = System.Text.Encoding.UTF8.GetString(bytes);
            contents[kind].Split('\n', StringSplitOptions.RemoveEmptyEntries).Length
                .ShouldBe(file.GetProperty("rows").GetInt32() + (kind.StartsWith("csv", StringComparison.Ordinal) ? 1 : 0));
        }

        var indicators = contents["csv:indicateurs"].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = indicators[0].Split(',');
        header[..11].ShouldBe(["annee", "cfd", "siret", "region", "departement", "niveau", "reponses", "places", "reponses_campagnes_limitees", "taux_reponse", "part_reponses_verifiees"]);
        header.Skip(11).ShouldAllBe(c => c.StartsWith("theme_", StringComparison.Ordinal));
        header.Length.ShouldBe(11 + 14);
        var row = indicators.Skip(1).ShouldHaveSingleItem().Split(',');
        row[2].ShouldBe(counted.Siret);
        row[6].ShouldBe("3");
        row[10].ShouldBe("0.6667");
        row.Skip(11).Sum(int.Parse).ShouldBe(publishedThemes);
        contents["csv:reponses"].ShouldNotContain(tooFew.Siret);
        contents["csv:reponses"].ShouldContain($",{counted.Siret},");
        contents["csv:reponses"].Split('\n').ShouldContain(l => l.EndsWith($",{counted.Siret},84,38,formation.annee,,premiere,3", StringComparison.Ordinal));

        contents["csv:impact"].Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldBe(
        [
            "mois,mesure,cible,siret,origine,nombre",
            $"{today:yyyy-MM},affichage,etablissement/{counted.Siret},{counted.Siret},https://partenaire.example,4",
            $"{today:yyyy-MM},temoignage,formation/50022141,{counted.Siret},,3",
        ]);

        var line = JsonDocument.Parse(contents["jsonl:indicateurs"].Split('\n')[0]).RootElement;
        line.GetProperty("siret").GetString().ShouldBe(counted.Siret);
        line.GetProperty("reponses").GetInt64().ShouldBe(3);
        line.GetProperty("part_reponses_verifiees").GetDouble().ShouldBe(0.6667);
        line.GetProperty("reponses_par_question").GetArrayLength().ShouldBeGreaterThan(0);

        (await client.GetAsync("/api/v1/donnees-ouvertes/manifest.json")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/api/v1/donnees-ouvertes/..%2Fmanifest.json")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
