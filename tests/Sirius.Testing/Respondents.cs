using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Application;
using Sirius.Questionnaires.Contracts;
using Sirius.Questionnaires.Domain.Rosters;

namespace Sirius.Testing;

/// <summary>Open campaigns and apprentices answering them through the module's commands, as the pages do.</summary>
public static class Respondents
{
    /// <summary>A new CFA (staff account, formation) with one campaign open since yesterday for 30 days.</summary>
    public static async Task<(Guid Cfa, CampaignRow Campaign)> OpenCampaignAsync(
        this SiriusHost host, int seats = 0, DateOnly? start = null, DateOnly? end = null, Guid? versionId = null, string? cfaEmail = null)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var siret = await host.EstablishmentAsync();
        var cfa = await host.CfaStaffAsync(cfaEmail ?? $"cfa-{Guid.NewGuid():N}@cfa.fr", siret);
        var formation = Events.NewFormation(siret);
        await host.PublishAsync(formation);
        var version = versionId ?? (await host.SendAsync(new ListUsableVersions(await host.AdministratorAsync())))[0].Id;
        var created = await host.SendAsync(new CreateCampaigns(cfa, [new NewCampaign(
            formation.Key, "Campagne " + formation.Title, start ?? today.AddDays(-1), end ?? today.AddDays(30), seats, version)]));
        if (!created.IsSuccess)
        {
            throw new InvalidOperationException(created.Error!.Message);
        }

        return (cfa, (await host.SendAsync(new ListCampaigns(cfa))).Single());
    }

    /// <summary>A valid answer to any question: the first option(s), « bien », the minimum, ranks in order, or <paramref name="text"/>.</summary>
    public static PostedAnswer ValidAnswer(QuestionView question, string text = "Le CFA est accueillant et les formateurs sont disponibles.") =>
        question.Kind switch
        {
            "singleChoice" or "multipleChoice" => new([question.Options[0].Key], new Dictionary<string, string>(), null),
            "emojiScale" => new(["bien"], new Dictionary<string, string>(), null),
            "itemScale" => new([], question.Items.ToDictionary(i => i.Key, _ => "moyen"), null),
            "ranking" => new(question.Options.Select(o => o.Key).ToList(), new Dictionary<string, string>(), null),
            "number" => new([question.Min!.Value.ToString(CultureInfo.InvariantCulture)], new Dictionary<string, string>(), null),
            _ => new([text], new Dictionary<string, string>(), null),
        };

    /// <summary>
    /// Answers steps 1 to <paramref name="steps"/> (all of them by default) and answers the response's key; a new
    /// response starts through the personal <paramref name="invitation"/> link when one is given.
    /// </summary>
    public static async Task<ResponseKey> AnswerAsync(
        this SiriusHost host, string token, ResponseKey? key = null, int? steps = null, bool honeypot = false, string? addressHash = null,
        Func<QuestionView, PostedAnswer>? answer = null, string? invitation = null)
    {
        var first = (await host.SendAsync(new GetResponseStep(token, key, 1)))!;
        var from = first.ResumeStepNumber;
        var last = steps ?? first.StepCount;
        for (var n = from; n <= last; n++)
        {
            var step = (await host.SendAsync(new GetResponseStep(token, key, n)))!;
            var saved = await host.SendAsync(new SaveAnswer(token, key, step.Question.Key, (answer ?? (q => ValidAnswer(q)))(step.Question), honeypot, addressHash,
                key is null ? invitation : null));
            if (!saved.IsSuccess)
            {
                throw new InvalidOperationException($"Step {n}: {saved.Error!.Message}");
            }

            key = saved.Value.Key;
        }

        return key!;
    }

    /// <summary>
    /// Puts an apprentice on a campaign's roster and issues their personal token straight on the line, without the
    /// sending job (no e-mail, and the statistics' invitation counters do not move): answers the token, to give
    /// <see cref="AnswerAsync"/> as <c>invitation</c>, for tests about verified responses.
    /// </summary>
    public static async Task<string> InviteAsync(this SiriusHost host, Guid campaignId)
    {
        await using var scope = host.Scope();
        var db = scope.ServiceProvider.GetRequiredService<IQuestionnairesDb>();
        var entry = RosterEntry.Create(
            campaignId, RosterLine.Of("Léa", "Dupont", $"apprenti-{Guid.NewGuid():N}@example.fr").Value, scope.ServiceProvider.GetRequiredService<AddressHasher>());
        db.RosterEntries.Add(entry);
        var token = entry.Invite(DateTime.UtcNow);
        await db.SaveChangesAsync();
        return token;
    }

    public static Task<Result<SavedAnswer>> SaveAsync(this SiriusHost host, string token, ResponseKey? key, string questionKey, PostedAnswer answer) =>
        host.SendAsync(new SaveAnswer(token, key, questionKey, answer, false, null));

    /// <summary>The fields a browser without JavaScript posts: one value, or one rating/rank per line.</summary>
    public static Dictionary<string, string> FormFields(QuestionView question)
    {
        var fields = new Dictionary<string, string> { ["QuestionKey"] = question.Key };
        var answer = ValidAnswer(question);
        if (question.Kind == "ranking")
        {
            for (var i = 0; i < answer.Values.Count; i++)
            {
                fields[$"Items[{answer.Values[i]}]"] = (i + 1).ToString(CultureInfo.InvariantCulture);
            }
        }
        else
        {
            foreach (var (item, value) in answer.Items)
            {
                fields[$"Items[{item}]"] = value;
            }

            if (answer.Values.Count > 0)
            {
                fields["Values"] = answer.Values[0];
            }
        }

        return fields;
    }
}
