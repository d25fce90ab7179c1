using Microsoft.AspNetCore.Mvc.Testing;
using Sirius.Establishments.Contracts;
using Sirius.Establishments.Contracts.Accounts;

namespace Sirius.Testing;

/// <summary>Accounts made through the Establishments module's own commands, and browsers signed in with them.</summary>
public static class Actors
{
    public const string Password = "Apprentissage-2026!";

    public static async Task<Guid> AdministratorAsync(this SiriusHost host, string? email = null) =>
        (await host.SendAsync(new EnsureAdministrator(email ?? $"admin-{Guid.NewGuid():N}@sirius.test", "Alex", "Admin", Password))).Value;

    /// <summary>
    /// The administrator who moderates in tests, the same account for every call on a database: moderation is refused
    /// to anyone who is not an active administrator.
    /// </summary>
    public static Task<Guid> ModeratorAsync(this SiriusHost host) => host.AdministratorAsync("moderateur@sirius.test");

    /// <summary>An active CFA staff account attached to <paramref name="sirets"/> (registered in the referential if new).</summary>
    public static async Task<Guid> CfaStaffAsync(this SiriusHost host, string email, params string[] sirets)
    {
        var admin = await host.AdministratorAsync();
        var account = (await host.SendAsync(new EnsureAdministrator(email, "Léa", "Martin", Password))).Value;
        Check(await host.SendAsync(new ChangeAccountRole(admin, account, Roles.Establishment)));
        foreach (var siret in sirets)
        {
            if (await host.SendAsync(new GetEstablishment(siret)) is null)
            {
                Check(await host.SendAsync(Commands.NewEstablishment() with { Siret = siret }));
            }

            Check(await host.SendAsync(new AttachSiret(admin, account, siret)));
        }

        return account;
    }

    /// <summary>An active observer account whose scope is <paramref name="kind"/> (national, region, department, sirets, opco) and <paramref name="codes"/>.</summary>
    public static async Task<Guid> ObserverAsync(this SiriusHost host, string email, string kind, string codes = "")
    {
        var admin = await host.AdministratorAsync();
        var account = (await host.SendAsync(new EnsureAdministrator(email, "Camille", "Pilote", Password))).Value;
        Check(await host.SendAsync(new ChangeAccountRole(admin, account, Roles.Observer)));
        Check(await host.SendAsync(new SetObserverScope(admin, account, kind, codes)));
        return account;
    }

    /// <summary>A browser signed in with the e-mail (terms accepted); it does not follow redirects.</summary>
    public static async Task<HttpClient> SignedInAsync(this SiriusHost host, string email)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var signIn = await client.SubmitAsync("/connexion", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = Password });
        if (signIn.Headers.Location?.ToString() != "/espace")
        {
            throw new InvalidOperationException($"{email} could not sign in: {signIn.StatusCode}");
        }

        await client.SubmitAsync("/compte/conditions", new Dictionary<string, string> { ["accepte"] = "true" });
        return client;
    }

    /// <summary>An establishment of the referential, optionally attached to its gestionnaire.</summary>
    public static async Task<string> EstablishmentAsync(this SiriusHost host, string? gestionnaireSiret = null)
    {
        var command = Commands.NewEstablishment() with { GestionnaireSiret = gestionnaireSiret };
        Check(await host.SendAsync(command));
        return command.Siret;
    }

    private static void Check(BuildingBlocks.Result result)
    {
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException(result.Error!.Message);
        }
    }
}
