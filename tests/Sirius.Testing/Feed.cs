using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sirius.BuildingBlocks;
using Sirius.Establishments.Contracts;
using Sirius.Establishments.Contracts.IntegrationEvents;
using Sirius.Questionnaires.Application;
using Sirius.Questionnaires.Contracts.IntegrationEvents;
using Sirius.Testimonies.Application;

namespace Sirius.Testing;

/// <summary>Feeds the module the way production does: events written in another module's outbox, delivered by the dispatcher.</summary>
public static class Feed
{
    public static ResponseCompleted Response(string formationKey, string siret, params (string Key, string Text)[] freeTexts) =>
        new(Guid.NewGuid(), DateTime.UtcNow, Guid.NewGuid(), Guid.NewGuid(), formationKey, "40025214", siret, "84", "38", 3,
            Guid.NewGuid(), 300, false,
            [new ClosedAnswer("cfa.ambiance", null, "bien"), new ClosedAnswer("entreprise.note", "accueil", "bien")],
            freeTexts.Select(f => new ResponseFreeText(f.Key, "Que diriez-vous à un jeune ?", f.Text)).ToList());

    public static FormationPublished Formation(
        string key, string siret, string cfd = "40025214", string? rncp = "RNCP12345", string? certifInfo = "98765",
        double latitude = 45.18, double longitude = 5.72, int level = 3, string title = "CAP Cuisine") =>
        new(Guid.NewGuid(), DateTime.UtcNow, Guid.NewGuid(), key, cfd, rncp, certifInfo, level == 3 ? "CAP" : "Bac pro", level, title, siret, siret,
            "38185", "Grenoble", "38", "84", latitude, longitude);

    public static EstablishmentRegistered Establishment(string siret, string name, double? latitude = 45.18, double? longitude = 5.72) =>
        new(Guid.NewGuid(), DateTime.UtcNow, Guid.NewGuid(), siret, null, name, "Grenoble", "38185", "38", "84", null, latitude, longitude);

    /// <summary>
    /// A formation place of establishment « CFA {name} » with <paramref name="responses"/> responses, each with a free
    /// text, the first <paramref name="verified"/> of them given through a personal invitation, whose verbatims a
    /// moderator publishes unless told not to; answers the formation key.
    /// </summary>
    public static async Task<string> PlaceAsync(
        this SiriusHost host, string name, double latitude, double longitude, string cfd = "50022141", string title = "CAP Cuisine",
        int level = 3, int responses = 3, bool publish = true, int verified = 0)
    {
        var siret = Identifiers.NewSiret();
        var key = $"{cfd}-{siret}";
        string[] texts = ["Les formateurs sont à l'écoute et l'atelier est bien équipé.", "Le rythme entre l'entreprise et l'école est intense.", "Mon tuteur m'apprend le métier chaque jour."];
        await host.PublishAsync(
            [Establishment(siret, "CFA " + name, latitude, longitude), Formation(key, siret, cfd, latitude: latitude, longitude: longitude, level: level, title: title),
             .. Enumerable.Range(0, responses).Select(i => Response(key, siret, ("cfa.conseil", texts[i % texts.Length])) with { Verified = i < verified })]);
        if (publish)
        {
            var ids = await host.InDbAsync(db => db.Verbatims.Where(v => v.FormationKey == key).Select(v => v.Id).ToListAsync());
            var accepted = await host.SendAsync(new Sirius.Testimonies.Contracts.AcceptSuggestions(await host.ModeratorAsync(), ids));
            if (!accepted.IsSuccess)
            {
                throw new InvalidOperationException(accepted.Error!.Message);
            }
        }

        return key;
    }

    /// <summary>Commits the events in the Questionnaires outbox and waits until every one is processed.</summary>
    public static async Task PublishAsync(this SiriusHost host, params IIntegrationEvent[] events)
    {
        await using (var scope = host.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IQuestionnairesDb>();
            foreach (var e in events)
            {
                db.Publish(e);
            }

            await ((DbContext)db).SaveChangesAsync();
        }

        await Eventually.HoldsAsync(async () =>
        {
            await using var scope = host.Scope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService<IQuestionnairesDb>();
            return !await db.Set<Sirius.BuildingBlocks.Infrastructure.Messaging.OutboxMessage>().AnyAsync(m => m.ProcessedAtUtc == null);
        }, "the events are delivered");
    }

    /// <summary>
    /// Waits until the nearby-search index, which searches never build (it is rebuilt in the background when a search
    /// sees the read models moved), lists what the read models hold now.
    /// </summary>
    public static async Task NearbyIndexCaughtUpAsync(this SiriusHost host)
    {
        var version = await host.InDbAsync(db => db.ReadModelVersions.Select(v => v.Version).SingleAsync());
        var versions = host.Services.GetRequiredService<Sirius.Testimonies.Contracts.IPublicReadVersions>();
        await Eventually.HoldsAsync(async () => await versions.NearbyIndexAsync(CancellationToken.None) >= version, "the nearby-search index is rebuilt");
    }

    public static async Task<T> InDbAsync<T>(this SiriusHost host, Func<ITestimoniesDb, Task<T>> read)
    {
        await using var scope = host.Scope();
        return await read(scope.ServiceProvider.GetRequiredService<ITestimoniesDb>());
    }
}
