using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Sirius.BuildingBlocks;
using Sirius.BuildingBlocks.Infrastructure.Database;
using Sirius.Questionnaires.Contracts;
using Sirius.Questionnaires.Contracts.IntegrationEvents;
using Sirius.Questionnaires.Domain.Questionnaires;
using Sirius.Questionnaires.Domain.Responses;
using Sirius.Testing;
using Xunit;

namespace Sirius.Questionnaires.Tests.Results;

/// <summary>A CFA's results merge versions by question key and stay its own; administrators review flagged responses.</summary>
public sealed class ResultsAndReviewTests(QuestionnairesHost fixture) : IClassFixture<QuestionnairesHost>
{
    private readonly SiriusHost _host = fixture.Host;

    [Fact]
    public async Task Results_of_two_versions_are_merged_by_question_key_and_labelled_by_the_newest()
    {
        var admin = await _host.AdministratorAsync($"admin-{Guid.NewGuid():N}@sirius.fr");
        var v1 = (await _host.SendAsync(new ListUsableVersions(await _host.AdministratorAsync())))[0].Id;
        var v2 = (await _host.SendAsync(new DuplicateQuestionnaireVersion(admin, v1))).Value;
        var json = DefaultQuestionnaire.Json
            .Replace("En quelle année de ta formation es-tu ?", "Tu es en quelle année ?", StringComparison.Ordinal)
            .Replace("{ \"key\": \"troisieme\", \"label\": \"3e année ou plus\" }",
                "{ \"key\": \"troisieme\", \"label\": \"3e année\" }, { \"key\": \"quatrieme\", \"label\": \"4e année ou plus\" }", StringComparison.Ordinal);
        (await _host.SendAsync(new EditQuestionnaireVersion(admin, v2, json))).IsSuccess.ShouldBeTrue();
        (await _host.SendAsync(new ValidateQuestionnaireVersion(admin, v2))).IsSuccess.ShouldBeTrue();
        var (cfa, older) = await _host.OpenCampaignAsync(versionId: v1);
        var (_, newer) = await _host.OpenCampaignAsync(versionId: v2);

        await _host.AnswerAsync(older.Token);
        await _host.AnswerAsync(older.Token);
        await _host.AnswerAsync(newer.Token, answer: q => q.Key == "formation.annee"
            ? new PostedAnswer(["quatrieme"], new Dictionary<string, string>(), null)
            : Respondents.ValidAnswer(q));

        var results = (await _host.SendAsync(new GetCampaignResults(admin, [older.Id, newer.Id]))).Value;
        results.Responses.ShouldBe(3);
        results.Campaigns.Count.ShouldBe(2);
        results.MedianSeconds.ShouldNotBeNull();
        results.FreeTextRate.ShouldBe(1);
        results.Questions.Select(q => q.Key).ShouldBeUnique();
        var year = results.Questions.Single(q => q.Key == "formation.annee");
        year.Label.ShouldBe("Tu es en quelle année ?");
        year.Respondents.ShouldBe(3);
        year.Rows.Select(r => (r.ValueLabel, r.Count)).ShouldBe([("1re année", 2), ("4e année ou plus", 1)]);
        var scale = results.Questions.First(q => q.Kind == "itemScale");
        scale.Rows.ShouldAllBe(r => r.ItemLabel != null && r.ValueKey == "moyen" && r.Count == 3);
        scale.Rows.Count.ShouldBeGreaterThan(1);
        scale.Respondents.ShouldBe(3, "a response rates several items of the list and counts once");

        var own = (await _host.SendAsync(new GetCampaignResults(cfa, []))).Value;
        own.Campaigns.Select(c => c.Id).ShouldBe([older.Id]);
        own.Responses.ShouldBe(2);
        (await _host.SendAsync(new GetCampaignResults(cfa, [newer.Id]))).Error!.Kind.ShouldBe(ErrorKind.NotFound);
    }

