using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts;
using Sirius.Questionnaires.Application;
using Sirius.Testimonies.Contracts;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests;

/// <summary>
/// The breakdowns of /statistiques (months, régions, diploma levels, themes, moderation), read over real HTTP from a
/// host on Kestrel and PostgreSQL: each equals the sums of the read models underneath (the campaigns' statistics rows,
/// the per-formation theme tallies), and no count below the anonymity threshold is printed.
/// </summary>
public sealed partial class PublicStatisticsBreakdownTests : IAsyncLifetime
{
    private const int Threshold = AnonymityThreshold.Default;
    private const string Small = "moins de 3";

    private static readonly string[] Texts =
    [
        "Les formateurs sont à l'écoute et l'atelier est bien équipé.", "Le rythme entre l'entreprise et l'école est intense.",
        "Mon tuteur m'apprend le métier chaque jour.", "Les cours sont clairs et les formateurs disponibles.",
    ];

    private SiriusHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await SiriusHost.OnPostgresAsync();
        _client = new HttpClient { BaseAddress = _host.StartOnKestrel() };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task The_breakdowns_equal_the_sums_of_the_read_models_and_withhold_small_groups()
    {
        var now = DateTime.UtcNow;
        // Auvergne-Rhône-Alpes (84), level 3: 4 responses; Île-de-France (11), level 4: 3; Bretagne (53), level 5: 1.
        await FeedAsync(("84", 3, 4, now), ("11", 4, 3, now.AddMonths(-1)), ("53", 5, 1, now.AddMonths(-2)));
        var ids = await _host.InDbAsync(db => db.Verbatims.Select(v => v.Id).ToListAsync());
        (await _host.SendAsync(new AcceptSuggestions(await _host.ModeratorAsync(), ids))).IsSuccess.ShouldBeTrue();
        var names = await _host.SendAsync(new GetReferenceNames());

        var html = WebUtility.HtmlDecode(await PageAsync());
        var byRegion = Table(html, "Réponses par région");
        var byLevel = Table(html, "Réponses par niveau de diplôme");
        var themes = Table(html, "Témoignages publiés par thème");
        var months = Column(html, "Réponses par mois");

        // The sums of the campaigns' statistics rows, by région and by level.
        var campaigns = await QuestionnairesAsync(db => db.CampaignStatistics.Where(c => !c.Deleted)
            .Select(c => new { c.RegionCode, c.DiplomaLevel, c.Responses }).ToListAsync());
        var regions = campaigns.GroupBy(c => c.RegionCode).ToDictionary(g => names.Region(g.Key), g => g.Sum(c => c.Responses));
        regions.ShouldBe(new Dictionary<string, int> { [names.Region("84")] = 4, [names.Region("11")] = 3, [names.Region("53")] = 1 }, ignoreOrder: true);
        byRegion.Keys.ShouldBe(regions.Keys, ignoreOrder: true);
        byRegion[names.Region("84")].ShouldBe("4 (50\u202f%)", "its count and its share of the 8 responses");
        byRegion[names.Region("53")].ShouldBe(Small, "a région of 1 response");
        byRegion[names.Region("11")].ShouldBe("masqué", "the smallest other région, which would give the hidden one away by difference");

        var levels = campaigns.GroupBy(c => c.DiplomaLevel.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .ToDictionary(g => names.DiplomaLevel(g.Key), g => g.Sum(c => c.Responses));
        byLevel.Keys.ShouldBe(levels.Keys, ignoreOrder: true);
        byLevel[names.DiplomaLevel("3")].ShouldBe("4 (50\u202f%)");
        byLevel[names.DiplomaLevel("5")].ShouldBe(Small);
        byLevel[names.DiplomaLevel("4")].ShouldBe("masqué");

        months.ShouldBe(["moins de 3", "masqué", "4"], "two months ago, last month, this month");

        // The sums of the per-formation theme tallies; themes of fewer than three published testimonies withheld.
        var tallies = await _host.InDbAsync(db => db.ThemeTallies.GroupBy(t => t.Theme).Select(g => new { g.Key, Count = g.Sum(t => t.Count) }).ToListAsync());
        tallies.ShouldNotBeEmpty();
        themes.ShouldBe(
            tallies.Where(t => t.Count > 0).ToDictionary(t => Label(t.Key), t => t.Count < Threshold ? Small : t.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ignoreOrder: true);

        // Every verbatim published: all moderated ones are, and the delay is under an hour.
        html.ShouldContain("100\u202f%");
        html.ShouldContain("moins d’une heure");

        // Nothing below the threshold is printed anywhere as a count.
        foreach (var small in new[] { "1", "2" })
        {
            byRegion.Values.Select(Count).ShouldNotContain(small);
            byLevel.Values.Select(Count).ShouldNotContain(small);
            months.ShouldNotContain(small);
            themes.Values.ShouldNotContain(small);
        }

        // Canary: with the threshold at 1 the same page prints the small groups, so the checks above can see them.
        await using var open = _host.Sibling(new Dictionary<string, string?> { [AnonymityThreshold.Key] = "1" });
        var unmasked = WebUtility.HtmlDecode(await open.CreateClient().GetStringAsync("/statistiques"));
        Table(unmasked, "Réponses par région")[names.Region("53")].ShouldBe("1 (12,5\u202f%)");
        Table(unmasked, "Réponses par région")[names.Region("11")].ShouldBe("3 (37,5\u202f%)");
        Column(unmasked, "Réponses par mois").ShouldBe(["1", "3", "4"]);
    }

    [Fact]
    public async Task The_monthly_series_counts_each_response_in_the_month_it_was_completed()
    {
        var now = DateTime.UtcNow;
        var thisMonth = new DateTime(now.Year, now.Month, 1, 12, 0, 0, DateTimeKind.Utc);
        await FeedAsync(("84", 3, 3, thisMonth.AddMonths(-5)), ("84", 3, 4, thisMonth.AddMonths(-2).AddDays(20)), ("11", 4, 5, thisMonth));

        var expected = new[] { "3", "0", "0", "4", "0", "5" };
        (await MonthsAsync()).ShouldBe(expected, "from the first month with responses to the current one");
        var html = await PageAsync();
        Regex.Matches(html, "class=\"sirius-chart__bar\"").Count.ShouldBe(expected.Length, "one bar per month");
        html.ShouldContain("role=\"img\" aria-labelledby=\"graphique-titre graphique-desc\"");

        // The series equals the campaigns' daily rows summed by month (the rebuild is checked against a brute-force
        // count in StatisticsReadSideTests: these campaigns exist only as events, so it would count nothing here).
        var days = await QuestionnairesAsync(db => db.DailyResponses.Select(d => new { d.Day, d.Responses }).ToListAsync());
        days.GroupBy(d => (d.Day.Year, d.Day.Month)).OrderBy(g => g.Key).Select(g => g.Sum(d => d.Responses).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(expected.Where(e => e != "0"));

        // A later response shows within seconds (the page is kept for the statistics version, which it moves).
        await FeedAsync(("11", 4, 1, now));
        await Eventually.HoldsAsync(async () => (await MonthsAsync())[^1] == "6", "the new response is counted in this month", TimeSpan.FromSeconds(10));
    }

    /// <summary>Responses with a free text each, one campaign per group, completed at the given time.</summary>
    private async Task FeedAsync(params (string Region, int Level, int Responses, DateTime At)[] groups)
    {
        var events = new List<IIntegrationEvent>();
        foreach (var (region, level, responses, at) in groups)
        {
            var siret = Identifiers.NewSiret();
            var key = "f-" + siret;
            var campaign = Guid.NewGuid();
            events.Add(Feed.Formation(key, siret, level: level));
            events.AddRange(Enumerable.Range(0, responses).Select(i =>
                Feed.Response(key, siret, ("cfa.conseil", Texts[i % Texts.Length])) with
                {
                    CampaignId = campaign, OccurredAtUtc = at, RegionCode = region, DiplomaLevel = level,
                }));
        }

        await _host.PublishAsync([.. events]);
    }

    private async Task<string> PageAsync()
    {
        var response = await _client.GetAsync("/statistiques");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<string[]> MonthsAsync() => Column(WebUtility.HtmlDecode(await PageAsync()), "Réponses par mois");

    private async Task<T> QuestionnairesAsync<T>(Func<IQuestionnairesDb, Task<T>> read)
    {
        await using var scope = _host.Scope();
        return await read(scope.ServiceProvider.GetRequiredService<IQuestionnairesDb>());
    }

    /// <summary>The count of a cell « 4 (50 %) ».</summary>
    private static string Count(string printed) => printed.Split(" (")[0];

    /// <summary>A theme's name as the page prints it.</summary>
    private static string Label(string theme) =>
        Enum.TryParse<Sirius.Testimonies.Domain.Moderation.ModerationTheme>(theme, out var parsed)
            ? Sirius.Testimonies.Domain.Moderation.ModerationThemes.Label(parsed)
            : theme;

    /// <summary>The rows of the table with this caption: the row header's text and the first cell's, in page order.</summary>
    private static List<KeyValuePair<string, string>> Rows(string html, string caption)
    {
        var table = Regex.Match(html, $"<caption>{Regex.Escape(caption)}</caption>(?<body>.*?)</table>", RegexOptions.Singleline);
        table.Success.ShouldBeTrue($"the table « {caption} » is on the page");
        return Row().Matches(table.Groups["body"].Value)
            .Select(row => KeyValuePair.Create(row.Groups["name"].Value, row.Groups["value"].Value))
            .ToList();
    }

    private static Dictionary<string, string> Table(string html, string caption) => new(Rows(html, caption));

    private static string[] Column(string html, string caption) => [.. Rows(html, caption).Select(r => r.Value)];

    [GeneratedRegex("<tr><th scope=\"row\"[^>]*>(?<name>[^<]*)</th><td>(?<value>[^<]*)</td>")]
    private static partial Regex Row();
}
