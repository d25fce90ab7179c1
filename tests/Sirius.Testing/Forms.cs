using System.Net;
using System.Text.RegularExpressions;

namespace Sirius.Testing;

/// <summary>Submits a page's form as a browser would: GET the page, keep its anti-forgery token and cookies, POST the fields.</summary>
public static partial class Forms
{
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string pageUrl, IDictionary<string, string> fields, string? postUrl = null)
    {
        var page = await client.GetStringAsync(pageUrl);
        var token = TokenPattern().Match(page);
        if (!token.Success)
        {
            throw new InvalidOperationException($"No anti-forgery token in {pageUrl}.");
        }

        var body = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        using var request = new HttpRequestMessage(HttpMethod.Post, postUrl ?? pageUrl) { Content = new FormUrlEncodedContent(body) };
        request.Headers.Accept.ParseAdd("text/html");
        return await client.SendAsync(request);
    }

    /// <summary>Posts without the anti-forgery token, as a cross-site forgery would.</summary>
    public static async Task<HttpResponseMessage> PostWithoutTokenAsync(this HttpClient client, string url, IDictionary<string, string> fields)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Accept.ParseAdd("text/html");
        return await client.SendAsync(request);
    }

    /// <summary>A GET as a browser sends it (asking for HTML).</summary>
    public static async Task<HttpResponseMessage> BrowseAsync(this HttpClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("text/html");
        return await client.SendAsync(request);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