    [Fact]
    public async Task Discarding_a_flagged_response_frees_its_seat_removes_it_from_results_and_tells_the_other_modules()
    {
        var admin = await _host.AdministratorAsync($"admin-{Guid.NewGuid():N}@sirius.fr");
        var (cfa, campaign) = await _host.OpenCampaignAsync(seats: 5);
        var robot = await _host.AnswerAsync(campaign.Token, honeypot: true);
        var apprentice = await _host.AnswerAsync(campaign.Token);

        var flagged = (await _host.SendAsync(new ListFlaggedResponses(admin, SuspicionReasons.Honeypot))).Value;
        flagged.Items.Select(i => i.Id).ShouldContain(robot.ResponseId);
        flagged.Items.Select(i => i.Id).ShouldNotContain(apprentice.ResponseId);
        flagged.Counts.Single(c => c.Reason == SuspicionReasons.Honeypot).Count.ShouldBeGreaterThanOrEqualTo(1);
        flagged.Items.Single(i => i.Id == robot.ResponseId).Reasons.ShouldContain(SuspicionReasons.Honeypot);
        (await _host.SendAsync(new ListFlaggedResponses(cfa))).Error!.Kind.ShouldBe(ErrorKind.Forbidden);
        (await _host.SendAsync(new ReviewFlaggedResponses(cfa, [robot.ResponseId], ReviewDecisions.Discard))).Error!.Kind.ShouldBe(ErrorKind.Forbidden);

        (await _host.SendAsync(new ReviewFlaggedResponses(admin, [robot.ResponseId], ReviewDecisions.Discard))).Value.ShouldBe(1);

        (await fixture.ReadAsync(db => db.Responses.SingleAsync(r => r.Id == robot.ResponseId))).Status.ShouldBe(ResponseStatus.Discarded);
        (await fixture.ReadAsync(db => db.Campaigns.SingleAsync(c => c.Id == campaign.Id))).ResponsesCount.ShouldBe(1);
        (await fixture.ReadAsync(db => db.ResponseChoices.CountAsync(c => c.ResponseId == robot.ResponseId))).ShouldBe(0);
        (await _host.SendAsync(new GetCampaignResults(cfa, [campaign.Id]))).Value.Responses.ShouldBe(1);
        (await _host.SendAsync(new ListFlaggedResponses(admin, SuspicionReasons.Honeypot))).Value.Items.Select(i => i.Id).ShouldNotContain(robot.ResponseId);
        var discarded = await fixture.ReadAsync(async db =>
            (await ((ModuleDbContext)db).OutboxMessages.Where(m => m.Type.Contains(nameof(ResponseDiscarded))).Select(m => m.Payload).ToListAsync())
                .Select(p => JsonSerializer.Deserialize<ResponseDiscarded>(p, new JsonSerializerOptions(JsonSerializerDefaults.Web))!)
                .Where(e => e.ResponseId == robot.ResponseId)
                .ToList());
        discarded.ShouldHaveSingleItem().CampaignId.ShouldBe(campaign.Id);
        (await _host.SendAsync(new ReviewFlaggedResponses(admin, [robot.ResponseId], ReviewDecisions.Discard))).Error!.Code.ShouldBe("response.not_completed");
    }

    [Fact]
    public async Task Keeping_a_flagged_response_takes_it_off_the_list_and_leaves_it_counted()
    {
        var admin = await _host.AdministratorAsync($"admin-{Guid.NewGuid():N}@sirius.fr");
        var (cfa, campaign) = await _host.OpenCampaignAsync();
        var fast = await _host.AnswerAsync(campaign.Token);

        (await _host.SendAsync(new ReviewFlaggedResponses(admin, [fast.ResponseId], ReviewDecisions.Keep))).Value.ShouldBe(1);

        (await _host.SendAsync(new ListFlaggedResponses(admin, SuspicionReasons.TooFast))).Value.Items.Select(i => i.Id).ShouldNotContain(fast.ResponseId);
        (await _host.SendAsync(new GetCampaignResults(cfa, [campaign.Id]))).Value.Responses.ShouldBe(1);
    }
}
