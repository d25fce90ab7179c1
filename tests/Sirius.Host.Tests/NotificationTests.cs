using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Sirius.BuildingBlocks.Infrastructure.Jobs;
using Sirius.Establishments.Application;
using Sirius.Establishments.Domain.Accounts;
using Sirius.Testimonies.Contracts;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests;

/// <summary>
/// The CFA notifications on PostgreSQL, read from a real SMTP listener: the reminder a week after activation (sent by
/// the scheduled job) and « vos premiers témoignages sont publiés » (when the first testimony becomes public), each
/// once per account, retried when the SMTP server refuses it.
/// </summary>
public sealed class NotificationTests : IAsyncLifetime
{
    private const string Reminder = "Créez votre première campagne Sirius";
    private const string FirstTestimonies = "Vos premiers témoignages sont publiés";

    private MailedHost _site = null!;

    public async Task InitializeAsync() => _site = await MailedHost.StartAsync(new Dictionary<string, string?>
    {
        ["Notifications:Schedule"] = Sirius.Testing.Jobs.NeverScheduled,
        ["Outbox:PollInterval"] = "00:00:01",
        ["Outbox:FirstRetryDelay"] = "00:00:01",
    });

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task A_CFA_without_campaign_is_reminded_once_a_week_after_its_activation()
    {
        var cfa = await _site.Host.CfaStaffAsync("sans.campagne@cfa.fr", await _site.Host.EstablishmentAsync());

        (await RunRemindersAsync()).ItemsTotal.ShouldBe(0, "activated today: not yet");
        _site.Clock.Advance(TimeSpan.FromDays(6));
        (await RunRemindersAsync()).ItemsTotal.ShouldBe(0, "six days after activation: not yet");
        _site.Clock.Advance(TimeSpan.FromDays(1));
        var run = await RunRemindersAsync();

        run.Outcome.ShouldBe(JobOutcomes.Succeeded);
        run.ItemsTotal.ShouldBe(1);
        var email = await _site.Smtp.WaitForAsync(m => m.To.Contains("sans.campagne@cfa.fr"));
        email.Subject.ShouldBe(Reminder);
        email.TextBody!.ShouldContain("Bonjour Léa,");
        email.TextBody!.ShouldContain("http://localhost/espace/campagnes/nouvelles");
        await Eventually.HoldsAsync(async () => (await MarkerAsync(cfa, NotificationKinds.CampaignReminder))?.SentAtUtc is not null, "the marker is marked sent");

        _site.Clock.Advance(TimeSpan.FromDays(1));
        (await RunRemindersAsync()).ItemsTotal.ShouldBe(0, "the second run finds the marker");
        await Task.Delay(2000);
        _site.Smtp.Messages.Count(m => m.To.Contains("sans.campagne@cfa.fr")).ShouldBe(1);
    }

    [Fact]
    public async Task No_reminder_goes_to_a_CFA_that_created_a_campaign_nor_to_colleagues_of_its_establishment()
    {
        var (creator, campaign) = await _site.Host.OpenCampaignAsync();
        var colleague = await _site.Host.CfaStaffAsync("collegue@cfa.fr", campaign.Siret);
        await _site.Host.CfaStaffAsync("autre.cfa@cfa.fr", await _site.Host.EstablishmentAsync());
        await Eventually.HoldsAsync(async () => (await AccountAsync(creator))!.FirstCampaignAtUtc is not null, "Establishments records the campaigns");

        _site.Clock.Advance(TimeSpan.FromDays(8));
        var run = await RunRemindersAsync();

        run.ItemsTotal.ShouldBe(1, "only the CFA without campaign is due");
        await _site.Smtp.WaitForAsync(m => m.To.Contains("autre.cfa@cfa.fr"));
        await Task.Delay(2000);
        _site.Smtp.Messages.ShouldNotContain(m => m.Subject == Reminder && !m.To.Contains("autre.cfa@cfa.fr"));
        (await MarkerAsync(creator, NotificationKinds.CampaignReminder)).ShouldBeNull();
        (await MarkerAsync(colleague, NotificationKinds.CampaignReminder)).ShouldBeNull();
    }

    [Fact]
    public async Task A_reminder_refused_by_the_SMTP_server_is_sent_later_once_and_the_job_does_not_wait_for_it()
    {
        var cfa = await _site.Host.CfaStaffAsync("smtp.panne@cfa.fr", await _site.Host.EstablishmentAsync());
        _site.Clock.Advance(TimeSpan.FromDays(8));
        _site.Smtp.RefuseNext(1, 451);

        (await RunRemindersAsync()).Outcome.ShouldBe(JobOutcomes.Succeeded);
        await Eventually.HoldsAsync(() => Task.FromResult(_site.Smtp.RefusedCount == 1), "the SMTP server refuses the first attempt");
        (await MarkerAsync(cfa, NotificationKinds.CampaignReminder))!.SentAtUtc.ShouldBeNull();

        // The retry waits for its backoff delay, measured on the host's clock.
        await Eventually.HoldsAsync(
            () =>
            {
                _site.Clock.Advance(TimeSpan.FromSeconds(2));
                return Task.FromResult(_site.Smtp.Messages.Any(m => m.To.Contains("smtp.panne@cfa.fr")));
            },
            "the reminder is delivered on a later attempt");
        _site.Smtp.Messages.Single(m => m.To.Contains("smtp.panne@cfa.fr")).Subject.ShouldBe(Reminder);
        await Eventually.HoldsAsync(async () => (await MarkerAsync(cfa, NotificationKinds.CampaignReminder))?.SentAtUtc is not null, "the marker is marked sent");
        (await RunRemindersAsync()).ItemsTotal.ShouldBe(0);
        await Task.Delay(2000);
        _site.Smtp.Messages.Count(m => m.To.Contains("smtp.panne@cfa.fr")).ShouldBe(1);
    }

