using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Sirius.BuildingBlocks.Infrastructure.Jobs;
using Sirius.Establishments.Application;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Establishments.Domain.Accounts;
using Sirius.Questionnaires.Application;
using Sirius.Testimonies.Contracts;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests;

/// <summary>
/// The retention purges (run as scheduled jobs, on PostgreSQL, with the host's clock moved by hand): what each erases
/// and what it keeps; and a user deleting their own account from their space.
/// </summary>
public sealed class PrivacyTests : IAsyncLifetime
{
    private const string OriginalWithName = "Mon tuteur Kevin Dupont m'apprend le métier chaque jour.";

    private MailedHost _site = null!;

    public async Task InitializeAsync() => _site = await MailedHost.StartAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Accounts_never_confirmed_go_after_seven_days_unused_ones_after_two_years_and_old_audit_entries_after_one()
    {
        var siret = await _site.Host.EstablishmentAsync();
        (await _site.Host.SendAsync(SignUp("ancien@cfa.fr", siret))).IsSuccess.ShouldBeTrue();
        var active = await _site.Host.CfaStaffAsync("actif@cfa.fr", siret);
        var admin = await _site.Host.AdministratorAsync("admin.garde@sirius.test");
        _site.Clock.Advance(TimeSpan.FromDays(6));
        (await _site.Host.SendAsync(SignUp("recent@cfa.fr", siret))).IsSuccess.ShouldBeTrue();
        _site.Clock.Advance(TimeSpan.FromDays(2));
        var old = await AccountIdAsync("ancien@cfa.fr");

        var run = await _site.Host.RunJobAsync("establishments", "accounts-purge");

        run.Outcome.ShouldBe(JobOutcomes.Succeeded);
        run.ItemsTotal.ShouldBe(1);
        run.ItemsDone.ShouldBe(1);
        (await AccountIdAsync("ancien@cfa.fr")).ShouldBeNull();
        (await AccountIdAsync("recent@cfa.fr")).ShouldNotBeNull();
        (await AccountIdAsync("actif@cfa.fr")).ShouldBe(active);
        (await InEstablishmentsAsync(db => ((DbContext)db).Set<AccountEstablishment>().CountAsync(e => e.AccountId == old))).ShouldBe(0);
        (await InEstablishmentsAsync(db => db.AuditEntries.CountAsync(e => e.TargetAccountId == active))).ShouldBeGreaterThan(0);
        (await _site.Host.RunJobAsync("establishments", "accounts-purge")).ItemsTotal.ShouldBe(0, "the rerun finds nothing more");

        _site.Clock.Advance(TimeSpan.FromDays(730));
        (await _site.Host.RunJobAsync("establishments", "accounts-purge")).ItemsTotal.ShouldBe(2);

        (await AccountIdAsync("actif@cfa.fr")).ShouldBeNull("never used for two years");
        (await AccountIdAsync("recent@cfa.fr")).ShouldBeNull();
        (await AccountIdAsync("admin.garde@sirius.test")).ShouldBe(admin, "administrators are not deleted by the purge");
        (await InEstablishmentsAsync(db => db.AuditEntries.CountAsync())).ShouldBe(0, "every audit entry is more than a year old");
    }

