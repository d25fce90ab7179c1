using Sirius.BuildingBlocks.Email;
using Shouldly;
using Xunit;

namespace Sirius.Host.Tests.Email;

public sealed class EmailLayoutTests
{
    [Fact]
    public void Every_inserted_value_is_HTML_encoded()
    {
        var body = EmailLayout.Render(
            "<script>alert('titre')</script>",
            ["Tom & Jerry <b>gras</b>", "Guillemets \"doubles\" et 'simples'"],
            "Voir <mes> campagnes",
            "https://sirius.example.gouv.fr/campagnes?etab=1&tri=\"date\"");

        body.Html.ShouldNotContain("<script>");
        body.Html.ShouldNotContain("<b>");
        body.Html.ShouldContain("&lt;script&gt;alert(&#39;titre&#39;)&lt;/script&gt;");
        body.Html.ShouldContain("Tom &amp; Jerry &lt;b&gt;gras&lt;/b&gt;");
        body.Html.ShouldContain("Guillemets &quot;doubles&quot; et &#39;simples&#39;");
        body.Html.ShouldContain(">Voir &lt;mes&gt; campagnes</a>");
        body.Html.ShouldContain("href=\"https://sirius.example.gouv.fr/campagnes?etab=1&amp;tri=&quot;date&quot;\"");
    }

    [Fact]
    public void The_HTML_body_is_a_French_page_with_header_button_and_footer_and_keeps_accents_readable()
    {
        var body = EmailLayout.Render("Votre compte est activé", ["Vous pouvez créer vos campagnes."], "Se connecter", "https://sirius.example.gouv.fr/connexion");

        body.Html.ShouldStartWith("<!DOCTYPE html>");
        body.Html.ShouldContain("<html lang=\"fr\">");
        body.Html.ShouldContain("<title>Votre compte est activé</title>");
        body.Html.ShouldContain(">Sirius</p></header>");
        body.Html.ShouldContain("<p style=\"margin:0 0 16px;\">Vous pouvez créer vos campagnes.</p>");
        body.Html.ShouldContain("<a href=\"https://sirius.example.gouv.fr/connexion\"");
        body.Html.ShouldContain("Ce message vous est envoyé par Sirius, service public");
        body.Html.ShouldContain("Ne répondez pas à ce message.");
    }

    [Fact]
    public void The_text_body_has_the_values_verbatim_the_link_and_the_footer()
    {
        var body = EmailLayout.Render("Vos verbatims & résultats", ["Premier paragraphe.", "Second <paragraphe>."], "Voir les résultats", "https://sirius.example.gouv.fr/resultats?a=1&b=2");

        body.Text.ShouldBe(
            "Sirius\r\n\r\n"
            + "Vos verbatims & résultats\r\n\r\n"
            + "Premier paragraphe.\r\n\r\n"
            + "Second <paragraphe>.\r\n\r\n"
            + "Voir les résultats\u202F:\r\nhttps://sirius.example.gouv.fr/resultats?a=1&b=2\r\n\r\n"
            + "-- \r\n"
            + "Ce message vous est envoyé par Sirius, service public qui recueille les témoignages d’apprentis sur leur formation. Ne répondez pas à ce message.\r\n");
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("/compte/confirmer")]
    [InlineData("ftp://sirius.example.gouv.fr/")]
    public void An_action_link_must_be_an_absolute_web_address(string url) =>
        Should.Throw<ArgumentException>(() => EmailLayout.Render("Titre", ["Texte"], "Action", url));

    [Fact]
    public void An_action_needs_both_a_label_and_a_link() =>
        Should.Throw<ArgumentException>(() => EmailLayout.Render("Titre", ["Texte"], actionLabel: "Action"));
}
