using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Shouldly;
using Xunit;

namespace Sirius.EndToEnd.Tests;

/// <summary>
/// Debian's Chromium, headless, driven by Playwright; never a downloaded browser. Pages come from
/// <see cref="NewPageAsync"/>, which records their script and console errors, and <see cref="CheckAsync"/> fails a visited
/// page on any of them, on a document wider than the viewport at 360×740 or 1280×800, on an English framework message,
/// and on an axe violation.
/// </summary>
public sealed partial class Browser : IAsyncLifetime
{
    public static readonly ViewportSize Phone = new() { Width = 360, Height = 740 };
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };

    /// <summary>
    /// What ASP.NET Core and DataAnnotations say in English (model binding, validation, error pages), as they write it:
    /// no French sentence contains these.
    /// </summary>
    private static readonly string[] EnglishFrameworkPhrases =
    [
        "The field ", " field is required", "is not valid", "is invalid", "must be a number", "The value '", "A value is required",
        "A value for the", "The supplied value", "request body is required", "must be a string", "must be between",
        "regular expression", "is not a valid", "An error occurred", "An unhandled exception", "Status Code:",
    ];

    /// <summary>The errors each watched page reported since its last check.</summary>
    private static readonly ConditionalWeakTable<IPage, List<string>> Errors = new();

    private IPlaywright _playwright = null!;

    private IBrowser Chromium { get; set; } = null!;

    private static readonly Lock AxeReportGate = new();
    private static bool _axeReportStarted;

    public static string OutputDirectory { get; } = Environment.GetEnvironmentVariable("TEST_RESULTS_DIR") ?? Path.Combine(FindRoot(), "test-output");

    public static string ScreenshotDirectory { get; } = Path.Combine(OutputDirectory, "screenshots");

    /// <summary>One line per page axe checked in this test run (name, path, violations), for the reviewer's closing note.</summary>
    public static string AxeReportPath { get; } = Path.Combine(OutputDirectory, "axe-pages.md");

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Chromium = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("SIRIUS_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        await Chromium.DisposeAsync();
        _playwright.Dispose();
    }

    /// <summary>A page in a new browser context (1280×800 unless <paramref name="options"/> say otherwise), its errors recorded for <see cref="CheckAsync"/>.</summary>
    public async Task<IPage> NewPageAsync(BrowserNewContextOptions? options = null)
    {
        options ??= new BrowserNewContextOptions();
        options.ViewportSize ??= Desktop;
        options.Locale ??= "fr-FR";
        var page = await (await Chromium.NewContextAsync(options)).NewPageAsync();
        // Bounded, with room for a machine shared by several builds: signing up and in hashes a password.
        page.SetDefaultTimeout(60_000);
        page.SetDefaultNavigationTimeout(60_000);
        var errors = Errors.GetOrCreateValue(page);
        page.PageError += (_, error) => Record(errors, "script error: " + error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !IsDocumentStatus(page, message))
            {
                Record(errors, $"console error: {message.Text} ({message.Location})");
            }
        };
        return page;
    }

    /// <summary>A new browser context signed in as <paramref name="email"/> (password <see cref="Sirius.Testing.Actors.Password"/>), terms accepted.</summary>
    public async Task<IPage> SignedInPageAsync(Uri site, string email, BrowserNewContextOptions? options = null)
    {
        var page = await NewPageAsync(options);
        await page.GotoAsync(new Uri(site, "/connexion").ToString());
        await page.GetByLabel("Adresse électronique").FillAsync(email);
        await page.GetByLabel("Mot de passe").FillAsync(Sirius.Testing.Actors.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await page.ArriveAtAsync("**/compte/conditions");
        await page.Locator("label[for=accepte]").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continuer" }).ClickAsync();
        await page.ArriveAtAsync("**/espace");
        return page;
    }

    /// <summary>
    /// Checks the page as a person meets it: at 360×740 and at 1280×800 (a screenshot of each) the document is no wider
    /// than the viewport; no English framework message; no script or console error since the page's last check; and
    /// axe-core's WCAG 2.1 A and AA rules. Fails with every problem found.
    /// </summary>
    public static async Task CheckAsync(IPage page, string name)
    {
        Errors.TryGetValue(page, out var errors).ShouldBeTrue($"{name}: the page was not opened with Browser.NewPageAsync, so its errors are not recorded");
        var problems = new List<string>();
        var original = page.ViewportSize!;
        foreach (var size in new[] { Phone, Desktop })
        {
            await page.SetViewportSizeAsync(size.Width, size.Height);
            await ScreenshotAsync(page, $"{name}-{size.Width}x{size.Height}");
            if (await page.EvaluateAsync<string?>(OverflowScript) is { } overflow)
            {
                problems.Add($"at {size.Width}×{size.Height} the document is wider than the viewport: {overflow}");
            }
        }

        await page.SetViewportSizeAsync(original.Width, original.Height);
        var text = await page.EvaluateAsync<string>(TextScript);
        problems.AddRange(EnglishFrameworkPhrases.Where(p => text.Contains(p, StringComparison.Ordinal)).Select(p => $"English framework message « {p} » in: {Around(text, p)}"));
        if (ErrorWord().Match(text) is { Success: true } error)
        {
            problems.Add($"English « Error » in: {Around(text, error.Value)}");
        }

        problems.AddRange(Take(errors!));
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        problems.AddRange(result.Violations.Select(v => $"axe {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))})"));
        ReportAxe(name, new Uri(page.Url).AbsolutePath, result.Violations.Length);
        problems.ShouldBeEmpty($"{name} ({page.Url})");
    }

    /// <summary>
    /// Fails when the page's text has an ordinary space before « ? ! ; : % » » or after « « » (the sign can start a line
    /// on its own): every page but the widget's (FrenchTypographyMiddleware).
    /// </summary>
    public static async Task CheckFrenchTypographyAsync(IPage page, string name) =>
        (await FrenchTypographyProblemAsync(page)).ShouldBeNull(name);

    /// <summary>What <see cref="CheckFrenchTypographyAsync"/> finds wrong, or null.</summary>
    public static async Task<string?> FrenchTypographyProblemAsync(IPage page)
    {
        var text = await page.EvaluateAsync<string>(TextScript);
        return BreakableSpaceBeforeSign().Match(text) is { Success: true } space
            ? $"French typography: a breakable space before « {space.Value.Trim()} » (use U+202F) in: {Around(text, space.Value)}"
            : null;
    }

    /// <summary>Null when the document fits the viewport; else its width and the elements that stick out (not those scrolled inside a container).</summary>
    private const string OverflowScript = """
        () => {
            const width = window.innerWidth, scroll = document.documentElement.scrollWidth;
            if (scroll <= width) return null;
            const scrolled = e => {
                for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
                    if (getComputedStyle(p).overflowX !== 'visible') return true;
                }
                return false;
            };
            const out = [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > width + 1 && !scrolled(e))
                .slice(0, 5)
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : ''));
            return `${scroll} px wide for ${width} px (${out.join(', ')})`;
        }
        """;

    /// <summary>The page's title and text, hidden parts included (a collapsed error is still in the page), without scripts and styles.</summary>
    private const string TextScript = """
        () => {
            const body = document.body.cloneNode(true);
            body.querySelectorAll('script, style, noscript, template, textarea, pre, code').forEach(e => e.remove());
            return document.title + '\n' + body.textContent;
        }
        """;

    [GeneratedRegex(@"\bError\b")]
    private static partial Regex ErrorWord();

    /// <summary>An ordinary space after a word and before « ? ! ; : % » », or after « « »: the sign can start a line alone.</summary>
    [GeneratedRegex(@"(?<=\S) [?!;:%»]|« ")]
    private static partial Regex BreakableSpaceBeforeSign();

    private static string Around(string text, string phrase)
    {
        var at = text.IndexOf(phrase, StringComparison.Ordinal);
        var start = Math.Max(0, at - 60);
        return Regex.Replace(text[start..Math.Min(text.Length, at + phrase.Length + 60)], @"\s+", " ").Trim();
    }

    private static void Record(List<string> errors, string error)
    {
        lock (errors)
        {
            errors.Add(error);
        }
    }

    private static List<string> Take(List<string> errors)
    {
        lock (errors)
        {
            var taken = errors.ToList();
            errors.Clear();
            return taken;
        }
    }

    /// <summary>
    /// The browser’s own line about the HTTP status of the document or of a frame’s document (« Failed to load resource: … 404 » on the 404 page or in a partner’s frame, 400
    /// on a refused form): the status is what the test is about; a failed script, style or image is not.
    /// </summary>
    private static bool IsDocumentStatus(IPage page, IConsoleMessage message) =>
        message.Text.StartsWith("Failed to load resource: the server responded with a status of", StringComparison.Ordinal)
        && page.Frames.Any(frame => message.Location.StartsWith(frame.Url.Split('#')[0] + ":", StringComparison.Ordinal));

    /// <summary>Appends the page to <see cref="AxeReportPath"/>; the first page of the run starts the file afresh.</summary>
    private static void ReportAxe(string name, string path, int violations)
    {
        lock (AxeReportGate)
        {
            Directory.CreateDirectory(OutputDirectory);
            if (!_axeReportStarted)
            {
                File.WriteAllText(AxeReportPath, "| Page | Chemin | Violations axe (WCAG 2.1 A/AA) |\n|---|---|---|\n");
                _axeReportStarted = true;
            }

            File.AppendAllText(AxeReportPath, $"| {name} | {path} | {violations} |\n");
        }
    }

    /// <summary>Saves a full-page screenshot for reviewers (test output, not committed).</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        // Caret "initial": Playwright's default hides the caret with a style attribute, which DSFR then copies from the
        // header's tool links into its mobile menu, where the content security policy refuses it.
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true, Caret = ScreenshotCaret.Initial,
        });
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sirius.sln")))
            {
                return dir.FullName;
            }
        }

        return AppContext.BaseDirectory;
    }
}
