using System.Security.Claims;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Sirius.Establishments.Contracts.Accounts;
using Sirius.Testimonies.Contracts;

namespace Sirius.Host.Web;

/// <summary>A link of the main menu.</summary>
public sealed record NavLink(string Label, string Path);

/// <summary>The main menu as shown: its links, the one of the current page, and the verbatims awaiting moderation (administrators).</summary>
public sealed record MainMenu(IReadOnlyList<NavLink> Links, string? Current, int? PendingModeration);

/// <summary>The links of the header's main menu for each role.</summary>
public static class MainNavigation
{
    public const string ModerationPath = "/admin/moderation";

    private static readonly NavLink[] Administrator =
    [
        new("Modération", ModerationPath),
        new("Questionnaires", "/admin/questionnaires"),
        new("Utilisateurs", "/admin/utilisateurs"),
        new("Référentiel", "/admin/referentiel"),
        new("Suivi des établissements", "/admin/etablissements/suivi"),
        new("Réponses signalées", "/admin/reponses-signalees"),
        new("Tâches planifiées", "/admin/taches"),
        new("Pilotage", "/pilotage"),
    ];

    private static readonly NavLink[] Establishment =
    [
        new("Campagnes", "/espace/campagnes"),
        new("Nouvelles campagnes", "/espace/campagnes/nouvelles"),
        new("Résultats", "/espace/resultats"),
    ];

    private static readonly NavLink[] Observer = [new("Pilotage", "/pilotage")];

    private static readonly NavLink[] Public =
    [
        new("Découvrir les formations", "/decouvrir"),
        new("Statistiques", "/statistiques"),
    ];

    public static IReadOnlyList<NavLink> For(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Administrator) ? Administrator
        : user.IsInRole(Roles.Establishment) ? Establishment
        : user.IsInRole(Roles.Observer) ? Observer
        : user.Identity?.IsAuthenticated == true ? [] : Public;

    /// <summary>The link whose path is the longest one leading to <paramref name="path"/> (a user's detail page marks « Utilisateurs »).</summary>
    public static string? Current(IEnumerable<NavLink> links, PathString path) =>
        links.Where(l => path.StartsWithSegments(l.Path, StringComparison.OrdinalIgnoreCase)).MaxBy(l => l.Path.Length)?.Path;
}

/// <summary>Renders the main menu of the signed-in person (Pages/Shared/Components/MainNavigation/Default.cshtml).</summary>
public sealed class MainNavigationViewComponent(IMediator mediator) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var links = MainNavigation.For(UserClaimsPrincipal);
        int? pending = null;
        if (UserClaimsPrincipal.IsInRole(Roles.Administrator))
        {
            var counts = await mediator.Send(new GetVerbatimCounts(UserClaimsPrincipal.AccountId()), HttpContext.RequestAborted);
            pending = counts.Where(c => c.Status == ModerationStatuses.Pending).Sum(c => c.Count);
        }

        return View(new MainMenu(links, MainNavigation.Current(links, HttpContext.Request.Path), pending));
    }
}
