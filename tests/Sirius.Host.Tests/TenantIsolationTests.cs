using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Sirius.Questionnaires.Contracts;
using Sirius.Testing;
using Xunit;
using Xunit.Abstractions;

namespace Sirius.Host.Tests;

/// <summary>
/// The tenant-isolation probe: every route of the host's routing table (Razor page handlers and API endpoints) is
/// called by six actors with the ids of CFA A's data filled in. Whoever may not see A's data is refused
/// (401/403/404 or a redirect to sign-in / access denied) and never gets A's markers in the body; whoever may
/// (A, the gestionnaire of A, an administrator) gets 200 with the data, which proves the probe would see a leak.
/// A new route is probed without editing this test, unless it has a parameter the table below does not know.
/// </summary>
public sealed partial class TenantIsolationTests(ITestOutputHelper output)
    // The probe posts to every roster handler as several actors from one address: the per-address limit on roster
    // writes (tested by RequestLimitTests) would answer 429 before the handler could show whether it leaks.
    : SqliteHostTests(new Dictionary<string, string?> { ["RateLimits:RosterPermitsPerMinute"] = "1000" })
{
    private enum Actor
    {
        Anonymous,
        CfaA,
        CfaB,
        GestionnaireOfA,
        ObserverOfAnotherRegion,
        Administrator,
    }

    /// <summary>
    /// Every parameter the probe knows, by name or by "route pattern|name": the value it sends (A's ids where the
    /// parameter names a resource), or null to leave it out (form contents, filters, paging).
    /// </summary>
    private static readonly Dictionary<string, Func<Seed, string?>> Parameters = new(StringComparer.OrdinalIgnoreCase)
    {
        // Resources of A.
        ["/admin/utilisateurs/{id:guid}|id"] = s => s.CfaA.ToString(),
        ["/admin/questionnaires/{id:guid}|id"] = s => s.VersionId.ToString(),
        ["/admin/moderation|id"] = s => s.VerbatimId.ToString(),
        ["/admin/moderation|ids"] = s => s.VerbatimId.ToString(),
        ["/admin/moderation|verbatim"] = s => s.VerbatimId.ToString(),
        ["modifier"] = s => s.CampaignId.ToString(),
        ["supprimer"] = s => s.CampaignId.ToString(),
        ["/admin/reponses-signalees|ids"] = s => s.ResponseId.ToString(),
        ["campagne"] = s => s.CampaignId.ToString(),
        ["campagnes"] = s => s.CampaignId.ToString(),
        ["siret"] = s => s.Siret,
        ["etablissement"] = s => s.Siret,
        ["token"] = s => s.Token,
        ["code"] = s => s.Siret,
        ["/api/v1/formations/{code}|code"] = s => s.Cfd,
        ["/api/v1/formations/{code}/temoignages|code"] = s => s.Cfd,
        ["/erreur|code"] = _ => "404",
        ["subject"] = _ => "etablissement",
        ["formation"] = s => s.FormationKey,
        // Shapes: which page, table or format to ask for.
        ["step"] = _ => "1",
        ["format"] = _ => "csv",
        ["table"] = _ => "etablissements",
        ["documentName"] = _ => "v1",
        // Filters, paging, form contents and one-off tokens: left out.
        ["Input"] = _ => null, ["QuestionKey"] = _ => null, ["Deplacement"] = _ => null, ["SiteWeb"] = _ => null, ["fichier"] = _ => null, ["contrats"] = _ => null,
        ["diplome"] = _ => null, ["recherche"] = _ => null, ["statut"] = _ => null, ["role"] = _ => null, ["motif"] = _ => null,
        ["page"] = _ => null, ["numero"] = _ => null, ["size"] = _ => null, ["question"] = _ => null, ["signalement"] = _ => null, ["decision"] = _ => null,
        ["kind"] = _ => null, ["groupe"] = _ => null, ["nom"] = _ => null, ["execution"] = _ => null, ["accepte"] = _ => null,
        ["retour"] = _ => null, ["merci"] = _ => null, ["compte"] = _ => null, ["jeton"] = _ => null, ["utile"] = _ => null,
        ["id"] = _ => null, ["commune"] = _ => null, ["distance"] = _ => null, ["niveau"] = _ => null, ["q"] = _ => null,
        ["lat"] = _ => null, ["lon"] = _ => null, ["radius_km"] = _ => null, ["level"] = _ => null, ["cfd"] = _ => null,
        ["reponses"] = _ => null, ["region"] = _ => null, ["p"] = _ => null, ["du"] = _ => null, ["au"] = _ => null,
        ["deja"] = _ => null, ["reponse"] = _ => null, ["invitationsSeules"] = _ => null, ["lien"] = _ => "lien-inconnu", ["temoignage"] = s => s.VerbatimId.ToString(),
        ["/api/v1/donnees-ouvertes/{name}|name"] = _ => "sirius-indicateurs-v1.csv",
        ["/decouvrir/temoignages|vers"] = s => $"/widget/formation/{s.Cfd}?etablissement={s.Siret}",
        // A's roster line (removal, its confirmation and its undo); the undo's names and address are form contents.
        ["retirer"] = s => s.RosterEntryId.ToString(), ["ligne"] = s => s.RosterEntryId.ToString(),
        ["prenom"] = _ => null, ["courriel"] = _ => null,
        // Confirmations: the SIRET to detach from an account (A's), a job execution to cancel (no tenant's data).
        ["confirmer"] = s => s.Siret, ["annuler"] = _ => null,
    };

    /// <summary>Who may see A's data, by route prefix (the longest match wins); "/" is every public page and the API.</summary>
    private static readonly (string Prefix, Actor[] MaySee)[] Areas =
    [
        ("/admin", [Actor.Administrator]),
        ("/espace/campagnes", [Actor.CfaA, Actor.GestionnaireOfA, Actor.Administrator]),
        ("/espace/resultats", [Actor.CfaA, Actor.GestionnaireOfA, Actor.Administrator]),
        ("/espace", []),
        ("/pilotage", [Actor.Administrator]),
        ("/", []),
    ];

    /// <summary>Where the allowed actors must find A's data: call, then the marker each page shows.</summary>
    private static readonly (string Call, Func<Seed, string> Marker)[] Sightings =
    [
        ("GET /espace/campagnes", s => s.CampaignName),
        ("GET /espace/resultats", s => s.CampaignName),
        ("GET /admin/utilisateurs/{id:guid}", s => s.Email),
        ("GET /admin/moderation", s => s.VerbatimWord),
        ("GET /admin/etablissements/suivi", s => s.Siret),
        ("GET /pilotage?handler=Export", s => s.Siret),
    ];

    [Fact]
    public async Task No_actor_reaches_data_of_another_cfa_through_any_route()
    {
        var seed = await SeedAsync();
        var calls = await Host.CallsAsync();
        var unknown = calls.SelectMany(c => c.RouteParameters.Concat(c.OtherParameters).Where(p => Lookup(c, p) is null).Select(p => $"{c}: « {p} »")).ToList();
        unknown.ShouldBeEmpty("the probe does not know how to call these routes; add their parameters to the table");
        calls.Select(c => c.Pattern).ShouldContain("/admin/utilisateurs/{id:guid}");
        calls.Count(c => c.Pattern.StartsWith("/api/", StringComparison.Ordinal)).ShouldBeGreaterThan(0);

        var clients = new Dictionary<Actor, (HttpClient Client, string Token)>();
        foreach (var (actor, email) in seed.Emails)
        {
            var client = email is null ? Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }) : await Host.SignedInAsync(email);
            clients[actor] = (client, await client.TokenAsync(email is null ? "/connexion" : "/compte/mot-de-passe"));
        }

        var failures = new List<string>();
        var seen = new HashSet<string>();
        var probed = 0;
        var probedCalls = new List<RouteCall>();
        var table = new StringBuilder();
        foreach (var call in calls)
        {
            var (prefix, maySee) = Areas.Where(a => IsUnder(call.Pattern, a.Prefix)).MaxBy(a => a.Prefix.Length);
            var backOffice = prefix != "/";
            if (!backOffice && call.Method != "GET")
            {
                continue;
            }

            var markers = backOffice ? seed.Markers : seed.PrivateMarkers;
            var carriesId = call.RouteParameters.Concat(call.OtherParameters).Any(p => seed.Ids.Contains(Lookup(call, p)!(seed) ?? ""));
            var line = new StringBuilder($"{call,-70}");
            foreach (var actor in Enum.GetValues<Actor>())
            {
                var allowed = maySee.Contains(actor);
                if (allowed && call.Method != "GET")
                {
                    line.Append(" ·    ");
                    continue;
                }

                var (client, token) = clients[actor];
                using var response = await SendAsync(client, token, call, seed);
                probed++;
                var body = await response.Content.ReadAsStringAsync();
                var status = (int)response.StatusCode;
                line.Append($" {status,-4} ");
                var refused = status is 401 or 403 or 404 || RedirectsToSignInOrDenied(response);
                if (allowed)
                {
                    if (status != 200)
                    {
                        failures.Add($"{call} as {actor}: {status}, expected 200");
                    }

                    foreach (var (sighting, marker) in Sightings.Where(s => s.Call == call.ToString()))
                    {
                        if (body.Contains(marker(seed), StringComparison.Ordinal))
                        {
                            seen.Add($"{sighting} as {actor}");
                        }
                        else
                        {
                            failures.Add($"{call} as {actor}: A's data « {marker(seed)} » is missing");
                        }
                    }

                    continue;
                }

                if (markers.FirstOrDefault(m => body.Contains(m, StringComparison.Ordinal)) is { } leaked)
                {
                    failures.Add($"{call} as {actor}: LEAK of « {leaked} » (status {status})");
                }

                if (status >= 500)
                {
                    failures.Add($"{call} as {actor}: {status}");
                }
                else if (backOffice && carriesId && !refused)
                {
                    failures.Add($"{call} as {actor} with A's ids: {status} {response.Headers.Location}, expected 401/403/404 or a redirect to sign in");
                }
            }

            probedCalls.Add(call);
            table.AppendLine(line.ToString());
        }

        output.WriteLine($"{"route",-70} {string.Join(" ", Enum.GetValues<Actor>().Select(a => a.ToString()[..4]))}");
        output.WriteLine(table.ToString());
        output.WriteLine(
            $"Probed {probedCalls.Select(c => c.Pattern).Distinct().Count()} routes ({probedCalls.Count} route × method × handler calls) " +
            $"× {clients.Count} roles: {probed} requests.");
        failures.ShouldBeEmpty();
        foreach (var (sighting, _) in Sightings)
        {
            seen.Count(s => s.StartsWith(sighting + " as ", StringComparison.Ordinal)).ShouldBeGreaterThan(0, $"no allowed actor saw A's data at {sighting}");
        }

        var campaigns = await Host.SendAsync(new ListCampaigns(seed.CfaA));
        campaigns.Single().Name.ShouldBe(seed.CampaignName, "the refused posts changed nothing");
        (await Host.SendAsync(new GetRoster(seed.CfaA, seed.CampaignId)))!.Entries.Single().Email.ShouldBe(seed.ApprenticeEmail, "nor A's roster");
    }

    private static Func<Seed, string?>? Lookup(RouteCall call, string parameter) =>
        Parameters.GetValueOrDefault($"{call.Pattern}|{parameter}") ?? Parameters.GetValueOrDefault(parameter);

    private static bool IsUnder(string pattern, string prefix) =>
        prefix == "/" || pattern == prefix || pattern.StartsWith(prefix + "/", StringComparison.Ordinal);

    private static bool RedirectsToSignInOrDenied(HttpResponseMessage response) =>
        (int)response.StatusCode is >= 300 and < 400
        && response.Headers.Location is { } location
        && (location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0]) is "/connexion" or "/acces-refuse";

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string token, RouteCall call, Seed seed)
    {
        var path = RouteParameter().Replace(call.Pattern, m => Uri.EscapeDataString(Lookup(call, m.Groups["name"].Value)!(seed) ?? ""));
        var values = call.OtherParameters
            .Select(p => (Name: p, Value: Lookup(call, p)!(seed)))
            .Where(p => p.Value is not null)
            .Select(p => new KeyValuePair<string, string>(p.Name, p.Value!))
            .ToList();
        var handler = call.Handler is null ? "" : "handler=" + call.Handler;
        if (call.Method == "GET")
        {
            var query = string.Join("&", values.Select(v => $"{v.Key}={Uri.EscapeDataString(v.Value)}").Prepend(handler).Where(q => q.Length > 0));
            return await client.BrowseAsync(query.Length == 0 ? path : path + "?" + query);
        }

        return await client.PostWithTokenAsync(handler.Length == 0 ? path : path + "?" + handler, values, token);
    }

    /// <summary>CFA A (formateur, whose gestionnaire has its own account) with a campaign, a completed response and its pending verbatim; CFA B with its own.</summary>
    private async Task<Seed> SeedAsync()
    {
        var mark = Guid.NewGuid().ToString("N")[..10];
        var gestionnaire = await Host.EstablishmentAsync();
        var siret = await Host.EstablishmentAsync(gestionnaire);
        var other = await Host.EstablishmentAsync();
        var emails = new Dictionary<Actor, string?>
        {
            [Actor.Anonymous] = null,
            [Actor.CfaA] = $"cfa-a-{mark}@cfa.fr",
            [Actor.CfaB] = $"cfa-b-{mark}@cfa.fr",
            [Actor.GestionnaireOfA] = $"gestionnaire-{mark}@cfa.fr",
            [Actor.ObserverOfAnotherRegion] = $"observateur-{mark}@region.fr",
            [Actor.Administrator] = $"admin-{mark}@sirius.test",
        };
        var cfaA = await Host.CfaStaffAsync(emails[Actor.CfaA]!, siret);
        var cfaB = await Host.CfaStaffAsync(emails[Actor.CfaB]!, other);
        await Host.CfaStaffAsync(emails[Actor.GestionnaireOfA]!, gestionnaire);
        await Host.ObserverAsync(emails[Actor.ObserverOfAnotherRegion]!, "region", "11");
        await Host.AdministratorAsync(emails[Actor.Administrator]);

        var version = (await Host.SendAsync(new ListUsableVersions(await Host.AdministratorAsync())))[0].Id;
        var campaignName = $"Campagne sonde {mark}";
        var (campaign, formation) = await CampaignAsync(cfaA, siret, campaignName, version);
        await CampaignAsync(cfaB, other, $"Campagne voisine {mark}", version);
        var word = "sonde" + mark;
        var key = await Host.AnswerAsync(campaign.Token, answer: q => Respondents.ValidAnswer(q, $"Mon atelier {word} est très bien équipé pour apprendre."));
        Guid verbatimId = default;
        await Eventually.HoldsAsync(async () =>
        {
            verbatimId = await Host.InDbAsync(db => db.Verbatims.Where(v => v.CampaignId == campaign.Id).Select(v => v.Id).FirstOrDefaultAsync());
            return verbatimId != default;
        }, "the response's free text reaches moderation");

        var apprentice = $"apprenti-{mark}@example.fr";
        using (var roster = new MemoryStream(Encoding.UTF8.GetBytes($"prenom;nom;courriel\nLéa;Sonde;{apprentice}")))
        {
            (await Host.SendAsync(new ImportRoster(cfaA, campaign.Id, "liste.csv", roster))).Value.Imported.ShouldBe(1);
        }

        var line = (await Host.SendAsync(new GetRoster(cfaA, campaign.Id)))!.Entries.Single().Id;
        return new Seed(
            emails, cfaA, campaign.Id, campaign.Token, campaignName, version, key.ResponseId, verbatimId, siret,
            formation.Key, formation.Cfd, emails[Actor.CfaA]!, word, line, apprentice);
    }

    private async Task<(CampaignRow, Sirius.Establishments.Contracts.IntegrationEvents.FormationPublished)> CampaignAsync(Guid cfa, string siret, string name, Guid version)
    {
        var formation = Events.NewFormation(siret);
        await Host.PublishAsync(formation);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var created = await Host.SendAsync(new CreateCampaigns(cfa, [new NewCampaign(formation.Key, name, today.AddDays(-1), today.AddDays(30), 0, version)]));
        created.IsSuccess.ShouldBeTrue(created.Error?.Message);
        return ((await Host.SendAsync(new ListCampaigns(cfa))).Single(c => c.Name == name), formation);
    }

    [GeneratedRegex(@"\{\**(?<name>[A-Za-z_]+)[^}]*\}")]
    private static partial Regex RouteParameter();

    private sealed record Seed(
        IReadOnlyDictionary<Actor, string?> Emails, Guid CfaA, Guid CampaignId, string Token, string CampaignName, Guid VersionId, Guid ResponseId,
        Guid VerbatimId, string Siret, string FormationKey, string Cfd, string Email, string VerbatimWord, Guid RosterEntryId, string ApprenticeEmail)
    {
        /// <summary>What must never leave the back office: the campaign, the account, the raw testimony, the SIRET in others' dashboards, an apprentice's address.</summary>
        public IReadOnlyList<string> Markers => [CampaignName, Email, VerbatimWord, Siret, ApprenticeEmail];

        /// <summary>What no public page may show at all: the account, the unpublished testimony and the apprentice's address.</summary>
        public IReadOnlyList<string> PrivateMarkers => [Email, VerbatimWord, ApprenticeEmail];

        /// <summary>Ids that name one of A's resources: a call carrying one is a request for A's data.</summary>
        public IReadOnlySet<string> Ids => new HashSet<string> { CfaA.ToString(), CampaignId.ToString(), ResponseId.ToString(), VerbatimId.ToString(), RosterEntryId.ToString() };
    }
}
