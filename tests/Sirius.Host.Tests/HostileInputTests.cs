using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Sirius.Testing;
using Xunit;
using Xunit.Abstractions;

namespace Sirius.Host.Tests;

/// <summary>
/// Sends ten thousand seeded hostile requests over real HTTP to every public route of the host (found in its
/// routing table) and to every form (with a valid anti-forgery token, so that the payload reaches
/// validation): never a 5xx, and nothing sent ever comes back unescaped, in the answers or in the back office.
/// </summary>
public sealed partial class HostileInputTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Seed = 20261126;
    private const int Inputs = 10_000;

    /// <summary>The injected markup; the tests fail if it ever comes back as markup.</summary>
    private const string ScriptMarker = "<script>siriusXss()</script>";
    private const string AttributeMarker = "\"><img src=x onerror=siriusXss()>";

    private static readonly string[] HostileStrings =
    [
        "' OR '1'='1", "'; DROP TABLE accounts; --", "\" OR 1=1 --", "1; SELECT pg_sleep(0)--", "%' AND 1=0 UNION SELECT NULL--",
        ScriptMarker, AttributeMarker, "javascript:siriusXss()", "<svg/onload=siriusXss()>", "{{7*7}}", "${7*7}", "@(1+1)",
        "../../../../etc/passwd", "..\\..\\windows\\win.ini", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/etc/passwd\0.png", "file:///etc/passwd",
        "\0", "a\0b", "\u0001\u0002\u001b[31m", "\r\nSet-Cookie: pwned=1", "\u202egnp.exe", "\uFEFF", "\uFFFF", "\uD800", "😀👩‍👩‍👧",
        "", " ", "\t\n", "-1", "0", "2147483648", "99999999999999999999999", "1e308", "NaN", "-0", "0x1F", "true", "null", "[]", "{}",
        "00000000-0000-0000-0000-000000000000", "not-a-guid", "2026-02-30", "31/12/9999", "12345678901234", "1234567890123", "Ω≈ç√∫",
        "http://evil.example/", "//evil.example", "/\\evil.example", "mailto:a@b.c", "a@b", "@", "a@b.c\r\nBcc: x@y.z",
        "9999-12-31", "0001-01-01", "0x10", "1_000", "\u200B", "\u2066x\u2069", "\u001b]8;;http://evil.example\u0007lien\u001b]8;;\u0007",
    ];

    /// <summary>Methods no route answers, sent now and then instead of the route's own.</summary>
    private static readonly string[] OtherMethods = ["PUT", "DELETE", "PATCH"];

    private static readonly string[] MalformedJson =
    [
        "{", "}", "[", "{\"a\":}", "{\"a\":1,,}", "{'a':1}", "[1,2", "\"unterminated", "{\"a\":\"\\uZZZZ\"}", "nul", "tru", "01",
        "{\"a\":1e99999}", "{\"__proto__\":{\"admin\":true}}", "{\"a\":NaN}", "\u0000{}",
    ];

    private SmtpListener _smtp = null!;
    private SiriusHost _host = null!;
    private Uri _site = null!;

    public async Task InitializeAsync()
    {
        _smtp = SmtpListener.Start();
        _host = await SiriusHost.OnPostgresAsync(new Dictionary<string, string?>
        {
            ["RateLimits:AccountPermitsPerMinute"] = "1000000",
            ["RateLimits:FeedbackPermitsPerMinute"] = "1000000",
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = _smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Smtp:EnableTls"] = "false",
            ["Smtp:FromAddress"] = "ne-pas-repondre@sirius.test",
            ["Sirius:PublicUrl"] = "http://localhost",
        });
        _site = _host.StartOnKestrel();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task Ten_thousand_hostile_inputs_never_get_a_5xx_nor_come_back_unescaped()
    {
        var routes = PublicRoutes();
        routes.ShouldContain(r => r.Pattern == "/inscription", "the routing table lists the public pages");
        routes.ShouldContain(r => r.Pattern.StartsWith("/api/v1/", StringComparison.Ordinal), "the routing table lists the public API");
        using var client = NewClient();
        var token = await AntiforgeryTokenAsync(client);
        var fieldsByPage = await FormFieldsAsync(client, routes);

        var random = new Random(Seed);
        var inputs = Enumerable.Range(0, Inputs).Select(i => NewInput(random, routes[i % routes.Count], fieldsByPage, token)).ToList();
        var failures = new ConcurrentBag<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        var started = DateTime.UtcNow;

        await Parallel.ForEachAsync(inputs, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (input, ct) =>
        {
            using var request = input.ToRequest();
            HttpResponseMessage response;
            try
            {
                response = await client.SendAsync(request, ct);
            }
            catch (HttpRequestException closed) when (input.Body?.Length > 1024 * 1024 || closed.InnerException is IOException)
            {
                // The server refused an oversized body, or closed a connection after a bad request while the client reused it.
                statuses.AddOrUpdate(0, 1, (_, n) => n + 1);
                return;
            }

            using var _ = response;
            var body = await response.Content.ReadAsStringAsync(ct);
            statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{(int)response.StatusCode} {input}");
            }

            // A request target holding an encoded NUL is refused with 400, and one longer than the server's request line
            // with 414, before the body limit applies (the server's own checks of the target, not the application's;
            // reached once new routes shifted the seeded inputs).
            if (input.Body?.Length > Web.RequestLimits.MaxBodyBytes && response.StatusCode != HttpStatusCode.RequestEntityTooLarge
                && response.StatusCode != HttpStatusCode.RequestUriTooLong
                && !(response.StatusCode == HttpStatusCode.BadRequest && input.ToString().Contains("%00", StringComparison.Ordinal)))
            {
                failures.Add($"{(int)response.StatusCode} instead of 413 {input}");
            }

            if ((int)response.StatusCode >= 400 && body.Contains("Erreur inattendue", StringComparison.Ordinal))
            {
                failures.Add($"{(int)response.StatusCode} without its French title {input}");
            }

            if (body.Contains(ScriptMarker, StringComparison.Ordinal) || body.Contains(AttributeMarker, StringComparison.Ordinal))
            {
                failures.Add($"unescaped echo {input}");
            }
        });

        output.WriteLine($"{inputs.Count} inputs on {routes.Count} routes in {(DateTime.UtcNow - started).TotalSeconds:F1} s; statuses "
                         + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{(s.Key == 0 ? "closed" : s.Key)}×{s.Value}")));
        failures.ShouldBeEmpty(string.Join('\n', failures.Take(30)));
        await StoredTextIsShownEscapedAsync();
    }

    /// <summary>A sign-up whose names and comment are markup is stored, and listed escaped to the administrators.</summary>
    private async Task StoredTextIsShownEscapedAsync()
    {
        var email = $"xss-{Guid.NewGuid():N}@cfa.test";
        using var visitor = NewClient();
        var signUp = await visitor.SubmitAsync("/inscription", new Dictionary<string, string>
        {
            ["Input.FirstName"] = ScriptMarker,
            ["Input.LastName"] = AttributeMarker,
            ["Input.Email"] = email,
            ["Input.Password"] = Actors.Password,
            ["Input.Profile"] = "autre",
            ["Input.Comment"] = ScriptMarker,
        });
        ((int)signUp.StatusCode).ShouldBeLessThan(400);
        var admin = $"admin-{Guid.NewGuid():N}@sirius.test";
        await _host.AdministratorAsync(admin);
        using var browser = NewClient();
        (await browser.SubmitAsync("/connexion", new Dictionary<string, string> { ["Input.Email"] = admin, ["Input.Password"] = Actors.Password }))
            .Headers.Location?.ToString().ShouldBe("/espace");
        await browser.SubmitAsync("/compte/conditions", new Dictionary<string, string> { ["accepte"] = "true" });

        var list = await (await browser.BrowseAsync("/admin/utilisateurs?recherche=" + Uri.EscapeDataString(email))).Content.ReadAsStringAsync();

        list.ShouldContain(email);
        list.ShouldContain("&lt;script&gt;siriusXss()&lt;/script&gt;");
        list.ShouldNotContain(ScriptMarker);
        list.ShouldNotContain(AttributeMarker);
    }

    /// <summary>Routes left out, each with its reason; keep this short.</summary>
    private static readonly Dictionary<string, string> NotFuzzedYet = [];

    /// <summary>Every route a visitor reaches without signing in, from the host's routing table.</summary>
    private List<Route> PublicRoutes() => _host.Services.GetRequiredService<EndpointDataSource>().Endpoints
        .OfType<RouteEndpoint>()
        .Where(e => !NotFuzzedYet.ContainsKey("/" + e.RoutePattern.RawText!.TrimStart('/')))
        .Where(e => e.Metadata.GetMetadata<IAuthorizeData>() is null || e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        .Select(e => new Route(
            "/" + e.RoutePattern.RawText!.TrimStart('/'),
            e.RoutePattern.Parameters.Select(p => p.Name).ToArray(),
            e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.ToArray() ?? ["GET", "POST"]))
        .DistinctBy(r => r.Pattern)
        .OrderBy(r => r.Pattern, StringComparer.Ordinal)
        .ToList();

    private HttpClient NewClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = _site };

    private static async Task<string> AntiforgeryTokenAsync(HttpClient client)
    {
        var page = await client.GetStringAsync("/connexion");
        return WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value);
    }

    /// <summary>The field names of each parameterless page's form, read from the page itself.</summary>
    private static async Task<Dictionary<string, string[]>> FormFieldsAsync(HttpClient client, IEnumerable<Route> routes)
    {
        var fields = new Dictionary<string, string[]>();
        foreach (var route in routes.Where(r => r.Parameters.Length == 0 && r.Methods.Contains("POST")))
        {
            using var response = await client.BrowseAsync(route.Pattern);
            var html = await response.Content.ReadAsStringAsync();
            fields[route.Pattern] = FieldPattern().Matches(html).Select(m => m.Groups[1].Value)
                .Where(n => n != "__RequestVerificationToken").Distinct().ToArray();
        }

        return fields;
    }

    private static Input NewInput(Random random, Route route, Dictionary<string, string[]> fieldsByPage, string token)
    {
        var method = random.Next(25) == 0 ? OtherMethods[random.Next(OtherMethods.Length)] : route.Methods[random.Next(route.Methods.Length)];
        var path = route.Pattern;
        foreach (var parameter in route.Parameters)
        {
            // A parameter constrained to a few words gets one of them half the time, so that the others reach the page.
            var words = Regex.Match(path, "\\{" + parameter + ":regex\\(\\^\\(([^)]*)\\)\\$\\)\\}") is { Success: true } constrained
                ? constrained.Groups[1].Value.Split('|')
                : [];
            var value = words.Length > 0 && random.Next(2) == 0 ? words[random.Next(words.Length)]
                : random.Next(4) == 0 ? Identifiers.NewSiret() : Hostile(random);
            path = Regex.Replace(path, "\\{" + parameter + "[^}]*\\}", Uri.EscapeDataString(value));
        }

        var query = random.Next(3) == 0
            ? "?" + string.Join('&', Enumerable.Range(0, random.Next(1, 4)).Select(_ => QueryName(random) + "=" + Uri.EscapeDataString(Hostile(random))))
            : "";
        if (method == "GET")
        {
            return new Input(method, path + query, null, null);
        }

        var fields = fieldsByPage.GetValueOrDefault(route.Pattern) ?? [];
        return random.Next(10) switch
        {
            < 6 => new Input(method, path + query, "application/x-www-form-urlencoded", Form(random, fields, token)),
            6 => new Input(method, path, "application/x-www-form-urlencoded", InvalidUtf8Form(random, fields, token)),
            7 => new Input(method, path, "application/json", Encoding.UTF8.GetBytes(Json(random))),
            8 => new Input(method, path, "multipart/form-data; boundary=xyz", Encoding.UTF8.GetBytes("--xyz\r\nContent-Disposition: form-data; name=\"" + Hostile(random) + "\"\r\n\r\n" + Hostile(random))),
            _ => new Input(method, path, "application/x-www-form-urlencoded", Huge(random, token)),
        };
    }

    private static string QueryName(Random random) => random.Next(3) switch
    {
        0 => new[] { "page", "size", "code", "token", "merci", "email", "returnUrl", "statut", "handler", "id" }[random.Next(10)],
        1 => Hostile(random),
        _ => "Input.Email",
    };

    /// <summary>The page's own fields, mostly plausible, one or two hostile; sometimes extra or repeated fields.</summary>
    private static byte[] Form(Random random, string[] fields, string token)
    {
        var values = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", token) };
        var hostile = fields.Length == 0 ? -1 : random.Next(fields.Length);
        for (var i = 0; i < fields.Length; i++)
        {
            values.Add(new(fields[i], i == hostile || random.Next(5) == 0 ? Hostile(random) : Plausible(random, fields[i])));
        }

        for (var extra = random.Next(3); extra > 0; extra--)
        {
            values.Add(new(random.Next(2) == 0 ? Hostile(random) : fields.ElementAtOrDefault(random.Next(Math.Max(1, fields.Length))) ?? "x", Hostile(random)));
        }

        return Encoding.UTF8.GetBytes(string.Join('&', values.Select(v => Uri.EscapeDataString(v.Key) + "=" + Uri.EscapeDataString(v.Value))));
    }

    private static byte[] InvalidUtf8Form(Random random, string[] fields, string token)
    {
        var bytes = new List<byte>(Encoding.UTF8.GetBytes("__RequestVerificationToken=" + Uri.EscapeDataString(token)));
        foreach (var field in fields.DefaultIfEmpty("x"))
        {
            bytes.AddRange(Encoding.UTF8.GetBytes("&" + Uri.EscapeDataString(field) + "="));
            for (var i = random.Next(1, 30); i > 0; i--)
            {
                bytes.AddRange(random.Next(3) == 0 ? Encoding.UTF8.GetBytes("%" + random.Next(0x80, 0x100).ToString("X2", CultureInfo.InvariantCulture)) : [(byte)random.Next(0x80, 0x100)]);
            }
        }

        return [.. bytes];
    }

    private static string Json(Random random) => random.Next(3) switch
    {
        0 => MalformedJson[random.Next(MalformedJson.Length)],
        1 => new string('[', random.Next(64, 5000)) + new string(']', random.Next(0, 64)),
        _ => "{\"Input\":{\"Email\":" + random.Next() + ",\"Password\":[" + Hostile(random).Length + "],\"x\":\"" + Hostile(random).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"}}",
    };

    /// <summary>A body over the 1 MB limit, one time in twenty; otherwise a long but acceptable one.</summary>
    private static byte[] Huge(Random random, string token) => Encoding.UTF8.GetBytes(
        "__RequestVerificationToken=" + Uri.EscapeDataString(token) + "&Input.Comment=" + new string('a', random.Next(20) == 0 ? 1_100_000 : random.Next(1_000, 60_000)));

    private static string Plausible(Random random, string field) => field switch
    {
        _ when field.EndsWith("Email", StringComparison.Ordinal) => $"fuzz-{random.Next():x}@cfa.test",
        _ when field.Contains("Password", StringComparison.Ordinal) => Actors.Password,
        _ when field.EndsWith("Siret", StringComparison.Ordinal) || field.EndsWith("Sirets", StringComparison.Ordinal) => Identifiers.NewSiret(),
        "Input.Profile" => random.Next(2) == 0 ? "cfa" : "autre",
        _ => "Valeur " + random.Next(1000).ToString(CultureInfo.InvariantCulture),
    };

    private static string Hostile(Random random) => random.Next(4) switch
    {
        0 => RandomText(random),
        1 => HostileStrings[random.Next(HostileStrings.Length)] + HostileStrings[random.Next(HostileStrings.Length)],
        _ => HostileStrings[random.Next(HostileStrings.Length)],
    };

    /// <summary>Random characters: control characters, lone surrogates, any plane, sometimes very long.</summary>
    private static string RandomText(Random random)
    {
        var length = random.Next(10) == 0 ? random.Next(1_000, 20_000) : random.Next(1, 40);
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append(random.Next(4) switch
            {
                0 => (char)random.Next(0, 32),
                1 => (char)random.Next(0xD800, 0xE000),
                2 => (char)random.Next(0x20, 0x7F),
                _ => (char)random.Next(0x80, 0xFFFE),
            });
        }

        return text.ToString();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<(?:input|textarea|select)[^>]*\\sname=\"([^\"]+)\"")]
    private static partial Regex FieldPattern();

    private sealed record Route(string Pattern, string[] Parameters, string[] Methods);

    private sealed record Input(string Method, string PathAndQuery, string? ContentType, byte[]? Body)
    {
        public HttpRequestMessage ToRequest()
        {
            var request = new HttpRequestMessage(new HttpMethod(Method), PathAndQuery);
            request.Headers.Accept.ParseAdd(Body is null || PathAndQuery.Length % 2 == 0 ? "text/html" : "application/json");
            if (Body is not null)
            {
                request.Content = new ByteArrayContent(Body);
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(ContentType!);
            }

            return request;
        }

        public override string ToString() =>
            $"{Method} {PathAndQuery[..Math.Min(300, PathAndQuery.Length)]} {ContentType} "
            + (Body is null ? "" : Encoding.UTF8.GetString(Body, 0, Math.Min(300, Body.Length)).Replace("\0", "\\0", StringComparison.Ordinal));
    }
}
