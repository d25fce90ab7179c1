using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests;

public sealed class HttpTests : IAsyncLifetime
{
    private SiriusHost _host = null!;
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _host = SiriusHost.OnSqlite(services: s => s.AddTransient<IStartupFilter, InvalidCommandEndpoint>());
        _client = _host.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Home_page_is_French_DSFR_with_skip_links()
    {
        var html = await _client.GetStringAsync("/");

        html.ShouldContain("<html lang=\"fr\"");
        html.ShouldContain("/lib/dsfr/dsfr.min.css");
        html.ShouldContain("class=\"fr-skiplinks\"");
        html.ShouldContain("id=\"contenu\"");
        html.ShouldContain("Sirius");
    }

    [Fact]
    public async Task DSFR_assets_restored_from_npm_are_served()
    {
        var css = await _client.GetAsync("/lib/dsfr/dsfr.min.css");

        css.StatusCode.ShouldBe(HttpStatusCode.OK);
        css.Content.Headers.ContentType!.MediaType.ShouldBe("text/css");
    }

    [Fact]
    public async Task Ready_when_databases_are_migrated_and_the_dispatcher_runs()
    {
        await Eventually.HoldsAsync(
            async () => (await _client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK,
            "/health/ready answers 200");
        (await _client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Unknown_establishment_is_a_404_problem_in_French()
    {
        var response = await _client.GetAsync("/api/v1/etablissements/" + Identifiers.NewSiret() + "/referentiel");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString().ShouldBe("Établissement inconnu");
    }

    [Fact]
    public async Task Malformed_SIRET_is_a_400_problem()
    {
        var response = await _client.GetAsync("/api/v1/etablissements/12345678901234/referentiel");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!.ShouldContain("clé de contrôle");
    }

    [Fact]
    public async Task Registered_establishment_is_served_by_the_API()
    {
        var command = Commands.NewEstablishment();
        (await _host.SendAsync(command)).IsSuccess.ShouldBeTrue();

        var body = await _client.GetFromJsonAsync<JsonElement>("/api/v1/etablissements/" + command.Siret + "/referentiel");

        body.GetProperty("name").GetString().ShouldBe(command.Name);
        body.GetProperty("regionCode").GetString().ShouldBe("84");
    }

    [Fact]
    public async Task Reference_data_is_read_fresh_and_not_from_the_read_models_cache()
    {
        var command = Commands.NewEstablishment();
        (await _host.SendAsync(command)).IsSuccess.ShouldBeTrue();
        var address = "/api/v1/etablissements/" + command.Siret + "/referentiel";

        // Over three seconds, so that the read models' version settles after the registration: a cached answer would
        // then come back with an Age header.
        for (var i = 0; i < 12; i++)
        {
            using var response = await _client.GetAsync(address);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            response.Headers.Age.ShouldBeNull("a catalogue import must show at once, so the answer is never a stored one");
            await Task.Delay(250);
        }
    }

    [Fact]
    public async Task A_command_failing_validation_is_a_400_with_French_messages_per_field()
    {
        var response = await _client.PostAsync(InvalidCommandEndpoint.Path, null);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.GetProperty("siret")[0].GetString().ShouldBe("Le SIRET doit comporter 14 chiffres et une clé de contrôle valide.");
        errors.GetProperty("postalCode")[0].GetString().ShouldBe("Le code postal doit comporter 5 chiffres.");
    }

    [Fact]
    public async Task Unknown_page_shows_a_French_404_page()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/pas-de-page-ici");
        request.Headers.Accept.ParseAdd("text/html");

        var response = await _client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Page non trouvée");
    }

    [Fact]
    public async Task Unknown_API_route_is_a_404_problem()
    {
        var response = await _client.GetAsync("/api/v1/nothing-here");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Pages_carry_security_headers()
    {
        var response = await _client.GetAsync("/");

        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("script-src 'self'");
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("frame-ancestors 'none'");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
    }

    [Fact]
    public async Task OpenAPI_document_describes_the_public_API()
    {
        var document = await _client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        document.GetProperty("paths").TryGetProperty("/api/v1/etablissements/{siret}/referentiel", out _).ShouldBeTrue();
    }

    /// <summary>A route that sends an invalid command, to see how the host reports validation failures.</summary>
    private sealed class InvalidCommandEndpoint : IStartupFilter
    {
        public const string Path = "/api/test/invalid-command";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use(async (context, nextMiddleware) =>
            {
                if (context.Request.Path != Path)
                {
                    await nextMiddleware(context);
                    return;
                }

                var command = Commands.NewEstablishment("123") with { PostalCode = "abc" };
                await context.RequestServices.GetRequiredService<MediatR.IMediator>().Send(command);
            });
        };
    }
}