    [Fact]
    public async Task Each_CFA_account_is_told_once_when_its_establishments_first_testimony_becomes_public()
    {
        var siret = await _site.Host.EstablishmentAsync();
        var first = await _site.Host.CfaStaffAsync("premiere@cfa.fr", siret);
        var second = await _site.Host.CfaStaffAsync("seconde@cfa.fr", siret);
        var key = $"50022141-{siret}";
        await FeedAsync(Feed.Formation(key, siret));
        await FeedAsync(Feed.Response(key, siret, ("cfa.conseil", "Les formateurs sont à l'écoute et l'atelier est bien équipé.")));
        await FeedAsync(Feed.Response(key, siret, ("cfa.conseil", "Mon tuteur m'apprend le métier chaque jour.")));
        await PublishAllAsync(key);

        await Task.Delay(2000);
        _site.Smtp.Messages.ShouldNotContain(m => m.Subject == FirstTestimonies, "two responses: below the anonymity threshold, nothing is public");
        (await _site.Host.InDbAsync(db => db.FirstPublications.AnyAsync(p => p.Siret == siret))).ShouldBeFalse();

        await FeedAsync(Feed.Response(key, siret, ("cfa.conseil", "Le rythme entre l'entreprise et l'école est intense.")));

        var email = await _site.Smtp.WaitForAsync(m => m.To.Contains("premiere@cfa.fr") && m.Subject == FirstTestimonies);
        email.TextBody!.ShouldContain("Que diriez-vous à un jeune\u202F?");
        email.TextBody!.ShouldContain("Les formateurs sont à l'écoute et l'atelier est bien équipé.");
        email.TextBody!.ShouldContain("http://localhost/espace/resultats");
        await _site.Smtp.WaitForAsync(m => m.To.Contains("seconde@cfa.fr") && m.Subject == FirstTestimonies);

        await PublishAllAsync(key);
        await FeedAsync(Feed.Response(key, siret, ("cfa.conseil", "Une quatrième réponse, publiée elle aussi.")));
        await PublishAllAsync(key);
        await Task.Delay(2000);
        _site.Smtp.Messages.Count(m => m.Subject == FirstTestimonies).ShouldBe(2, "one per account, once");
        (await MarkerAsync(first, NotificationKinds.FirstTestimonies))!.SentAtUtc.ShouldNotBeNull();
        (await MarkerAsync(second, NotificationKinds.FirstTestimonies))!.SentAtUtc.ShouldNotBeNull();
    }

    [Fact]
    public async Task The_jobs_page_lists_the_notification_and_purge_jobs_with_their_schedules()
    {
        using var host = SiriusHost.OnSqlite();
        await host.AdministratorAsync("taches@sirius.test");
        var admin = await host.SignedInAsync("taches@sirius.test");

        var page = await admin.GetStringAsync("/admin/taches");

        page.ShouldContain("Rappel aux CFA sans campagne");
        page.ShouldContain("Chaque jour à 9 h (heure du serveur)");
        page.ShouldContain("Suppression des comptes non confirmés ou inactifs et du journal ancien");
        page.ShouldContain("Effacement des textes originaux des verbatims modérés");
        page.ShouldContain("Effacement des textes libres et empreintes d’adresse des réponses");
        page.ShouldContain("Chaque jour à 2 h (heure du serveur)");
    }

    /// <summary>An event of Questionnaires (a formation, a completed response), delivered at once by the dispatcher.</summary>
    private Task FeedAsync(Sirius.BuildingBlocks.IIntegrationEvent integrationEvent) => _site.Host.PublishAsync(integrationEvent, "questionnaires");

    private Task<JobRunView> RunRemindersAsync() => _site.Host.RunJobAsync("establishments", "campaign-reminders");

    private async Task PublishAllAsync(string formationKey)
    {
        var pending = await _site.Host.InDbAsync(db => db.Verbatims.Where(v => v.FormationKey == formationKey && v.ModeratedAtUtc == null).Select(v => v.Id).ToListAsync());
        if (pending.Count > 0)
        {
            (await _site.Host.SendAsync(new AcceptSuggestions(await _site.Host.ModeratorAsync(), pending))).IsSuccess.ShouldBeTrue();
        }
    }

    private async Task<AccountNotification?> MarkerAsync(Guid accountId, string kind)
    {
        await using var scope = _site.Host.Scope();
        return await scope.ServiceProvider.GetRequiredService<IEstablishmentsDb>().AccountNotifications.AsNoTracking()
            .FirstOrDefaultAsync(n => n.AccountId == accountId && n.Kind == kind);
    }

    private async Task<Account?> AccountAsync(Guid accountId)
    {
        await using var scope = _site.Host.Scope();
        return await scope.ServiceProvider.GetRequiredService<IEstablishmentsDb>().Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == accountId);
    }
}
