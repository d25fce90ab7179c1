using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Sirius.EndToEnd.Tests;

/// <summary>
/// Waits for the page to reach a URL and finish loading. Playwright's own wait for the "load" state on a URL it has
/// already reached has hung past the load event on a busy machine (its log showed "networkidle", which comes after
/// "load"); so it waits for the navigation to commit, then asks the document itself whether it has loaded.
/// </summary>
public static class Navigation
{
    private static readonly PageWaitForURLOptions Committed = new() { WaitUntil = WaitUntilState.Commit };

    public static async Task ArriveAtAsync(this IPage page, string glob)
    {
        await page.WaitForURLAsync(glob, Committed);
        await LoadedAsync(page);
    }

    public static async Task ArriveAtAsync(this IPage page, Regex url)
    {
        await page.WaitForURLAsync(url, Committed);
        await LoadedAsync(page);
    }

    public static async Task ArriveAtAsync(this IPage page, Func<string, bool> url)
    {
        await page.WaitForURLAsync(url, Committed);
        await LoadedAsync(page);
    }

    private static Task LoadedAsync(IPage page) =>
        page.WaitForFunctionAsync("() => document.readyState === 'complete'", null, new() { PollingInterval = 50 });
}
