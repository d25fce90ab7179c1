using Microsoft.Playwright;

namespace Sirius.EndToEnd.Tests;

/// <summary>The apprentice's questionnaire pages, driven as a person would.</summary>
public static class QuestionnairePages
{
    /// <summary>Answers the question on screen as a person would with the first choices (a ranking in its shown order), then submits it.</summary>
    public static async Task AnswerWithFirstChoicesAsync(IPage page)
    {
        var url = page.Url;
        var form = page.Locator("main form");
        var radios = await form.Locator("input[type=radio]").AllAsync();
        var named = new HashSet<string>();
        foreach (var radio in radios)
        {
            if (named.Add(await radio.GetAttributeAsync("name") ?? ""))
            {
                await radio.CheckAsync(new() { Force = true });
            }
        }

        if (await form.Locator("input[type=checkbox]").CountAsync() > 0)
        {
            await form.Locator("input[type=checkbox]").First.CheckAsync(new() { Force = true });
        }

        foreach (var number in await form.Locator("input[type=number]").AllAsync())
        {
            await number.FillAsync(await number.GetAttributeAsync("min") ?? "1");
        }

        foreach (var text in await form.Locator("textarea:visible").AllAsync())
        {
            await text.FillAsync("Les formateurs sont disponibles et l’atelier est bien équipé.");
        }

        await form.Locator(".sirius-answering__submit button").ClickAsync();
        await page.ArriveAtAsync(u => u != url);
    }
}
