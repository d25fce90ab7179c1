using Microsoft.EntityFrameworkCore;
using Shouldly;
using Sirius.Testimonies.Contracts;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests;

/// <summary>Testimonies of respondents invited personally carry a « vérifié » mark; the widget and the API give the verified share.</summary>
public sealed class VerifiedTestimoniesTests : SqliteHostTests
{
    [Fact]
    public async Task The_widget_and_the_API_mark_verified_testimonies_and_give_the_share_of_verified_responses()
    {
        var siret = Identifiers.NewSiret();
        var key = $"50022141-{siret}";
        await Host.PublishAsync(
            Feed.Establishment(siret, "CFA des Alpes"),
            Feed.Formation(key, siret),
            Feed.Response(key, siret, ("cfa.conseil", "Les formateurs sont à l'écoute et l'atelier est bien équipé.")) with { Verified = true },
            Feed.Response(key, siret, ("cfa.conseil", "Mon tuteur m'apprend le métier chaque jour.")) with { Verified = true },
            Feed.Response(key, siret, ("cfa.conseil", "Le rythme entre l'entreprise et l'école est intense.")));
        var ids = await Host.InDbAsync(db => db.Verbatims.Where(v => v.FormationKey == key).Select(v => v.Id).ToListAsync());
        (await Host.SendAsync(new AcceptSuggestions(await Host.ModeratorAsync(), ids))).IsSuccess.ShouldBeTrue();

        var page = (await Host.SendAsync(new GetPublicTestimonies(PublicSubjects.Establishment, siret))).Value;
        (page.Responses, page.VerifiedResponses, page.VerifiedPercent).ShouldBe((3, 2, 66));
        page.Testimonies.Where(t => t.Verified).Select(t => t.Text).Order().ShouldBe(
            ["Les formateurs sont à l'écoute et l'atelier est bien équipé.", "Mon tuteur m'apprend le métier chaque jour."]);
        var widget = await Host.CreateClient().GetStringAsync("/widget/etablissement/" + siret);
        widget.ShouldContain("dont 66 % vérifiées");
        widget.Split("fr-badge--success").Length.ShouldBe(3, "two testimonies are marked");
        var api = await Host.CreateClient().GetStringAsync($"/api/v1/etablissements/{siret}/temoignages");
        api.ShouldContain("\"verifiedResponses\":2");
        api.ShouldContain("\"verified\":true");
    }
}
