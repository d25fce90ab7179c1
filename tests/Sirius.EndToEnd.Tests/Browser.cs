using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Shouldly;
using Xunit;

namespace Sirius.EndToEnd.Tests;

/// <summary>Debian's Chromium, headless, driven by Playwright; never a downloaded browser.</summary>
public sealed class Browser : IAsyncLifetime
{
    private IPlaywright _playwright = null!;

    public IBrowser Chromium { get; private set; } = null!;

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

    /// <summary>A new browser context signed in as <paramref name="email"/> (password <see cref="Sirius.Testing.Actors.Password"/>), terms accepted.</summary>
    public async Task<IPage> SignedInPageAsync(Uri site, string email)
    {
        var page = await (await Chromium.NewContextAsync()).NewPageAsync();
        // Bounded, with room for a machine shared by several builds: signing in hashes a password.
        page.SetDefaultTimeout(60_000);
        page.SetDefaultNavigationTimeout(60_000);
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

    /// <summary>Runs axe-core's WCAG 2.1 A and AA rules on the page, saves a screenshot, and fails on any violation.</summary>
    public static async Task CheckAsync(IPage page, string name)
    {
        await ScreenshotAsync(page, name);
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        var violations = result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))})").ToList();
        ReportAxe(name, new Uri(page.Url).AbsolutePath, result.Violations.Length);
        violations.ShouldBeEmpty($"axe on {name} ({page.Url})");
    }

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
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });
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
