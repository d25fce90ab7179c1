using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Shouldly;
using Sirius.Questionnaires.Contracts;
using Sirius.Testing;
using Xunit;

namespace Sirius.EndToEnd.Tests;

/// <summary>
/// An apprentice on a 360×740 phone answers every question kind of the default questionnaire: with the mouse
/// (reloading midway and resuming), with the keyboard only, and with JavaScript disabled. Pages checked with axe
/// (except without JavaScript: axe is a script).
/// </summary>
public sealed class ApprenticeJourneys(Browser browser) : IClassFixture<Browser>, IAsyncLifetime
{
    private SiriusHost _host = null!;
    private Uri _site = null!;

    public async Task InitializeAsync()
    {
        _host = await SiriusHost.OnPostgresAsync();
        _site = _host.StartOnKestrel();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task On_a_phone_an_apprentice_answers_every_kind_reloads_midway_resumes_and_finishes()
    {
        var (cfa, campaign) = await _host.OpenCampaignAsync();
        var page = await PageAsync(javaScript: true);

        await page.GotoAsync(Url($"/q/{campaign.Token}"));
        await Browser.CheckAsync(page, "questionnaire-accueil");
        await page.GetByRole(AriaRole.Link, new() { Name = "Commencer le questionnaire" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Suivant" }).ClickAsync();
        await page.Locator(".fr-alert--error").WaitForAsync();
        await Browser.CheckAsync(page, "questionnaire-erreur");

        var steps = await StepsAsync(campaign.Token);
        var checkedKinds = new HashSet<string>();
        foreach (var (question, number) in steps.Select((q, i) => (q, i + 1)))
        {
            if (number == 6)
            {
                await page.ReloadAsync();
                await page.GotoAsync(Url($"/q/{campaign.Token}"));
                await page.GetByRole(AriaRole.Link, new() { Name = "Reprendre à la question 6" }).ClickAsync();
                await page.ArriveAtAsync($"**/questions/6");
            }

            await QuestionAndSubmitFitTheScreenAsync(page, number);
            await AnswerWithMouseAsync(page, question);
            if (checkedKinds.Add(question.Kind))
            {
                await Browser.CheckAsync(page, "questionnaire-" + question.Kind);
                await Browser.CheckFrenchTypographyAsync(page, "questionnaire-" + question.Kind);
            }

            await SubmitAsync(page, number == steps.Count ? "**/merci" : $"**/questions/{number + 1}");
            if (question.Kind == "ranking")
            {
                (await StoredAnswerAsync(page, campaign.Token, number)).ShouldBe(RankedWithButtons(question));
            }
        }

        checkedKinds.Count.ShouldBe(7, "the default questionnaire has every question kind");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Merci pour tes réponses\u202F!");
        await Browser.CheckAsync(page, "questionnaire-merci");
        await Browser.CheckFrenchTypographyAsync(page, "questionnaire-merci");
        (await _host.SendAsync(new ListCampaigns(cfa))).Single().ResponsesCount.ShouldBe(1);
    }

    [Fact]
    public async Task Without_JavaScript_the_questionnaire_still_works_to_the_end()
    {
        var (cfa, campaign) = await _host.OpenCampaignAsync();
        var page = await PageAsync(javaScript: false);
        await page.GotoAsync(Url($"/q/{campaign.Token}/questions/1"));

        var steps = await StepsAsync(campaign.Token);
        foreach (var (question, number) in steps.Select((q, i) => (q, i + 1)))
        {
            await AnswerWithMouseAsync(page, question);
            await SubmitAsync(page, number == steps.Count ? "**/merci" : $"**/questions/{number + 1}");
            if (question.Kind == "ranking")
            {
                (await StoredAnswerAsync(page, campaign.Token, number)).ShouldBe(RankedWithButtons(question));
            }
        }

        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Merci pour tes réponses\u202F!");
        await Browser.ScreenshotAsync(page, "questionnaire-merci-sans-js");
        (await _host.SendAsync(new ListCampaigns(cfa))).Single().ResponsesCount.ShouldBe(1);
    }

    [Fact]
    public async Task With_the_keyboard_only_an_apprentice_answers_every_question_to_the_end()
    {
        var (cfa, campaign) = await _host.OpenCampaignAsync();
        var page = await PageAsync(javaScript: true);
        await page.GotoAsync(Url($"/q/{campaign.Token}"));
        await TabToAsync(page, "Commencer le questionnaire");
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAtAsync("**/questions/1");

        var steps = await StepsAsync(campaign.Token);
        foreach (var (question, number) in steps.Select((q, i) => (q, i + 1)))
        {
            await AnswerWithKeyboardAsync(page, question);
            // The skip link leaves #contenu in the address, which the browser keeps across the post-redirect-get.
            var next = number == steps.Count ? "/merci" : $"/questions/{number + 1}";
            await page.ArriveAtAsync(new Regex(Regex.Escape(next) + "(#contenu)?$"));
        }

        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Merci pour tes réponses\u202F!");
        await Browser.CheckAsync(page, "questionnaire-merci-clavier");
        (await _host.SendAsync(new ListCampaigns(cfa))).Single().ResponsesCount.ShouldBe(1);
    }

    private string Url(string path) => new Uri(_site, path).ToString();

    private async Task<IPage> PageAsync(bool javaScript) =>
        await browser.NewPageAsync(new() { ViewportSize = Browser.Phone, JavaScriptEnabled = javaScript, Locale = "fr-FR" });

    private async Task<List<QuestionView>> StepsAsync(string token)
    {
        var count = (await _host.SendAsync(new GetResponseStep(token, null, 1)))!.StepCount;
        var steps = new List<QuestionView>();
        for (var n = 1; n <= count; n++)
        {
            steps.Add((await _host.SendAsync(new GetResponseStep(token, null, n)))!.Question);
        }

        return steps;
    }

    /// <summary>
    /// Goes through the page as a keyboard user does: the "Contenu" skip link (after the first page the address keeps
    /// #contenu and Tab starts from the content), then Tab from field to field, Space on
    /// the first choice of each group, Enter on a ranking's first « Descendre » (focus must stay on it), text typed into text fields, and Enter on
    /// the submit button. Follow-up fields ("Autre : précise") are left empty.
    /// </summary>
    private static async Task AnswerWithKeyboardAsync(IPage page, QuestionView question)
    {
        var moved = false;
        var groupsDone = new HashSet<string>();
        for (var presses = 0; presses < 80; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await FocusedAsync(page);
            switch (focused)
            {
                case { Tag: "A", Text: "Contenu" }:
                    await page.Keyboard.PressAsync("Enter");
                    break;
                case { Tag: "BUTTON", Type: "submit", Name: not "Deplacement" }:
                    moved.ShouldBe(question.Kind == "ranking", "a ranking is moved with the keyboard");
                    await page.Keyboard.PressAsync("Enter");
                    return;
                case { Type: "radio" or "checkbox" } when groupsDone.Add(focused.Name):
                    await page.Keyboard.PressAsync("Space");
                    break;
                case { Tag: "BUTTON", Name: "Deplacement" } when !moved && focused.Text.StartsWith("Descendre", StringComparison.Ordinal):
                    moved = true;
                    await page.Keyboard.PressAsync("Enter");
                    (await FocusedAsync(page)).Text.ShouldBe(focused.Text, "focus stays on the moved option's button");
                    (await page.Locator(".sirius-ranking__label").First.InnerTextAsync()).ShouldBe(question.Options[1].Label);
                    break;
                case { Type: "number" }:
                    await page.Keyboard.TypeAsync(question.Min!.Value.ToString(CultureInfo.InvariantCulture));
                    break;
                case { Tag: "TEXTAREA", Name: "Values" }:
                    await page.Keyboard.TypeAsync("Mon maître d’apprentissage m’explique tout.");
                    break;
            }
        }

        throw new InvalidOperationException($"The submit button of question {question.Key} was never reached with Tab.");
    }

    private static async Task TabToAsync(IPage page, string text)
    {
        for (var presses = 0; presses < 40; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if ((await FocusedAsync(page)).Text == text)
            {
                return;
            }
        }

        throw new InvalidOperationException($"« {text} » was never reached with Tab.");
    }

    private static Task<Focused> FocusedAsync(IPage page) => page.EvaluateAsync<Focused>(
        "() => { const e = document.activeElement; return { tag: e.tagName, type: e.type ?? '', name: e.name ?? '', text: (e.innerText ?? '').trim() }; }");

    private sealed class Focused
    {
        public string Tag { get; set; } = "";

        public string Type { get; set; } = "";

        public string Name { get; set; } = "";

        public string Text { get; set; } = "";
    }

    /// <summary>On arrival, without scrolling, the question's text and the submit button are both inside the 360×740 screen.</summary>
    private static async Task QuestionAndSubmitFitTheScreenAsync(IPage page, int number)
    {
        (await page.EvaluateAsync<double>("window.scrollY")).ShouldBe(0);
        var legend = (await page.Locator("form fieldset legend").First.BoundingBoxAsync())!;
        var submit = (await page.Locator("form .sirius-answering__submit button").BoundingBoxAsync())!;
        legend.Y.ShouldBeGreaterThanOrEqualTo(0, $"question {number}");
        (legend.Y + legend.Height).ShouldBeLessThanOrEqualTo(Browser.Phone.Height, $"question {number}: the question at {legend.Y:0} px");
        (submit.Y + submit.Height).ShouldBeLessThanOrEqualTo(Browser.Phone.Height, $"question {number}: the button at {submit.Y:0} px");
        (submit.Y + submit.Height).ShouldBeGreaterThan(legend.Y + legend.Height, $"question {number}: the button below the question");
    }

    private static async Task SubmitAsync(IPage page, string next)
    {
        await page.Locator("form .sirius-answering__submit button").ClickAsync();
        await page.ArriveAtAsync(next);
    }

    /// <summary>The order <see cref="AnswerWithMouseAsync"/> leaves: the last option moved to the top.</summary>
    private static List<string> RankedWithButtons(QuestionView question) =>
        [question.Options[^1].Key, .. question.Options.SkipLast(1).Select(o => o.Key)];

    /// <summary>The answer saved for a step, read with the browser's response cookie.</summary>
    private async Task<IReadOnlyList<string>> StoredAnswerAsync(IPage page, string token, int step)
    {
        var cookie = (await page.Context.CookiesAsync()).Single(c => c.Name == "sirius_reponse").Value.Split('.');
        var key = new ResponseKey(Guid.ParseExact(cookie[0], "N"), cookie[1]);
        return (await _host.SendAsync(new GetResponseStep(token, key, step)))!.Answer.Values;
    }

    private static async Task AnswerWithMouseAsync(IPage page, QuestionView question)
    {
        var form = page.Locator("form fieldset").First;
        switch (question.Kind)
        {
            case "singleChoice" or "multipleChoice" or "emojiScale":
                await form.GetByLabel(question.Options[0].Label, new() { Exact = true }).CheckAsync(new() { Force = true });
                break;
            case "itemScale":
                foreach (var item in question.Items)
                {
                    await page.GetByRole(AriaRole.Group, new() { Name = item.Label, Exact = true })
                        .GetByLabel(question.Options[1].Label, new() { Exact = true }).CheckAsync(new() { Force = true });
                }

                break;
            case "ranking":
                var last = question.Options[^1].Label;
                for (var moves = 1; moves < question.Options.Count; moves++)
                {
                    await form.GetByRole(AriaRole.Button, new() { Name = $"Monter «\u202F{last}\u202F»", Exact = true }).ClickAsync();
                    await page.GetByText($"«\u202F{last}\u202F» est maintenant en position {question.Options.Count - moves} sur {question.Options.Count}").WaitForAsync(new() { State = WaitForSelectorState.Attached });
                }

                (await form.Locator(".sirius-ranking__label").AllInnerTextsAsync()).ShouldBe(RankedWithButtons(question).Select(k => question.Options.Single(o => o.Key == k).Label));
                break;
            case "number":
                await form.GetByLabel("Ta réponse").FillAsync(question.Min!.Value.ToString(CultureInfo.InvariantCulture));
                break;
            default:
                await form.GetByLabel("Ta réponse").FillAsync("Les formateurs prennent le temps d’expliquer, et l’atelier est bien équipé.");
                break;
        }
    }
}
