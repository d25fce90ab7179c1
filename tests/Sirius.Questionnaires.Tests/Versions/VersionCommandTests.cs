using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Application;
using Sirius.Questionnaires.Contracts;
using Sirius.Questionnaires.Domain.Questionnaires;
using Sirius.Testing;
using Xunit;

namespace Sirius.Questionnaires.Tests.Versions;

/// <summary>Administrators' version commands, persisted on PostgreSQL (one database for the class).</summary>
public sealed class VersionCommandTests(QuestionnairesHost fixture) : IClassFixture<QuestionnairesHost>
{
    private readonly SiriusHost _host = fixture.Host;

    [Fact]
    public async Task A_new_version_is_a_draft_copy_of_the_latest_with_the_next_number()
    {
        var admin = await _host.AdministratorAsync();
        var latest = (await _host.SendAsync(new ListQuestionnaireVersions(admin)))[0];
        var latestText = (await _host.SendAsync(new GetQuestionnaireVersion(admin, latest.Id)))!.DefinitionJson;

        var created = await _host.SendAsync(new CreateQuestionnaireVersion(admin));

        var details = (await _host.SendAsync(new GetQuestionnaireVersion(admin, created.Value)))!;
        details.Number.ShouldBe(latest.Number + 1);
        details.IsDraft.ShouldBeTrue();
        details.DefinitionJson.ShouldBe(latestText);
    }

    [Fact]
    public async Task The_preview_shows_every_question_of_a_valid_text_as_respondents_see_it()
    {
        var admin = await _host.AdministratorAsync();
        var version1 = (await _host.SendAsync(new ListQuestionnaireVersions(admin))).Single(v => v.Number == 1);

        var preview = (await _host.SendAsync(new GetQuestionnaireVersion(admin, version1.Id)))!.Preview;

        preview.SelectMany(c => c.Questions).Select(q => q.Key).ShouldBe(DefaultQuestionnaire.Definition.Questions.Select(q => q.Key));
        preview.SelectMany(c => c.Questions).First(q => q.Kind == "emojiScale").Options.Select(o => o.Key).ShouldBe(["mauvais", "moyen", "bien"]);
    }

    [Fact]
    public async Task A_draft_keeps_text_with_errors_lists_them_in_French_and_cannot_be_validated()
    {
        var admin = await _host.AdministratorAsync();
        var draft = (await _host.SendAsync(new CreateQuestionnaireVersion(admin))).Value;

        (await _host.SendAsync(new EditQuestionnaireVersion(admin, draft, "{ \"categories\": [ { \"key\": \"cfa\" } ] }"))).IsSuccess.ShouldBeTrue();
        var validated = await _host.SendAsync(new ValidateQuestionnaireVersion(admin, draft));

        validated.Error!.Field.ShouldBe("definitionJson");
        validated.Error.Message.ShouldContain("Catégorie 1");
        var details = (await _host.SendAsync(new GetQuestionnaireVersion(admin, draft)))!;
        details.IsDraft.ShouldBeTrue();
        details.Problems.ShouldNotBeEmpty();
        details.Preview.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_validated_version_with_answers_can_no_longer_change_but_can_be_duplicated()
    {
        var admin = await _host.AdministratorAsync();
        var id = (await _host.SendAsync(new CreateQuestionnaireVersion(admin))).Value;
        (await _host.SendAsync(new ValidateQuestionnaireVersion(admin, id))).IsSuccess.ShouldBeTrue();
        await RecordAnswerAsync(id);

        var back = await _host.SendAsync(new ReturnQuestionnaireVersionToDraft(admin, id));
        var copy = await _host.SendAsync(new DuplicateQuestionnaireVersion(admin, id));

        back.Error!.Code.ShouldBe("questionnaire_version.immutable");
        back.Error.Message.ShouldContain("ne peut plus être modifiée");
        (await _host.SendAsync(new GetQuestionnaireVersion(admin, id)))!.IsDraft.ShouldBeFalse();
        copy.IsSuccess.ShouldBeTrue();
        (await _host.SendAsync(new GetQuestionnaireVersion(admin, copy.Value)))!.IsDraft.ShouldBeTrue();
    }

    [Fact]
    public async Task Someone_who_is_not_an_administrator_sees_no_version_and_changes_none()
    {
        var siret = await _host.EstablishmentAsync();
        var cfa = await _host.CfaStaffAsync($"cfa-{Guid.NewGuid():N}@cfa.fr", siret);
        var admin = await _host.AdministratorAsync();
        var latest = (await _host.SendAsync(new ListQuestionnaireVersions(admin)))[0];

        (await Should.ThrowAsync<RequestRefusedException>(() => _host.SendAsync(new ListQuestionnaireVersions(cfa)))).Error.Kind.ShouldBe(ErrorKind.Forbidden);
        (await Should.ThrowAsync<RequestRefusedException>(() => _host.SendAsync(new GetQuestionnaireVersion(cfa, latest.Id)))).Error.Kind.ShouldBe(ErrorKind.Forbidden);
        (await _host.SendAsync(new CreateQuestionnaireVersion(cfa))).Error!.Kind.ShouldBe(ErrorKind.Forbidden);
        (await _host.SendAsync(new EditQuestionnaireVersion(cfa, latest.Id, "{}"))).Error!.Kind.ShouldBe(ErrorKind.Forbidden);
        (await _host.SendAsync(new ListQuestionnaireVersions(admin)))[0].ShouldBe(latest);
    }

    private async Task RecordAnswerAsync(Guid versionId)
    {
        await using var scope = _host.Scope();
        var db = scope.ServiceProvider.GetRequiredService<IQuestionnairesDb>();
        var version = await db.Versions.SingleAsync(v => v.Id == versionId);
        version.RecordAnswer(DateTime.UtcNow).IsSuccess.ShouldBeTrue();
        await ((DbContext)db).SaveChangesAsync();
    }
}
