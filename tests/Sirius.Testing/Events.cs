using Microsoft.Extensions.DependencyInjection;
using Sirius.BuildingBlocks;
using Sirius.BuildingBlocks.Infrastructure.Messaging;
using Sirius.BuildingBlocks.Infrastructure.Modules;
using Sirius.Establishments.Contracts;
using Sirius.Establishments.Contracts.IntegrationEvents;

namespace Sirius.Testing;

/// <summary>Integration events as another module would publish them: through its outbox, then the real dispatcher.</summary>
public static class Events
{
    /// <summary>Commits the event in <paramref name="module"/>'s outbox and dispatches every pending event.</summary>
    public static async Task PublishAsync(this SiriusHost host, IIntegrationEvent integrationEvent, string module = "establishments")
    {
        await using (var scope = host.Scope())
        {
            var db = scope.ServiceProvider.GetServices<ModuleInfo>().Single(m => m.Name == module).Resolve(scope.ServiceProvider);
            db.Publish(integrationEvent);
            await db.SaveChangesAsync();
        }

        await host.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(default);
    }

    /// <summary>A catalogue formation given by a formateur (and its gestionnaire, the formateur itself by default).</summary>
    public static FormationPublished NewFormation(string formateurSiret, string? gestionnaireSiret = null, string title = "Maçon", string diploma = "CAP", string? cfd = null)
    {
        cfd ??= "500" + Random.Shared.Next(10000, 99999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new FormationPublished(
            Guid.CreateVersion7(), DateTime.UtcNow, Guid.NewGuid(), $"{cfd}|{formateurSiret}|38185", cfd, null, null, diploma, 3, title,
            formateurSiret, gestionnaireSiret ?? formateurSiret, "38185", "Grenoble", "38", "84", 45.19, 5.72, AcademyCode: "08");
    }
}
