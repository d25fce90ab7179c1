using Shouldly;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests;

/// <summary>
/// The framework's own messages are French: filters bound from the query are optional (no « The Statut field is
/// required. » on arrival), and a value that does not convert is refused in French.
/// </summary>
public sealed class FrameworkMessagesTests : SqliteHostTests
{
    [Theory]
    [InlineData("/admin/moderation")]
    [InlineData("/admin/moderation/reponses")]
    [InlineData("/admin/reponses-signalees")]
    public async Task An_administration_page_opened_without_its_filters_shows_no_error(string path)
    {
        await Host.AdministratorAsync("filtres@sirius.test");
        var admin = await Host.SignedInAsync("filtres@sirius.test");

        var html = await (await admin.BrowseAsync(path)).Content.ReadAsStringAsync();

        html.ShouldNotContain("field is required");
        html.ShouldNotContain("Le formulaire contient");
    }

    [Fact]
    public async Task A_page_number_that_is_not_a_number_is_refused_in_french()
    {
        await Host.AdministratorAsync("pages@sirius.test");
        var admin = await Host.SignedInAsync("pages@sirius.test");

        var html = System.Net.WebUtility.HtmlDecode(await (await admin.BrowseAsync("/admin/moderation?p=abc")).Content.ReadAsStringAsync());

        html.ShouldContain("Saisissez un nombre entier, en chiffres");
        html.ShouldNotContain("is not valid");
    }
}
