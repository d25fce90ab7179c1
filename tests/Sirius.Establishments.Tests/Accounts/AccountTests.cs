using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Application;
using Sirius.Establishments.Application.Accounts;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Establishments.Contracts.IntegrationEvents;
using Sirius.Establishments.Domain.Accounts;
using Sirius.Establishments.Tests.Catalogue;
using Sirius.Testing;
using Xunit;

namespace Sirius.Establishments.Tests.Accounts;

/// <summary>One host on a fresh PostgreSQL database, with an administrator, shared by the tests of a class.</summary>
public sealed class AccountsHost : IAsyncLifetime
{
    public const string Password = "Apprentissage-2026!";

    public SiriusHost Host { get; private set; } = null!;

    public Guid Administrator { get; private set; }

    public async Task InitializeAsync()
    {
        Host = await SiriusHost.OnPostgresAsync();
        Administrator = (await Host.SendAsync(new EnsureAdministrator("admin@sirius.test", "Alex", "Admin", Password))).Value;
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

/// <summary>Accounts through the module's commands, on a real PostgreSQL database. Each test uses its own addresses.</summary>
public sealed class AccountTests(AccountsHost fixture) : IClassFixture<AccountsHost>
{
    private const string Password = AccountsHost.Password;
    private readonly SiriusHost _host = fixture.Host;
    private readonly Guid _admin = fixture.Administrator;

    [Fact]
    public async Task Sign_up_with_an_unknown_SIRET_is_refused_and_creates_nothing()
    {
        var result = await _host.SendAsync(SignUp("inconnu@cfa.fr", Identifiers.NewSiret()));

        result.Error!.Field.ShouldBe("sirets");
        result.Error.Message.ShouldContain("ne figure pas dans le référentiel");
        (await AccountAsync("inconnu@cfa.fr")).ShouldBeNull();
    }

    [Fact]
    public async Task Sign_up_with_a_malformed_SIRET_or_email_fails_validation_in_French()
    {
        var failure = await Should.ThrowAsync<ValidationFailedException>(
            () => _host.SendAsync(new SignUp("A", "B", "pas-une-adresse", Password, true, ["12345"], null)));

        failure.Errors["email"].ShouldContain("L’adresse électronique n’est pas valide (exemple : nom@cfa.fr).");
        failure.Errors["sirets[0]"].Single().ShouldContain("14 chiffres");
    }

    [Fact]
    public async Task A_weak_password_is_refused_with_the_policy_in_French()
    {
        var siret = await RegisterEstablishmentAsync();

        var result = await _host.SendAsync(SignUp("faible@cfa.fr", siret) with { Password = "court" });

        result.Error!.Field.ShouldBe("password");
        result.Error.Message.ShouldContain("au moins 12 caractères");
        (await AccountAsync("faible@cfa.fr")).ShouldBeNull();
    }

    [Fact]
    public async Task Someone_without_a_CFA_must_say_why()
    {
        var failure = await Should.ThrowAsync<ValidationFailedException>(
            () => _host.SendAsync(new SignUp("Lou", "Martin", "lou@region.fr", Password, false, [], null)));

        failure.Errors.Keys.ShouldContain("comment");
    }

    [Fact]
    public async Task Confirmed_then_activated_account_signs_in_and_must_accept_the_terms()
    {
        var siret = await RegisterEstablishmentAsync();
        (await _host.SendAsync(SignUp("marie@cfa.fr", siret))).IsSuccess.ShouldBeTrue();
        var account = (await AccountAsync("marie@cfa.fr"))!;
        account.Status.ShouldBe(AccountStatus.AwaitingEmailConfirmation);

        (await SignInAsync("marie@cfa.fr")).Refusal!.ShouldContain("Confirmez d’abord");
        (await _host.SendAsync(new ConfirmEmail(account.Id, await EmailTokenAsync(account.Id)))).IsSuccess.ShouldBeTrue();
        (await SignInAsync("marie@cfa.fr")).Refusal!.ShouldContain("attend la validation");

        (await _host.SendAsync(new ActivateAccount(_admin, account.Id))).IsSuccess.ShouldBeTrue();
        var signedIn = await SignInAsync("marie@cfa.fr");

        signedIn.Account!.Role.ShouldBe(Roles.Establishment);
        signedIn.Account.TermsAccepted.ShouldBeFalse();
        (await _host.SendAsync(new AcceptTerms(account.Id))).IsSuccess.ShouldBeTrue();
        (await SignInAsync("marie@cfa.fr")).Account!.TermsAccepted.ShouldBeTrue();
    }

    [Fact]
    public async Task A_confirmation_token_for_another_account_or_a_forged_one_is_refused()
    {
        var siret = await RegisterEstablishmentAsync();
        await _host.SendAsync(SignUp("a@cfa.fr", siret));
        await _host.SendAsync(SignUp("b@cfa.fr", siret));
        var a = (await AccountAsync("a@cfa.fr"))!;
        var b = (await AccountAsync("b@cfa.fr"))!;

        (await _host.SendAsync(new ConfirmEmail(b.Id, await EmailTokenAsync(a.Id)))).Error!.Code.ShouldBe("account.invalid_token");
        (await _host.SendAsync(new ConfirmEmail(b.Id, "forged"))).Error!.Code.ShouldBe("account.invalid_token");
        (await AccountAsync("b@cfa.fr"))!.Status.ShouldBe(AccountStatus.AwaitingEmailConfirmation);
    }

    [Fact]
    public async Task Signing_up_again_with_a_known_address_reveals_nothing_and_creates_nothing()
    {
        var siret = await RegisterEstablishmentAsync();
        await _host.SendAsync(SignUp("double@cfa.fr", siret));

        var again = await _host.SendAsync(SignUp("DOUBLE@cfa.fr", siret));

        again.IsSuccess.ShouldBeTrue();
        await using var scope = _host.Scope();
        var db = scope.ServiceProvider.GetRequiredService<IEstablishmentsDb>();
        (await db.Accounts.CountAsync(a => a.NormalizedEmail == "DOUBLE@CFA.FR")).ShouldBe(1);
    }

    [Fact]
    public async Task Wrong_passwords_never_lock_the_owner_out()
    {
        await ActiveAccountAsync("verrou@cfa.fr");

        for (var i = 0; i < 10; i++)
        {
            (await _host.SendAsync(new SignIn("verrou@cfa.fr", "Mauvais-mot-de-passe-1"))).Refusal!.ShouldContain("incorrect");
        }

        (await SignInAsync("verrou@cfa.fr")).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task Names_and_comments_are_stored_without_control_or_direction_characters()
    {
        var created = await _host.SendAsync(new SignUp(
            "Léa\u001b[31m\u0000", "\u202eMartin\u200B\uFEFF", "invisibles@region.fr", Password, false, [], "Bonjour 👩\u200D👩\u200D👧\r\nà tous\u2066"));
        created.IsSuccess.ShouldBeTrue();

        var account = (await AccountAsync("invisibles@region.fr"))!;
        account.FirstName.ShouldBe("Léa[31m");
        account.LastName.ShouldBe("Martin");
        account.Comment.ShouldBe("Bonjour 👩\u200D👩\u200D👧\nà tous");
        (await Should.ThrowAsync<ValidationFailedException>(() => _host.SendAsync(new SignUp("\u202e", "Nom", "vide@region.fr", Password, false, [], "Bonjour"))))
            .Errors.Keys.ShouldContain("firstName");
    }

    [Fact]
    public async Task Signing_up_again_with_a_known_address_is_checked_like_a_new_one()
    {
        var siret = await RegisterEstablishmentAsync();
        await _host.SendAsync(SignUp("rejoue@cfa.fr", siret));

        (await _host.SendAsync(SignUp("rejoue@cfa.fr", Identifiers.NewSiret()))).Error!.Field.ShouldBe("sirets");
        (await _host.SendAsync(SignUp("rejoue@cfa.fr", siret) with { Password = "court" })).Error!.Field.ShouldBe("password");
    }

    [Fact]
    public async Task Unknown_address_and_wrong_password_get_the_same_answer()
    {
        await ActiveAccountAsync("connu@cfa.fr");

        var unknown = await _host.SendAsync(new SignIn("inconnu@cfa.fr", Password));
        var wrong = await _host.SendAsync(new SignIn("connu@cfa.fr", "Pas-le-bon-123!"));

        unknown.Refusal.ShouldBe(wrong.Refusal);
    }

    [Fact]
    public async Task A_reset_token_works_once()
    {
        var id = await ActiveAccountAsync("oubli@cfa.fr");
        (await _host.SendAsync(new RequestPasswordReset("oubli@cfa.fr"))).IsSuccess.ShouldBeTrue();
        (await _host.SendAsync(new RequestPasswordReset("personne@cfa.fr"))).IsSuccess.ShouldBeTrue();
        var token = await ResetTokenAsync(id);

        (await _host.SendAsync(new ResetPassword(id, token, "Nouveau-mot-2026!"))).IsSuccess.ShouldBeTrue();
        (await _host.SendAsync(new ResetPassword(id, token, "Encore-un-autre-9!"))).Error!.Code.ShouldBe("account.invalid_token");

        (await _host.SendAsync(new SignIn("oubli@cfa.fr", "Nouveau-mot-2026!"))).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task A_reset_request_writes_the_same_outbox_row_for_a_known_and_an_unknown_address()
    {
        var id = await ActiveAccountAsync("meme-trace@cfa.fr");
        var before = await ResetRequestsAsync();

        (await _host.SendAsync(new RequestPasswordReset("meme-trace@cfa.fr"))).IsSuccess.ShouldBeTrue();
        var known = (await ResetRequestsAsync()).Except(before).ToList();
        (await _host.SendAsync(new RequestPasswordReset("sans-compte@cfa.fr"))).IsSuccess.ShouldBeTrue();
        var unknown = (await ResetRequestsAsync()).Except(before).Except(known).ToList();

        // The same commit on both paths is what keeps their times together (ADR 0019); only the known one names an account.
        known.ShouldHaveSingleItem().ShouldContain(id.ToString(), Case.Insensitive);
        unknown.ShouldHaveSingleItem().ShouldContain("\"AccountId\":null", Case.Insensitive);
    }

    [Fact]
    public async Task Changing_password_needs_the_current_one()
    {
        var id = await ActiveAccountAsync("change@cfa.fr");

        (await _host.SendAsync(new ChangePassword(id, "Faux-mot-de-passe1!", "Tout-nouveau-2026!"))).Error!.Field.ShouldBe("currentPassword");
        (await _host.SendAsync(new ChangePassword(id, Password, "Tout-nouveau-2026!"))).IsSuccess.ShouldBeTrue();
        (await _host.SendAsync(new SignIn("change@cfa.fr", "Tout-nouveau-2026!"))).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task Only_an_administrator_acts_on_accounts_and_every_action_is_audited()
    {
        var cfa = await ActiveAccountAsync("cfa@cfa.fr");
        var other = await ActiveAccountAsync("autre@cfa.fr");

        (await _host.SendAsync(new DeactivateAccount(cfa, other))).Error!.Kind.ShouldBe(ErrorKind.Forbidden);
        (await _host.SendAsync(new DeactivateAccount(_admin, other))).IsSuccess.ShouldBeTrue();
        (await SignInAsync("autre@cfa.fr")).Refusal!.ShouldContain("désactivé");

        var details = (await _host.SendAsync(new GetAccount(_admin, other)))!;
        details.Audit.Select(a => a.Action).ShouldBe(["désactivation", "activation"]);
        details.Audit.ShouldAllBe(a => a.Actor == "Alex Admin");
    }

    [Fact]
    public async Task An_observer_scope_is_validated_and_kept()
    {
        var id = await ActiveAccountAsync("pilote@region.fr");
        (await _host.SendAsync(new ChangeAccountRole(_admin, id, Roles.Observer))).IsSuccess.ShouldBeTrue();

        (await _host.SendAsync(new SetObserverScope(_admin, id, "region", "8A"))).Error!.Field.ShouldBe("codes");
        var unknown = (await _host.SendAsync(new SetObserverScope(_admin, id, "region", "84, 99"))).Error!;
        unknown.Field.ShouldBe("codes");
        unknown.Message.ShouldBe("« 99 » n’est pas le code INSEE d’une région (par exemple 84 pour Auvergne-Rhône-Alpes).");
        (await _host.SendAsync(new SetObserverScope(_admin, id, "department", "20"))).Error!.Field.ShouldBe("codes");
        (await _host.SendAsync(new SetObserverScope(_admin, id, "department", "2a, 974"))).IsSuccess.ShouldBeTrue();
        (await _host.SendAsync(new SetObserverScope(_admin, id, "region", "84, 93"))).IsSuccess.ShouldBeTrue();

        var scope = (await _host.SendAsync(new GetActorScope(id)))!;
        scope.Role.ShouldBe(Roles.Observer);
        scope.ScopeKind.ShouldBe("region");
        scope.ScopeCodes.ShouldBe(["84", "93"]);
        scope.Sirets.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_gestionnaire_acts_for_its_formateurs_and_no_CFA_acts_for_another()
    {
        var gestionnaire = await RegisterEstablishmentAsync();
        var formateur = await RegisterEstablishmentAsync(gestionnaire);
        var elsewhere = await RegisterEstablishmentAsync();
        var manager = await ActiveAccountAsync("gestion@cfa.fr", gestionnaire);
        var teacher = await ActiveAccountAsync("formation@cfa.fr", formateur);

        var managerScope = (await _host.SendAsync(new GetActorScope(manager)))!;
        var teacherScope = (await _host.SendAsync(new GetActorScope(teacher)))!;

        managerScope.Sirets.ShouldBe(new[] { gestionnaire, formateur }.Order());
        managerScope.MayActFor(formateur).ShouldBeTrue();
        managerScope.MayActFor(elsewhere).ShouldBeFalse();
        teacherScope.Sirets.ShouldBe([formateur]);
        teacherScope.MayActFor(gestionnaire).ShouldBeFalse();
    }

    [Fact]
    public async Task A_deactivated_account_has_no_scope()
    {
        var id = await ActiveAccountAsync("parti@cfa.fr");
        await _host.SendAsync(new DeactivateAccount(_admin, id));

        (await _host.SendAsync(new GetActorScope(id))).ShouldBeNull();
    }

    [Fact]
    public async Task The_holder_s_own_requests_act_for_an_account_that_exists_even_deactivated()
    {
        var id = await ActiveAccountAsync("titulaire@cfa.fr");
        await _host.SendAsync(new DeactivateAccount(_admin, id));

        (await _host.SendAsync(new EndSessions(id))).IsSuccess.ShouldBeTrue();
        (await _host.SendAsync(new EndSessions(Guid.NewGuid()))).Error!.Code.ShouldBe("account.not_found");
        (await _host.SendAsync(new DeleteOwnAccount(Guid.NewGuid(), Password))).Error!.Kind.ShouldBe(ErrorKind.NotFound);
    }

    [Fact]
    public async Task A_scope_is_read_once_per_request_and_again_after_a_command_ran_in_it()
    {
        var (first, second) = (await RegisterEstablishmentAsync(), await RegisterEstablishmentAsync());
        var id = await ActiveAccountAsync("portee@cfa.fr", first);
        await using var request = _host.Scope();
        var mediator = request.ServiceProvider.GetRequiredService<MediatR.IMediator>();
        (await mediator.Send(new GetActorScope(id)))!.Sirets.ShouldBe([first]);

        (await _host.SendAsync(new AttachSiret(_admin, id, second))).IsSuccess.ShouldBeTrue();
        (await mediator.Send(new GetActorScope(id)))!.Sirets.ShouldBe([first], "asked again in the same request");
        (await _host.SendAsync(new GetActorScope(id)))!.Sirets.ShouldBe(new[] { first, second }.Order().ToArray(), "another request reads it");

        (await mediator.Send(new DetachSiret(_admin, id, first))).IsSuccess.ShouldBeTrue();
        (await mediator.Send(new GetActorScope(id)))!.Sirets.ShouldBe([second], "a command ran in the request");
    }

    private static SignUp SignUp(string email, string siret) => new("Marie", "Curie", email, Password, true, [siret], null);

    private async Task<string> RegisterEstablishmentAsync(string? gestionnaire = null)
    {
        var command = Commands.NewEstablishment() with { GestionnaireSiret = gestionnaire };
        (await _host.SendAsync(command)).IsSuccess.ShouldBeTrue();
        return command.Siret;
    }

    private async Task<Guid> ActiveAccountAsync(string email, string? siret = null)
    {
        (await _host.SendAsync(SignUp(email, siret ?? await RegisterEstablishmentAsync()))).IsSuccess.ShouldBeTrue();
        var id = (await AccountAsync(email))!.Id;
        (await _host.SendAsync(new ConfirmEmail(id, await EmailTokenAsync(id)))).IsSuccess.ShouldBeTrue();
        (await _host.SendAsync(new ActivateAccount(_admin, id))).IsSuccess.ShouldBeTrue();
        return id;
    }

    private Task<SignInOutcome> SignInAsync(string email) => _host.SendAsync(new SignIn(email, Password));

    private async Task<Account?> AccountAsync(string email)
    {
        await using var scope = _host.Scope();
        var normalized = Account.Normalize(email);
        return await scope.ServiceProvider.GetRequiredService<IEstablishmentsDb>().Accounts.AsNoTracking()
            .FirstOrDefaultAsync(a => a.NormalizedEmail == normalized);
    }

    private async Task<string> EmailTokenAsync(Guid id)
    {
        await using var scope = _host.Scope();
        var account = await scope.ServiceProvider.GetRequiredService<IEstablishmentsDb>().Accounts.SingleAsync(a => a.Id == id);
        return await scope.ServiceProvider.GetRequiredService<IAccountSecurity>().EmailConfirmationTokenAsync(account);
    }

    private async Task<List<string>> ResetRequestsAsync()
    {
        await using var scope = _host.Scope();
        return await scope.ServiceProvider.GetRequiredService<IEstablishmentsDb>().OutboxMessagesOf()
            .Where(m => m.Type.Contains(nameof(PasswordResetRequested))).Select(m => m.Payload).ToListAsync();
    }

    private async Task<string> ResetTokenAsync(Guid id)
    {
        await using var scope = _host.Scope();
        var account = await scope.ServiceProvider.GetRequiredService<IEstablishmentsDb>().Accounts.SingleAsync(a => a.Id == id);
        return await scope.ServiceProvider.GetRequiredService<IAccountSecurity>().PasswordResetTokenAsync(account);
    }
}
