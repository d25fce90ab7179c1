using System.Net.Http.Headers;
using System.Text;
using Sirius.Host.Web;
using Sirius.Host.Web.Exports;
using Sirius.Testing;

namespace Sirius.Host.Tests;

/// <summary>Files a CFA uploads on a campaign's roster page (CSV as French spreadsheets save it, or XLSX), and the upload itself.</summary>
internal static class Uploads
{
    public static byte[] Csv(params string[] lines) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n")];

    /// <summary>A workbook whose first row is the header; numbers become number cells, anything else text cells.</summary>
    public static byte[] Xlsx(params object?[][] rows) =>
        XlsxExport.Write([new DataTable("liste", "Apprentis", rows[0].Select(c => (string)c!).ToList(), rows.Skip(1).Select(r => (IReadOnlyList<object?>)r).ToList())]);

    /// <summary>Posts <paramref name="content"/> as the form field <paramref name="field"/> to the page's handler, with the page's anti-forgery token.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient browser, string page, string handler, string field, string name, byte[] content) =>
        await PostFileAsync(browser, $"{page}?handler={handler}", field, name, content, await browser.TokenAsync(page));

    public static async Task<HttpResponseMessage> PostFileAsync(HttpClient browser, string url, string field, string name, byte[] content, string? token)
    {
        using var form = new MultipartFormDataContent();
        if (token is not null)
        {
            form.Add(new StringContent(token), "__RequestVerificationToken");
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, field, name);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = form };
        request.Headers.Accept.ParseAdd("text/html");
        return await browser.SendAsync(request);
    }
}
