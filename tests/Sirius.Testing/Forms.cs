using System.Net;
using System.Text.RegularExpressions;

namespace Sirius.Testing;

/// <summary>Submits a page's form as a browser would: GET the page, keep its anti-forgery token and cookies, POST the fields.</summary>
public static partial class Forms
{
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string pageUrl, IDictionary<string, string> fields, string? postUrl = null) =>
        await client.PostWithTokenAsync(postUrl ?? pageUrl, fields, await client.TokenAsync(pageUrl));

    /// <summary>The anti-forgery token of the form on <paramref name="pageUrl"/> (its cookie stays in the client).</summary>
    public static async Task<string> TokenAsync(this HttpClient client, string pageUrl)
    {
        var page = await client.GetStringAsync(pageUrl);
        var token = TokenPattern().Match(page);
        return token.Success
            ? WebUtility.HtmlDecode(token.Groups[1].Value)
            : throw new InvalidOperationException($"No anti-forgery token in {pageUrl}.");
    }

    /// <summary>Posts the fields with an anti-forgery token the client got before, as a browser posts a form.</summary>
    public static async Task<HttpResponseMessage> PostWithTokenAsync(this HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))),
        };
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