    [Fact]
    public async Task Originals_of_verbatims_published_or_rejected_thirty_days_ago_are_erased_and_the_published_text_stays()
    {
        var siret = await _site.Host.EstablishmentAsync();
        var key = $"50022141-{siret}";
        await FeedAsync(Feed.Formation(key, siret));
        foreach (var text in new[] { OriginalWithName, "Le rythme entre l'entreprise et l'école est intense.", "Les formateurs sont à l'écoute.", "L'atelier est bien équipé." })
        {
            await FeedAsync(Feed.Response(key, siret, ("cfa.conseil", text)));
        }

        var ids = await _site.Host.InDbAsync(db => db.Verbatims.Where(v => v.FormationKey == key).OrderBy(v => v.ReceivedAtUtc).ThenBy(v => v.Id).Select(v => v.Id).ToListAsync());
        var (published, rejected, pending, recent) = (ids[0], ids[1], ids[2], ids[3]);
        (await _site.Host.SendAsync(new EditVerbatimText(await _site.Host.ModeratorAsync(), published, "Mon tuteur m'apprend le métier chaque jour."))).IsSuccess.ShouldBeTrue();
        (await _site.Host.SendAsync(new AcceptSuggestions(await _site.Host.ModeratorAsync(), [published]))).IsSuccess.ShouldBeTrue();
        (await _site.Host.SendAsync(new ModerateVerbatims(await _site.Host.ModeratorAsync(), [rejected], ModerationStatuses.Rejected, "Hors sujet"))).IsSuccess.ShouldBeTrue();
        (await _site.Host.InDbAsync(db => db.Verbatims.SingleAsync(v => v.Id == published))).FlagsJson.ShouldNotBe("[]", "the name was flagged, with its excerpt");
        _site.Clock.Advance(TimeSpan.FromDays(31));
        (await _site.Host.SendAsync(new AcceptSuggestions(await _site.Host.ModeratorAsync(), [recent]))).IsSuccess.ShouldBeTrue();

        var run = await _site.Host.RunJobAsync("testimonies", "verbatim-originals-purge");

        run.Outcome.ShouldBe(JobOutcomes.Succeeded);
        run.ItemsTotal.ShouldBe(2);
        var verbatims = await _site.Host.InDbAsync(db => db.Verbatims.AsNoTracking().Where(v => v.FormationKey == key).ToDictionaryAsync(v => v.Id));
        verbatims[published].OriginalText.ShouldBe("");
        verbatims[published].FlagsJson.ShouldBe("[]");
        verbatims[published].AnonymisedText.ShouldBe("Mon tuteur m'apprend le métier chaque jour.");
        verbatims[published].Status.ShouldBe(Testimonies.Domain.Verbatims.VerbatimStatus.Validated);
        verbatims[rejected].OriginalText.ShouldBe("");
        verbatims[rejected].RejectionReason.ShouldBe("Hors sujet");
        verbatims[pending].OriginalText.ShouldBe("Les formateurs sont à l'écoute.", "not decided yet: moderators still need it");
        verbatims[recent].OriginalText.ShouldBe("L'atelier est bien équipé.", "decided a day ago");
        (await _site.Host.InDbAsync(db => db.VerbatimEdits.CountAsync(e => e.VerbatimId == published))).ShouldBe(0);
        (await _site.Host.SendAsync(new GetPublicTestimonies(PublicSubjects.Establishment, siret))).Value.Testimonies
            .Select(t => t.Text).ShouldContain("Mon tuteur m'apprend le métier chaque jour.");
    }

    [Fact]
    public async Task Free_texts_and_address_hashes_of_old_responses_are_erased_and_closed_answers_stay()
    {
        const string freeText = "Mon maître d'apprentissage Kevin Dupont est très présent.";
        var (_, campaign) = await _site.Host.OpenCampaignAsync();
        var completed = await _site.Host.AnswerAsync(campaign.Token, addressHash: "adresse-complete", answer: q => Respondents.ValidAnswer(q, freeText));
        var unfinished = await _site.Host.AnswerAsync(campaign.Token, steps: 1, addressHash: "adresse-partielle", answer: q => Respondents.ValidAnswer(q, freeText));
        var before = await ResponseAsync(completed.ResponseId);
        before.AnswersJson.ShouldContain("Kevin Dupont");
        before.AddressHash.ShouldNotBeNull();
        var unfinishedAnswers = (await ResponseAsync(unfinished.ResponseId)).AnswersJson;
        var choices = await InQuestionnairesAsync(db => db.ResponseChoices.CountAsync(c => c.ResponseId == completed.ResponseId));
        choices.ShouldBeGreaterThan(0);

        _site.Clock.Advance(TimeSpan.FromDays(3));
        await _site.Host.RunJobAsync("questionnaires", "response-personal-data-purge");
        (await ResponseAsync(completed.ResponseId)).AddressHash.ShouldBeNull("the hash only serves the hourly rate flag");
        (await ResponseAsync(completed.ResponseId)).AnswersJson.ShouldContain("Kevin Dupont", Case.Sensitive, "the free texts stay thirty days");

        _site.Clock.Advance(TimeSpan.FromDays(28));
        var run = await _site.Host.RunJobAsync("questionnaires", "response-personal-data-purge");

        run.Outcome.ShouldBe(JobOutcomes.Succeeded);
        run.ItemsTotal.ShouldBe(1);
        var after = await ResponseAsync(completed.ResponseId);
        after.AnswersJson.ShouldNotContain("Kevin Dupont");
        after.PersonalDataErasedAtUtc.ShouldNotBeNull();
        after.FreeTextCount.ShouldBe(before.FreeTextCount);
        (await InQuestionnairesAsync(db => db.ResponseChoices.CountAsync(c => c.ResponseId == completed.ResponseId))).ShouldBe(choices);
        var stillAnswering = await ResponseAsync(unfinished.ResponseId);
        stillAnswering.AnswersJson.ShouldBe(unfinishedAnswers);
        stillAnswering.AddressHash.ShouldBeNull();
        (await _site.Host.RunJobAsync("questionnaires", "response-personal-data-purge")).ItemsTotal.ShouldBe(0);
    }

