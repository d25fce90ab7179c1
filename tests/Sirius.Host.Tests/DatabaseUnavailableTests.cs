using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests;

/// <summary>
/// PostgreSQL stops under a running host: pages answer a French 503 page, the API a 503 problem,
/// readiness fails while liveness holds; when the server comes back the same host serves again.
/// </summary>
public sealed class DatabaseUnavailableTests
{
    [Fact]
    public async Task While_PostgreSQL_is_stopped_the_host_answers_503_and_recovers_without_restart()
    {
        var server = await PostgresServer.StartOwnAsync();
        await using var host = await SiriusHost.OnPostgresAsync(connectionString: await server.CreateDatabaseAsync());
        var client = host.CreateClient();
        var establishment = await host.EstablishmentAsync();
        await Eventually.HoldsAsync(async () => (await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK, "ready before the outage");

        await server.StopAsync();
        try
        {
            var page = await client.BrowseAsync("/statistiques");
            page.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            page.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
            page.Headers.RetryAfter.ShouldNotBeNull();
            var html = await page.Content.ReadAsStringAsync();
            html.ShouldContain("Service momentanément indisponible");
            html.ShouldContain("<html lang=\"fr\"");
            html.ShouldNotContain("Npgsql");

            var api = await client.GetAsync("/api/v1/etablissements/" + establishment + "/referentiel");
            api.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            api.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            var problem = await api.Content.ReadFromJsonAsync<JsonElement>();
            problem.GetProperty("status").GetInt32().ShouldBe(503);
            problem.GetProperty("title").GetString().ShouldBe("Service momentanément indisponible.");
            (await api.Content.ReadAsStringAsync()).ShouldNotContain("Npgsql");

            var form = await client.BrowseAsync("/connexion");
            form.StatusCode.ShouldBe(HttpStatusCode.OK, "a page that needs no database still answers");
            var signIn = await client.SubmitAsync("/connexion", new Dictionary<string, string> { ["Input.Email"] = "lea@cfa.test", ["Input.Password"] = Actors.Password });
            signIn.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            (await signIn.Content.ReadAsStringAsync()).ShouldContain("rien de ce que vous avez déjà enregistré n’est perdu");

            (await client.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        finally
        {
            await server.StartAsync();
        }

        await Eventually.HoldsAsync(async () => (await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK, "ready again after the outage");
        (await client.BrowseAsync("/statistiques")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/api/v1/etablissements/" + establishment + "/referentiel")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await host.EstablishmentAsync()).ShouldNotBeNullOrEmpty("commands write again");
    }
}
