using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Sirius.BuildingBlocks.Infrastructure.Jobs;
using Sirius.Questionnaires.Application;
using Sirius.Questionnaires.Contracts;
using Sirius.Questionnaires.Domain.Rosters;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests;

/// <summary>
/// Personal invitations on PostgreSQL, read from a real SMTP listener: one invitation per apprentice, one reminder to
/// those who have not answered, the unsubscription honoured for good, the verified response a personal link gives
/// (once), and the roster purge after the campaign.
/// </summary>
public sealed partial class InvitationTests : IAsyncLifetime
{
    private const string Invitation = "Ton avis sur ta formation en apprentissage";
    private const string Reminder = "Rappel\u202F: ton avis sur ta formation en apprentissage";

    private MailedHost _site = null!;

    public async Task InitializeAsync() => _site = await MailedHost.StartAsync(new Dictionary<string, string?>
    {
        ["Invitations:Schedule"] = Sirius.Testing.Jobs.NeverScheduled,
        ["Invitations:ReminderAfterDays"] = "7",
    });

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Each_apprentice_receives_one_personal_invitation_whose_token_is_stored_only_as_a_hash()
    {
        var (cfa, campaign) = await _site.Host.OpenCampaignAsync();
        await ImportAsync(cfa, campaign.Id, "Léa;Dupont;lea.dupont@example.fr", "Paul;Durand;paul.durand@example.fr");

        var run = await RunInvitationsAsync();

        run.Outcome.ShouldBe(JobOutcomes.Succeeded);
        run.ItemsTotal.ShouldBe(2);
        var email = await _site.Smtp.WaitForAsync(m => m.To.Contains("lea.dupont@example.fr"));
        email.Subject.ShouldBe(Invitation);
        email.TextBody!.ShouldContain("Bonjour Léa,");
        email.TextBody!.ShouldContain("Tes réponses restent anonymes");
        var token = TokenIn(email, "invitation");
        TokenIn(email, "desinscription").ShouldBe(token);
        await _site.Smtp.WaitForAsync(m => m.To.Contains("paul.durand@example.fr"));
        var stored = await InQuestionnairesAsync(db => db.RosterEntries.AsNoTracking().SingleAsync(e => e.Email == "lea.dupont@example.fr"));
        stored.TokenHash.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token))));
        stored.InvitedAtUtc.ShouldNotBeNull();
        (await CountRowsHoldingAsync(token)).ShouldBe(0, "the token itself is nowhere in the database");

        (await RunInvitationsAsync()).ItemsTotal.ShouldBe(0, "invited already");
        await Task.Delay(1500);
        _site.Smtp.Messages.Count(m => m.To.Contains("lea.dupont@example.fr")).ShouldBe(1);
        (await _site.Host.SendAsync(new GetRoster(cfa, campaign.Id)))!.Counts.ShouldBe(new RosterCounts(2, 2, 0, 0));
    }

    [Fact]
    public async Task A_personal_link_gives_one_verified_response_and_cannot_give_a_second()
    {
        var (cfa, campaign) = await _site.Host.OpenCampaignAsync();
        await ImportAsync(cfa, campaign.Id, "Léa;Dupont;lea.dupont@example.fr");
        await RunInvitationsAsync();
        var token = TokenIn(await _site.Smtp.WaitForAsync(m => m.To.Contains("lea.dupont@example.fr")), "invitation");
        var browser = _site.Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var opened = await browser.GetAsync($"/invitation/{token}");
        opened.Headers.Location!.ToString().ShouldBe($"/q/{campaign.Token}");
        (await browser.GetStringAsync($"/q/{campaign.Token}")).ShouldContain("invitation personnelle");
        var count = (await _site.Host.SendAsync(new GetResponseStep(campaign.Token, null, 1)))!.StepCount;
        for (var n = 1; n <= count; n++)
        {
            var question = (await _site.Host.SendAsync(new GetResponseStep(campaign.Token, null, n)))!.Question;
            (await browser.SubmitAsync($"/q/{campaign.Token}/questions/{n}", Respondents.FormFields(question))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var response = await InQuestionnairesAsync(db => db.Responses.AsNoTracking().SingleAsync(r => r.CampaignId == campaign.Id));
        response.Verified.ShouldBeTrue();
        (await OutboxAsync()).ShouldContain(p => p.Contains(response.Id.ToString(), StringComparison.Ordinal) && p.Contains("\"verified\":true", StringComparison.OrdinalIgnoreCase));
        (await _site.Host.SendAsync(new GetRoster(cfa, campaign.Id)))!.Counts.ShouldBe(new RosterCounts(1, 1, 1, 1));

        var again = await _site.Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync($"/invitation/{token}");
        again.StatusCode.ShouldBe(HttpStatusCode.Gone);
        (await again.Content.ReadAsStringAsync()).ShouldContain("déjà servi");
        var question1 = (await _site.Host.SendAsync(new GetResponseStep(campaign.Token, null, 1)))!.Question;
        var second = await _site.Host.SendAsync(new SaveAnswer(campaign.Token, null, question1.Key, Respondents.ValidAnswer(question1), false, null, token));
        second.Error!.Code.ShouldBe("invitation.used");
        var open = await _site.Host.AnswerAsync(campaign.Token);
        (await InQuestionnairesAsync(db => db.Responses.AsNoTracking().SingleAsync(r => r.Id == open.ResponseId))).Verified.ShouldBeFalse("the open link is not verified");
        (await InQuestionnairesAsync(db => db.Responses.CountAsync(r => r.CampaignId == campaign.Id && r.Verified))).ShouldBe(1);
        (await _site.Host.CreateClient().GetAsync("/invitation/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var row = (await _site.Host.SendAsync(new ListCampaigns(cfa))).Single();
        (row.ResponsesCount, row.Invitations, row.Invitations.ResponseRate).ShouldBe((2, new RosterCounts(1, 1, 1, 1), 100));
        var results = (await _site.Host.SendAsync(new GetCampaignResults(cfa, [campaign.Id]))).Value;
        (results.Responses, results.VerifiedResponses, results.Invitations).ShouldBe((2, 1, new RosterCounts(1, 1, 1, 1)));
    }

    [Fact]
    public async Task One_reminder_goes_after_the_delay_to_those_who_have_not_answered_only()
    {
        var (cfa, campaign) = await _site.Host.OpenCampaignAsync();
        await ImportAsync(cfa, campaign.Id, "Léa;Dupont;lea.dupont@example.fr", "Paul;Durand;paul.durand@example.fr");
        await RunInvitationsAsync();
        var lea = TokenIn(await _site.Smtp.WaitForAsync(m => m.To.Contains("lea.dupont@example.fr")), "invitation");
        await _site.Smtp.WaitForAsync(m => m.To.Contains("paul.durand@example.fr"));
        await _site.Host.AnswerAsync(campaign.Token, invitation: lea);

        _site.Clock.Advance(TimeSpan.FromDays(6));
        (await RunInvitationsAsync()).ItemsTotal.ShouldBe(0, "six days after the invitation: not yet");
        _site.Clock.Advance(TimeSpan.FromDays(1));
        (await RunInvitationsAsync()).ItemsTotal.ShouldBe(1);

        var reminder = await _site.Smtp.WaitForAsync(m => m.To.Contains("paul.durand@example.fr") && m.Subject == Reminder);
        reminder.TextBody!.ShouldContain("C’est le seul rappel");
        (await _site.Host.SendAsync(new OpenInvitation(TokenIn(reminder, "invitation")))).IsSuccess.ShouldBeTrue("the reminder's link works");
        _site.Clock.Advance(TimeSpan.FromDays(8));
        (await RunInvitationsAsync()).ItemsTotal.ShouldBe(0, "one reminder, never two");
        await Task.Delay(1500);
        _site.Smtp.Messages.Count(m => m.To.Contains("lea.dupont@example.fr")).ShouldBe(1, "Léa answered: no reminder");
        _site.Smtp.Messages.Count(m => m.To.Contains("paul.durand@example.fr")).ShouldBe(2);
    }

    [Fact]
    public async Task An_unsubscribed_address_is_never_written_to_again_and_only_its_hash_is_kept()
    {
        var (cfa, campaign) = await _site.Host.OpenCampaignAsync();
        await ImportAsync(cfa, campaign.Id, "Léa;Dupont;lea.dupont@example.fr");
        await RunInvitationsAsync();
        var token = TokenIn(await _site.Smtp.WaitForAsync(m => m.To.Contains("lea.dupont@example.fr")), "desinscription");
        var browser = _site.Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        (await browser.GetStringAsync($"/desinscription/{token}")).ShouldContain("Ne plus recevoir d’invitation");
        (await _site.Host.SendAsync(new GetRoster(cfa, campaign.Id)))!.Counts.Opened.ShouldBe(0, "opening the page changes nothing");
        var done = await browser.SubmitAsync($"/desinscription/{token}", new Dictionary<string, string>());
        (await done.Content.ReadAsStringAsync()).ShouldContain("Sirius ne t’enverra plus aucune invitation");
        (await browser.SubmitAsync("/desinscription/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", new Dictionary<string, string>())).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        _site.Clock.Advance(TimeSpan.FromDays(8));
        (await RunInvitationsAsync()).ItemsTotal.ShouldBe(0, "no reminder after unsubscribing");
        var (otherCfa, other) = await _site.Host.OpenCampaignAsync();
        await ImportAsync(otherCfa, other.Id, "Léa;Dupont;Lea.Dupont@example.fr");
        (await RunInvitationsAsync()).ItemsTotal.ShouldBe(0, "nor from another campaign");
        await Task.Delay(1500);
        _site.Smtp.Messages.Count(m => m.To.Contains("lea.dupont@example.fr")).ShouldBe(1);
        var kept = await InQuestionnairesAsync(db => db.Unsubscriptions.AsNoTracking().ToListAsync());
        kept.Single().EmailHash.ShouldBe(KeyedHash("lea.dupont@example.fr"));
        kept.Single().EmailHash.ShouldNotBe(PlainHash("lea.dupont@example.fr"), "a list of addresses cannot be matched without the key");
        (await CountRowsHoldingAsync("lea.dupont@example.fr", "Unsubscriptions")).ShouldBe(0);
        (await CountRowsHoldingAsync(PlainHash("lea.dupont@example.fr"), "Unsubscriptions")).ShouldBe(0);
        (await CountRowsHoldingAsync(PlainHash("lea.dupont@example.fr"))).ShouldBe(0, "nor on the roster lines");
    }

    [Fact]
    public async Task The_invitation_speaks_to_the_apprentice_with_tu_puts_the_answer_button_first_and_offers_one_click_unsubscription()
    {
        var (cfa, campaign) = await _site.Host.OpenCampaignAsync();
        await ImportAsync(cfa, campaign.Id, "Léa;Dupont;lea.dupont@example.fr");
        await RunInvitationsAsync();
        var email = await _site.Smtp.WaitForAsync(m => m.To.Contains("lea.dupont@example.fr"));
        var token = TokenIn(email, "invitation");

        foreach (var body in new[] { email.TextBody!, email.HtmlBody! })
        {
            body.ShouldNotContain("vous", Case.Insensitive, "an apprentice is addressed with « tu » only");
            body.ShouldNotContain("votre", Case.Insensitive);
            body.ShouldNotContain("copiez", Case.Insensitive);
            body.ShouldContain("Ne réponds pas à ce message.");
            body.IndexOf($"/invitation/{token}", StringComparison.Ordinal)
                .ShouldBeLessThan(body.IndexOf($"/desinscription/{token}", StringComparison.Ordinal), "the answer button comes before the unsubscribe link");
        }

        email.Headers["List-Unsubscribe"].ShouldBe($"<http://localhost/desinscription/{token}/un-clic>");
        email.Headers["List-Unsubscribe-Post"].ShouldBe("List-Unsubscribe=One-Click");

        var mailClient = _site.Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var incomplete = await mailClient.PostAsync($"/desinscription/{token}/un-clic", new FormUrlEncodedContent([]));
        incomplete.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await incomplete.Content.ReadAsStringAsync()).ShouldContain("List-Unsubscribe=One-Click");
        (await mailClient.GetAsync($"/desinscription/{token}/un-clic")).Headers.Location!.ToString().ShouldBe($"/desinscription/{token}");
        (await InQuestionnairesAsync(db => db.Unsubscriptions.AsNoTracking().CountAsync())).ShouldBe(0, "neither opening nor an incomplete post unsubscribes");

        var oneClick = await mailClient.PostAsync(
            $"/desinscription/{token}/un-clic", new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));

        oneClick.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await InQuestionnairesAsync(db => db.Unsubscriptions.AsNoTracking().CountAsync())).ShouldBe(1);
        _site.Clock.Advance(TimeSpan.FromDays(8));
        (await RunInvitationsAsync()).ItemsTotal.ShouldBe(0, "no reminder after a one-click unsubscription");
        (await mailClient.PostAsync(
            "/desinscription/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/un-clic", new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")])))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_CFA_removes_an_apprentice_after_confirming_who_is_never_written_to_again_and_can_undo_it()
    {
        var (cfa, campaign) = await _site.Host.OpenCampaignAsync(cfaEmail: "retrait@cfa.fr");
        await ImportAsync(cfa, campaign.Id, "Léa;Dupont;lea.dupont@example.fr", "Paul;Durand;paul.durand@example.fr");
        await RunInvitationsAsync();
        var lea = TokenIn(await _site.Smtp.WaitForAsync(m => m.To.Contains("lea.dupont@example.fr")), "invitation");
        await _site.Smtp.WaitForAsync(m => m.To.Contains("paul.durand@example.fr"));
        await _site.Host.AnswerAsync(campaign.Token, invitation: lea);
        var line = (await _site.Host.SendAsync(new GetRoster(cfa, campaign.Id)))!.Entries.Single(e => e.FirstName == "Léa").Id;
        var page = $"/espace/campagnes/{campaign.Id}/apprentis";
        var browser = await _site.Host.SignedInAsync("retrait@cfa.fr");
        await _site.Host.CfaStaffAsync("voisin-retrait@cfa.fr", await _site.Host.EstablishmentAsync());
        var neighbour = await _site.Host.SignedInAsync("voisin-retrait@cfa.fr");

        var list = await (await browser.BrowseAsync(page)).Content.ReadAsStringAsync();
        list.ShouldContain($"{page}?retirer={line}#retirer");
        list.ShouldNotContain("Retirer Léa Dupont de la liste\u202F?", customMessage: "nothing is removed, nor asked, before the click");
        var confirmation = await (await browser.BrowseAsync($"{page}?retirer={line}")).Content.ReadAsStringAsync();
        confirmation.ShouldContain("Retirer Léa Dupont de la liste\u202F?");
        (await _site.Host.SendAsync(new GetRoster(cfa, campaign.Id)))!.Counts.Lines.ShouldBe(2, "asking is not removing");
        (await neighbour.SubmitAsync("/espace/campagnes", new Dictionary<string, string> { ["ligne"] = line.ToString() }, postUrl: $"{page}?handler=Retirer"))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound, "another CFA cannot remove the line");
        (await browser.PostWithoutTokenAsync($"{page}?handler=Retirer", new Dictionary<string, string> { ["ligne"] = line.ToString() })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var removed = await browser.SubmitAsync($"{page}?retirer={line}", new Dictionary<string, string> { ["ligne"] = line.ToString() }, postUrl: $"{page}?handler=Retirer");

        removed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await (await browser.BrowseAsync(page)).Content.ReadAsStringAsync();
        after.ShouldContain("Léa Dupont a été retiré(e) de la liste");
        after.ShouldContain("Annuler le retrait");
        var roster = (await _site.Host.SendAsync(new GetRoster(cfa, campaign.Id)))!;
        roster.Entries.Select(e => e.Email).ShouldBe(["paul.durand@example.fr"]);
        roster.Counts.ShouldBe(new RosterCounts(1, 2, 0, 1), "the invited, opened and answered counters do not move: a removal tells nothing of who answered");
        (await CountRowsHoldingAsync("lea.dupont@example.fr")).ShouldBe(0, "her address is erased");
        (await CountRowsHoldingAsync("Dupont")).ShouldBe(0, "her name too");
        (await _site.Host.SendAsync(new OpenInvitation(lea))).IsSuccess.ShouldBeFalse("her personal link stops working");
        (await (await browser.BrowseAsync(page)).Content.ReadAsStringAsync()).ShouldNotContain("Annuler le retrait", customMessage: "the undo is offered once");

        var forged = await browser.SubmitAsync(page, new Dictionary<string, string> { ["ligne"] = line.ToString(), ["prenom"] = "Léa", ["nom"] = "Dupont", ["courriel"] = "pirate@example.fr" }, postUrl: $"{page}?handler=AnnulerRetrait");
        forged.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await _site.Host.SendAsync(new GetRoster(cfa, campaign.Id)))!.Counts.Lines.ShouldBe(1, "only the address the line had can come back");
        (await neighbour.SubmitAsync("/espace/campagnes", new Dictionary<string, string> { ["ligne"] = line.ToString(), ["prenom"] = "Léa", ["nom"] = "Dupont", ["courriel"] = "lea.dupont@example.fr" }, postUrl: $"{page}?handler=AnnulerRetrait"))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var undone = await browser.SubmitAsync(page, new Dictionary<string, string> { ["ligne"] = line.ToString(), ["prenom"] = "Léa", ["nom"] = "Dupont", ["courriel"] = "lea.dupont@example.fr" }, postUrl: $"{page}?handler=AnnulerRetrait");

        undone.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await (await browser.BrowseAsync(page)).Content.ReadAsStringAsync()).ShouldContain("Léa Dupont est de nouveau sur la liste.");
        roster = (await _site.Host.SendAsync(new GetRoster(cfa, campaign.Id)))!;
        roster.Entries.Select(e => e.Email).ShouldBe(["lea.dupont@example.fr", "paul.durand@example.fr"]);
        roster.Counts.ShouldBe(new RosterCounts(2, 2, 0, 1));
    }

    [Fact]
    public async Task A_removed_apprentice_gets_no_reminder()
    {
        var (cfa, campaign) = await _site.Host.OpenCampaignAsync();
        await ImportAsync(cfa, campaign.Id, "Léa;Dupont;lea.dupont@example.fr", "Paul;Durand;paul.durand@example.fr");
        await RunInvitationsAsync();
        await _site.Smtp.WaitForAsync(m => m.To.Contains("paul.durand@example.fr"));
        var lea = (await _site.Host.SendAsync(new GetRoster(cfa, campaign.Id)))!.Entries.Single(e => e.FirstName == "Léa").Id;

        (await _site.Host.SendAsync(new RemoveRosterEntry(cfa, campaign.Id, lea))).IsSuccess.ShouldBeTrue();
        _site.Clock.Advance(TimeSpan.FromDays(8));

        (await RunInvitationsAsync()).ItemsTotal.ShouldBe(1, "Paul only");
        await _site.Smtp.WaitForAsync(m => m.To.Contains("paul.durand@example.fr") && m.Subject == Reminder);
        _site.Smtp.Messages.Count(m => m.To.Contains("lea.dupont@example.fr")).ShouldBe(1);
    }

    [Fact]
    public async Task Plain_hashes_stored_before_the_key_are_keyed_by_the_next_run_and_an_old_unsubscription_is_still_honoured()
    {
        var (cfa, campaign) = await _site.Host.OpenCampaignAsync();
        await ImportAsync(cfa, campaign.Id, "Léa;Dupont;lea.dupont@example.fr", "Paul;Durand;paul.durand@example.fr");
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-100);
        await InQuestionnairesAsync(async db =>
        {
            // The state the migration leaves: plain SHA-256 hashes marked as not keyed, and an unsubscription of Léa's.
            foreach (var address in new[] { "lea.dupont@example.fr", "paul.durand@example.fr" })
            {
                await db.RosterEntries.Where(e => e.Email == address)
                    .ExecuteUpdateAsync(s => s.SetProperty(e => e.EmailHash, PlainHash(address)).SetProperty(e => e.EmailHashKeyed, false));
            }

            return await ((DbContext)db).Database.ExecuteSqlAsync(
                $"insert into questionnaires.\"Unsubscriptions\" (\"EmailHash\", \"Day\", \"Keyed\") values ({PlainHash("lea.dupont@example.fr")}, {day}, false)");
        });

        (await RunInvitationsAsync()).ItemsTotal.ShouldBe(1, "Paul only: Léa unsubscribed before the key");

        await _site.Smtp.WaitForAsync(m => m.To.Contains("paul.durand@example.fr"));
        await Task.Delay(1000);
        _site.Smtp.Messages.Count(m => m.To.Contains("lea.dupont@example.fr")).ShouldBe(0);
        var kept = await InQuestionnairesAsync(db => db.Unsubscriptions.AsNoTracking().ToListAsync());
        kept.Select(u => (u.EmailHash, u.Day, u.Keyed)).ShouldBe([(KeyedHash("lea.dupont@example.fr"), day, true)]);
        var lines = await InQuestionnairesAsync(db => db.RosterEntries.AsNoTracking().OrderBy(e => e.Email).Select(e => new { e.EmailHash, e.EmailHashKeyed }).ToListAsync());
        lines.Select(l => (l.EmailHash, l.EmailHashKeyed)).ShouldBe([(KeyedHash("lea.dupont@example.fr"), true), (KeyedHash("paul.durand@example.fr"), true)]);
        (await CountRowsHoldingAsync(PlainHash("lea.dupont@example.fr"), "Unsubscriptions")).ShouldBe(0, "the plain hash is gone");
    }

    [Fact]
    public async Task An_invitation_the_SMTP_server_refuses_is_sent_on_a_later_run_once()
    {
        var (cfa, campaign) = await _site.Host.OpenCampaignAsync();
        await ImportAsync(cfa, campaign.Id, "Léa;Dupont;lea.dupont@example.fr");
        _site.Smtp.RefuseNext(1, 451);

        (await RunInvitationsAsync()).Outcome.ShouldBe(JobOutcomes.Succeeded);
        _site.Smtp.RefusedCount.ShouldBe(1);
        (await _site.Host.SendAsync(new GetRoster(cfa, campaign.Id)))!.Counts.Invited.ShouldBe(0);

        await RunInvitationsAsync();
        await _site.Smtp.WaitForAsync(m => m.To.Contains("lea.dupont@example.fr"));
        (await RunInvitationsAsync()).ItemsTotal.ShouldBe(0);
        await Task.Delay(1500);
        _site.Smtp.Messages.Count(m => m.To.Contains("lea.dupont@example.fr")).ShouldBe(1);
    }

    [Fact]
    public async Task Rosters_lose_their_names_and_addresses_thirty_days_after_the_campaign_and_keep_their_counters()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var (cfa, campaign) = await _site.Host.OpenCampaignAsync(end: today.AddDays(1));
        var (keptCfa, kept) = await _site.Host.OpenCampaignAsync();
        await ImportAsync(cfa, campaign.Id, "Léa;Dupont;lea.dupont@example.fr");
        await ImportAsync(keptCfa, kept.Id, "Paul;Durand;paul.durand@example.fr");
        await RunInvitationsAsync();

        _site.Clock.Advance(TimeSpan.FromDays(30));
        (await _site.Host.RunJobAsync("questionnaires", "roster-purge")).ItemsTotal.ShouldBe(0, "the campaign ended less than 30 days ago");
        (await _site.Host.SendAsync(new GetRoster(cfa, campaign.Id)))!.Entries.Single().Email.ShouldBe("lea.dupont@example.fr");

        _site.Clock.Advance(TimeSpan.FromDays(3));
        var run = await _site.Host.RunJobAsync("questionnaires", "roster-purge");

        run.Outcome.ShouldBe(JobOutcomes.Succeeded);
        var roster = (await _site.Host.SendAsync(new GetRoster(cfa, campaign.Id)))!;
        roster.Entries.Single().ShouldBe(new RosterEntryView(roster.Entries.Single().Id, "", "", null, roster.Entries.Single().InvitedAtUtc, null));
        roster.Counts.ShouldBe(new RosterCounts(1, 1, 0, 0), "the counters stay");
        var line = await InQuestionnairesAsync(db => db.RosterEntries.AsNoTracking().SingleAsync(e => e.CampaignId == campaign.Id));
        (line.EmailHash, line.TokenHash, line.PurgedAtUtc is null).ShouldBe((null, null, false));
        (await _site.Host.SendAsync(new GetRoster(keptCfa, kept.Id)))!.Entries.Single().Email.ShouldBe("paul.durand@example.fr", "its campaign is still open");
    }

    private async Task ImportAsync(Guid cfa, Guid campaign, params string[] lines)
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\n", ["prenom;nom;courriel", .. lines])));
        var imported = await _site.Host.SendAsync(new ImportRoster(cfa, campaign, "liste.csv", content));
        imported.Value.Imported.ShouldBe(lines.Length, string.Join(" ", imported.Value.Rejections.Select(r => r.Reason)));
    }

    private static string PlainHash(string address) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(address)));

    /// <summary>HMAC-SHA256, under the test hosts' key, of the address's plain SHA-256 (hexadecimal).</summary>
    private static string KeyedHash(string address) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(SiriusHost.UnsubscribeKey), Encoding.UTF8.GetBytes(PlainHash(address))));

    private Task<JobRunView> RunInvitationsAsync() => _site.Host.RunJobAsync("questionnaires", "roster-invitations");

    private static string TokenIn(ReceivedEmail email, string path)
    {
        var match = Regex.Match(email.TextBody!, $"http://localhost/{path}/([A-Za-z0-9_-]{{43}})");
        match.Success.ShouldBeTrue($"a /{path}/ link in the e-mail");
        return match.Groups[1].Value;
    }

    /// <summary>How many rows of the module's roster tables hold the text in any column.</summary>
    private Task<int> CountRowsHoldingAsync(string text, string table = "RosterEntries") =>
        InQuestionnairesAsync(async db =>
        {
            var connection = ((DbContext)db).Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"select count(*) from questionnaires.\"{table}\" t where t::text like '%' || @text || '%'";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "text";
            parameter.Value = text;
            command.Parameters.Add(parameter);
            return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        });

    private Task<List<string>> OutboxAsync() =>
        InQuestionnairesAsync(db => ((DbContext)db).Set<Sirius.BuildingBlocks.Infrastructure.Messaging.OutboxMessage>().Select(m => m.Payload).ToListAsync());

    private async Task<T> InQuestionnairesAsync<T>(Func<IQuestionnairesDb, Task<T>> read)
    {
        await using var scope = _site.Host.Scope();
        return await read(scope.ServiceProvider.GetRequiredService<IQuestionnairesDb>());
    }
}
