using Shouldly;
using Xunit;

namespace Sirius.EndToEnd.Tests;

/// <summary>
/// Canaries of <see cref="Browser.CheckAsync"/>: a page that breaks one rule fails the check with that rule's reason,
/// while the same page without the fault passes.
/// </summary>
public sealed class BrowserChecks(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task A_clean_page_passes()
    {
        var page = await PageAsync("<p>Tout va bien.</p>");

        await Browser.CheckAsync(page, "canari-propre");
    }

    [Fact]
    public async Task A_script_error_fails_the_check()
    {
        var page = await PageAsync("<p>Script cassé.</p><script>document.querySelector('#absent').innerHTML = '';</script>");

        (await FailureAsync(page, "canari-erreur-script")).ShouldContain("script error:");
    }

    [Fact]
    public async Task A_console_error_fails_the_check()
    {
        var page = await PageAsync("<p>Console.</p><script>console.error('canari');</script>");

        (await FailureAsync(page, "canari-console")).ShouldContain("console error: canari");
    }

    [Fact]
    public async Task A_document_wider_than_a_phone_fails_the_check()
    {
        var page = await PageAsync("<style>@media (max-width: 500px) { .large { width: 420px; } }</style><p class=\"large\">Trop large sur un téléphone.</p>");

        var failure = await FailureAsync(page, "canari-trop-large-mobile");
        failure.ShouldContain("at 360×740 the document is wider than the viewport");
        failure.ShouldNotContain("at 1280×800");
    }

    [Fact]
    public async Task A_document_wider_than_a_desktop_screen_fails_the_check()
    {
        var page = await PageAsync("<style>@media (min-width: 1000px) { .large { width: 1400px; } }</style><p class=\"large\">Trop large sur un ordinateur.</p>");

        var failure = await FailureAsync(page, "canari-trop-large-ordinateur");
        failure.ShouldContain("at 1280×800 the document is wider than the viewport");
        failure.ShouldNotContain("at 360×740");
    }

    [Theory]
    [InlineData("<p>Ça te plaît ?</p>", "?")]
    [InlineData("<p>Taux de réponse : 40 %</p>", ":")]
    [InlineData("<p>Il a dit « bonjour\u202F».</p>", "«")]
    public async Task A_breakable_space_before_a_high_sign_fails_the_check(string html, string sign)
    {
        var page = await PageAsync(html);

        (await Browser.FrenchTypographyProblemAsync(page)).ShouldNotBeNull().ShouldContain($"French typography: a breakable space before « {sign} »");
    }

    [Fact]
    public async Task Narrow_no_break_spaces_pass_the_typography_check()
    {
        var page = await PageAsync("<p>Ça te plaît\u202F? Taux\u202F: 40\u202F%, «\u202Fbonjour\u202F»\u202F!</p><pre>{ \"a\" : 1 }</pre>");

        await Browser.CheckFrenchTypographyAsync(page, "canari-typographie-propre");
    }

    [Theory]
    [InlineData("The Statut field is required.")]
    [InlineData("The value 'abc' is not valid for PageNumber.")]
    [InlineData("An error occurred while processing your request.")]
    public async Task An_english_framework_message_fails_the_check_even_hidden(string message)
    {
        var page = await PageAsync($"<div hidden><p class=\"fr-error-text\">{message}</p></div>");

        (await FailureAsync(page, "canari-anglais")).ShouldContain("English");
    }

    [Fact]
    public async Task A_page_not_opened_through_the_browser_fixture_fails_the_check()
    {
        using var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        await using var chromium = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("SIRIUS_CHROMIUM") ?? "/usr/bin/chromium",
            Args = ["--no-sandbox"],
        });
        var page = await chromium.NewPageAsync();
        await page.SetContentAsync(Document("<p>Non surveillée.</p>"));

        (await FailureAsync(page, "canari-non-surveillee")).ShouldContain("not opened with Browser.NewPageAsync");
    }

    private async Task<Microsoft.Playwright.IPage> PageAsync(string body)
    {
        var page = await browser.NewPageAsync();
        await page.SetContentAsync(Document(body));
        return page;
    }

    private static string Document(string body) =>
        $"<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Canari</title></head><body><main><h1>Canari</h1>{body}</main></body></html>";

    /// <summary>The check's failure (Shouldly's own ThrowAsync lets an inner ShouldAssertException through, hence the catch).</summary>
    private static async Task<string> FailureAsync(Microsoft.Playwright.IPage page, string name)
    {
        try
        {
            await Browser.CheckAsync(page, name);
        }
        catch (ShouldAssertException failure)
        {
            return failure.Message;
        }

        throw new ShouldAssertException($"{name}: the check passed a page that breaks its rule");
    }
}
