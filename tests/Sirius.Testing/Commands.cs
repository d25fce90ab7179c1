using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Sirius.Establishments.Contracts;

namespace Sirius.Testing;

public static class Commands
{
    public static RegisterEstablishment NewEstablishment(string? siret = null, string name = "CFA du BTP de l’Isère") =>
        new(siret ?? Identifiers.NewSiret(), null, name, "12 rue des Métiers", "38000", "Grenoble", "38185", "38", "84", "08", null);

    /// <summary>Sends a request through the host's mediator in a scope of its own, as a page or endpoint would.</summary>
    public static async Task<T> SendAsync<T>(this SiriusHost host, IRequest<T> request)
    {
        await using var scope = host.Scope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }
}
