using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Shouldly;
using Sirius.BuildingBlocks;
using Sirius.BuildingBlocks.Infrastructure.Messaging;
using Sirius.Establishments.Contracts;
using Sirius.Establishments.Contracts.IntegrationEvents;
using Sirius.Questionnaires.Application;
using Sirius.Questionnaires.Application.Statistics;
using Sirius.Questionnaires.Contracts;
using Sirius.Questionnaires.Contracts.IntegrationEvents;
using Sirius.Questionnaires.Domain.Responses;
using Sirius.Questionnaires.Domain.Statistics;
using Sirius.Testing;
using Xunit;

namespace Sirius.Questionnaires.Tests.Statistics;

/// <summary>
/// The statistics read side on PostgreSQL: after a seeded random sequence of campaigns, responses (open or through a
/// personal invitation), discards and campaign changes, it equals a brute-force recomputation from the raw tables, before and after a rebuild; scopes and benchmark.
/// </summary>
public sealed partial class StatisticsReadSideTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private SmtpListener _smtp = null!;
    private SiriusHost _host = null!;

    public async Task InitializeAsync()
    {
        _smtp = SmtpListener.Start();
        _host = await SiriusHost.OnPostgresAsync(
            new Dictionary<string, string?>(_smtp.HostSettings())
            {
                ["Outbox:AutoDispatch"] = "false",
                ["Scheduler:ManualOnly"] = "true",
                ["Sirius:PublicUrl"] = "http://localhost",
            },
            services => services.AddSingleton<TimeProvider>(_clock));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Theory]
    [InlineData(20261126)]
    [InlineData(7)]
    public async Task After_a_random_sequence_the_read_side_equals_a_brute_force_recomputation_and_a_rebuild(int seed)
    {
        var random = new Random(seed);
        var campaigns = new List<(Guid Cfa, CampaignRow Campaign)>();
        foreach (var (region, department) in new[] { ("84", "38"), ("84", "69"), ("93", "13"), ("93", "13") })
        {
            campaigns.Add(await CampaignInAsync(region, department, level: random.Next(3, 6), seats: random.Next(2) * 500));
        }

        for (var step = 0; step < 40; step++)
        {
            var (cfa, campaign) = campaigns[random.Next(campaigns.Count)];
            switch (random.Next(10))
            {
                case < 4:
                    await _host.AnswerAsync(campaign.Token, answer: q => RandomAnswer(q, random));
                    break;
                case < 6:
                    await _host.AnswerAsync(campaign.Token, answer: q => RandomAnswer(q, random), invitation: await InvitationAsync(cfa, campaign.Id));
                    break;
                case < 8:
                    await DiscardOneAsync(random);
                    break;
                case 8:
                    (await _host.SendAsync(new UpdateCampaign(
                        cfa, campaign.Id, campaign.Name, campaign.StartDate.AddDays(-random.Next(0, 5)), campaign.EndDate, random.Next(2) * 400))).IsSuccess.ShouldBeTrue();
                    break;
                default:
                    _clock.Advance(TimeSpan.FromDays(1));
                    break;
            }

            await DispatchAsync();
        }

        (await _host.SendAsync(new DeleteCampaign(campaigns[0].Cfa, campaigns[0].Campaign.Id))).IsSuccess.ShouldBeTrue();
        await DrainAsync();

        var expected = await BruteForceAsync();
        expected.Responses.ShouldBeGreaterThan(5);
        expected.Campaigns.Sum(c => c.VerifiedResponses).ShouldBeGreaterThan(0);
        expected.Campaigns.Sum(c => c.VerifiedResponses).ShouldBeLessThan(expected.Campaigns.Sum(c => c.Responses));
        expected.Campaigns.Sum(c => c.InvitationsAnswered).ShouldBeGreaterThan(0);
        expected.Campaigns.Sum(c => c.InvitationsAnswered).ShouldBeLessThan(expected.Campaigns.Sum(c => c.Invited));
        (await ReadSideAsync()).ShouldMatch(expected);

        (await _host.SendAsync(new RebuildStatistics())).Value.ShouldBe(4);
        (await ReadSideAsync()).ShouldMatch(expected);

        var admin = await _host.AdministratorAsync();
        var national = (await _host.SendAsync(new GetStatistics(admin)));
        national.Counters.Responses.ShouldBe(expected.Campaigns.Where(c => !c.Deleted).Sum(c => (long)c.Responses));
        national.Counters.Campaigns.ShouldBe(3);
        national.Counters.Invited.ShouldBe(expected.Campaigns.Where(c => !c.Deleted).Sum(c => (long)c.Invited));
        national.Counters.InvitationsAnswered.ShouldBe(expected.Campaigns.Where(c => !c.Deleted).Sum(c => (long)c.InvitationsAnswered));
        national.ByRegion.Sum(r => r.Responses).ShouldBe(national.Counters.Responses);
        national.ByDepartment.Sum(r => r.Responses).ShouldBe(national.Counters.Responses);
        national.ByAcademy.Sum(r => r.Responses).ShouldBe(national.Counters.Responses);
        national.ByDiplomaLevel.Sum(r => r.Responses).ShouldBe(national.Counters.Responses);
        national.ByFormation.Sum(r => r.Responses).ShouldBe(national.Counters.Responses);
        national.ByEstablishment.Sum(r => r.Responses).ShouldBe(national.Counters.Responses);
        national.Weekly.Sum(r => r.Responses).ShouldBe(national.Counters.Responses);
        national.Monthly.Sum(r => r.Responses).ShouldBe(national.Counters.Responses);
        var live = expected.Campaigns.Where(c => !c.Deleted).ToList();
        var today = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);
        national.Counters.Establishments.ShouldBe(live.Select(c => c.Siret).Distinct().Count());
        national.Counters.CampaignsOpen.ShouldBe(live.Count(c => c.Start <= today && c.End >= today));
        national.Counters.CampaignsEnded.ShouldBe(live.Count(c => c.End < today));
        national.Counters.ResponsesWithinSeats.ShouldBe(live.Where(c => c.Seats > 0).Sum(c => (long)c.Responses));
        national.ByRegion.ShouldBe(live.GroupBy(c => c.Region).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new BreakdownRow(
            g.Key, g.Select(c => c.Siret).Distinct().Count(), g.Count(), g.Sum(c => (long)c.Responses), g.Sum(c => (long)c.Seats), g.Sum(c => (long)c.FreeTextResponses))));
        national.Answers.SelectMany(a => a.Values.Select(v => $"national||{a.QuestionKey}|{a.ItemKey}|{v.Value}|{v.Responses}"))
            .Order(StringComparer.Ordinal).ShouldBe(expected.AreaAnswers.Where(a => a.StartsWith("national|", StringComparison.Ordinal) && !a.Contains("|*|", StringComparison.Ordinal)));

        // A région read from the area tables equals the same campaigns read one by one (an observer of their SIRETs).
        var sirets = expected.Campaigns.Where(c => c.Region == "84" && !c.Deleted).Select(c => c.Siret).Distinct().ToArray();
        var byArea = (await _host.SendAsync(new GetStatistics(await _host.ObserverAsync($"ara-{Guid.NewGuid():N}@region.fr", "region", "84"))));
        var byCampaign = (await _host.SendAsync(new GetStatistics(await _host.ObserverAsync($"sirets-{Guid.NewGuid():N}@region.fr", "sirets", string.Join(",", sirets)))));
        byArea.Counters.ShouldBe(byCampaign.Counters);
        byArea.Weekly.ShouldBe(byCampaign.Weekly);
        byArea.Answers.SelectMany(a => a.Values.Select(v => (a.QuestionKey, a.ItemKey, v.Value, v.Responses)))
            .ShouldBe(byCampaign.Answers.SelectMany(a => a.Values.Select(v => (a.QuestionKey, a.ItemKey, v.Value, v.Responses))));
    }

    [Fact]
    public async Task Two_instances_delivering_the_events_of_one_campaign_at_once_lose_no_count()
    {
        var (_, campaign) = await CampaignInAsync("84", "38", level: 3, seats: 0);
        await DispatchAsync();
        for (var i = 0; i < 12; i++)
        {
            await _host.AnswerAsync(campaign.Token);
        }

        // One event per claim, so that both instances project responses of the same campaign side by side.
        var oneAtATime = new Dictionary<string, string?> { ["Outbox:AutoDispatch"] = "false", ["Outbox:BatchSize"] = "1", ["Scheduler:ManualOnly"] = "true" };
        await using var first = _host.Sibling(oneAtATime);
        await using var second = _host.Sibling(oneAtATime);
        await Task.WhenAll(
            first.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(default),
            second.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(default));
        await DrainAsync();

        var expected = await BruteForceAsync();
        expected.Campaigns.Single(c => c.CampaignId == campaign.Id).Responses.ShouldBe(12);
        (await ReadSideAsync()).ShouldMatch(expected);
    }

    [Fact]
    public async Task A_rebuild_settles_the_events_still_in_the_outbox_so_that_their_late_delivery_counts_nothing_twice()
    {
        var (_, campaign) = await CampaignInAsync("84", "38", level: 3, seats: 0);
        for (var i = 0; i < 3; i++)
        {
            await _host.AnswerAsync(campaign.Token);
        }

        await DrainAsync();
        for (var i = 0; i < 4; i++)
        {
            await _host.AnswerAsync(campaign.Token);
        }

        await DiscardOneAsync(new Random(20261126));
        (await PendingEventsAsync()).ShouldBe(5, "four completions and a discard wait for delivery");

        (await _host.SendAsync(new RebuildStatistics())).IsSuccess.ShouldBeTrue();
        await DrainAsync();

        var expected = await BruteForceAsync();
        expected.Campaigns.Single(c => c.CampaignId == campaign.Id).Responses.ShouldBe(6);
        (await ReadSideAsync()).ShouldMatch(expected);
    }

    [Fact]
    public async Task A_response_completed_while_a_rebuild_counts_waits_for_it_then_is_counted_once()
    {
        var (_, campaign) = await CampaignInAsync("84", "38", level: 3, seats: 0);
        await _host.AnswerAsync(campaign.Token);
        await DrainAsync();

        await using var connection = new NpgsqlConnection(_host.ConnectionString);
        await using var rebuild = await HoldRebuildBarrierAsync(connection);
        var answering = _host.AnswerAsync(campaign.Token);
        await Eventually.HoldsAsync(async () => await WaitingLocksAsync() == 1, "the completion waits for the rebuild");
        answering.IsCompleted.ShouldBeFalse();
        await rebuild.CommitAsync();
        await answering;
        await DrainAsync();

        var expected = await BruteForceAsync();
        expected.Campaigns.Single(c => c.CampaignId == campaign.Id).Responses.ShouldBe(2);
        (await ReadSideAsync()).ShouldMatch(expected);
    }

    [Fact]
    public async Task An_invitation_sent_while_a_rebuild_counts_waits_for_it_then_is_counted_once()
    {
        var (cfa, campaign) = await CampaignInAsync("84", "38", level: 3, seats: 0);
        var address = $"c-{Guid.NewGuid():N}@example.fr";
        using (var content = new MemoryStream(Encoding.UTF8.GetBytes($"prenom;nom;courriel\nZoé;Martin;{address}")))
        {
            (await _host.SendAsync(new ImportRoster(cfa, campaign.Id, "liste.csv", content))).Value.Imported.ShouldBe(1);
        }

        await using var connection = new NpgsqlConnection(_host.ConnectionString);
        await using var rebuild = await HoldRebuildBarrierAsync(connection);
        var sending = _host.RunJobAsync("questionnaires", "roster-invitations");
        await Eventually.HoldsAsync(async () => await WaitingLocksAsync() == 1, "the invitation waits for the rebuild");
        sending.IsCompleted.ShouldBeFalse();
        await rebuild.CommitAsync();
        await sending;
        await _smtp.WaitForAsync(m => m.To.Contains(address));

        var expected = await BruteForceAsync();
        expected.Campaigns.Single(c => c.CampaignId == campaign.Id).Invited.ShouldBe(1);
        (await ReadSideAsync()).ShouldMatch(expected);
    }

    /// <summary>What the rebuild takes first, held by hand so that a counted step is bound to arrive during it.</summary>
    private static async Task<NpgsqlTransaction> HoldRebuildBarrierAsync(NpgsqlConnection connection)
    {
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using var barrier = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext('questionnaires.statistics.rebuild'))", connection, transaction);
        await barrier.ExecuteNonQueryAsync();
        return transaction;
    }

    private async Task<long> WaitingLocksAsync()
    {
        await using var connection = new NpgsqlConnection(_host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task A_report_is_kept_until_the_read_side_moves()
    {
        // Three responses first: the distributions compared are above the anonymity threshold even on an empty database.
        var (cfa, campaign) = await CampaignInAsync("84", "38", level: 3, seats: 0);
        for (var i = 0; i < 3; i++)
        {
            await _host.AnswerAsync(campaign.Token);
        }

        await DispatchAsync();
        var admin = await _host.AdministratorAsync();

        var first = (await _host.SendAsync(new GetStatistics(admin)));
        var again = (await _host.SendAsync(new GetStatistics(admin, National: true)));
        await _host.AnswerAsync(campaign.Token);
        var beforeDispatch = (await _host.SendAsync(new GetStatistics(admin)));
        await DispatchAsync();
        var afterResponse = (await _host.SendAsync(new GetStatistics(admin)));
        (await _host.SendAsync(new DeleteCampaign(cfa, campaign.Id))).IsSuccess.ShouldBeTrue();
        var afterDeletion = (await _host.SendAsync(new GetStatistics(admin)));

        again.ShouldBeSameAs(first);
        beforeDispatch.ShouldBeSameAs(first);
        afterResponse.Counters.Responses.ShouldBe(first.Counters.Responses + 1);
        afterResponse.Answers.Sum(a => a.Values.Sum(v => v.Responses)).ShouldBeGreaterThan(first.Answers.Sum(a => a.Values.Sum(v => v.Responses)));
        afterDeletion.Counters.Responses.ShouldBe(first.Counters.Responses - 3);
        afterDeletion.Weekly.Sum(w => w.Responses).ShouldBe(first.Weekly.Sum(w => w.Responses) - 3);
    }

    [Fact]
    public async Task The_warm_up_runs_a_report_and_changes_nothing()
    {
        var (_, campaign) = await CampaignInAsync("84", "38", level: 3, seats: 0);
        await _host.AnswerAsync(campaign.Token);
        await DispatchAsync();
        var admin = await _host.AdministratorAsync();
        var report = (await _host.SendAsync(new GetStatistics(admin)));
        var readSide = await ReadSideAsync();

        await using (var scope = _host.Scope())
        {
            await scope.ServiceProvider.GetServices<IWarmUp>().OfType<StatisticsWarmUp>().Single().RunAsync(CancellationToken.None);
        }

        (await ReadSideAsync()).ShouldMatch(readSide);
        (await _host.SendAsync(new GetStatistics(admin))).ShouldBeSameAs(report, "the statistics version has not moved");
    }

    [Fact]
    public async Task An_OPCO_observer_sees_the_campaigns_of_its_RNCP_codes_only()
    {
        var (_, inIsere) = await CampaignInAsync("84", "38", level: 3, seats: 0);
        var (_, inBouches) = await CampaignInAsync("93", "13", level: 4, seats: 0);
        await _host.AnswerAsync(inIsere.Token);
        await _host.AnswerAsync(inIsere.Token);
        await _host.AnswerAsync(inBouches.Token);
        await DispatchAsync();
        var opco = await _host.ObserverAsync($"opco-{Guid.NewGuid():N}@opco.fr", "opco", RncpOf("38", 3));

        var seen = (await _host.SendAsync(new GetStatistics(opco)));

        seen.ScopeKind.ShouldBe("opco");
        seen.Counters.Responses.ShouldBe(2);
        seen.ByEstablishment.Select(r => r.Code).ShouldBe([inIsere.Siret]);
        seen.ByAcademy.Select(r => r.Code).ShouldBe(["08"]);

        // The catalogue moves the formation to another certification: its campaign leaves the OPCO's figures at once.
        _clock.Advance(TimeSpan.FromMinutes(1));
        var moved = _formations[inIsere.Id] with { EventId = Guid.CreateVersion7(), OccurredAtUtc = _clock.GetUtcNow().UtcDateTime, RncpCode = "RNCP00000" };
        await _host.PublishAsync(moved);
        (await _host.SendAsync(new GetStatistics(opco))).Counters.Responses.ShouldBe(0);
        (await ReadSideAsync()).ShouldMatch(await BruteForceAsync());
    }

    [Fact]
    public async Task An_observer_of_a_region_sees_nothing_of_another_and_the_median_comes_from_the_buckets()
    {
        var (isereCfa, inIsere) = await CampaignInAsync("84", "38", level: 3, seats: 10);
        var (_, inBouches) = await CampaignInAsync("93", "13", level: 4, seats: 0);
        await AnswerTakingAsync(inIsere.Token, TimeSpan.FromMinutes(4), await InvitationAsync(isereCfa, inIsere.Id));
        await AnswerTakingAsync(inIsere.Token, TimeSpan.FromMinutes(6));
        await AnswerTakingAsync(inIsere.Token, TimeSpan.FromMinutes(20));
        await AnswerTakingAsync(inBouches.Token, TimeSpan.FromMinutes(1));
        await DispatchAsync();
        var auvergne = await _host.ObserverAsync($"ara-{Guid.NewGuid():N}@region.fr", "region", "84");
        var paca = await _host.ObserverAsync($"paca-{Guid.NewGuid():N}@region.fr", "department", "13");

        var seenByAuvergne = (await _host.SendAsync(new GetStatistics(auvergne)));
        var seenByPaca = (await _host.SendAsync(new GetStatistics(paca)));
        var national = (await _host.SendAsync(new GetStatistics(paca, National: true)));

        seenByAuvergne.Counters.Responses.ShouldBe(3);
        seenByAuvergne.Counters.Seats.ShouldBe(10);
        seenByAuvergne.Counters.ResponseRatePercent.ShouldBe(30);
        seenByAuvergne.Counters.MedianSeconds!.Value.ShouldBeInRange(330, 375);
        seenByAuvergne.Counters.Invited.ShouldBe(2);
        seenByAuvergne.Counters.InvitationsAnswered.ShouldBe(1);
        seenByAuvergne.Counters.InvitationResponseRatePercent.ShouldBe(50);
        seenByPaca.Counters.Invited.ShouldBe(0);
        seenByPaca.Counters.InvitationsAnswered.ShouldBe(0);
        seenByPaca.Counters.InvitationResponseRatePercent.ShouldBeNull();
        seenByAuvergne.ByRegion.Select(r => r.Code).ShouldBe(["84"]);
        seenByAuvergne.ByDepartment.Select(r => r.Code).ShouldBe(["38"]);
        seenByAuvergne.ByAcademy.Select(r => (r.Code, r.Responses)).ShouldBe([("08", 3L)]);
        seenByAuvergne.ByDiplomaLevel.Select(r => r.Code).ShouldBe(["3"]);
        seenByAuvergne.ByEstablishment.Select(r => r.Code).ShouldBe([inIsere.Siret]);
        seenByPaca.Counters.Responses.ShouldBe(1);
        seenByPaca.ByEstablishment.Select(r => r.Code).ShouldBe([inBouches.Siret]);
        seenByPaca.Answers.ShouldAllBe(a => a.Values.Sum(v => v.Responses) <= 1);
        national.Counters.Responses.ShouldBe(4);
        national.ByAcademy.Select(r => (r.Code, r.Responses)).ShouldBe([("02", 1L), ("08", 3L)]);
        national.Counters.Invited.ShouldBe(2);
        national.ScopeKind.ShouldBe("national");
        var cfa = await _host.CfaStaffAsync($"cfa-{Guid.NewGuid():N}@cfa.fr", inIsere.Siret);
        (await Should.ThrowAsync<RequestRefusedException>(() => _host.SendAsync(new GetStatistics(cfa)))).Error.Kind.ShouldBe(ErrorKind.Forbidden);
        await Should.ThrowAsync<RequestRefusedException>(() => _host.SendAsync(new GetStatistics(cfa, National: true)));
    }

    [Fact]
    public async Task The_benchmark_shows_a_question_only_when_every_group_reaches_the_threshold()
    {
        var (cfa, own) = await CampaignInAsync("84", "38", level: 3, seats: 0);
        var (_, neighbour) = await CampaignInAsync("84", "38", level: 3, seats: 0);
        await _host.AnswerAsync(own.Token);
        await _host.AnswerAsync(own.Token);
        await _host.AnswerAsync(neighbour.Token);
        await DispatchAsync();

        var tooFew = (await _host.SendAsync(new GetBenchmark(cfa, [own.Id])))!;
        await _host.AnswerAsync(own.Token);
        await DispatchAsync();
        var enough = (await _host.SendAsync(new GetBenchmark(cfa, [own.Id])))!;

        tooFew.OwnResponses.ShouldBe(2);
        tooFew.Questions.ShouldBeEmpty();
        enough.RegionCode.ShouldBe("84");
        enough.OwnResponses.ShouldBe(3);
        enough.RegionResponses.ShouldBeGreaterThanOrEqualTo(4);
        enough.Questions.ShouldNotBeEmpty();
        enough.Questions.ShouldAllBe(q => q.Own.Sum(v => v.Responses) >= 3 && q.Region.Sum(v => v.Responses) >= 3);
        (await _host.SendAsync(new GetBenchmark(cfa, [neighbour.Id]))).ShouldBeNull();
        var observer = await _host.ObserverAsync($"obs-{Guid.NewGuid():N}@region.fr", "national");
        var withoutSiret = await _host.CfaStaffAsync($"sans-siret-{Guid.NewGuid():N}@cfa.fr");
        (await Should.ThrowAsync<RequestRefusedException>(() => _host.SendAsync(new GetBenchmark(observer, [own.Id])))).Error.Kind.ShouldBe(ErrorKind.Forbidden);
        await Should.ThrowAsync<RequestRefusedException>(() => _host.SendAsync(new GetBenchmark(withoutSiret, [own.Id])));
    }

    private async Task<(Guid Cfa, CampaignRow Campaign)> CampaignInAsync(string region, string department, int level, int seats)
    {
        var siret = await _host.EstablishmentAsync();
        var cfa = await _host.CfaStaffAsync($"cfa-{Guid.NewGuid():N}@cfa.fr", siret);
        var formation = Events.NewFormation(siret) with
        {
            OccurredAtUtc = _clock.GetUtcNow().UtcDateTime, RegionCode = region, DepartmentCode = department, AcademyCode = Academies[department],
            RncpCode = RncpOf(department, level), Level = level,
        };
        await _host.PublishAsync(formation);
        var today = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);
        var version = (await _host.SendAsync(new ListUsableVersions(await _host.AdministratorAsync())))[0].Id;
        var created = await _host.SendAsync(new CreateCampaigns(cfa, [new NewCampaign(formation.Key, "Campagne " + siret, today.AddDays(-1), today.AddDays(40), seats, version)]));
        created.Error?.Message.ShouldBeNull();
        var campaign = (await _host.SendAsync(new ListCampaigns(cfa))).Single();
        _formations[campaign.Id] = formation;
        return (cfa, campaign);
    }

    /// <summary>The catalogue formation each campaign of the test was created on.</summary>
    private readonly Dictionary<Guid, FormationPublished> _formations = [];

    private static readonly Dictionary<string, string> Academies = new() { ["38"] = "08", ["69"] = "10", ["13"] = "02" };

    private static string RncpOf(string department, int level) => $"RNCP{department}{level}00";

    /// <summary>
    /// Two apprentices on the campaign's roster, invited by the sending job through a real SMTP listener: answers the
    /// first one's personal token (the second stays invited without answering).
    /// </summary>
    private async Task<string> InvitationAsync(Guid cfa, Guid campaignId)
    {
        var (first, second) = ($"a-{Guid.NewGuid():N}@example.fr", $"b-{Guid.NewGuid():N}@example.fr");
        using (var content = new MemoryStream(Encoding.UTF8.GetBytes($"prenom;nom;courriel\nLéa;Dupont;{first}\nPaul;Durand;{second}")))
        {
            (await _host.SendAsync(new ImportRoster(cfa, campaignId, "liste.csv", content))).Value.Imported.ShouldBe(2);
        }

        await _host.RunJobAsync("questionnaires", "roster-invitations");
        await _smtp.WaitForAsync(m => m.To.Contains(second));
        var match = PersonalLink().Match((await _smtp.WaitForAsync(m => m.To.Contains(first))).TextBody!);
        match.Success.ShouldBeTrue("a personal link in the invitation");
        return match.Groups[1].Value;
    }

    [GeneratedRegex("http://localhost/invitation/([A-Za-z0-9_-]{43})")]
    private static partial Regex PersonalLink();

    private async Task AnswerTakingAsync(string token, TimeSpan duration, string? invitation = null)
    {
        var steps = (await _host.SendAsync(new GetResponseStep(token, null, 1)))!.StepCount;
        await _host.AnswerAsync(token, answer: q =>
        {
            _clock.Advance(duration / steps);
            return Respondents.ValidAnswer(q);
        }, invitation: invitation);
    }

    /// <summary>An answer that varies: a random option, scale value or item rating; optional questions sometimes skipped.</summary>
    private PostedAnswer RandomAnswer(QuestionView question, Random random)
    {
        _clock.Advance(TimeSpan.FromSeconds(random.Next(1, 60)));
        if (!question.Required && random.Next(3) == 0)
        {
            return PostedAnswer.Empty;
        }

        string[] scale = ["mauvais", "moyen", "bien"];
        var options = question.Options.Where(o => o.Key != question.FollowUp?.OptionKey).ToList();
        return question.Kind switch
        {
            "singleChoice" or "multipleChoice" when options.Count > 0 => new([options[random.Next(options.Count)].Key], new Dictionary<string, string>(), null),
            "emojiScale" => new([scale[random.Next(3)]], new Dictionary<string, string>(), null),
            "itemScale" => new([], question.Items.ToDictionary(i => i.Key, _ => scale[random.Next(3)]), null),
            _ => Respondents.ValidAnswer(question),
        };
    }

    /// <summary>Discards a random completed response as an administrator's review does: status, then the event.</summary>
    private async Task DiscardOneAsync(Random random)
    {
        await using var scope = _host.Scope();
        var db = scope.ServiceProvider.GetRequiredService<IQuestionnairesDb>();
        var completed = await db.Responses.Where(r => r.Status == ResponseStatus.Completed).OrderBy(r => r.Id).ToListAsync();
        if (completed.Count == 0)
        {
            return;
        }

        var response = completed[random.Next(completed.Count)];
        response.Discard(_clock.GetUtcNow().UtcDateTime);
        db.Publish(new ResponseDiscarded(Guid.CreateVersion7(), _clock.GetUtcNow().UtcDateTime, response.Id, response.CampaignId));
        await db.SaveChangesAsync();
    }

    private async Task DispatchAsync() => await _host.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(default);

    /// <summary>Delivers what is pending; every delivery must succeed at once (no job of the host runs beside the test).</summary>
    private async Task DrainAsync()
    {
        await DispatchAsync();
        (await PendingEventsAsync()).ShouldBe(0, "every event delivered");
    }

    private async Task<int> PendingEventsAsync()
    {
        await using var scope = _host.Scope();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService<IQuestionnairesDb>();
        return await db.Set<OutboxMessage>().CountAsync(m => m.ProcessedAtUtc == null);
    }

    private async Task<ReadSide> ReadSideAsync()
    {
        await using var scope = _host.Scope();
        var db = scope.ServiceProvider.GetRequiredService<IQuestionnairesDb>();
        return new ReadSide(
            (await db.CampaignStatistics.AsNoTracking().ToListAsync())
                .Select(c => new CampaignLine(c.CampaignId, c.Siret, c.Cfd, c.RegionCode, c.DepartmentCode, c.AcademyCode, c.RncpCode, c.DiplomaLevel, c.StartDate, c.EndDate, c.Seats, c.Deleted, c.Responses, c.FreeTextResponses, c.VerifiedResponses, c.DurationSecondsSum, c.Invited, c.InvitationsAnswered))
                .OrderBy(c => c.CampaignId).ToList(),
            (await db.DurationBuckets.AsNoTracking().Where(d => d.Responses != 0).ToListAsync())
                .Select(d => $"{d.CampaignId}|{d.Bucket}|{d.Responses}").Order(StringComparer.Ordinal).ToList(),
            (await db.DailyResponses.AsNoTracking().Where(d => d.Responses != 0).ToListAsync())
                .Select(d => $"{d.CampaignId}|{d.Day:O}|{d.Responses}").Order(StringComparer.Ordinal).ToList(),
            (await db.AnswerStatistics.AsNoTracking().Where(a => a.Responses != 0).ToListAsync())
                .Select(a => $"{a.CampaignId}|{a.QuestionKey}|{a.ItemKey}|{a.Value}|{a.Responses}").Order(StringComparer.Ordinal).ToList(),
            (await db.AreaDurations.AsNoTracking().Where(d => d.Responses != 0).ToListAsync())
                .Select(d => $"{d.Area}|{d.Code}|{d.Bucket}|{d.Responses}").Order(StringComparer.Ordinal).ToList(),
            (await db.AreaDays.AsNoTracking().Where(d => d.Responses != 0).ToListAsync())
                .Select(d => $"{d.Area}|{d.Code}|{d.Day:O}|{d.Responses}").Order(StringComparer.Ordinal).ToList(),
            (await db.AreaAnswers.AsNoTracking().Where(a => a.Responses != 0).ToListAsync())
                .Select(a => $"{a.Area}|{a.Code}|{a.QuestionKey}|{a.ItemKey}|{a.Value}|{a.Responses}").Order(StringComparer.Ordinal).ToList(),
            (await db.PublicResponseTallies.AsNoTracking().Where(t => t.Responses != 0).ToListAsync())
                .Select(t => $"{t.Dimension}|{t.Key}|{t.Responses}").Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>The same figures counted the slow way: every campaign, formation, completed response and choice.</summary>
    private async Task<ReadSide> BruteForceAsync()
    {
        await using var scope = _host.Scope();
        var db = scope.ServiceProvider.GetRequiredService<IQuestionnairesDb>();
        var formations = await db.Formations.AsNoTracking().ToDictionaryAsync(f => f.Key);
        var responses = await db.Responses.AsNoTracking().Where(r => r.Status == ResponseStatus.Completed).ToListAsync();
        // Each question's respondents are counted as a value « * » of their own (one per response and question).
        var choices = (await db.ResponseChoices.AsNoTracking().ToListAsync())
            .SelectMany(c => c.CountsRespondent
                ? new[] { (c.ResponseId, c.CampaignId, c.QuestionKey, c.ItemKey, c.Value), (c.ResponseId, c.CampaignId, c.QuestionKey, ItemKey: "", Value: "*") }
                : [(c.ResponseId, c.CampaignId, c.QuestionKey, c.ItemKey, c.Value)])
            .ToList();
        var roster = await db.RosterEntries.AsNoTracking().ToListAsync();
        var campaigns = (await db.Campaigns.AsNoTracking().ToListAsync()).Select(c =>
        {
            var f = formations[c.FormationKey];
            var mine = responses.Where(r => r.CampaignId == c.Id).ToList();
            return new CampaignLine(c.Id, c.Siret, f.Cfd, f.RegionCode, f.DepartmentCode, f.AcademyCode, f.RncpCode, f.Level, c.StartDate, c.EndDate, c.Seats, c.DeletedAtUtc is not null,
                mine.Count, mine.Count(r => r.FreeTextCount > 0), mine.Count(r => r.Verified), mine.Sum(r => (long)r.DurationSeconds!.Value),
                roster.Count(e => e.CampaignId == c.Id && e.InvitedAtUtc != null), roster.Count(e => e.CampaignId == c.Id && e.Answered));
        }).OrderBy(c => c.CampaignId).ToList();
        var completed = responses.Select(r => r.Id).ToHashSet();

        // Areas: the country ("national", ""), each région and each département, over the campaigns not deleted.
        var areasOf = campaigns.Where(c => !c.Deleted)
            .ToDictionary(c => c.CampaignId, c => new[] { ("national", ""), ("region", c.Region), ("department", c.Department) });
        var counted = responses.Where(r => areasOf.ContainsKey(r.CampaignId)).ToList();
        return new ReadSide(
            campaigns,
            responses.GroupBy(r => (r.CampaignId, Bucket: Math.Min(r.DurationSeconds!.Value / 15, 240)))
                .Select(g => $"{g.Key.CampaignId}|{g.Key.Bucket}|{g.Count()}").Order(StringComparer.Ordinal).ToList(),
            responses.GroupBy(r => (r.CampaignId, Day: DateOnly.FromDateTime(r.CompletedAtUtc!.Value)))
                .Select(g => $"{g.Key.CampaignId}|{g.Key.Day:O}|{g.Count()}").Order(StringComparer.Ordinal).ToList(),
            choices.Where(c => completed.Contains(c.ResponseId)).GroupBy(c => (c.CampaignId, c.QuestionKey, c.ItemKey, c.Value))
                .Select(g => $"{g.Key.CampaignId}|{g.Key.QuestionKey}|{g.Key.ItemKey}|{g.Key.Value}|{g.Count()}").Order(StringComparer.Ordinal).ToList(),
            counted.SelectMany(r => areasOf[r.CampaignId].Select(a => (a, Bucket: Math.Min(r.DurationSeconds!.Value / 15, 240)))).GroupBy(x => x)
                .Select(g => $"{g.Key.a.Item1}|{g.Key.a.Item2}|{g.Key.Bucket}|{g.Count()}").Order(StringComparer.Ordinal).ToList(),
            counted.SelectMany(r => areasOf[r.CampaignId].Select(a => (a, Day: DateOnly.FromDateTime(r.CompletedAtUtc!.Value)))).GroupBy(x => x)
                .Select(g => $"{g.Key.a.Item1}|{g.Key.a.Item2}|{g.Key.Day:O}|{g.Count()}").Order(StringComparer.Ordinal).ToList(),
            choices.Where(c => completed.Contains(c.ResponseId) && areasOf.ContainsKey(c.CampaignId))
                .SelectMany(c => areasOf[c.CampaignId].Select(a => (a, c.QuestionKey, c.ItemKey, c.Value))).GroupBy(x => x)
                .Select(g => $"{g.Key.a.Item1}|{g.Key.a.Item2}|{g.Key.QuestionKey}|{g.Key.ItemKey}|{g.Key.Value}|{g.Count()}").Order(StringComparer.Ordinal).ToList(),
            // The public page's tallies: per UTC month of completion, per région and per diploma level.
            counted.SelectMany(r =>
                {
                    var campaign = campaigns.Single(c => c.CampaignId == r.CampaignId);
                    return new[] { $"month|{r.CompletedAtUtc!.Value:yyyy-MM}", $"region|{campaign.Region}", $"level|{(campaign.Level == 0 ? "" : campaign.Level)}" };
                })
                .GroupBy(x => x).Select(g => $"{g.Key}|{g.Count()}").Order(StringComparer.Ordinal).ToList());
    }

    private sealed record CampaignLine(
        Guid CampaignId, string Siret, string Cfd, string Region, string Department, string Academy, string Rncp, int Level, DateOnly Start, DateOnly End, int Seats, bool Deleted,
        int Responses, int FreeTextResponses, int VerifiedResponses, long DurationSum, int Invited, int InvitationsAnswered);

    private sealed record ReadSide(
        IReadOnlyList<CampaignLine> Campaigns, IReadOnlyList<string> Durations, IReadOnlyList<string> Days, IReadOnlyList<string> Answers,
        IReadOnlyList<string> AreaDurations, IReadOnlyList<string> AreaDays, IReadOnlyList<string> AreaAnswers, IReadOnlyList<string> PublicTallies)
    {
        public long Responses => Campaigns.Sum(c => (long)c.Responses);

        public void ShouldMatch(ReadSide expected)
        {
            Campaigns.ShouldBe(expected.Campaigns);
            Durations.ShouldBe(expected.Durations);
            Days.ShouldBe(expected.Days);
            Answers.ShouldBe(expected.Answers);
            AreaDurations.ShouldBe(expected.AreaDurations);
            AreaDays.ShouldBe(expected.AreaDays);
            AreaAnswers.ShouldBe(expected.AreaAnswers);
            PublicTallies.ShouldBe(expected.PublicTallies);
        }
    }
}
