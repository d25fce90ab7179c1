using Shouldly;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Contracts;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests;

/// <summary>Narrow no-break spaces before the high signs, in texts and in the HTML pages as they leave the host.</summary>
public sealed class FrenchTypographyTests
{
    [Theory]
    [InlineData("Ça te plaît ?", "Ça te plaît\u202F?")]
    [InlineData("Bravo !", "Bravo\u202F!")]
    [InlineData("Partie suivante : le CFA ; la suite", "Partie suivante\u202F: le CFA\u202F; la suite")]
    [InlineData("40 %", "40\u202F%")]
    [InlineData("« Bien »", "«\u202FBien\u202F»")]
    [InlineData("Déjà\u00A0: fait", "Déjà\u202F: fait")]
    [InlineData("https://sirius.gouv.fr/q?x=1", "https://sirius.gouv.fr/q?x=1")]
    [InlineData("Ligne\n? seule", "Ligne\n? seule")]
    public void Apply_makes_the_space_before_a_high_sign_narrow_and_unbreakable(string text, string expected) =>
        FrenchTypography.Apply(text).ShouldBe(expected);

    [Fact]
    public void Html_keeps_its_tags_attributes_scripts_and_form_fields_as_they_are()
    {
        const string html = "<p title=\"Vrai ?\">Vrai ?</p><script>if (a ? b : c) {}</script><textarea>Tel quel ?</textarea><pre>{ \"a\" : 1 }</pre><!-- note : x --><b>Fin !</b>";

        FrenchTypography.ApplyToHtml(html).ShouldBe(
            "<p title=\"Vrai ?\">Vrai\u202F?</p><script>if (a ? b : c) {}</script><textarea>Tel quel ?</textarea><pre>{ \"a\" : 1 }</pre><!-- note : x --><b>Fin\u202F!</b>");
    }

    [Fact]
    public void A_sign_opening_a_text_node_after_a_word_gets_the_narrow_space_too()
    {
        FrenchTypography.ApplyToHtml("<p><strong>nom</strong> ; la suite</p>").ShouldBe("<p><strong>nom</strong>\u202F; la suite</p>");
        FrenchTypography.ApplyToHtml("<p>Début</p>\n<p> ? seul</p>").ShouldBe("<p>Début</p>\n<p> ? seul</p>", "after a space, the sign is not glued to anything");
    }

    [Fact]
    public async Task A_staff_page_leaves_the_host_with_narrow_no_break_spaces()
    {
        await using var host = SiriusHost.OnSqlite();
        var (_, campaign) = await host.OpenCampaignAsync(cfaEmail: "typographie@cfa.fr");
        var staff = await host.SignedInAsync("typographie@cfa.fr");

        var page = await staff.GetStringAsync($"/espace/campagnes/{campaign.Id}/apprentis");

        page.ShouldContain("<h2>Qui peut répondre\u202F?</h2>");
        page.ShouldContain("<strong>nom</strong>\u202F; les autres colonnes sont ignorées");
        page.ShouldNotContain("répondre ?");
    }

    [Fact]
    public async Task A_question_page_leaves_the_host_with_narrow_no_break_spaces()
    {
        await using var host = SiriusHost.OnSqlite();
        var (_, campaign) = await host.OpenCampaignAsync();
        var label = (await host.SendAsync(new GetResponseStep(campaign.Token, null, 1)))!.Question.Label;
        label.ShouldEndWith(" ?", customMessage: "the questionnaire's text is written with an ordinary space");

        var page = await host.CreateClient().GetStringAsync($"/q/{campaign.Token}/questions/1");

        page.ShouldContain(label[..^2] + "\u202F?");
        page.ShouldNotContain(label);
    }
}