    [Fact]
    public async Task Delivered_events_leave_their_outbox_after_seven_days_and_recent_ones_stay()
    {
        var siret = await _site.Host.EstablishmentAsync();
        var key = $"50022141-{siret}";
        await FeedAsync(Feed.Formation(key, siret));
        await FeedAsync(Feed.Response(key, siret, ("cfa.conseil", OriginalWithName)));
        (await OutboxAsync()).ShouldContain(p => p.Contains("Kevin Dupont"));
        _site.Clock.Advance(TimeSpan.FromDays(8));
        var recent = Feed.Response(key, siret, ("cfa.conseil", "Une réponse reçue aujourd'hui."));
        await FeedAsync(recent with { OccurredAtUtc = _site.Clock.GetUtcNow().UtcDateTime });

        var run = await _site.Host.RunJobAsync("platform", "delivered-events-purge");

        run.Outcome.ShouldBe(JobOutcomes.Succeeded);
        var left = await OutboxAsync();
        left.ShouldNotContain(p => p.Contains("Kevin Dupont"));
        left.ShouldHaveSingleItem().ShouldContain("aujourd");
    }

    [Fact]
    public async Task A_user_deletes_their_account_with_their_password_is_signed_out_and_cannot_sign_in_again()
    {
        var siret = await _site.Host.EstablishmentAsync();
        var account = await _site.Host.CfaStaffAsync("partant@cfa.fr", siret);
        var browser = await _site.Host.SignedInAsync("partant@cfa.fr");
        (await browser.GetStringAsync("/espace")).ShouldContain("href=\"/compte/supprimer\"");
        (await browser.GetStringAsync("/compte/supprimer")).ShouldContain("Supprimer définitivement mon compte");

        (await browser.PostWithoutTokenAsync("/compte/supprimer", new Dictionary<string, string> { ["Input.Password"] = Actors.Password }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var wrong = await browser.SubmitAsync("/compte/supprimer", new Dictionary<string, string> { ["Input.Password"] = "Pas-le-bon-2026!" });
        (await wrong.Content.ReadAsStringAsync()).ShouldContain("Le mot de passe est incorrect.");
        (await AccountIdAsync("partant@cfa.fr")).ShouldBe(account);

        var deleted = await browser.SubmitAsync("/compte/supprimer", new Dictionary<string, string> { ["Input.Password"] = Actors.Password });

        deleted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        deleted.Headers.Location!.ToString().ShouldBe("/compte/supprime");
        (await browser.GetStringAsync("/compte/supprime")).ShouldContain("Votre compte a été supprimé");
        (await browser.BrowseAsync("/espace")).Headers.Location!.ToString().ShouldStartWith("http://localhost/connexion");
        (await AccountIdAsync("partant@cfa.fr")).ShouldBeNull();
        (await InEstablishmentsAsync(db => ((DbContext)db).Set<AccountEstablishment>().CountAsync(e => e.AccountId == account))).ShouldBe(0);
        var audit = await InEstablishmentsAsync(db => db.AuditEntries.SingleAsync(e => e.TargetAccountId == account && e.ActorId == account));
        audit.Action.ShouldBe("suppression du compte par son titulaire");
        (await _site.Host.SendAsync(new SignIn("partant@cfa.fr", Actors.Password))).Succeeded.ShouldBeFalse();
    }

    [Fact]
    public async Task An_administrator_cannot_delete_their_own_account_from_their_space()
    {
        var admin = await _site.Host.AdministratorAsync("admin.reste@sirius.test");

        var refused = await _site.Host.SendAsync(new DeleteOwnAccount(admin, Actors.Password));

        refused.Error!.Code.ShouldBe("account.administrator");
        (await AccountIdAsync("admin.reste@sirius.test")).ShouldBe(admin);
    }

    private static SignUp SignUp(string email, string siret) => new("Léa", "Martin", email, Actors.Password, true, [siret], null);

    private Task FeedAsync(Sirius.BuildingBlocks.IIntegrationEvent integrationEvent) => _site.Host.PublishAsync(integrationEvent, "questionnaires");

    private Task<List<string>> OutboxAsync() =>
        InQuestionnairesAsync(db => ((DbContext)db).Set<Sirius.BuildingBlocks.Infrastructure.Messaging.OutboxMessage>().Select(m => m.Payload).ToListAsync());

    private Task<Guid?> AccountIdAsync(string email) =>
        InEstablishmentsAsync(db => db.Accounts.Where(a => a.NormalizedEmail == Account.Normalize(email)).Select(a => (Guid?)a.Id).FirstOrDefaultAsync());

    private Task<Questionnaires.Domain.Responses.Response> ResponseAsync(Guid id) =>
        InQuestionnairesAsync(db => db.Responses.AsNoTracking().SingleAsync(r => r.Id == id));

    private async Task<T> InEstablishmentsAsync<T>(Func<IEstablishmentsDb, Task<T>> read)
    {
        await using var scope = _site.Host.Scope();
        return await read(scope.ServiceProvider.GetRequiredService<IEstablishmentsDb>());
    }

    private async Task<T> InQuestionnairesAsync<T>(Func<IQuestionnairesDb, Task<T>> read)
    {
        await using var scope = _site.Host.Scope();
        return await read(scope.ServiceProvider.GetRequiredService<IQuestionnairesDb>());
    }
}
