using System.Security.Cryptography;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Sirius.BuildingBlocks;
using Sirius.Host.Web;
using Sirius.Testimonies.Contracts;

namespace Sirius.Host.Pages.Widget;

/// <summary>
/// The page a partner site frames: a formation's or an establishment's published testimonies, with
/// « Ce témoignage vous a-t-il été utile ? » as a plain form (works without JavaScript).
/// The feedback form carries no anti-forgery token: inside a third-party iframe the anti-forgery cookie
/// (SameSite=Strict) is not sent, and browsers increasingly block third-party cookies altogether. The post
/// changes nothing but a counter and needs no session, so it is protected instead by a strict per-address
/// rate limit, by a signed short-lived ticket in each form naming the widget and the testimony (see
/// <see cref="FeedbackTickets"/>: no vote for a testimony this widget does not show), and counted once per client
/// address while tickets live and once per browser thanks to a random token kept in a cookie (SameSite=None when
/// served over HTTPS).
/// </summary>
[IgnoreAntiforgeryToken(Order = 1001)] // after the global AutoValidateAntiforgeryToken convention (order 1000), so that it is the effective policy
[EnableRateLimiting(RateLimits.Feedback)]
[OutputCache(PolicyName = WidgetCache.Policy)]
public sealed class WidgetModel(IMediator mediator, FeedbackTickets tickets) : PageModel
{
    private const string TokenCookie = "sirius-avis";

    /// <summary>Testimonies shown on one page of the widget: a busy formation is not one endless frame.</summary>
    public const int PageSize = 10;

    /// <summary>The query parameter of the page of testimonies (not « page »: Razor Pages routes by that name).</summary>
    public const string PageParameter = "numero";

    /// <summary>Null when the code is unknown: the page then says so, with 404, and may still be framed.</summary>
    public PublicTestimonies? Testimonies { get; private set; }

    [BindProperty(SupportsGet = true, Name = PageParameter)]
    public int Number { get; set; } = 1;

    /// <summary>The code asked for, as typed (shortened), for the message about an unknown code.</summary>
    public string AskedCode { get; private set; } = "";

    public bool HasMore => Testimonies is { } t && t.Responses is not null && Number * PageSize < t.Total;

    /// <summary>This widget's address with another page of testimonies (the establishment and the way back kept).</summary>
    public string PageLink(int number) => Address(_subject, _code, number == 1 ? "" : $"{PageParameter}={number}");

    /// <summary>The formation's or establishment's public page on Sirius, outside any frame.</summary>
    public string PublicPage => Address(_subject, _code, "");

    /// <summary>schema.org JSON-LD of what this page shows, for search engines reading the partner's page.</summary>
    public string JsonLd => System.Text.Json.JsonSerializer.Serialize(
        PublicJsonLd.For(Testimonies!, $"{Request.Scheme}://{Request.Host}{PublicPage}"), JsonLdOptions);

    private static readonly System.Text.Json.JsonSerializerOptions JsonLdOptions = new(System.Text.Json.JsonSerializerDefaults.Web);

    [BindProperty(SupportsGet = true, Name = "merci")]
    public Guid? Thanked { get; set; }

    /// <summary>The testimony this browser had already given its opinion on (the second answer was refused).</summary>
    [BindProperty(SupportsGet = true, Name = "deja")]
    public Guid? AlreadyAnswered { get; set; }

    /// <summary>The SIRET of the establishment giving the formation, to show that place only.</summary>
    [BindProperty(SupportsGet = true, Name = "etablissement")]
    public string? Establishment { get; set; }

    /// <summary>The query parameter that carries the search results the visitor came from (a page of /decouvrir).</summary>
    public const string BackParameter = "retour";

    [BindProperty(SupportsGet = true, Name = BackParameter)]
    public string? Back { get; set; }

    /// <summary>The way back to the discovery search this page was opened from; null when framed by a partner site.</summary>
    public string? BackLink => Back is { } back && back.StartsWith("/decouvrir?", StringComparison.Ordinal) && Url.IsLocalUrl(back) ? back : null;

