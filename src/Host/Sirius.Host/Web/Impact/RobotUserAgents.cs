using System.Text.RegularExpressions;

namespace Sirius.Host.Web.Impact;

/// <summary>
/// Clients that are not a person reading a page, by their user agent: no user agent at all, the words crawlers and
/// link previews use for themselves, HTTP libraries and command-line tools, headless browsers and monitoring probes.
/// A short list on purpose (no maintained list restores here): it catches the robots that say what they are; the
/// rate rule (<see cref="ImpactCounter"/>) bounds those that do not.
/// </summary>
public static partial class RobotUserAgents
{
    public static bool IsRobot(string? userAgent) => string.IsNullOrWhiteSpace(userAgent) || Pattern().IsMatch(userAgent);

    [GeneratedRegex(
        "bot\\b|bot/|crawl|spider|slurp|archiver|scraper|facebookexternalhit|embedly|preview|feedfetcher|mediapartners|"
        + "headless|phantomjs|selenium|puppeteer|playwright|lighthouse|pagespeed|pingdom|uptime|monitor|statuscake|"
        + "curl/|wget/|httpie|python-requests|python-urllib|aiohttp|go-http-client|java/|okhttp|apache-httpclient|"
        + "axios|node-fetch|undici|libwww|scrapy|wrk|ab/|k6/|jmeter|postman",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
