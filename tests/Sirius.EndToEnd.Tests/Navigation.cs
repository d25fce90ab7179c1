using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Sirius.EndToEnd.Tests;

/// <summary>
/// Waits for the page to reach a URL and finish loading, by asking the page itself: its URL, then its document's
/// <c>readyState</c>. Playwright's <c>WaitForURLAsync</c>, when the URL is already reached, waits for a load state
/// instead, and on a busy machine that wait hung until its timeout although the page had loaded (its log showed
/// "networkidle", the last state), with "load" and with "commit" alike.
/// </summary>
public static class Navigation
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary><paramref name="glob"/> as Playwright reads URL globs: <c>**</c> any characters, <c>*</c> any but <c>/</c>.</summary>
    public static Task ArriveAtAsync(this IPage page, string glob) => page.ArriveAtAsync(GlobPattern(glob));

    public static Task ArriveAtAsync(this IPage page, Regex url) => page.ArriveAtAsync(url.IsMatch);

    public static async Task ArriveAtAsync(this IPage page, Func<string, bool> url)
    {
        var started = Stopwatch.GetTimestamp();
        while (!(url(page.Url) && await LoadedAsync(page)))
        {
            if (Stopwatch.GetElapsedTime(started) > Timeout)
            {
                throw new TimeoutException($"The page did not reach the expected URL within {Timeout.TotalSeconds:F0} s; it is at {page.Url}.");
            }

            await Task.Delay(50);
        }
    }

    private static async Task<bool> LoadedAsync(IPage page)
    {
        try
        {
            return await page.EvaluateAsync<bool>("() => document.readyState === 'complete'");
        }
        catch (PlaywrightException)
        {
            // The document was replaced while asked: the navigation is still under way.
            return false;
        }
    }

    private static Regex GlobPattern(string glob)
    {
        var pattern = new StringBuilder("^");
        for (var i = 0; i < glob.Length; i++)
        {
            if (glob[i] != '*')
            {
                pattern.Append(Regex.Escape(glob[i].ToString()));
            }
            else if (i + 1 < glob.Length && glob[i + 1] == '*')
            {
                pattern.Append(".*");
                i++;
            }
            else
            {
                pattern.Append("[^/]*");
            }
        }

        return new Regex(pattern.Append('$').ToString(), RegexOptions.CultureInvariant);
    }
}
