using System.Net;
using System.Text.RegularExpressions;
using Shouldly;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests;

/// <summary>The administrators' questionnaire version pages over HTTP.</summary>
public sealed partial class QuestionnaireAdminPagesTests : SqliteHostTests
{
    [Fact]
    public async Task An_administrator_creates_a_draft_sees_its_errors_in_French_and_a_preview_of_valid_versions()
    {
        await Host.AdministratorAsync("admin@sirius.test");
        var admin = await Host.SignedInAsync("admin@sirius.test");

        var list = await (await admin.BrowseAsync("/admin/questionnaires")).Content.ReadAsStringAsync();
        list.ShouldContain("Version 1");
        var version1 = VersionLink().Match(list).Groups[1].Value;
        var preview = await (await admin.BrowseAsync(version1)).Content.ReadAsStringAsync();
        preview.ShouldContain("Aperçu tel qu’un apprenti le verra");
        preview.ShouldContain("<legend class=\"fr-fieldset__legend\"");
        preview.ShouldContain("fr-radio-group");

        var created = await admin.SubmitAsync("/admin/questionnaires", new Dictionary<string, string>(), postUrl: "/admin/questionnaires?handler=Creer");
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var draft = created.Headers.Location!.ToString();
        (await admin.SubmitAsync(draft, new Dictionary<string, string> { ["Input.DefinitionJson"] = "{ \"categories\": [] }" }, postUrl: draft + "?handler=Enregistrer"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var refused = await admin.SubmitAsync(draft, new Dictionary<string, string>(), postUrl: draft + "?handler=Valider");

        var html = await refused.Content.ReadAsStringAsync();
        html.ShouldContain("Le texte contient");
        html.ShouldContain("fr-input-group--error");
        html.ShouldContain("id=\"Input-DefinitionJson-error\"");
        html.ShouldContain("Brouillon");
    }

    [Fact]
    public async Task CFA_staff_cannot_reach_the_version_pages()
    {
        var siret = await Host.EstablishmentAsync();
        await Host.CfaStaffAsync("cfa@cfa.fr", siret);
        var cfa = await Host.SignedInAsync("cfa@cfa.fr");

        var response = await cfa.BrowseAsync("/admin/questionnaires");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/acces-refuse");
    }

    [GeneratedRegex("href=\"(/admin/questionnaires/[0-9a-f-]{36})\"")]
    private static partial Regex VersionLink();
}
