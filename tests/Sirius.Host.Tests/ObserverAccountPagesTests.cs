using System.Net;
using Shouldly;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests;

/// <summary>Observer (pilot) accounts as an administrator manages them from the back office, on PostgreSQL.</summary>
public sealed class ObserverAccountPagesTests : IAsyncLifetime
{
    private SiriusHost _host = null!;

    public async Task InitializeAsync() => _host = await SiriusHost.OnPostgresAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_region_scope_must_be_a_region_of_the_reference_list_and_is_shown_by_its_name()
    {
        var observer = await _host.ObserverAsync("pilote-perimetre@region.fr", "national");
        await _host.AdministratorAsync("admin-perimetre@sirius.test");
        var admin = await _host.SignedInAsync("admin-perimetre@sirius.test");
        var page = $"/admin/utilisateurs/{observer}";

        var refused = await admin.SubmitAsync(page, new Dictionary<string, string> { ["kind"] = "region", ["Input.Codes"] = "99" }, page + "?handler=Perimetre");

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await refused.Content.ReadAsStringAsync();
        html.ShouldContain("<p class=\"fr-error-text\" id=\"Input-Codes-error\">« 99 » n’est pas le code INSEE d’une région (par exemple 84 pour Auvergne-Rhône-Alpes).</p>");

        var saved = await admin.SubmitAsync(page, new Dictionary<string, string> { ["kind"] = "region", ["Input.Codes"] = "84" }, page + "?handler=Perimetre");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await (await admin.BrowseAsync(page)).Content.ReadAsStringAsync()).ShouldContain("Région Auvergne-Rhône-Alpes");
    }
}