    private string _subject = "";
    private string _code = "";

    /// <summary>The signed ticket the « utile ? » form of this testimony carries.</summary>
    public string TicketFor(Guid testimony) => tickets.Issue(_subject, _code, testimony);

    public async Task<IActionResult> OnGetAsync(string subject, string? code)
    {
        AskedCode = code is { Length: > 32 } ? code[..32] + "…" : code ?? "";
        if (!IsPlausible(code))
        {
            return Unknown();
        }

        Number = Math.Clamp(Number, 1, 1000);
        var siret = subject == PublicSubjects.Formation && Establishment is { Length: 14 } s && s.All(char.IsAsciiDigit) ? s : null;
        var result = await mediator.Send(new GetPublicTestimonies(subject, code, Number, PageSize, siret), HttpContext.RequestAborted);
        if (result.Error is not null)
        {
            return Unknown();
        }

        Testimonies = result.Value;
        (_subject, _code) = (subject, code);
        Response.Headers[Web.Impact.ImpactCounting.ShownHeader] = Testimonies.Testimonies.Count == 0
            ? "-"
            : string.Join(',', Testimonies.Testimonies.Select(t => t.Id.ToString("N")));
        Response.Headers.CacheControl = Thanked is null && AlreadyAnswered is null ? "public, max-age=300" : "no-store";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string subject, string? code, Guid id, string utile, string? jeton)
    {
        if (!IsPlausible(code))
        {
            return NotFound();
        }

        if (!tickets.IsValid(jeton, subject, code, id))
        {
            return new ContentResult
            {
                StatusCode = StatusCodes.Status400BadRequest,
                ContentType = "text/plain; charset=utf-8",
                Content = "Votre avis n’a pas été pris en compte : ce formulaire a expiré ou ne concerne pas ce témoignage. Rechargez la page et réessayez.",
            };
        }

        if (!tickets.FirstVote(HttpContext.Connection.RemoteIpAddress, id))
        {
            return Outcome(subject, code, "deja", id);
        }

        var token = Request.Cookies[TokenCookie];
        if (string.IsNullOrEmpty(token) || token.Length > 64)
        {
            token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            Response.Cookies.Append(TokenCookie, token, new CookieOptions
            {
                HttpOnly = true,
                Secure = Request.IsHttps,
                SameSite = Request.IsHttps ? SameSiteMode.None : SameSiteMode.Lax,
                MaxAge = TimeSpan.FromDays(365),
                IsEssential = true,
            });
        }

        var recorded = await mediator.Send(new RecordTestimonyFeedback(id, utile == "oui", token), HttpContext.RequestAborted);
        if (recorded.Error is { Kind: not ErrorKind.Conflict })
        {
            return NotFound();
        }

        return Outcome(subject, code, recorded.IsSuccess ? "merci" : "deja", id);
    }

    private RedirectResult Outcome(string subject, string code, string outcome, Guid id) =>
        Redirect(Address(subject, code, $"{outcome}={id}" + (Number > 1 ? $"&{PageParameter}={Number}" : "")) + $"#t-{id}");

    /// <summary>The widget's own message for an unknown code, with 404: a partner's frame shows it instead of the browser's broken frame.</summary>
    private PageResult Unknown()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    private string Address(string subject, string code, string query)
    {
        var parameters = new[]
        {
            query,
            Establishment is null ? "" : "etablissement=" + Uri.EscapeDataString(Establishment),
            BackLink is null ? "" : $"{BackParameter}=" + Uri.EscapeDataString(BackLink),
        }.Where(p => p.Length > 0).ToList();
        return $"/widget/{subject}/{Uri.EscapeDataString(code)}" + (parameters.Count == 0 ? "" : "?" + string.Join('&', parameters));
    }

    /// <summary>A code is letters and digits (CFD, RNCP, SIRET, UAI); anything else is unknown without asking (a blank one used to reach the query).</summary>
    private static bool IsPlausible([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? code) =>
        code is { Length: > 0 and <= 32 } && code.All(char.IsAsciiLetterOrDigit);
}
