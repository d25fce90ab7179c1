using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Sirius.EndToEnd.Tests;

/// <summary>
/// A partner's web site: its own small Kestrel server on another loopback port (another origin than Sirius) serving
/// one page that includes the Sirius loader script and a <c>&lt;div data-sirius-…&gt;</c>, as a partner would.
/// </summary>
public sealed class PartnerSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PartnerSite(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    /// <param name="sirius">Where Sirius is served (the loader's origin).</param>
    /// <param name="widgetAttribute">The loader's attribute and value, e.g. <c>data-sirius-etablissement="…"</c>.</param>
    public static async Task<PartnerSite> StartAsync(Uri sirius, string widgetAttribute)
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var address = new Uri($"http://localhost:{port}");
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(address.ToString());
        var app = builder.Build();
        var html = $"""
            <!DOCTYPE html>
            <html lang="fr">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Trouver sa formation – site partenaire</title><link rel="icon" href="data:,"></head>
            <body>
            <main>
            <h1>Trouver sa formation en apprentissage</h1>
            <p>Ce qu’en disent les apprentis, avec Sirius :</p>
            <div {widgetAttribute}></div>
            </main>
            <script src="{new Uri(sirius, "/widget/sirius-widget.js")}"></script>
            </body>
            </html>
            """;
        app.MapGet("/", () => Results.Content(html, "text/html; charset=utf-8"));
        await app.StartAsync();
        return new PartnerSite(app, address);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
